package org.govfacts.check;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The mutation harness on unseen reports, with {@link RoughFacts} standing in for extraction. Slow,
 * so it runs only when asked: {@code mvn -o test -Dtest=CorpusProbeTest -Dgovfacts.probe=evaluation/corpus/provincial-2026}.
 */
class CorpusProbeTest {
    @Test
    void alteredFiguresInUnseenReportsAreCaughtWithFewFalseAlarms() throws Exception {
        String dir = System.getProperty("govfacts.probe");
        assumeTrue(dir != null && !dir.isBlank(), "set -Dgovfacts.probe=FOLDER to run");
        MutationHarness.Report r = new MutationHarness(Findings.CHECKER, 1, 10).run(CorpusProbe.load(Path.of(dir)));
        System.out.println(r.format());
        assertTrue(r.precision() >= 0.95, r.format());
        assertTrue(r.untouchedInconsistent().size() <= 3, r.format());
    }
}
