package org.govfacts.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A growth over the years since a named base against the yearly average stated with it, through the real pipeline. */
class CompoundGrowthOnTextTest {
    private static List<Finding> compound(String text) {
        return SharesOnTextTest.check("2008_国务院_政府工作报告.txt", text).stream()
                .filter(f -> f.kind() == FindingKind.GROWTH && f.message().contains("a year over its")).toList();
    }

    private static final String REVIEW = "一、过去五年工作回顾\n2007年，国内生产总值达到24.66万亿元，比2002年增长65.5%，年均增长10.6%，从世界第六位上升到第四位。\n";

    @Test
    void aGrowthSinceABaseYearAgreesWithItsYearlyAverage() {
        List<Finding> found = compound(REVIEW);
        assertEquals(1, found.size(), found.toString());
        assertEquals(Verdict.CONSISTENT, found.get(0).verdict(), found.get(0).message());
        assertEquals(10.60, found.get(0).expected(), 0.01); // 1.655^(1/5) - 1
    }

    @Test
    void aWrongYearlyAverageIsFlaggedWithItsYears() {
        List<Finding> found = compound(REVIEW.replace("年均增长10.6%", "年均增长12.6%"));
        assertEquals(1, found.size(), found.toString());
        assertEquals(Verdict.INCONSISTENT, found.get(0).verdict(), found.get(0).message());
        assertTrue(found.get(0).message().contains("2002 to 2007"), found.get(0).message());
    }

    @Test
    void withoutANamedBaseYearOrAcrossASemicolonNothingIsChecked() {
        // 增长1.71倍 names no base: the years it spans are not known
        assertTrue(compound("一、过去五年工作回顾\n2007年，全国财政收入达到5.13万亿元，增长1.71倍，年均增长22%。\n").isEmpty());
        // the average after a semicolon is of another subject
        assertTrue(compound(REVIEW.replace("，年均增长10.6%", "；城乡居民收入年均增长10.6%")).isEmpty());
        // against the year before: one year, a growth checked against its levels, not an average
        assertTrue(compound(REVIEW.replace("比2002年", "比2006年")).isEmpty());
    }
}
