package org.govfacts.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Through the real pipeline, on texts written for the test: the divisions of a place against the place's own figure,
 * shares named only by their whole (占GDP的11.1%), a misread colon between the items of a list, and a yearly average
 * whose years an earlier sentence of the paragraph names.
 */
class RegionSumsAndListsOnTextTest {
    private static final String POPULATION = "宁夏回族自治区2023年国民经济和社会发展统计公报\n"
            + "年末全区常住人口728.0万人，比上年增加0.2万人。年末各市常住人口分布如下：银川市290.5万人，石嘴山市75.1万人，"
            + "吴忠市140.0万人，固原市114.1万人，中卫市108.3万人。\n";

    /** The checker with the gazetteer (the shared test checker knows no places). */
    private static final Checker WITH_PLACES = new Checker(org.govfacts.lexicon.Lexicon.at(java.nio.file.Paths.get("dictionaries")));

    private static List<Finding> divisions(String text) {
        return WITH_PLACES.check(SharesOnTextTest.documents("nx.txt", text)).stream()
                .filter(f -> f.message().contains("divisions directly below")).toList();
    }

    @Test
    void everyPrefectureOfAProvinceAddsUpToTheProvincesPopulation() {
        List<Finding> found = divisions(POPULATION);
        assertEquals(1, found.size(), found.toString());
        assertEquals(Verdict.CONSISTENT, found.get(0).verdict(), found.get(0).message());
        assertEquals(728.0, found.get(0).stated(), 1e-9, "the total is the level, not the change beside it");
    }

    @Test
    void oneMisprintedPrefectureIsInconsistentAndSaysWhy() {
        List<Finding> found = divisions(POPULATION.replace("吴忠市140.0万人", "吴忠市145.0万人"));
        assertEquals(1, found.size(), found.toString());
        assertEquals(Verdict.INCONSISTENT, found.get(0).verdict());
        assertTrue(found.get(0).message().contains("admin-divisions.tsv"), found.get(0).message());
    }

    @Test
    void aListMissingOnePrefectureIsNoSplit() {
        assertEquals(List.of(), divisions(POPULATION.replace("，中卫市108.3万人", "")));
    }

    @Test
    void citiesMoneyFiguresThatMissTheProvincesAreNotCalledAnError() {
        String gdp = "宁夏回族自治区2023年国民经济和社会发展统计公报\n全区地区生产总值5315.0亿元。各市地区生产总值分别为：银川市2685.6亿元，"
                + "石嘴山市680.2亿元，吴忠市870.3亿元，固原市420.5亿元，中卫市560.4亿元。\n";
        List<Finding> found = divisions(gdp);
        assertEquals(1, found.size(), found.toString());
        assertEquals(Verdict.CANNOT_TELL, found.get(0).verdict(), "cities' accounts are reckoned apart from the province's");
    }

    private static List<Finding> sectorShares(String text) {
        return SharesOnTextTest.check("s.txt", text).stream().filter(f -> f.message().startsWith("The shares of 第一产业")).toList();
    }

    @Test
    void sharesNamedOnlyByTheirWholeTakeThePartFromTheGrowthBeforeThem() {
        String text = "2007年，第一产业增加值同比增长3.7%，占GDP的11.1%；第二产业增加值增长14.7%，占GDP的48.5%；"
                + "第三产业增加值增长13.8%，占GDP的40.4%。\n";
        List<Finding> ok = sectorShares(text);
        assertEquals(1, ok.size(), ok.toString());
        assertEquals(Verdict.CONSISTENT, ok.get(0).verdict());
        List<Finding> bad = sectorShares(text.replace("48.5%", "45.5%"));
        assertEquals(Verdict.INCONSISTENT, bad.get(0).verdict());
    }

    @Test
    void sharesOfTwoDifferentWholesAreNotASplit() {
        String text = "进出口总额2830.96亿美元，其中出口1492.33亿美元，同比增长31.14%，占全国出口总额的比重为15.40%；"
                + "进口1338.63亿美元，同比增长20.13%，占全国进口总额的比重为16.91%。\n";
        assertTrue(SharesOnTextTest.check("t.txt", text).stream()
                .noneMatch(f -> f.message().startsWith("The shares of 出口")), "exports of national exports, imports of national imports");
    }

    @Test
    void aColonMisreadForASemicolonAfterAFigureDoesNotEndTheList() {
        String text = "全年农林牧渔业总产值120.52亿元，比上年增长3.2%。其中农业总产值75.24亿元，下降1.3%:林业总产值3.59亿元，"
                + "下降3.6%；牧业总产值40.62亿元，增长13.9%；渔业总产值1.07亿元，增长19.5%。\n";
        List<Finding> sums = SharesOnTextTest.check("z.txt", text).stream()
                .filter(f -> f.kind() == FindingKind.SUM && f.stated() != null && Math.abs(f.stated() - 120.52) < 1e-9).toList();
        assertEquals(1, sums.size(), sums.toString());
        assertEquals(Verdict.CONSISTENT, sums.get(0).verdict(), sums.get(0).message());
        assertEquals(5, sums.get(0).facts().size(), "all four parts and the total");
    }

    private static final String FIVE_YEARS = "2008年广东省政府工作报告\n"
            + "过去五年，全省生产总值由2002年的13502亿元到2007年突破3万亿元，五年年均增长14.5%。地方一般预算收入由1201亿元增加到2710亿元，"
            + "年均增长17.7%。\n";

    private static List<Finding> averages(String text) {
        return SharesOnTextTest.check("gd.txt", text).stream().filter(f -> f.message().startsWith("From 1201")).toList();
    }

