package org.govfacts.check;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.govfacts.testdata.OnText;
import org.junit.jupiter.api.Test;

/** A target and its result are paired when the two reports name one indicator two ways (indicator-synonyms.tsv). */
class TargetPairingOnTextTest {
    private static CheckDocument doc(String name, String text) {
        return CheckDocument.of(OnText.process(name, text), text);
    }

    @Test
    void aGoalForRegionalGdpMeetsTheResultCalledGdp() {
        CheckDocument goals = doc("2014_山东省_政府工作报告.txt",
                "山东省政府工作报告\n今年经济社会发展的主要预期目标是：地区生产总值增长9%左右，公共财政预算收入增长11%左右。\n");
        CheckDocument results = doc("2015_山东省_政府工作报告.txt",
                "山东省政府工作报告\n一、2014年工作回顾\n2014年，全省生产总值增长8.7%，一般公共预算收入增长10.2%。\n");
        List<Finding> found = Findings.CHECKER.check(List.of(goals, results));
        assertTrue(found.stream().anyMatch(f -> f.kind() == FindingKind.TARGET && f.verdict() == Verdict.MISSED
                && f.facts().stream().anyMatch(x -> x.text().equals("8.7%"))), found.toString());
        assertTrue(found.stream().anyMatch(f -> f.kind() == FindingKind.TARGET && f.verdict() == Verdict.MISSED
                && f.facts().stream().anyMatch(x -> x.text().equals("10.2%"))), found.toString());
    }
}
