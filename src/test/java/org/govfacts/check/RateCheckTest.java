package org.govfacts.check;

import static org.govfacts.check.Findings.check;
import static org.govfacts.check.Findings.involving;
import static org.govfacts.check.Findings.one;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.govfacts.fact.Qualifier;
import java.util.List;
import org.junit.jupiter.api.Test;

class RateCheckTest {
    private static CheckDocument solved(String collected, String solved, String rate, Qualifier q) {
        String text = "全市共收集企业问题" + collected + "条,已解决" + solved + "条,问题动态解决率保持在" + rate + (q == null ? "" : "以上") + "。";
        return new DocBuilder("t.txt", text).quantity(collected + "条", Double.parseDouble(collected), "条", "收集企业问题")
                .quantity(solved + "条", Double.parseDouble(solved), "条", "已解决企业问题")
                .ratio(rate + (q == null ? "" : "以上"), Double.parseDouble(rate.replace("%", "")), q, "问题动态解决率").build();
    }

    @Test
    void aLowerBoundHoldsWhenTheCountsReachIt() {
        Finding f = one(check(solved("3118", "3097", "99%", Qualifier.MORE_THAN)), FindingKind.RATE, involving("99%以上"));
        assertEquals(Verdict.CONSISTENT, f.verdict(), f.message());
    }

    @Test
    void aLowerBoundFailsWhenTheCountsFallShort() {
        Finding f = one(check(solved("3118", "2997", "99%", Qualifier.MORE_THAN)), FindingKind.RATE, involving("99%以上"));
        assertEquals(Verdict.INCONSISTENT, f.verdict(), f.message());
    }

    @Test
    void aPartRateCannotExceedAHundredPercent() {
        Finding f = one(check(solved("3118", "3797", "99%", Qualifier.MORE_THAN)), FindingKind.RATE, involving("99%以上"));
        assertEquals(Verdict.INCONSISTENT, f.verdict(), f.message());
    }

    @Test
    void anExactRateIsHeldToItsLastDigit() {
        assertEquals(Verdict.CONSISTENT, one(check(solved("137", "107", "78.1%", null)), FindingKind.RATE, involving("78.1%")).verdict());
        assertEquals(Verdict.INCONSISTENT, one(check(solved("137", "107", "78.3%", null)), FindingKind.RATE, involving("78.3%")).verdict());
    }

    @Test
    void theBaseMayStandInAnEarlierSentence() {
        String text = "对137个工业项目全过程服务。截至目前已开复工107项(61项续建项目全部复工),开复工率78.1%。";
        CheckDocument d = new DocBuilder("t.txt", text).quantity("137个", 137, "个", "工业项目").quantity("107项", 107, "项", "开复工项目")
                .quantity("61项", 61, "项", "续建项目").ratio("78.1%", 78.1, null, "开复工率").build();
        Finding f = one(check(d), FindingKind.RATE, involving("78.1%"));
        assertEquals(Verdict.CONSISTENT, f.verdict(), f.message());
    }

    @Test
    void aShareIsCheckedAgainstTheBaseItNames() {
        String text = "年度计划投资263.6亿元。完成投资30.97亿元,占年度计划投资的11.75%。";
        CheckDocument ok = new DocBuilder("t.txt", text).money("263.6亿元", 263.6e8, "年度计划投资", null)
                .money("30.97亿元", 30.97e8, "完成投资", null).ratio("11.75%", 11.75, null, "占年度计划投资比重").build();
        assertEquals(Verdict.CONSISTENT, one(check(ok), FindingKind.SHARE, involving("11.75%")).verdict());
        String wrong = text.replace("11.75%", "13.75%");
        CheckDocument bad = new DocBuilder("t.txt", wrong).money("263.6亿元", 263.6e8, "年度计划投资", null)
                .money("30.97亿元", 30.97e8, "完成投资", null).ratio("13.75%", 13.75, null, "占年度计划投资比重").build();
        assertEquals(Verdict.INCONSISTENT, one(check(bad), FindingKind.SHARE, involving("13.75%")).verdict());
    }

    @Test
    void aShareOfAWholeWithoutItsBaseIsNotChecked() {
        String text = "获得专项资金5082万元,占全省的4.39%。";
        CheckDocument d = new DocBuilder("t.txt", text).money("5082万元", 5082e4, "专项资金", null).ratio("4.39%", 4.39, null, "占全省比重").build();
        assertEquals(0, Findings.of(check(d), FindingKind.SHARE, f -> true).size());
    }

