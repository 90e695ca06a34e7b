package org.govfacts.check;

import static org.govfacts.check.Findings.involving;
import static org.govfacts.check.RealTextRoundTwentyEightTest.check;
import static org.govfacts.check.RealTextRoundTwentyEightTest.of;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Real-text wordings of the seventy-fourth blind round (national and south-western texts): a deficit as the difference
 * of a budget's totals, a 1990s 支出大于收入, demand's pulls on growth stated lines below the growth, the three sectors'
 * parts under a heading line after the total, a 其中 list ending a run of items parted by semicolons, the sectors' contributions
 * before their parts' own, and a classification within a whole its line names.
 */
class RealTextRoundFiftyFiveTest {

    private static final String DEFICIT = "关于2019年中央和地方预算执行情况的报告\n全国一般公共预算收入190382.23亿元，为预算的99.4%%。"
            + "加上调入资金22160.95亿元，收入总量为212543.18亿元。全国一般公共预算支出238874.02亿元，完成预算的101.5%%。"
            + "加上补充中央预算稳定调节基金1269.16亿元，支出总量为240143.18亿元。收支总量相抵，赤字%s亿元，与预算持平。\n";

    @Test
    void aDeficitIsTheDifferenceOfTheBudgetsTotals() {
        List<Finding> found = check("2019_全国_预算.txt", DEFICIT.formatted("27600"));
        assertTrue(of(found, FindingKind.SUM, Verdict.CONSISTENT).stream().anyMatch(f -> involving("27600亿元").test(f)
                && involving("212543.18亿元").test(f)), found.toString());
        List<Finding> altered = check("2019_全国_预算.txt", DEFICIT.formatted("28600"));
        assertTrue(of(altered, FindingKind.SUM, Verdict.INCONSISTENT).stream().anyMatch(involving("28600亿元")), altered.toString());
    }

    @Test
    void spendingAboveRevenueIsTheirDifference() {
        String text = "关于1993年国家预算执行情况的报告\n1993年国家财政总收入5114.82亿元，完成预算的113.1%%。国家财政总支出5319.82亿元，"
                + "完成预算的112.5%%。收入和支出相抵，支出大于收入%s亿元。\n";
        List<Finding> found = check("1993_全国_预算.txt", text.formatted("205"));
        assertTrue(of(found, FindingKind.SUM, Verdict.CONSISTENT).stream().anyMatch(involving("205亿元")), found.toString());
        List<Finding> altered = check("1993_全国_预算.txt", text.formatted("265"));
        assertTrue(of(altered, FindingKind.SUM, Verdict.INCONSISTENT).stream().anyMatch(involving("265亿元")), altered.toString());
    }

    private static final String PULLS = "2025年国民经济和社会发展统计公报\n全年国内生产总值1401879亿元，比上年增长5.0%%。其中：\n"
            + "第一产业增加值93347亿元，比上年增长3.9%%；\n第二产业增加值499653亿元，增长4.5%%；\n第三产业增加值808879亿元，增长5.4%%。\n"
            + "第一产业增加值占国内生产总值比重为6.7%%，第二产业增加值比重为35.6%%，第三产业增加值比重为57.7%%。\n"
            + "最终消费支出拉动国内生产总值增长2.6个百分点，资本形成总额拉动国内生产总值增长%s个百分点，货物和服务净出口拉动国内生产总值增长1.6个百分点。\n";

    @Test
    void pullsThatNameTheWholeReachItsGrowthLinesAbove() {
        List<Finding> found = check("2025_全国_公报.txt", PULLS.formatted("0.8"));
        assertTrue(of(found, FindingKind.SUM, Verdict.CONSISTENT).stream().anyMatch(f -> involving("5.0%").test(f)
                && involving("1.6个百分点").test(f)), found.toString());
        List<Finding> altered = check("2025_全国_公报.txt", PULLS.formatted("0.3"));
        assertTrue(of(altered, FindingKind.SUM, Verdict.INCONSISTENT).stream().anyMatch(involving("0.3个百分点")), altered.toString());
    }

    private static final String SECTORS = "一季度，全市经济运行平稳。\n一季度，全市地区生产总值完成242.0亿元，同比增长5.5%%。\n"
            + "分产业看，第一产业增加值27.5亿元，增长3.4%%；第二产业增加值75.4亿元，增长8.5%%；第三产业增加值%s亿元，同比增长4.4%%。\n";

