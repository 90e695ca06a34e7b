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
import org.junit.jupiter.api.Test;

/**
 * Project names on public documents beyond the seeds and the provincial corpus (national reports
 * 2002–2015 in traditional script, county and city reports, news of several regions), annotated
 * blind (evaluation/README.md). Only projects are annotated there, so only the project row is
 * read. The floors are the scores reached; raise them as they rise.
 */
class ProjectSetEvaluationTest {

    private static Scorer.TypeScore projects(String set) throws IOException {
        Path dir = Path.of("evaluation", set);
        List<JsonNode> predictions = new ArrayList<>();
        new BatchExtractor(new Pipeline(Lexicon.at(Path.of("dictionaries"))), new DocumentReader(), 2).run(
                InputWalker.expand(List.of(dir.resolve("docs")), f -> {
                    throw new AssertionError(f.toString());
                }),
                r -> r.facts().forEach(f -> predictions.add(FactJson.toJson(f, r.info().path()))),
                f -> {
                    throw new AssertionError(f.toString());
                });
        List<JsonNode> gold = FactFiles.load(dir.resolve("gold.jsonl"));
        Scorer.Report r = Scorer.score(gold, Scorer.insideRegions(predictions, FactFiles.load(dir.resolve("regions.jsonl")), gold));
        Scorer.TypeScore p = r.types().get("project");
        System.out.printf("%s project P=%.3f R=%.3f F1=%.3f%n", set, p.precision(), p.recall(), p.f1());
        return p;
    }

    private static void atLeast(String what, double value, double floor) {
        assertTrue(value >= floor, what + " " + value + " < " + floor);
    }

    @Test
    void developmentSet() throws IOException {
        Scorer.TypeScore p = projects("projects-dev");
        atLeast("project precision", p.precision(), 0.95);
        atLeast("project recall", p.recall(), 0.92);
        atLeast("project F1", p.f1(), 0.95);
    }

    @Test
    void heldOutSet() throws IOException {
        Scorer.TypeScore p = projects("projects-heldout");
        atLeast("project precision", p.precision(), 0.70);
        atLeast("project recall", p.recall(), 0.66);
        atLeast("project F1", p.f1(), 0.68);
    }
}
