package org.govfacts.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.govfacts.fact.Fact;
import org.junit.jupiter.api.Test;

class MutationHarnessTest {
    @Test
    void onTheSeedsAlteredFiguresAreCaughtWithoutFalseAlarms() {
        assertTrue(GoldSeeds.available());
        MutationHarness.Report r = new MutationHarness(Findings.CHECKER, 1, 8).run(GoldSeeds.all());
        List<MutationHarness.Trial> relation = r.of("relation");
        List<MutationHarness.Trial> checkable = r.of("restatement").stream().filter(MutationHarness.Trial::checkable).toList();
        assertTrue(relation.size() >= 20, r.format());
        // 0.9 each until a 其中 list had to come within 1% of its total to be called wrong (a blind round
        // found 其中 lists of some parts at 96% flagged); the seed mutations that lower a part more are missed
        assertTrue(MutationHarness.Report.recall(relation) >= 0.88, r.format());
        assertTrue(MutationHarness.Report.recall(checkable) >= 0.8, r.format());
        assertTrue(r.precision() >= 0.95, r.format());
        // The two real ones: 金大地's 16个月 vs 一年半, and 137 ≠ 107 + 35.
        assertEquals(2, r.untouchedInconsistent().size(), r.format());
    }

    @Test
    void anAlterationChangesTheFigureItsSentenceAndTheReportAlike() {
        String text = "全市实施项目766个。其中签约项目353个、开工项目296个、投产项目117个。";
        CheckDocument d = new DocBuilder("t.txt", text).quantity("766个", 766, "个", "项目").quantity("353个", 353, "个", "签约项目")
                .quantity("296个", 296, "个", "开工项目").quantity("117个", 117, "个", "投产项目").build();
        Fact part = d.facts().get(2);
        Fact altered = new Fact(part.doc(), part.type(), part.start(), part.end(), "396个", 396.0, part.unit(), null, null, null, null, null,
                null, part.indicator(), null, null, part.sentence(), part.sentenceStart(), part.normalizedSentence());
        CheckDocument m = MutationHarness.replace(d, part, altered);
        assertTrue(m.originalText().contains("开工项目396个"));
        for (Fact f : m.facts()) {
            if (f.sentenceStart() == part.sentenceStart()) {
                assertTrue(f.sentence().contains("396个") && f.normalizedSentence().contains("396个"), f.toString());
            }
        }
        assertEquals(Verdict.INCONSISTENT, Findings.one(Findings.check(m), FindingKind.SUM, x -> true).verdict());
    }

    @Test
    void theSameSeedGivesTheSameMeasurement() {
        CheckDocument d = GoldSeeds.load("004");
        String a = new MutationHarness(Findings.CHECKER, 3, 5).run(List.of(d)).format();
        String b = new MutationHarness(Findings.CHECKER, 3, 5).run(List.of(d)).format();
        assertEquals(a, b);
    }
}
