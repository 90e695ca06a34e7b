package org.govfacts.check;

import static org.govfacts.check.Findings.involving;
import static org.govfacts.check.RealTextRoundTwentyEightTest.check;
import static org.govfacts.check.RealTextRoundTwentyEightTest.of;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Real-text wordings of the fifty-ninth blind round: a 其中 list whose parts' growths follow them 分别; three parts
 * the last joined by 和; a 2021 release's two-year average against its growth on 2019 (比2019年同期); the months to
 * date after a paragraph's aside on the last month alone; a net increase against the growth of its level.
 */
class RealTextRoundFortyTest {
    private static final String RESPECTIVE = "财政总收入达到73796万元，同口径比上年增长34.1%%，其中上划中央财政%s万元，地方财政收入36131万元，"
            + "同口径分别比上年增长25.6%%和44.3%%。财政总支出46233万元。\n";

    @Test
    void partsWhoseGrowthsFollowThemRespectivelyAddUpToTheirTotal() {
        List<Finding> found = check("2003_桐庐县_统计公报.txt", String.format(RESPECTIVE, "37665"));
        assertTrue(of(found, FindingKind.SUM, Verdict.CONSISTENT).stream().anyMatch(f -> involving("73796万元").test(f)
                && involving("36131万元").test(f)), found.toString());
        List<Finding> altered = check("2003_桐庐县_统计公报.txt", String.format(RESPECTIVE, "37615"));
        assertTrue(of(altered, FindingKind.SUM, Verdict.INCONSISTENT).stream().anyMatch(f -> involving("37615万元").test(f)), altered.toString());
    }

    private static final String THREE_PARTS = "2007年全县地区生产总值实现82亿元，其中一二三产业增加值分别实现15.5亿元、53亿元和%s亿元。\n";

    @Test
    void theLastPartJoinedByAConjunctionIsAPartToo() {
        List<Finding> found = check("2007_铁岭县_政府工作报告.txt", String.format(THREE_PARTS, "13.5"));
        assertTrue(of(found, FindingKind.SUM, Verdict.CONSISTENT).stream().anyMatch(f -> involving("82亿元").test(f)
                && involving("13.5亿元").test(f)), found.toString());
        List<Finding> altered = check("2007_铁岭县_政府工作报告.txt", String.format(THREE_PARTS, "15.5"));
        assertTrue(of(altered, FindingKind.SUM, Verdict.INCONSISTENT).stream().anyMatch(f -> involving("82亿元").test(f)), altered.toString());
    }

    private static final String TWO_YEARS = "2021年1-10月嘉定区经济运行情况简析\n1-10月，全区规模以上工业实现总产值4317.1亿元，同比增长1.6%%，"
            + "比2019年同期下降10.8%%，两年平均下降%s%%。\n";

    @Test
    void aTwoYearAverageIsOfTheGrowthOnTheSameMonthsOfTheBaseYear() {
        List<Finding> found = check("2021_嘉定区_经济运行.txt", String.format(TWO_YEARS, "5.6"));
        assertTrue(of(found, FindingKind.GROWTH, Verdict.CONSISTENT).stream().anyMatch(f -> involving("10.8%").test(f)
                && involving("5.6%").test(f)), found.toString());
        List<Finding> altered = check("2021_嘉定区_经济运行.txt", String.format(TWO_YEARS, "5.1"));
        assertTrue(of(altered, FindingKind.GROWTH, Verdict.INCONSISTENT).stream().anyMatch(f -> involving("5.1%").test(f)), altered.toString());
    }

    private static final String MONTHS_TO_DATE = "2021年1-10月嘉定区经济运行情况简析\n"
            + "1-10月，全区规模以上工业实现总产值4317.1亿元，同比增长1.6%%。10月份，全口径工业实现工业总产值503.4亿元，同比下降11.0%%。\n"
            + "全区汽车产业实现工业产值2821.7亿元，同比下降3.4%%，占全区规模以上工业总产值的%s%%。\n";

    @Test
    void theMonthsToDateGoOnAfterAParagraphsAsideOnTheLastMonth() {
        List<Finding> found = check("2021_嘉定区_经济运行.txt", String.format(MONTHS_TO_DATE, "65.4"));
        assertTrue(of(found, FindingKind.SHARE, Verdict.CONSISTENT).stream().anyMatch(f -> involving("2821.7亿元").test(f)
                && involving("4317.1亿元").test(f)), found.toString());
        List<Finding> altered = check("2021_嘉定区_经济运行.txt", String.format(MONTHS_TO_DATE, "60.7"));
        assertTrue(of(altered, FindingKind.SHARE, Verdict.INCONSISTENT).stream().anyMatch(f -> involving("60.7%").test(f)), altered.toString());
    }

    private static final String NET_INCREASE = "上半年，全区累计实现工业开票销售683.72亿元，同比增长%s%%，净增70.51亿元。\n";

    @Test
    void aNetIncreaseIsTheChangeOfItsLevel() {
        List<Finding> found = check("2019_金坛区_上半年工业.txt", String.format(NET_INCREASE, "11.50"));
        assertTrue(of(found, FindingKind.GROWTH, Verdict.CONSISTENT).stream().anyMatch(f -> involving("70.51亿元").test(f)), found.toString());
        List<Finding> altered = check("2019_金坛区_上半年工业.txt", String.format(NET_INCREASE, "12.60"));
        assertTrue(of(altered, FindingKind.GROWTH, Verdict.INCONSISTENT).stream().anyMatch(f -> involving("70.51亿元").test(f)), altered.toString());
    }
}