    @Test
    void partsUnderAHeadingLineAreOfTheTotalJustStated() {
        List<Finding> found = check("2025Q1_某市_经济.txt", SECTORS.formatted("139.1"));
        assertTrue(of(found, FindingKind.SUM, Verdict.CONSISTENT).stream().anyMatch(f -> involving("242.0亿元").test(f)
                && involving("27.5亿元").test(f)), found.toString());
        List<Finding> altered = check("2025Q1_某市_经济.txt", SECTORS.formatted("131.1"));
        assertTrue(of(altered, FindingKind.SUM, Verdict.INCONSISTENT).stream().anyMatch(involving("131.1亿元")), altered.toString());
    }

    @Test
    void aSplitClosingARunOfItemsPartedBySemicolons() {
        String text = "赤水市2005年国民经济和社会发展情况\n2005年，全市森林面积198万亩，森林覆盖率70%%；耕地面积204390亩，其中水田163125亩，"
                + "旱地%s亩。\n";
        List<Finding> found = check("2005_赤水市_概况.txt", text.formatted("41265"));
        assertTrue(of(found, FindingKind.SUM, Verdict.CONSISTENT).stream().anyMatch(involving("204390亩")), found.toString());
        List<Finding> altered = check("2005_赤水市_概况.txt", text.formatted("46265"));
        assertTrue(of(altered, FindingKind.SUM, Verdict.INCONSISTENT).stream().anyMatch(involving("46265亩")), altered.toString());
        // a split in the middle of the run stays an item of it
        List<Finding> middle = check("2005_赤水市_概况.txt", "赤水市2005年国民经济和社会发展情况\n2005年，全市财政收入38.74亿元，"
                + "其中地方级收入26.5亿元；固定资产投资100亿元。\n");
        assertTrue(middle.stream().noneMatch(f -> f.verdict() == Verdict.INCONSISTENT), middle.toString());
    }

    @Test
    void theSectorsContributionsComeBeforeTheirPartsOwn() {
        String text = "万盛经开区2017年国民经济和社会发展统计公报\n全年实现地区生产总值116.38亿元，同比增长8.1%%。三次产业对经济增长的贡献率"
                + "依次为3.0%%、%s%%和24.5%%，其中工业、建筑业、商贸贡献突出，分别为61.4%%、11.1%%和18.3%%。\n";
        List<Finding> found = check("2017_万盛_公报.txt", text.formatted("72.5"));
        assertTrue(of(found, FindingKind.SUM, Verdict.CONSISTENT).stream().anyMatch(f -> involving("3.0%").test(f)
                && involving("24.5%").test(f) && !involving("61.4%").test(f)), found.toString());
        List<Finding> altered = check("2017_万盛_公报.txt", text.formatted("75.5"));
        assertTrue(of(altered, FindingKind.SUM, Verdict.INCONSISTENT).stream().anyMatch(involving("75.5%")), altered.toString());
    }

    @Test
    void aClassificationWithinAWholeTheLineNamesSplitsThatWhole() {
        // 全区常住人口中，按性别分布：… splits the resident population, not the registered one stated in the sentence before
        String text = "涪陵区2022年国民经济和社会发展统计公报\n2022年全区常住人口111.52万人，其中城镇常住人口81.81万人，农村常住人口29.71万人。"
                + "年末全区户籍人口112.48万人。全区常住人口中，按性别分布，男性人口57.13万人，女性人口%s万人。\n";
        List<Finding> found = check("2022_涪陵区_公报.txt", text.formatted("54.39"));
        assertTrue(found.stream().noneMatch(f -> f.verdict() == Verdict.INCONSISTENT), found.toString());
        assertTrue(of(found, FindingKind.SUM, Verdict.CONSISTENT).stream().anyMatch(f -> involving("111.52万人").test(f)
                && involving("54.39万人").test(f)), found.toString());
        List<Finding> altered = check("2022_涪陵区_公报.txt", text.formatted("55.39"));
        assertTrue(of(altered, FindingKind.SUM, Verdict.INCONSISTENT).stream().anyMatch(f -> involving("111.52万人").test(f)
                && involving("55.39万人").test(f)), altered.toString());
    }
}
