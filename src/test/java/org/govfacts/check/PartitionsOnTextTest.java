package org.govfacts.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Splits by definition (check_partitions.tsv: 生产总值 into the three sectors, 第二产业 into 工业 and
 * 建筑业), whatever joins their parts, through the real pipeline on short texts written for the test;
 * each is checked as written and with a part altered, and against forms that are no complete split.
 */
class PartitionsOnTextTest {
    /** The sums whose total is {@code total} (a finding lists its figures in text order, and every total here comes first). */
    private static List<Finding> sums(String text, String total) {
        return SharesOnTextTest.check("t.txt", text).stream()
                .filter(f -> f.kind() == FindingKind.SUM && f.facts().get(0).text().equals(total)).toList();
    }

    private static Verdict sumVerdict(String text, String total) {
        List<Finding> found = sums(text, total);
        assertEquals(1, found.size(), found.toString());
        return found.get(0).verdict();
    }

    private static List<Finding> sumsTouching(String text, String total) {
        return SharesOnTextTest.check("t.txt", text).stream()
                .filter(f -> f.kind() == FindingKind.SUM && f.facts().stream().anyMatch(x -> x.text().equals(total))).toList();
    }

    private static final String RISES = "社会消费品零售总额由2020年的9998亿元提升至2025年的12786亿元、增长27.9%，年均增长5.0%。"
            + "其中，城镇消费品零售额由8572亿元提升至10577亿元；乡村消费品零售额由1426亿元提升至2209亿元，增长55.0%。";

    @Test
    void risesClauseByClauseSplitTheTotalsRiseStartByStartAndEndByEnd() {
        List<Finding> starts = sumsTouching(RISES, "9998亿元");
        List<Finding> ends = sumsTouching(RISES, "12786亿元");
        assertEquals(1, starts.size(), starts.toString());
        assertEquals(1, ends.size(), ends.toString());
        assertEquals(Verdict.CONSISTENT, starts.get(0).verdict(), starts.toString());
        assertEquals(Verdict.CONSISTENT, ends.get(0).verdict(), ends.toString());
        // the two figures of one clause are one part at two times, never two parts of one total
        assertTrue(SharesOnTextTest.check("t.txt", RISES).stream().noneMatch(f -> f.verdict() == Verdict.INCONSISTENT));
        // 城镇 and 乡村 split retail sales by definition: a sum short of the total is a slip, not a part left out
        List<Finding> slip = sumsTouching(RISES.replace("10577亿元", "10377亿元"), "12786亿元");
        assertEquals(Verdict.INCONSISTENT, slip.get(0).verdict(), slip.toString());
    }

    @Test
    void sectorsJoinedByCommasSplitTheWhole() {
        String text = "上半年，全市实现地区生产总值500.00亿元，按可比价格计算，增长6.5%。其中第一产业增加值20.50亿元，增长3.1%，"
                + "第二产业增加值230.20亿元，增长7.2%，第三产业增加值249.30亿元，增长6.0%。";
        assertEquals(Verdict.CONSISTENT, sumVerdict(text, "500.00亿元"));
        assertEquals(Verdict.INCONSISTENT, sumVerdict(text.replace("230.20亿元", "203.20亿元"), "500.00亿元"));
    }

    @Test
    void theLastSectorInTheNextSentenceCompletesTheSplit() {
        String text = "2019年全县地区生产总值300000万元，比上年增长8.0%。其中：第一产业增加值60000万元，同比增长5.0%；"
                + "第二产业增加值90000万元，同比增长9.0%，其中工业增加值完成70000万元，同比增长10.1%；建筑业增加值完成20000万元，"
                + "同比增长4.2%。第三产业增加值150000万元，同比增长8.5%。";
        assertEquals(Verdict.CONSISTENT, sumVerdict(text, "300000万元"));
        assertEquals(Verdict.CONSISTENT, sumVerdict(text, "90000万元")); // 工业 + 建筑业 = 第二产业
        assertEquals(Verdict.INCONSISTENT, sumVerdict(text.replace("150000万元", "105000万元"), "300000万元"));
    }

    @Test
    void aSectorLeftUnnamedIsNoCompleteSplit() {
        String text = "全年全市地区生产总值800亿元，增长6.0%。其中第一产业增加值60亿元，增长3.0%，第二产业增加值300亿元，增长6.5%。";
        assertTrue(sums(text, "800亿元").stream().noneMatch(f -> f.verdict() == Verdict.INCONSISTENT));
    }

