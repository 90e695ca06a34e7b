package org.govfacts.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Balances by definition (check_balances.tsv: 顺差 = 出口 − 进口, 逆差 = 进口 − 出口) through the real pipeline
 * on short texts written for the test: each as written and with a figure altered, and against balances
 * whose flows are not both stated or are of another period.
 */
class BalancesOnTextTest {
    private static List<Finding> balances(String text, String balance) {
        return SharesOnTextTest.check("t.txt", text).stream()
                .filter(f -> f.kind() == FindingKind.SUM && f.facts().stream().anyMatch(x -> x.text().equals(balance))
                        && f.message().contains("balance"))
                .toList();
    }

    private static Verdict verdict(String text, String balance) {
        List<Finding> found = balances(text, balance);
        assertEquals(1, found.size(), found.toString());
        return found.get(0).verdict();
    }

    @Test
    void aSurplusIsExportsLessImports() {
        String text = "上半年，全国进出口总额13549亿美元，同比增长43.1%。其中，出口7051亿美元，增长35.2%；进口6498亿美元，增长52.7%。"
                + "进出口相抵，顺差553亿美元。";
        assertEquals(Verdict.CONSISTENT, verdict(text, "553亿美元"));
        assertEquals(Verdict.INCONSISTENT, verdict(text.replace("顺差553亿美元", "顺差535亿美元"), "535亿美元"));
    }

    @Test
    void aDeficitIsImportsLessExports() {
        String text = "2023年全市外贸进出口总值120.5亿元，其中出口40.2亿元，进口80.3亿元，贸易逆差40.1亿元。";
        assertEquals(Verdict.CONSISTENT, verdict(text, "40.1亿元"));
        assertEquals(Verdict.INCONSISTENT, verdict(text.replace("逆差40.1亿元", "逆差44.1亿元"), "44.1亿元"));
    }

    @Test
    void aSurplusWithoutImportsStatedIsNotChecked() {
        String text = "上半年，全国出口7051亿美元，增长35.2%，贸易顺差553亿美元。";
        assertTrue(balances(text, "553亿美元").isEmpty(), balances(text, "553亿美元").toString());
    }

    @Test
    void flowsOfAnotherYearAreNotTheBalancesFlows() {
        String text = "2022年全市出口90亿元，进口60亿元。2023年全市实现贸易顺差45亿元。";
        assertTrue(balances(text, "45亿元").isEmpty(), balances(text, "45亿元").toString());
    }
}
