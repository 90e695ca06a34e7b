package org.govfacts.check;

import static org.govfacts.check.Findings.involving;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Gaps in points against the two stated rates, through the real pipeline on texts written for the test. */
class GapCheckTest {
    private static final String TEXT = "9月份，全省城镇调查失业率为5.3%，比8月份下降0.1个百分点；其中外来农业户籍劳动力失业率为4.9%，"
            + "低于全省城镇调查失业率0.4个百分点。";

    @Test
    void aGapBelowANamedStatedRateIsTheirDifference() {
        Finding f = Findings.one(SharesOnTextTest.check("t.txt", TEXT), FindingKind.GAP, involving("0.4个百分点"));
        assertEquals(Verdict.CONSISTENT, f.verdict(), f.message());
    }

    @Test
    void anAlteredRateBreaksTheGap() {
        Finding f = Findings.one(SharesOnTextTest.check("t.txt", TEXT.replace("4.9%", "5.1%")), FindingKind.GAP, involving("0.4个百分点"));
        assertEquals(Verdict.INCONSISTENT, f.verdict(), f.message());
        assertTrue(f.message().contains("低于"), f.message());
    }

    @Test
    void aGapFromAPlaceOrAnEarlierMonthWhoseRateIsNotStatedIsNotChecked() {
        String text = "全年全区生产总值增长8.2%，分别高于全省和全市1.5个百分点和0.7个百分点。9月份，城镇调查失业率为5.3%，比8月份下降0.1个百分点。";
        assertTrue(Findings.of(SharesOnTextTest.check("t.txt", text), FindingKind.GAP, f -> true).isEmpty());
    }

    /** A county's monthly release (traditional in the original): the comparison states the earlier rate itself. */
    private static final String MONTHLY = "完成规模以上工业增加值5.9亿元，增长12.6%，增幅比1-4月增速12.3%上升0.3个百分点。"
            + "全市居民消费价格上涨2.1%，涨幅比上年的2.5%回落0.4个百分点。";

    @Test
    void aChangeFromARateTheComparisonStatesIsTheirDifference() {
        assertEquals(Verdict.CONSISTENT, Findings.one(SharesOnTextTest.check("t.txt", MONTHLY), FindingKind.GAP,
                involving("0.3个百分点")).verdict());
        assertEquals(Verdict.CONSISTENT, Findings.one(SharesOnTextTest.check("t.txt", MONTHLY), FindingKind.GAP,
                involving("0.4个百分点")).verdict());
        Finding f = Findings.one(SharesOnTextTest.check("t.txt", MONTHLY.replace("2.1%", "2.7%")), FindingKind.GAP, involving("0.4个百分点"));
        assertEquals(Verdict.INCONSISTENT, f.verdict(), f.message());
        assertTrue(f.message().contains("2.7 − 2.5"), f.message());
    }

    @Test
    void aChangeFromAnUnstatedRateOrAfterAClauseBreakIsNotChecked() {
        String text = "全市居民消费价格上涨2.1%，涨幅比上年回落0.4个百分点。城镇居民人均可支配收入增长8.0%，农村居民收入增长9.5%，"
                + "比城镇高1.5个百分点。";
        assertTrue(Findings.of(SharesOnTextTest.check("t.txt", text), FindingKind.GAP, f -> true).isEmpty());
    }

    /** A half-year release: the rate compared with stands in brackets after the place or period it is of. */
    private static final String BRACKETED = "上半年，全省地区生产总值5903亿元，同比增长5.8%，高于全国(5.0%)0.8个百分点。"
            + "规模以上工业增加值增长6.1%，增速比一季度(6.6%)回落0.5个百分点。全市固定资产投资增长5.1%，低于全省（6.0%）0.9个百分点。";

    @Test
    void aRateInBracketsAfterTheComparisonIsTheOneTheGapIsFrom() {
        var found = SharesOnTextTest.check("2024_某省_上半年经济运行.txt", BRACKETED);
        for (String gap : java.util.List.of("0.8个百分点", "0.5个百分点", "0.9个百分点")) {
            assertEquals(Verdict.CONSISTENT, Findings.one(found, FindingKind.GAP, involving(gap)).verdict(), gap);
        }
        // 低于 says which way the gap goes: 5.1 above 6.0 by 0.9 is wrong, whatever sign the gap was read with
        Finding wrong = Findings.one(SharesOnTextTest.check("2024_某省_上半年经济运行.txt", BRACKETED.replace("增长5.1%", "增长6.9%")),
                FindingKind.GAP, involving("0.9个百分点"));
        assertEquals(Verdict.INCONSISTENT, wrong.verdict(), wrong.message());
        Finding altered = Findings.one(SharesOnTextTest.check("2024_某省_上半年经济运行.txt", BRACKETED.replace("0.8个百分点", "1.8个百分点")),
                FindingKind.GAP, involving("1.8个百分点"));
        assertEquals(Verdict.INCONSISTENT, altered.verdict(), altered.message());
    }