    @Test
    void sectorsOfAnotherYearAreNoPartsOfTheTotal() {
        String text = "2022年全县生产总值900000万元，比上年下降1.0%。2021年第一产业增加值50000万元，第二产业增加值450000万元，"
                + "第三产业增加值430000万元。";
        assertTrue(sums(text, "900000万元").isEmpty(), sums(text, "900000万元").toString());
    }

    @Test
    void sectorsOfAnotherMeasureAreNoPartsOfTheTotal() {
        String text = "全年全省地区生产总值5000亿元，增长5.5%。第一产业投资100亿元，增长2.0%，第二产业投资1200亿元，增长8.0%，"
                + "第三产业投资2000亿元，增长4.0%。";
        assertTrue(sums(text, "5000亿元").isEmpty(), sums(text, "5000亿元").toString());
    }

    @Test
    void contributionsOfTheThreeSectorsMakeTheGrowthOfTheWhole() {
        String text = "上半年，全市实现地区生产总值150.2亿元，同比增长9.6%。其中第一产业增加值10.1亿元，增长4.0%。"
                + "三次产业对经济增长的贡献率分别为4.5%、46.0%、49.5%，分别拉动GDP增长0.4个、4.4个、4.8个百分点。";
        assertEquals(Verdict.CONSISTENT, sumVerdict(text, "9.6%"));
        assertEquals(Verdict.INCONSISTENT, sumVerdict(text.replace("4.4个、", "4.7个、"), "9.6%"));
    }

    @Test
    void contributionsOfSomeSectorsAreNoSplit() {
        String text = "全年全县生产总值增长6.0%。工业和服务业分别拉动经济增长2.1个、2.6个百分点。";
        assertTrue(sums(text, "6.0%").isEmpty(), sums(text, "6.0%").toString());
    }

    @Test
    void aSplitNamedInFullAfter其中IsCompleteHoweverShortItFalls() {
        // after 其中 a list may name only some parts, but one naming all three sectors names them all
        String text = "全年全市地区生产总值800亿元，增长6.0%。其中第一产业增加值60亿元，第二产业增加值300亿元，第三产业增加值440亿元。";
        assertEquals(Verdict.CONSISTENT, sumVerdict(text, "800亿元"));
        assertEquals(Verdict.INCONSISTENT, sumVerdict(text.replace("440亿元", "240亿元"), "800亿元"));
    }

    @Test
    void sectorsNamedOneTwoThreeWithoutTheOrdinalSplitTheWhole() {
        // 一、二、三产业 (local writing for 第一、二、三产业): the same split
        String text = "2021年全区地区生产总值250.0亿元，增长8.1%，其中，一、二、三产业增加值分别为41.0亿元、38.6亿元和170.4亿元。";
        assertEquals(Verdict.CONSISTENT, sumVerdict(text, "250.0亿元"));
        assertEquals(Verdict.INCONSISTENT, sumVerdict(text.replace("38.6亿元", "83.6亿元"), "250.0亿元"));
    }

    @Test
    void theSectorsOfANarrowerScopeAreTheirOwnTotalsNotTheWholes() {
        // the district's territory, then the district government's own accounts (区本级), each split in three
        String text = "2021年全区地区生产总值250.0亿元，增长8.1%，其中，一、二、三产业增加值分别为41.0亿元、38.6亿元和170.4亿元；"
                + "三次产业结构由上年的16.5:14.8:68.7调整为16.4:15.4:68.2。区本级地区生产总值204.3亿元，增长8.3%，其中，"
                + "一、二、三产业增加值分别为34.1亿元、32.4亿元和137.8亿元。";
        assertEquals(Verdict.CONSISTENT, sumVerdict(text, "204.3亿元"));
        List<Finding> all = SharesOnTextTest.check("t.txt", text);
        assertTrue(all.stream().noneMatch(f -> f.verdict() == Verdict.INCONSISTENT), all.toString());
    }

    @Test
    void aCompletionWordAfterTheSectorsNameKeepsTheSplit() {
        String text = "上半年，全市完成国内生产总值835.97亿元。第一产业完成增加值31.55亿元；第二产业完成增加值430.13亿元；"
                + "第三产业增加值完成374.29亿元。";
        assertEquals(Verdict.CONSISTENT, sumVerdict(text, "835.97亿元"));
        assertEquals(Verdict.INCONSISTENT, sumVerdict(text.replace("430.13亿元", "412.13亿元"), "835.97亿元"));
    }

