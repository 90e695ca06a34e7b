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
}
