package org.govfacts.check;

import static org.govfacts.check.Findings.check;
import static org.govfacts.check.Findings.involving;
import static org.govfacts.check.Findings.one;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RestatementCheckTest {
    @Test
    void anAreaRestatedInAnotherUnitIsComparedInTheBaseUnit() {
        String text = "1992年全年完成造林面积67.78万公顷(1016.72万亩)，比上年增长5%。\n";
        String name = "1992_广西壮族自治区_统计公报.txt";
        Finding ok = one(SharesOnTextTest.check(name, text), FindingKind.DUPLICATE, involving("1016.72万亩"));
        assertEquals(Verdict.CONSISTENT, ok.verdict(), ok.message());
        // 1096.72万亩 is 73.1万公顷, not 67.78: one of the two is misstated (15 亩 to the 公顷, check_unit_conversions.tsv)
        Finding bad = one(SharesOnTextTest.check(name, text.replace("1016.72", "1096.72")), FindingKind.DUPLICATE, involving("1096.72万亩"));
        assertEquals(Verdict.INCONSISTENT, bad.verdict(), bad.message());
    }

    @Test
    void itemsOfOneListAreNotRestatements() {
        String text = "带动全市近三年固定资产投资分别增长13.4%、13.4%、7.2%。";
        CheckDocument d = new DocBuilder("t.txt", text).growth("13.4%", 13.4, "固定资产投资", "近三年").growth("13.4%", 13.4, "固定资产投资", "近三年")
                .growth("7.2%", 7.2, "固定资产投资", "近三年").build();
        assertTrue(check(d).isEmpty(), check(d).toString());
    }

    @Test
    void oneIndicatorWithTwoValuesInOneSentenceIsFlagged() {
        String text = "先后开展产销对接202场次、产销对接240场次、用工对接372场次。";
        CheckDocument d = new DocBuilder("t.txt", text).region("漯河市").norm(null, "2024").quantity("202场次", 202, "场次", "产销对接")
                .quantity("240场次", 240, "场次", "产销对接").quantity("372场次", 372, "场次", "用工对接").build();
        Finding f = one(check(d), FindingKind.DUPLICATE, involving("240场次"));
        assertEquals(Verdict.INCONSISTENT, f.verdict());
        assertTrue(f.message().contains("same period 2024") && f.message().contains("same place 漯河市"), f.message());
    }

    @Test
    void figuresWhosePeriodIsUnresolvedAreComparedWithNothingAndAnUnnamedPlaceOnlyWithinItsReport() {
        String text = "先后开展产销对接202场次、产销对接240场次、用工对接372场次。";
        CheckDocument noPeriod = new DocBuilder("t.txt", text).region("漯河市").quantity("202场次", 202, "场次", "产销对接")
                .quantity("240场次", 240, "场次", "产销对接").build();
        assertTrue(check(noPeriod).isEmpty(), check(noPeriod).toString());
        // no region: both figures are of the place of their report, which it does not name
        CheckDocument noRegion = new DocBuilder("t.txt", text).norm(null, "2024").quantity("202场次", 202, "场次", "产销对接")
                .quantity("240场次", 240, "场次", "产销对接").build();
        Finding f = one(check(noRegion), FindingKind.DUPLICATE, involving("240场次"));
        assertTrue(f.message().contains("same place the place of report t.txt, which it does not name"), f.message());
        // the same figures in two reports that name no place are of two places
        CheckDocument a = new DocBuilder("a.txt", "产销对接202场次。").norm(null, "2024").quantity("202场次", 202, "场次", "产销对接").build();
        CheckDocument b = new DocBuilder("b.txt", "产销对接240场次。").norm(null, "2024").quantity("240场次", 240, "场次", "产销对接").build();
        assertTrue(check(a, b).isEmpty(), check(a, b).toString());
    }

    @Test
    void oneIndicatorAndPeriodWithTwoValuesInOneReportIsFlagged() {
        String text = "2023年,全市规上工业增加值增长7%。\n其他工作。\n2023年全市规上工业增加值增长8.1%,居全省第4位。";
        CheckDocument d = new DocBuilder("t.txt", text).region("漯河市").norm("2023年", "2023").growth("7%", 7, "规上工业增加值", "2023年")
                .growth("8.1%", 8.1, "全市规上工业增加值", "2023年").build();
        Finding f = one(check(d), FindingKind.DUPLICATE, involving("8.1%"));
        assertEquals(Verdict.INCONSISTENT, f.verdict(), f.message());
    }

    @Test
    void differentPeriodsAreNotCompared() {
        String text = "2023年,全市规上工业增加值增长7%。2024年上半年,全市规上工业增加值增长12.1%。";
        CheckDocument d = new DocBuilder("t.txt", text).region("漯河市").norm("2023年", "2023").norm("2024年上半年", "2024H1")
                .growth("7%", 7, "规上工业增加值", "2023年").growth("12.1%", 12.1, "规上工业增加值", "2024年上半年").build();
        assertTrue(check(d).isEmpty());
    }

    @Test
    void indicatorsThatNameNoSubjectAreNotComparedAcrossSentences() {
        String text = "谋划项目133个,总投资2360亿元。谋划新型基础设施建设项目49个,总投资254亿元。";
        CheckDocument d = new DocBuilder("t.txt", text).quantity("133个", 133, "个", "项目").money("2360亿元", 2360e8, "总投资", null)
                .quantity("49个", 49, "个", "新型基础设施建设项目").money("254亿元", 254e8, "总投资", null).build();
        assertTrue(Findings.of(check(d), FindingKind.DUPLICATE, f -> true).isEmpty());
    }

    @Test
    void anIndicatorForOneRegionAndYearIsComparedBetweenReports() {
        CheckDocument a = new DocBuilder("a.txt", "2023年,全市规上工业增加值增长7%。").norm("2023年", "2023").region("漯河市")
                .growth("7%", 7, "规上工业增加值", "2023年").build();
        CheckDocument b = new DocBuilder("b.txt", "2023年全市规模以上工业增加值增长7.6%。").norm("2023年", "2023").region("漯河市")
                .growth("7.6%", 7.6, "全市规模以上工业增加值", "2023年").build();
        Finding f = one(check(a, b), FindingKind.CROSS_DOCUMENT, involving("7.6%"));
        assertEquals(Verdict.INCONSISTENT, f.verdict(), f.message());
        CheckDocument agreeing = new DocBuilder("d.txt", "2023年全市规模以上工业增加值增长7.4%。").norm("2023年", "2023").region("漯河市")
                .growth("7.4%", 7.4, "全市规模以上工业增加值", "2023年").build();
        assertEquals(Verdict.CONSISTENT, one(check(a, agreeing), FindingKind.CROSS_DOCUMENT, x -> true).verdict(), "7% may be 7.4% rounded");
        CheckDocument other = new DocBuilder("c.txt", "2023年全市规模以上工业增加值增长7.6%。").norm("2023年", "2023").region("周口市")
                .growth("7.6%", 7.6, "全市规模以上工业增加值", "2023年").build();
        assertTrue(Findings.of(check(a, other), FindingKind.CROSS_DOCUMENT, x -> true).isEmpty(), "another region");
    }

    @Test
    void theNumberOfAListItemIsNotPartOfTheIndicator() {
        CheckDocument a = new DocBuilder("a.txt", "1、国内生产总值增长6.5%左右。").norm("2018年", "2018").norm(null, "2018").region("全国")
                .qualified(org.govfacts.fact.FactType.GROWTH, "6.5%左右", 6.5, "%", org.govfacts.fact.Qualifier.ABOUT, "1、国内生产总值", null).build();
        CheckDocument b = new DocBuilder("b.txt", "国内生产总值增长6%左右。").norm(null, "2018").region("全国")
                .qualified(org.govfacts.fact.FactType.GROWTH, "6%左右", 6, "%", org.govfacts.fact.Qualifier.ABOUT, "国内生产总值", null).build();
        Finding f = one(check(a, b), FindingKind.CROSS_DOCUMENT, involving("6%左右"));
        assertEquals(Verdict.INCONSISTENT, f.verdict(), f.message());
    }

    @Test
    void relativePeriodsOfTwoReportsAreTheYearsTheyResolveTo() {
        // 今年 in the 2016 budget and in the 2017 budget are two years: never compared.
        CheckDocument a = new DocBuilder("a.txt", "今年中央财政赤字1.4万亿元。").region("全国").norm("今年", "2016").status(org.govfacts.fact.Status.TARGET)
                .money("1.4万亿元", 1.4e12, "中央财政赤字", "今年").build();
        CheckDocument b = new DocBuilder("b.txt", "今年中央财政赤字1.55万亿元。").region("全国").norm("今年", "2017").status(org.govfacts.fact.Status.TARGET)
                .money("1.55万亿元", 1.55e12, "中央财政赤字", "今年").build();
        assertTrue(check(a, b).isEmpty(), check(a, b).toString());
        CheckDocument sameYear = new DocBuilder("c.txt", "今年中央财政赤字1.55万亿元。").region("全国").norm("今年", "2016")
                .status(org.govfacts.fact.Status.TARGET).money("1.55万亿元", 1.55e12, "中央财政赤字", "今年").build();
        Finding f = one(check(a, sameYear), FindingKind.CROSS_DOCUMENT, x -> true);
        assertEquals(Verdict.INCONSISTENT, f.verdict());
        assertTrue(f.message().contains("same period 2016") && f.message().contains("both targets"), f.message());
    }

    @Test
    void differentSubjectsOfOneIndicatorAreNotRestatements() {
        String text = "4个省级重点项目1-5月完成投资10亿元,占年度投资计划45.2%。41个市级重点项目1-5月完成投资20亿元,占年度投资计划43.2%。";
        CheckDocument d = new DocBuilder("t.txt", text).region("漯河市").norm("1-5月", "2025M01-05").quantity("4个", 4, "个", "省级重点项目", "1-5月")
                .money("10亿元", 10e8, "完成投资", "1-5月").ratio("45.2%", 45.2, null, "占年度投资计划")
                .quantity("41个", 41, "个", "市级重点项目", "1-5月").money("20亿元", 20e8, "完成投资", "1-5月")
                .ratio("43.2%", 43.2, null, "占年度投资计划").build();
        assertTrue(Findings.of(check(d), FindingKind.DUPLICATE, x -> true).isEmpty(), check(d).toString());
    }

    @Test
    void aSentenceRestatedInAnotherReportWithAnotherFigureIsFlagged() {
        String sentence = "全市共收集企业问题3118条,已解决3097条。";
        CheckDocument a = new DocBuilder("a.txt", sentence).region("漯河市").norm("截至目前", "..2024-09").quantity("3118条", 3118, "条", "收集企业问题", "截至目前").build();
        CheckDocument b = new DocBuilder("b.txt", sentence.replace("3118", "3418")).region("漯河市").norm("截至目前", "..2024-09").quantity("3418条", 3418, "条", "收集企业问题", "截至目前").build();
        Finding f = one(check(a, b), FindingKind.CROSS_DOCUMENT, involving("3418条"));
        assertEquals(Verdict.INCONSISTENT, f.verdict(), f.message());
        CheckDocument same = new DocBuilder("c.txt", sentence).region("漯河市").norm("截至目前", "..2024-09").quantity("3118条", 3118, "条", "收集企业问题", "截至目前").build();
        assertEquals(Verdict.CONSISTENT, one(check(a, same), FindingKind.CROSS_DOCUMENT, x -> true).verdict());
    }

    @Test
    void durationsAreComparedInMonthsForOneProject() {
        CheckDocument a = new DocBuilder("a.txt", "金大地绿色联碱转型产业园项目,仅用时16个月就实现了开工、投产。")
                .project("金大地绿色联碱转型产业园项目", "金大地绿色联碱转型产业园项目").quantity("16个月", 16, "月", "用时").build();
        CheckDocument b = new DocBuilder("b.txt", "總投資120億元的金大地聯(lián)鹼綠色轉型升級項目從開工建設到投產僅用時一年半。")
                .money("120億元", 120e8, "总投资", null).project("金大地聯(lián)鹼綠色轉型升級項目", "金大地联碱绿色转型升级项目")
                .quantity("一年半", 1.5, "年", "从开工建设到投产仅用时").build();
        Finding f = one(check(a, b), FindingKind.CROSS_DOCUMENT, involving("16个月"));
        assertEquals(Verdict.INCONSISTENT, f.verdict());
        CheckDocument c = new DocBuilder("c.txt", "金大地联碱绿色转型升级项目仅用时18个月。")
                .project("金大地联碱绿色转型升级项目", "金大地联碱绿色转型升级项目").quantity("18个月", 18, "月", "用时").build();
        assertEquals(Verdict.CONSISTENT, one(check(b, c), FindingKind.CROSS_DOCUMENT, involving("18个月")).verdict());
    }

    @Test
    void lastYearsResultAndThisYearsPlanInOneWordingAreNotRestatements() {
        String text = "城镇新增就业22.89万人,农村劳动力转移就业294.21万人。\n今年的主要工作是:推动灵活就业,城镇新增就业21万人,农村劳动力转移就业240万人,高校毕业生留省就业17万人。";
        CheckDocument d = new DocBuilder("t.txt", text).quantity("22.89万人", 22.89e4, "人", "城镇新增就业")
                .quantity("294.21万人", 294.21e4, "人", "农村劳动力转移就业").quantity("21万人", 21e4, "人", "城镇新增就业")
                .quantity("240万人", 240e4, "人", "农村劳动力转移就业").quantity("17万人", 17e4, "人", "高校毕业生留省就业").build();
        assertTrue(check(d).isEmpty(), check(d).toString());
    }

    @Test
    void aTargetIsNotARestatementOfItsResultButMetOrMissed() {
        CheckDocument plan = new DocBuilder("a.txt", "2024年主要预期目标是:国内生产总值增长5%左右。").region("全国").norm("2024年", "2024")
                .status(org.govfacts.fact.Status.TARGET)
                .qualified(org.govfacts.fact.FactType.GROWTH, "5%左右", 5, "%", org.govfacts.fact.Qualifier.ABOUT, "国内生产总值", "2024年").build();
        CheckDocument result = new DocBuilder("b.txt", "去年国内生产总值增长5.0%。").region("全国").norm("去年", "2024")
                .growth("5.0%", 5.0, "国内生产总值", "去年").build();
        List<Finding> found = check(plan, result);
        assertTrue(found.stream().noneMatch(f -> f.verdict() == Verdict.INCONSISTENT), found.toString());
        assertEquals(Verdict.MET, one(found, FindingKind.TARGET, x -> true).verdict());
        CheckDocument plan2022 = new DocBuilder("c.txt", "2022年主要预期目标是:国内生产总值增长5.5%左右。").region("全国").norm("2022年", "2022")
                .status(org.govfacts.fact.Status.TARGET)
                .qualified(org.govfacts.fact.FactType.GROWTH, "5.5%左右", 5.5, "%", org.govfacts.fact.Qualifier.ABOUT, "国内生产总值", "2022年").build();
        CheckDocument result2022 = new DocBuilder("d.txt", "去年国内生产总值增长3%。").region("全国").norm("去年", "2022")
                .growth("3%", 3, "国内生产总值", "去年").build();
        assertEquals(Verdict.MISSED, one(check(plan2022, result2022), FindingKind.TARGET, x -> true).verdict());
    }

    @Test
    void aGrowthRateNamedWithItsPricesIsTheIndicatorItIsARateOf() {
        // 国内生产总值可比价增长率 is the growth of 国内生产总值, the 经济 growth another report of the year restates
        List<Finding> found = SharesOnTextTest.checkAll(
                "1998_国务院_政府工作报告.txt", "1998年3月5日在第九届全国人民代表大会第一次会议上。去年经济增长8.8%，商品零售价格涨幅为0.8%。",
                "1998_全国_经济回顾.txt", "国家统计局发布。1997年，全国国内生产总值可比价增长率为8.8%，比上年回落0.8个百分点。");
        assertTrue(found.stream().anyMatch(f -> f.kind() == FindingKind.CROSS_DOCUMENT && f.verdict() == Verdict.CONSISTENT
                && f.facts().stream().anyMatch(x -> x.text().equals("8.8%") && x.doc().startsWith("1998_全国"))), found.toString());
    }

    @Test
    void howFastAGrowthWasIsNoSubjectOfIt() {
        // 以11.2%的高增长: 高 says how fast, not what grew; the report's 地区生产总值增长11.2% is the same figure
        List<Finding> found = SharesOnTextTest.checkAll(
                "2022_全国_各省经济成绩单.txt", "2021年，各省份普遍实现较快增长。其中，海南省以11.2%的高增长位居全国前列。",
                "2022_海南省_政府工作报告.txt", "过去一年，全省地区生产总值增长11.2%，地方一般公共预算收入增长12.9%。");
        assertTrue(found.stream().anyMatch(f -> f.kind() == FindingKind.CROSS_DOCUMENT && f.verdict() == Verdict.CONSISTENT), found.toString());
    }

    @Test
    void thePlaceANameOpensWithIsTheFiguresRegionNotItsSubject() {
        // 西藏去年地区生产总值 in a news item on 西藏自治区 and 地区生产总值 in its bulletin: one figure, 西藏 no subject besides the region
        String bulletin = "西藏自治区2007年国民经济和社会发展统计公报\n全年全区地区生产总值342.19亿元，比上年增长14%。";
        String news = "新华社拉萨2008年2月12日电（记者 某某）向巴平措介绍，西藏去年地区生产总值达到342.19亿元，人均GDP超过1.2万元。";
        List<Finding> found = SharesOnTextTest.checkAll("2008_西藏自治区_新闻.txt", news, "2007_西藏自治区_统计公报.txt", bulletin);
        assertTrue(found.stream().anyMatch(f -> f.kind() == FindingKind.CROSS_DOCUMENT && f.verdict() == Verdict.CONSISTENT), found.toString());
        List<Finding> altered = SharesOnTextTest.checkAll("2008_西藏自治区_新闻.txt", news.replace("342.19", "324.19"),
                "2007_西藏自治区_统计公报.txt", bulletin);
        assertTrue(altered.stream().anyMatch(f -> f.kind() == FindingKind.CROSS_DOCUMENT && f.verdict() == Verdict.INCONSISTENT), altered.toString());
    }

    @Test
    void theWholePlacesBudgetAndTheProvinceLevelsOwnAreTwoThings() {
        // 全省…收入合计 and 省级…收入合计 (check_level_scopes.txt): two budgets, not one total stated twice
        String text = "全省一般公共预算地方收入完成3448.9亿元，加上中央补助4953亿元，调入资金等747.4亿元，收入合计11293.9亿元。"
                + "省级一般公共预算地方收入完成388.8亿元，加上中央补助4953亿元，调入资金等68.3亿元，收入合计6959亿元。";
        List<Finding> found = SharesOnTextTest.check("2025_湖南省_预算执行情况报告.txt", text);
        assertTrue(found.stream().noneMatch(f -> f.kind() == FindingKind.DUPLICATE && f.verdict() == Verdict.INCONSISTENT), found.toString());
    }

    @Test
    void figuresWhoseDigitsDifferInMoreThanTwoPlacesAreNoSlipOfThePen() {
        assertTrue(RestatementCheck.digitsFarApart("85 亿元", "18. 08 亿元"));
        assertTrue(RestatementCheck.digitsFarApart("11293.9亿元", "6959亿元"));
        assertFalse(RestatementCheck.digitsFarApart("1267.24亿元", "1287.24亿元"));
        assertFalse(RestatementCheck.digitsFarApart("7.2%", "7.7%"));
        assertFalse(RestatementCheck.digitsFarApart("626.5万吨", "652.6万吨")); // two digits swapped
        assertFalse(RestatementCheck.digitsFarApart("11241.8亿元", "11424亿元")); // 11242 at the coarser precision
        assertFalse(RestatementCheck.digitsFarApart("5.7%", "0.7%")); // one digit, though eight times apart
        // a district's revenue, then one industry's under its heading: no duplicate called wrong
        String text = "全年完成一般公共预算收入85亿元，增长5.6%。优化发展金融服务业。完成一般公共预算收入18.08亿元。";
        List<Finding> found = SharesOnTextTest.check("2020_上城区_计划执行情况报告.txt", text);
        assertTrue(found.stream().noneMatch(f -> f.kind() == FindingKind.DUPLICATE && f.verdict() == Verdict.INCONSISTENT), found.toString());
    }
}
