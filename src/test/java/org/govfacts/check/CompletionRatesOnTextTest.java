package org.govfacts.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Completion rates (check_completion_rates.tsv: 投资完成率 = 完成投资 / 计划投资) through the real pipeline on
 * short texts written for the test: as written, with a figure altered, and where the plan is not stated
 * for the same group or with the same head word.
 */
class CompletionRatesOnTextTest {
    private static List<Finding> shares(String text, String rate) {
        return SharesOnTextTest.check("t.txt", text).stream()
                .filter(f -> f.kind() == FindingKind.SHARE && f.facts().stream().anyMatch(x -> x.text().equals(rate))).toList();
    }

    private static Verdict verdict(String text, String rate) {
        List<Finding> found = shares(text, rate);
        assertEquals(1, found.size(), found.toString());
        return found.get(0).verdict();
    }

    @Test
    void aCompletionRateIsTheAmountDoneOverThePlan() {
        String text = "市级5项，概算投资221.76亿元，当年计划投资22.67亿元。1-12月份完成投资26.4亿元，投资完成率116.45%。";
        assertEquals(Verdict.CONSISTENT, verdict(text, "116.45%"));
        assertEquals(Verdict.INCONSISTENT, verdict(text.replace("26.4亿元", "28.4亿元"), "116.45%"));
    }

    @Test
    void aPlanOfAnotherHeadIsNoBase() {
        String text = "全年计划新增就业5000人。1-6月完成投资26.4亿元，投资完成率52.8%。";
        assertTrue(shares(text, "52.8%").isEmpty(), shares(text, "52.8%").toString());
    }

    @Test
    void aPlanBeforeAGroupIsNotTheGroupsPlan() {
        String text = "全年计划投资100亿元，其中工业项目完成投资30.5亿元，投资完成率76.3%。";
        assertTrue(shares(text, "76.3%").stream().noneMatch(f -> f.verdict() == Verdict.INCONSISTENT), shares(text, "76.3%").toString());
    }
}
