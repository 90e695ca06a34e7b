package org.govfacts.check;

import static org.govfacts.check.Findings.involving;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.govfacts.lexicon.Lexicon;
import org.govfacts.pipeline.Pipeline;
import org.govfacts.read.DocumentReader;
import org.govfacts.read.SourceDocument;
import org.junit.jupiter.api.Test;

/**
 * The bar on the seeds through the real pipeline (read → normalise → extract → attribute → check).
 * Runs the real pipeline: extraction must find the figures the bar is about.
 */
class PipelineCheckTest {
    @Test
    void theBarHoldsOnExtractedFacts() throws Exception {
        Pipeline pipeline = new Pipeline(Lexicon.at(Path.of("dictionaries")));
        DocumentReader reader = new DocumentReader();
        List<CheckDocument> docs = new ArrayList<>();
        try (Stream<Path> s = Files.list(GoldSeeds.seedDir())) {
            for (Path p : s.sorted().toList()) {
                SourceDocument src = reader.read(p);
                docs.add(CheckDocument.of(pipeline.process(src), src.text()));
            }
        }
        boolean extracted = docs.stream().flatMap(d -> d.facts().stream()).anyMatch(f -> f.text().startsWith("766"))
                && docs.stream().flatMap(d -> d.facts().stream()).anyMatch(f -> f.text().startsWith("16个月"));
        assertTrue(extracted, "extraction does not find the seeds' figures");
        List<Finding> findings = Findings.CHECKER.check(docs);
        assertEquals(Verdict.CONSISTENT, Findings.one(findings, FindingKind.SUM, involving("002", "766個(gè)")).verdict());
        assertEquals(Verdict.CONSISTENT, Findings.one(findings, FindingKind.SUM, involving("001", "133個")).verdict());
        assertEquals(Verdict.CONSISTENT, Findings.one(findings, FindingKind.SUM, involving("004", "122家")).verdict());
        assertEquals(Verdict.CONSISTENT, Findings.one(findings, FindingKind.SUM, involving("004", "401.2亿元")).verdict());
        assertEquals(Verdict.INCONSISTENT, Findings.one(findings, FindingKind.SPLIT, involving("004", "35项")).verdict());
        List<Finding> rates = Findings.of(findings, FindingKind.RATE, involving("003", "99%以上"));
        assertEquals(2, rates.size(), "3097 of 3118 against 99%以上, in both places of report 003");
        assertTrue(rates.stream().allMatch(f -> f.verdict() == Verdict.CONSISTENT));
        assertEquals(Verdict.INCONSISTENT, Findings.one(findings, FindingKind.CROSS_DOCUMENT, involving("000", "16个月")).verdict());
    }
}
