package org.govfacts.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.govfacts.lexicon.Lexicon;
import org.govfacts.output.FactJson;
import org.govfacts.pipeline.BatchExtractor;
import org.govfacts.pipeline.Pipeline;
import org.govfacts.read.DocumentReader;
import org.govfacts.read.InputWalker;
import org.govfacts.testdata.TestData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Extraction on passages of unseen provincial reports, annotated independently of the extractor
 * (evaluation/README.md), scored with the annotated regions only. The floors are the scores
 * reached; raise them as they rise.
 */
class CorpusEvaluationTest {
    static final Path CORPUS = TestData.PROVINCIAL_CORPUS;
    static List<JsonNode> predictions;

    @BeforeAll
    static void extractCorpus() throws IOException {
        TestData.require(CORPUS);
        predictions = new ArrayList<>();
        new BatchExtractor(new Pipeline(Lexicon.at(Path.of("dictionaries"))), new DocumentReader(), 2).run(
                InputWalker.expand(List.of(CORPUS), f -> {
                    throw new AssertionError(f.toString());
                }),
                r -> r.facts().forEach(f -> predictions.add(FactJson.toJson(f, r.info().path()))),
                f -> {
                    throw new AssertionError(f.toString());
                });
    }

    private static Scorer.Report score(String set) throws IOException {
        Path dir = Path.of("evaluation", set);
        List<JsonNode> gold = FactFiles.load(dir.resolve("gold.jsonl"));
        Scorer.Report r = Scorer.score(gold, Scorer.insideRegions(predictions, FactFiles.load(dir.resolve("regions.jsonl")), gold));
        System.out.print(set + "\n" + r.format(0));
        return r;
    }

    private static void atLeast(String what, double value, double floor) {
        assertTrue(value >= floor, what + " " + value + " < " + floor);
    }

    @Test
    void developmentSet() throws IOException {
        Scorer.Report r = score("provincial-dev");
        atLeast("F1", r.overall().f1(), 0.97);
        atLeast("attribute accuracy", r.attributeAccuracy(), 0.94);
        atLeast("strict F1", r.strictF1(), 0.92);
    }

    @Test
    void heldOutSet() throws IOException {
        Scorer.Report r = score("provincial-heldout");
        atLeast("F1", r.overall().f1(), 0.98);
        atLeast("attribute accuracy", r.attributeAccuracy(), 0.82);
        atLeast("strict F1", r.strictF1(), 0.68);
    }
}
