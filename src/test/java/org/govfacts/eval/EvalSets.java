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

/** What the evaluation-set tests share: extract a folder as the CLI would, score a set under evaluation/ by its regions. */
final class EvalSets {
    private EvalSets() {
    }

    /** Every fact of the reports under {@code folder}, as JSON lines; any file that fails fails the test. */
    static List<JsonNode> extract(Path folder) throws IOException {
        List<JsonNode> predictions = new ArrayList<>();
        extract(folder, r -> r.facts().forEach(f -> predictions.add(FactJson.toJson(f, r.info().path()))));
        return predictions;
    }

    /** Each document's result under {@code folder}, in order; any file that fails fails the test. */
    static void extract(Path folder, BatchExtractor.Sink each) throws IOException {
        new BatchExtractor(new Pipeline(Lexicon.at(Path.of("dictionaries"))), new DocumentReader(), 2).run(
                InputWalker.expand(List.of(folder), f -> {
                    throw new AssertionError(f.toString());
                }),
                each,
                f -> {
                    throw new AssertionError(f.toString());
                });
    }

    /** {@code evaluation/SET}'s gold scored against the predictions inside its annotated regions, printed. */
    static Scorer.Report score(String set, List<JsonNode> predictions) throws IOException {
        Path dir = Path.of("evaluation", set);
        List<JsonNode> gold = FactFiles.load(dir.resolve("gold.jsonl"));
        Scorer.Report r = Scorer.score(gold, Scorer.insideRegions(predictions, FactFiles.load(dir.resolve("regions.jsonl")), gold));
        System.out.print(set + "\n" + r.format(0));
        return r;
    }

    /** The set's own documents (under its docs/), extracted and scored. */
    static Scorer.Report extractAndScore(String set) throws IOException {
        return score(set, extract(Path.of("evaluation", set, "docs")));
    }

    static void atLeast(String what, double value, double floor) {
        assertTrue(value >= floor, what + " " + value + " < " + floor);
    }
}