    @Test
    void aShareOfABreakdownTotalUsesThatTotal() {
        String text = "集群产值400亿元(其中甲产业链248亿元,占比62%;乙产业链152亿元)。";
        CheckDocument d = new DocBuilder("t.txt", text).money("400亿元", 400e8, "集群产值", null).money("248亿元", 248e8, "甲产业链产值", null)
                .ratio("62%", 62, null, "甲产业链占比").money("152亿元", 152e8, "乙产业链产值", null).build();
        Finding f = one(check(d), FindingKind.SHARE, involving("62%"));
        assertEquals(Verdict.CONSISTENT, f.verdict(), f.message());
    }

    @Test
    void ratesGivenTogetherWithFenbieAreNotPairedWithCounts() {
        String text = "新增普惠托位8897个,适龄儿童入园率和普惠率分别达96%和94%。";
        CheckDocument d = new DocBuilder("t.txt", text).quantity("8897个", 8897, "个", "新增普惠托位").ratio("96%", 96, null, "入园率")
                .ratio("94%", 94, null, "普惠率").build();
        assertEquals(0, Findings.of(check(d), FindingKind.RATE, f -> true).size());
    }

    @Test
    void countsOfDifferentThingsAreNotARate() {
        String text = "建成老年助餐点1.18万个。新增长护险参保人数1561万人,参保率达93%。";
        CheckDocument d = new DocBuilder("t.txt", text).quantity("1.18万个", 1.18e4, "个", "老年助餐点").quantity("1561万人", 1561e4, "人", "参保人数")
                .ratio("93%", 93, null, "参保率").build();
        assertEquals(0, Findings.of(check(d), FindingKind.RATE, f -> true).size());
    }

    @Test
    void aShareImpliesItsBaseWhereverTheReportStatesIt() {
        String text = "全年年度计划投资263.6亿元。\n其他工作。\n完成投资30.97亿元,占年度计划投资的14.75%。";
        CheckDocument d = new DocBuilder("t.txt", text).region("漯河市").norm(null, "2024").money("263.6亿元", 263.6e8, "年度计划投资", null)
                .money("30.97亿元", 30.97e8, "完成投资", null).ratio("14.75%", 14.75, null, "占年度计划投资比重").build();
        Finding f = one(check(d), FindingKind.SHARE, involving("14.75%"));
        assertEquals(Verdict.INCONSISTENT, f.verdict(), f.message());
        assertEquals(11.749, f.expected(), 1e-3);
        CheckDocument unresolved = new DocBuilder("t.txt", text).money("263.6亿元", 263.6e8, "年度计划投资", null)
                .money("30.97亿元", 30.97e8, "完成投资", null).ratio("14.75%", 14.75, null, "占年度计划投资比重").build();
        assertTrue(Findings.of(check(unresolved), FindingKind.SHARE, x -> true).isEmpty(), "a base in another paragraph needs the same place and period");
    }

    @Test
    void aGroupsShareOfItsOwnPlanIsNotTakenAsAShareOfTheWholePlan() {
        String text = "全市重点项目年度计划投资500亿元，1-9月完成投资461.5亿元，完成年度计划的92.3%；其中工业项目完成投资80亿元，完成年度计划的81.5%。";
        CheckDocument d = new DocBuilder("t.txt", text).region("漯河市").norm(null, "2024").money("500亿元", 500e8, "年度计划投资", null)
                .money("461.5亿元", 461.5e8, "完成投资", null).ratio("92.3%", 92.3, null, "完成年度计划")
                .money("80亿元", 80e8, "工业项目完成投资", null).ratio("81.5%", 81.5, null, "完成年度计划").build();
        List<Finding> found = check(d);
        assertEquals(Verdict.CONSISTENT, one(found, FindingKind.SHARE, involving("92.3%")).verdict());
        assertTrue(Findings.of(found, FindingKind.SHARE, involving("81.5%")).isEmpty(), found.toString());
    }

    @Test
    void aShareWhoseBaseIsNotStatedSaysNothing() {
        String text = "全省重点项目完成投资792.4亿元，为年计划的44%。";
        CheckDocument d = new DocBuilder("t.txt", text).region("湖南省").norm(null, "2014H1").money("792.4亿元", 792.4e8, "完成投资", null)
                .ratio("44%", 44, null, "为年计划").build();
        assertTrue(check(d).isEmpty(), check(d).toString());
    }
}
