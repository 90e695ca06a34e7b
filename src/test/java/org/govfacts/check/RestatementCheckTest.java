package org.govfacts.check;

import static org.govfacts.check.Findings.check;
import static org.govfacts.check.Findings.involving;
import static org.govfacts.check.Findings.one;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RestatementCheckTest {
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
        CheckDocument d = new DocBuilder("t.txt", text).quantity("202场次", 202, "场次", "产销对接").quantity("240场次", 240, "场次", "产销对接")
                .quantity("372场次", 372, "场次", "用工对接").build();
        Finding f = one(check(d), FindingKind.DUPLICATE, involving("240场次"));
        assertEquals(Verdict.INCONSISTENT, f.verdict());
    }

    @Test
    void oneIndicatorAndPeriodWithTwoValuesInOneReportIsFlagged() {
        String text = "2023年,全市规上工业增加值增长7%。\n其他工作。\n2023年全市规上工业增加值增长8.1%,居全省第4位。";
        CheckDocument d = new DocBuilder("t.txt", text).growth("7%", 7, "规上工业增加值", "2023年").growth("8.1%", 8.1, "全市规上工业增加值", "2023年").build();
        Finding f = one(check(d), FindingKind.DUPLICATE, involving("8.1%"));
        assertEquals(Verdict.INCONSISTENT, f.verdict(), f.message());
    }

    @Test
    void differentPeriodsAreNotCompared() {
        String text = "2023年,全市规上工业增加值增长7%。2024年上半年,全市规上工业增加值增长12.1%。";
        CheckDocument d = new DocBuilder("t.txt", text).growth("7%", 7, "规上工业增加值", "2023年")
                .growth("12.1%", 12.1, "规上工业增加值", "2024年上半年").build();
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
        CheckDocument a = new DocBuilder("a.txt", "2023年,全市规上工业增加值增长7%。").region("漯河市")
                .growth("7%", 7, "规上工业增加值", "2023年").build();
        CheckDocument b = new DocBuilder("b.txt", "2023年全市规模以上工业增加值增长7.6%。").region("漯河市")
                .growth("7.6%", 7.6, "全市规模以上工业增加值", "2023年").build();
        Finding f = one(check(a, b), FindingKind.CROSS_DOCUMENT, involving("7.6%"));
        assertEquals(Verdict.INCONSISTENT, f.verdict(), f.message());
        CheckDocument agreeing = new DocBuilder("d.txt", "2023年全市规模以上工业增加值增长7.4%。").region("漯河市")
                .growth("7.4%", 7.4, "全市规模以上工业增加值", "2023年").build();
        assertEquals(Verdict.CONSISTENT, one(check(a, agreeing), FindingKind.CROSS_DOCUMENT, x -> true).verdict(), "7% may be 7.4% rounded");
        CheckDocument other = new DocBuilder("c.txt", "2023年全市规模以上工业增加值增长7.6%。").region("周口市")
                .growth("7.6%", 7.6, "全市规模以上工业增加值", "2023年").build();
        assertTrue(Findings.of(check(a, other), FindingKind.CROSS_DOCUMENT, x -> true).isEmpty(), "another region");
    }

    @Test
    void relativePeriodsAreNotComparedBetweenReportsUnlessWordedAlike() {
        CheckDocument a = new DocBuilder("a.txt", "今年上半年,全市工业投资增长32%。").region("漯河市").growth("32%", 32, "工业投资", "今年上半年").build();
        CheckDocument b = new DocBuilder("b.txt", "今年上半年工业投资增长18%,高于全省。").region("漯河市").growth("18%", 18, "工业投资", "今年上半年").build();
        assertTrue(check(a, b).isEmpty());
    }

    @Test
    void aSentenceRestatedInAnotherReportWithAnotherFigureIsFlagged() {
        String sentence = "全市共收集企业问题3118条,已解决3097条。";
        CheckDocument a = new DocBuilder("a.txt", sentence).quantity("3118条", 3118, "条", "收集企业问题", "截至目前").build();
        CheckDocument b = new DocBuilder("b.txt", sentence.replace("3118", "3418")).quantity("3418条", 3418, "条", "收集企业问题", "截至目前").build();
        Finding f = one(check(a, b), FindingKind.CROSS_DOCUMENT, involving("3418条"));
        assertEquals(Verdict.INCONSISTENT, f.verdict(), f.message());
        CheckDocument same = new DocBuilder("c.txt", sentence).quantity("3118条", 3118, "条", "收集企业问题", "截至目前").build();
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
    void aTargetIsNotComparedWithAResult() {
        String text = "2025年,一般公共预算收入增长4.8%。\n2025年主要预期目标是:一般公共预算收入增长4%左右。";
        CheckDocument d = new DocBuilder("t.txt", text).growth("4.8%", 4.8, "一般公共预算收入", "2025年")
                .qualified(org.govfacts.fact.FactType.GROWTH, "4%左右", 4, "%", org.govfacts.fact.Qualifier.ABOUT, "一般公共预算收入", "2025年").build();
        assertTrue(check(d).isEmpty(), check(d).toString());
    }
}