    @Test
    void aYearlyAverageRunsOverTheYearsAnEarlierSentenceOfItsParagraphNamed() {
        List<Finding> ok = averages(FIVE_YEARS);
        assertEquals(1, ok.size(), ok.toString());
        assertEquals(Verdict.CONSISTENT, ok.get(0).verdict(), ok.get(0).message());
        assertTrue(ok.get(0).message().contains("over 5 years"), ok.get(0).message());
        List<Finding> bad = averages(FIVE_YEARS.replace("17.7%", "19.7%"));
        assertEquals(Verdict.INCONSISTENT, bad.get(0).verdict());
    }

    @Test
    void aLevelStatedAsABoundIsNotCheckedAgainstTheAverage() {
        assertTrue(SharesOnTextTest.check("gd.txt", FIVE_YEARS).stream()
                .noneMatch(f -> f.message().startsWith("From 13502")), "突破3万亿元 bounds the average on one side only");
    }

    private static final String SECTORS = "宁夏回族自治区2017年国民经济和社会发展统计公报\n全区实现生产总值[2]3453.93亿元，按可比价格计算，比上年增长7.8%。其中，第一产业增加值261.07亿元，"
            + "增长4.3%；第二产业增加值1580.53亿元，增长7.0%；第三产业增加值1612.33亿元，增长9.2%。第一产业增加值占地区生产总值的比重为7.6%，"
            + "第二产业增加值比重为45.8%，第三产业增加值比重为46.6%。\n";

    private static List<Finding> shares(String text) {
        return SharesOnTextTest.check("nx.txt", text).stream().filter(f -> f.kind() == FindingKind.SHARE).toList();
    }

    @Test
    void aShareInASentenceOfItsOwnIsOfThePartItNamesAndTheBaseTheFirstShareNamed() {
        List<Finding> found = shares(SECTORS);
        assertEquals(3, found.size(), found.toString());
        assertTrue(found.stream().allMatch(f -> f.verdict() == Verdict.CONSISTENT), found.toString());
        List<Finding> bad = shares(SECTORS.replace("1580.53亿元", "1508.53亿元"));
        assertTrue(bad.stream().anyMatch(f -> f.verdict() == Verdict.INCONSISTENT && f.facts().stream().anyMatch(x -> x.text().equals("45.8%"))),
                bad.toString());
    }

    @Test
    void aPartStatedWithTwoValuesLeavesItsShareUnchecked() {
        String twice = SECTORS.replace("。第一产业增加值占", "。另据初步核算，第一产业增加值260.50亿元。第一产业增加值占");
        assertTrue(shares(twice).stream().noneMatch(f -> f.facts().stream().anyMatch(x -> x.text().equals("7.6%"))), shares(twice).toString());
    }

    @Test
    void aBareShareOfAPartUnderATotalWithABareShareIsOfTheSameWhole() {
        String ages = "山西省2023年人口主要数据公报\n2023年末全省常住人口3465.99万人。常住人口中，0—14岁人口为517.49万人，占14.93%；"
                + "15—64岁人口为2421.53万人，占69.87%(其中：15—59岁人口为2198.44万人，占63.43%)；65岁及以上人口为526.98万人，占15.20%。\n";
        assertTrue(SharesOnTextTest.check("sx.txt", ages).stream()
                .noneMatch(f -> f.kind() == FindingKind.SHARE && f.verdict() == Verdict.INCONSISTENT), "63.43% is of the population, not of 2421.53万人");
        // a total with no share of its own: the first part's share is no share of the total's, so the parts' shares are of it
        String output = "1985年，全区社会总产值8429万元，其中农业总产值3312万元，占39.3%；工业总产值1195万元，占14.18%；建筑业总产值2069万元，占24.55%。\n";
        assertTrue(SharesOnTextTest.check("h.txt", output).stream().filter(f -> f.kind() == FindingKind.SHARE && f.verdict() == Verdict.CONSISTENT)
                .count() >= 2, SharesOnTextTest.check("h.txt", output).toString());
    }

    private static final String HALF_YEAR = "2023年上半年国民经济运行情况\n初步核算，上半年国内生产总值593034亿元，按不变价格计算，同比增长5.5%，"
            + "比一季度加快1.0个百分点。分季度看，一季度国内生产总值同比增长4.5%，二季度增长6.3%。从环比看，二季度国内生产总值增长0.8%。\n";

    private static List<Finding> gaps(String text) {
        return SharesOnTextTest.check("h1.txt", text).stream().filter(f -> f.kind() == FindingKind.GAP).toList();
    }

    @Test
    void aChangeInPointsFromAPeriodItNamesIsCheckedAgainstThatPeriodsRate() {
        List<Finding> ok = gaps(HALF_YEAR);
        assertEquals(1, ok.size(), ok.toString());
        assertEquals(Verdict.CONSISTENT, ok.get(0).verdict(), ok.get(0).message());
        List<Finding> bad = gaps(HALF_YEAR.replace("一季度国内生产总值同比增长4.5%", "一季度国内生产总值同比增长4.9%"));
        assertEquals(Verdict.INCONSISTENT, bad.get(0).verdict(), bad.toString());
        assertTrue(bad.get(0).message().contains("一季度"), bad.get(0).message());
    }

    @Test
    void aGrowthOnThePreviousQuarterIsNoRestatementOfTheYearOnYearOne() {
        assertTrue(SharesOnTextTest.check("h1.txt", HALF_YEAR).stream().noneMatch(f -> f.verdict() == Verdict.INCONSISTENT),
                "二季度 6.3% on a year before and 0.8% on the quarter before are two measures");
    }
}