    @Test
    void centralAndLocalProjectsSplitTheInvestment() {
        String text = "全年全社会固定资产投资520亿元，比上年增长15.6%。投资的主要特点是：(1)地方项目投资增长快于中央项目。"
                + "地方项目完成投资258亿元，增长22.9%；中央项目完成投资262亿元，增长9.2%。";
        assertEquals(Verdict.CONSISTENT, sumVerdict(text, "520亿元"));
        assertEquals(Verdict.INCONSISTENT, sumVerdict(text.replace("262亿元", "226亿元"), "520亿元"));
        // only one of the two named: no complete split
        assertTrue(sums(text.replace("中央项目完成投资262亿元，增长9.2%", "更新改造投资81亿元，增长3.2%"), "520亿元").stream()
                .noneMatch(f -> f.verdict() == Verdict.INCONSISTENT));
    }

    @Test
    void bareSectorsRightAfterTheirTotalSplitIt() {
        String gdp = "上半年，全区实现生产总值455.58亿元，同比增长9.1%。第一产业42.53亿元，增长5.0%；第二产业241.45亿元，增长12.0%；"
                + "第三产业171.60亿元，增长6.3%。";
        assertEquals(Verdict.CONSISTENT, sumVerdict(gdp, "455.58亿元"));
        assertEquals(Verdict.INCONSISTENT, sumVerdict(gdp.replace("171.60亿元", "171.80亿元"), "455.58亿元"));
        String investment = "2011年全省全社会固定资产投资10033.05亿元，比上年增长30.2%。第一产业665.97亿元，同比增长51.7%；"
                + "第二产业3758.42亿元，同比增长42.2%；第三产业5608.66亿元，同比增长21.3%。";
        assertEquals(Verdict.CONSISTENT, sumVerdict(investment, "10033.05亿元"));
        assertEquals(Verdict.INCONSISTENT, sumVerdict(investment.replace("5608.66亿元", "5806.66亿元"), "10033.05亿元"));
    }

    @Test
    void bareSectorsAreNotSplitFromATotalFurtherBackOrInAnotherParagraph() {
        // the nearest amount before the bare parts is the investment, so the 生产总值 before it is not their total
        String text = "全年全市生产总值500.00亿元，比上年增长6.0%。全市完成固定资产投资320.00亿元，第一产业20.00亿元，第二产业100.00亿元，"
                + "第三产业150.00亿元。";
        assertTrue(sums(text, "500.00亿元").isEmpty(), () -> sums(text, "500.00亿元").toString());
        // a total in the paragraph before does not own bare parts
        String apart = "全年全市生产总值500.00亿元，比上年增长6.0%。\n第一产业20.00亿元，第二产业100.00亿元，第三产业150.00亿元。";
        assertTrue(sums(apart, "500.00亿元").isEmpty(), () -> sums(apart, "500.00亿元").toString());
    }

    @Test
    void pullsOfConsumptionInvestmentAndNetExportsClauseByClauseMakeTheGrowthOfTheWhole() {
        String text = "全年全省地区生产总值52000亿元，比上年增长4.0%。全年最终消费支出拉动地区生产总值增长2.2个百分点，"
                + "资本形成总额拉动地区生产总值增长1.3个百分点，货物和服务净出口拉动地区生产总值增长0.5个百分点。";
        assertEquals(Verdict.CONSISTENT, sumVerdict(text, "4.0%"));
        assertEquals(Verdict.INCONSISTENT, sumVerdict(text.replace("1.3个百分点", "1.8个百分点"), "4.0%"));
        // two of the three pulls are no complete split
        assertTrue(sums(text.replace("，货物和服务净出口拉动地区生产总值增长0.5个百分点", ""), "4.0%").isEmpty());
    }

    @Test
    void lightAndHeavyIndustrySplitTheOutputOfIndustry() {
        String text = "全年规模以上工业企业实现总产值300.5亿元，比上年增长12.0%。分轻重工业看，轻工业产值80.2亿元，增长9.1%；"
                + "重工业产值220.3亿元，增长13.1%。";
        assertEquals(Verdict.CONSISTENT, sumVerdict(text, "300.5亿元"));
        assertEquals(Verdict.INCONSISTENT, sumVerdict(text.replace("220.3亿元", "250.3亿元"), "300.5亿元"));
    }
}
