package org.govfacts.check;

import static org.govfacts.check.Findings.check;
import static org.govfacts.check.Findings.involving;
import static org.govfacts.check.Findings.one;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GrowthCheckTest {
    private static CheckDocument year2023() {
        return new DocBuilder("a.txt", "2023年,全市港口货物吞吐量3000万吨。").region("周口市").norm("2023年", "2023")
                .quantity("3000万吨", 3000e4, "吨", "港口货物吞吐量", "2023年").build();
    }

    private static CheckDocument year2024(String level, String growth) {
        return new DocBuilder("b.txt", "2024年,全市港口货物吞吐量" + level + "万吨,同比增长" + growth + "%。").region("周口市").norm("2024年", "2024")
                .quantity(level + "万吨", Double.parseDouble(level) * 1e4, "吨", "港口货物吞吐量", "2024年")
                .growth(growth + "%", Double.parseDouble(growth), "港口货物吞吐量", "2024年").build();
    }

    @Test
    void aGrowthRateAgreeingWithTheLevelsIsConsistent() {
        Finding f = one(check(year2023(), year2024("3305", "10.2")), FindingKind.GROWTH, involving("10.2%"));
        assertEquals(Verdict.CONSISTENT, f.verdict(), f.message());
        assertEquals(10.1667, f.expected(), 1e-3);
    }

    @Test
    void aGrowthRateDisagreeingWithTheLevelsIsFlagged() {
        Finding f = one(check(year2023(), year2024("3305", "13.4")), FindingKind.GROWTH, involving("13.4%"));
        assertEquals(Verdict.INCONSISTENT, f.verdict(), f.message());
    }

    @Test
    void levelsOfAnotherRegionAreNotUsed() {
        CheckDocument other = new DocBuilder("a.txt", "2023年,全市港口货物吞吐量3000万吨。").region("漯河市").norm("2023年", "2023")
                .quantity("3000万吨", 3000e4, "吨", "港口货物吞吐量", "2023年").build();
        assertTrue(Findings.of(check(other, year2024("3305", "13.4")), FindingKind.GROWTH, f -> true).isEmpty());
    }
}
