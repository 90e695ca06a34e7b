package org.govfacts.check;

import static org.govfacts.check.Findings.involving;
import static org.govfacts.check.Findings.one;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.govfacts.fact.Fact;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bar on the five seeds, with the seeds' gold facts standing in for extraction
 * (see {@link GoldSeeds}); {@link PipelineCheckTest} runs the same checks on the real pipeline.
 */
class SeedBarTest {
    static List<CheckDocument> seeds;
    static List<Finding> findings;

    @BeforeAll
    static void checkSeeds() {
        assertTrue(GoldSeeds.available(), "the seeds and their gold facts must be in seeds/ and evaluation/seed-gold/");
        seeds = GoldSeeds.all();
        findings = Findings.CHECKER.check(seeds);
    }

    @Test
    void threeKindsOfProjectAddUpTo766() {
        Finding f = one(findings, FindingKind.SUM, involving("002", "766個(gè)"));
        assertEquals(Verdict.CONSISTENT, f.verdict(), f.message());
        assertEquals(4, f.facts().size(), "766 and its three parts, not the 523 after the comma");
        assertEquals(766, f.expected(), 1e-9);
    }

    @Test
    void projectsBySizeAddUpTo133() {
        Finding f = one(findings, FindingKind.SUM, involving("001", "133個"));
        assertEquals(Verdict.CONSISTENT, f.verdict(), f.message());
        assertEquals(List.of("5個", "14個", "114個", "133個"), texts(f).stream().sorted((a, b) -> Double.compare(num(a), num(b))).toList());
    }

    @Test
    void enterprisesInParenthesesAddUpTo122() {
        Finding f = one(findings, FindingKind.SUM, involving("004", "122家"));
        assertEquals(Verdict.CONSISTENT, f.verdict(), f.message());
        assertEquals(5, f.facts().size());
    }

    @Test
    void industryChainsAddUpTo401Point2WithinRounding() {
        Finding f = one(findings, FindingKind.SUM, involving("004", "401.2亿元"));
        assertEquals(Verdict.CONSISTENT, f.verdict(), f.message());
        assertEquals(7, f.facts().size(), "the total and its six chains, not the growth rates between them");
        assertEquals("亿元", f.unit());
        assertEquals(401.2, f.expected(), 1e-6);
        // six parts and the total, each to the 0.1亿 the list is written to
        assertEquals(0.35, f.tolerance(), 1e-9);
    }

    @Test
    void projectsStartedAndRemainingDoNotAddUpTo137() {
        Finding f = one(findings, FindingKind.SPLIT, involving("004", "35项"));
        assertEquals(Verdict.INCONSISTENT, f.verdict(), f.message());
        assertEquals(List.of("137个", "107项", "35项"), texts(f));
        assertEquals(30, f.expected(), 1e-9);
        assertEquals(35, f.stated(), 1e-9);
    }

    @Test
    void startRateAgreesWith107Of137() {
        Finding f = one(findings, FindingKind.RATE, involving("004", "78.1%"));
        assertEquals(Verdict.CONSISTENT, f.verdict(), f.message());
        assertEquals(78.102, f.expected(), 1e-3);
    }

    @Test
    void solvedRateAgreesWith3097Of3118BothTimes() {
        List<Finding> rates = Findings.of(findings, FindingKind.RATE, involving("003", "99%以上"));
        assertEquals(2, rates.size(), "the sentence is in two paragraphs of 003");
        for (Finding f : rates) {
            assertEquals(Verdict.CONSISTENT, f.verdict(), f.message());
            assertEquals(List.of("3118 条", "3097 条", "99%以上"), texts(f));
        }
    }

    @Test
    void jindadiDurationDisagreesBetween000And002() {
        Finding f = one(findings, FindingKind.CROSS_DOCUMENT, involving("000", "16个月"));
        assertEquals(Verdict.INCONSISTENT, f.verdict(), f.message());
        assertTrue(involving("002", "一年半").test(f));
        assertEquals(16, f.expected(), 1e-9);
        assertEquals(18, f.stated(), 1e-9);
        assertEquals("月", f.unit());
    }

    @Test
    void jindadiNameVariantsAreOneProject() {
        Project p = Findings.CHECKER.register(seeds).projects().stream()
                .filter(x -> x.variants().contains("金大地联碱绿色转型升级项目")).findFirst().orElseThrow();
        assertTrue(p.variants().containsAll(List.of("金大地绿色联碱转型产业园项目", "金大地联碱绿色转型产业园")), p.variants().toString());
        assertTrue(p.docs().containsAll(List.of("000_de635acace6085cf.txt", "001_3eccfdf2ae0dd12a.txt", "002_5a96407056af2d3c.txt")));
        assertTrue(p.variants().stream().noneMatch(v -> v.contains("千亿级")), "金大地千亿级新材料项目 is another project");
        assertTrue(p.statuses().stream().anyMatch(s -> s.text().equals("投产")));
        assertTrue(p.figures().stream().anyMatch(x -> x.role().equals("investment") && x.fact().value() == 12e9));
    }

    @Test
    void sameInputGivesSameFindingsInSameOrder() {
        List<CheckDocument> shuffled = new ArrayList<>();
        Random r = new Random(7);
        for (CheckDocument d : seeds) {
            List<Fact> facts = new ArrayList<>(d.facts());
            Collections.shuffle(facts, r);
            shuffled.add(new CheckDocument(d.doc(), facts, d.originalText()));
        }
        Collections.reverse(shuffled);
        List<String> again = FindingWriter.text(Findings.CHECKER.check(shuffled), seeds.size()).lines().toList();
        assertEquals(FindingWriter.text(findings, seeds.size()).lines().toList(), again);
    }

    private static List<String> texts(Finding f) {
        return f.facts().stream().map(Fact::text).toList();
    }

    private static double num(String s) {
        return Double.parseDouble(s.replaceAll("[^0-9.]", ""));
    }
}
