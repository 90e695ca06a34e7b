package org.govfacts.check;

import static org.govfacts.check.Findings.involving;
import static org.govfacts.check.RealTextRoundTwentyEightTest.check;
import static org.govfacts.check.RealTextRoundTwentyEightTest.of;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Real-text wordings of the seventy-first blind round, most of them from Taiwan's, Hong Kong's and Macau's texts: a
 * budget's shortfall and a trade deficit against their flows, a level compared with the budget of the year before, a share
 * whose base stands between 占 and 的, a start rate counted from works begun or resumed, and a growth since a year long
 * past beside the year-on-year one.
 */
class RealTextRoundFiftyTwoTest {
    private static final String SHORTFALL = "高雄市115年度總預算案\n115年度高雄市總預算案，總計編列歲入1930.41億元、歲出1980.22億元，"
            + "差短%s億元。\n";

    @Test
    void aShortfallIsSpendingLessRevenue() {
        List<Finding> found = check("2025_台湾省_高雄预算.txt", SHORTFALL.formatted("49.81"));
        assertTrue(of(found, FindingKind.SUM, Verdict.CONSISTENT).stream().anyMatch(involving("49.81億元")), found.toString());
        List<Finding> altered = check("2025_台湾省_高雄预算.txt", SHORTFALL.formatted("44.81"));
        assertTrue(of(altered, FindingKind.SUM, Verdict.INCONSISTENT).stream().anyMatch(involving("44.81億元")), altered.toString());
    }

    private static final String TRADE = "對外商品貿易統計\n統計處指出，2025年10月商品整體出口貨值為%s億元，按年升17.5%%。商品進口貨值為"
            + "5,017億元，按年上升18.3%%。10月份錄得有形貿易逆差399億元。\n";

    @Test
    void aTradeDeficitIsImportsLessExportsByTheirValues() {
        List<Finding> found = check("2025_香港_贸易.txt", TRADE.formatted("4,618"));
        assertTrue(of(found, FindingKind.SUM, Verdict.CONSISTENT).stream().anyMatch(involving("399億元")), found.toString());
        List<Finding> altered = check("2025_香港_贸易.txt", TRADE.formatted("4,648"));
        assertTrue(of(altered, FindingKind.SUM, Verdict.INCONSISTENT).stream().anyMatch(involving("4,648億元")), altered.toString());
    }

    private static final String LAST_BUDGET = "苗栗縣115年度總預算\n縣府主計處長報告指出，2026年苗栗縣政府歲出預算編列302.12億元，"
            + "較114年度法定預算數277.27億元，增加%s億元，增幅8.96％。\n";

    @Test
    void aLevelComparedWithLastYearsBudgetIsTheBaseOfItsGrowth() {
        List<Finding> found = check("2025_台湾省_苗栗预算.txt", LAST_BUDGET.formatted("24.85"));
        assertTrue(found.stream().noneMatch(f -> f.verdict() == Verdict.INCONSISTENT), found.toString());
        assertTrue(of(found, FindingKind.GROWTH, Verdict.CONSISTENT).stream().anyMatch(involving("277.27億元")), found.toString());
        assertTrue(of(found, FindingKind.SUM, Verdict.CONSISTENT).stream().anyMatch(f -> involving("302.12億元").test(f)
                && involving("277.27億元").test(f)), found.toString());
        List<Finding> altered = check("2025_台湾省_苗栗预算.txt", LAST_BUDGET.formatted("22.85"));
        assertTrue(of(altered, FindingKind.SUM, Verdict.INCONSISTENT).stream().anyMatch(involving("22.85億元")), altered.toString());
    }

    private static final String GRANTS = "苗栗縣115年度總預算\n2026年補助及協助收入編列50.48億，包括中央一般性補助款17.56億元、"
            + "中央計畫型補助款32.91億元，佔歲入總額16.58％，較上年度法定預算數141.68億元，減少91.2億元。\n";

    @Test
    void aFigureBetweenTheLevelAndTheComparisonLeavesTheLevelUnknown() {
        List<Finding> found = check("2025_台湾省_苗栗预算.txt", GRANTS);
        assertTrue(found.stream().noneMatch(f -> f.verdict() == Verdict.INCONSISTENT && involving("32.91億元").test(f)), found.toString());
    }

    private static final String COUNTY = "定边县重点项目建设\n目前,定边县2023年16个市级重点建设项目已开复工%s个,开工率为93.8%%,"
            + "完成投资74.5亿元;117个县级重点建设项目开工94个,完成投资%s亿元,占年度计划投资117.5亿元的75.6%%。\n";

    @Test
    void aStartRateCountsWorksBegunOrResumedAndAShareNamesItsBaseBefore的() {
        List<Finding> found = check("2023_定边县_项目.txt", COUNTY.formatted("15", "88.8"));
        assertTrue(of(found, FindingKind.RATE, Verdict.CONSISTENT).stream().anyMatch(involving("93.8%")), found.toString());
        assertTrue(of(found, FindingKind.SHARE, Verdict.CONSISTENT).stream().anyMatch(involving("117.5亿元")), found.toString());
        List<Finding> altered = check("2023_定边县_项目.txt", COUNTY.formatted("14", "86.8"));
        assertTrue(of(altered, FindingKind.RATE, Verdict.INCONSISTENT).stream().anyMatch(involving("14个")), altered.toString());
        assertTrue(of(altered, FindingKind.SHARE, Verdict.INCONSISTENT).stream().anyMatch(involving("86.8亿元")), altered.toString());
    }

    private static final String SIXTY_YEARS = "新疆的发展与进步\n1955年,新疆地区生产总值12亿元,到2014年达到9273.46亿元,扣除价格因素,"
            + "比1955年增长115.6倍。2014年,新疆地区生产总值达到了9273.46亿元,比上年增长10%。\n";

    @Test
    void aGrowthSinceALongPastYearIsNoYearOnYearOne() {
        List<Finding> found = check("2015_新疆_白皮书.txt", SIXTY_YEARS);
        assertTrue(found.stream().noneMatch(f -> f.verdict() == Verdict.INCONSISTENT && involving("115.6倍").test(f)), found.toString());
    }
}