    @Test
    void twoBracketedRatesWithGapsRespectivelyAreNotReadAsOne() {
        String text = "全市地区生产总值增长9.1%，比全省(7.4%)和全国(6.3%)分别高1.7、2.8个百分点。";
        assertTrue(Findings.of(SharesOnTextTest.check("t.txt", text), FindingKind.GAP, f -> f.verdict() == Verdict.INCONSISTENT).isEmpty());
    }

    @Test
    void aChangeFromAnEarlierPartOfTheYearStatedInAnotherReport() {
        String q1 = "一季度，全市规模以上工业增加值同比增长3.4%。";
        String h1 = "上半年，全市规模以上工业增加值同比增长5.6%，比一季度提高2.2个百分点。";
        Finding f = Findings.one(SharesOnTextTest.checkAll("2025_重庆市_一季度经济运行.txt", q1, "2025_重庆市_上半年经济运行.txt", h1),
                FindingKind.GAP, involving("2.2个百分点"));
        assertEquals(Verdict.CONSISTENT, f.verdict(), f.message());
        f = Findings.one(SharesOnTextTest.checkAll("2025_重庆市_一季度经济运行.txt", q1.replace("3.4%", "3.9%"), "2025_重庆市_上半年经济运行.txt", h1),
                FindingKind.GAP, involving("2.2个百分点"));
        assertEquals(Verdict.INCONSISTENT, f.verdict(), f.message());
        assertTrue(f.message().contains("2025_重庆市_一季度经济运行.txt"), f.message());
        // two reports that differ on the first quarter's rate: which one the change is from cannot be told
        assertTrue(Findings.of(SharesOnTextTest.checkAll("2025_重庆市_一季度经济运行.txt", q1, "2025_重庆市_一季度快报.txt",
                q1.replace("3.4%", "3.9%"), "2025_重庆市_上半年经济运行.txt", h1), FindingKind.GAP, involving("2.2个百分点")).isEmpty());
        // another place's first quarter is no base
        assertTrue(Findings.of(SharesOnTextTest.checkAll("2025_成都市_一季度经济运行.txt", q1, "2025_重庆市_上半年经济运行.txt", h1),
                FindingKind.GAP, involving("2.2个百分点")).isEmpty());
    }

    @Test
    void aSectorsRateNamedWithoutItsValueAddedIsThatOfItsValueAdded() {
        // 快于规模以上工业增速: the rate of 规模以上工业增加值, stated in the sentence before
        String text = "2020年，规模以上工业增加值比上年增长7.7%，增速为近4年最高。规模以上工业战略性新兴产业增加值比上年增长24.1%，"
                + "快于规模以上工业增速16.4个百分点。";
        assertEquals(Verdict.CONSISTENT, Findings.one(SharesOnTextTest.check("2020_某市_统计公报.txt", text), FindingKind.GAP,
                involving("16.4个百分点")).verdict());
        Finding f = Findings.one(SharesOnTextTest.check("2020_某市_统计公报.txt", text.replace("16.4个", "18.4个")), FindingKind.GAP,
                involving("18.4个百分点"));
        assertEquals(Verdict.INCONSISTENT, f.verdict(), f.message());
    }

    /** A release's data paragraph, then its reading: the gaps name the rate of the paragraph before, short. */
    private static final String RELEASE = "2018年上半年，青海省规模以上工业增加值比上年同期增长8.6%，两年平均增长6.1%。\n"
            + "上半年，我省工业生产增速加快，规模以上工业高技术制造业和装备制造业增加值同比分别增长29.1%和21.7%，"
            + "分别快于规模以上工业增速20.5和13.1个百分点；战略性新兴产业增加值增长12.8%，增速高出全省规上工业4.2个百分点。\n";

    @Test
    void aGapNamesARateStatedInAnEarlierParagraphOfTheSameKind() {
        java.util.List<Finding> found = SharesOnTextTest.check("2018_青海省_上半年经济运行.txt", RELEASE);
        assertEquals(Verdict.CONSISTENT, Findings.one(found, FindingKind.GAP, involving("20.5")).verdict());
        assertEquals(Verdict.CONSISTENT, Findings.one(found, FindingKind.GAP, involving("13.1个百分点")).verdict());
        // 高出 says which way the gap goes, as 高于 does; the two-year average 6.1% is not the 同比 rate it is from
        Finding above = Findings.one(found, FindingKind.GAP, involving("4.2个百分点"));
        assertEquals(Verdict.CONSISTENT, above.verdict(), above.message());
        Finding altered = Findings.one(SharesOnTextTest.check("2018_青海省_上半年经济运行.txt", RELEASE.replace("21.7%", "23.7%")),
                FindingKind.GAP, involving("13.1个百分点"));
        assertEquals(Verdict.INCONSISTENT, altered.verdict(), altered.message());
    }
}
