package org.govfacts.eval;


import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
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
        predictions = EvalSets.extract(CORPUS);
    }

    private static Scorer.Report score(String set) throws IOException {
        return EvalSets.score(set, predictions);
    }

    private static void atLeast(String what, double value, double floor) {
        EvalSets.atLeast(what, value, floor);
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
        atLeast("attribute accuracy", r.attributeAccuracy(), 0.86);
        atLeast("strict F1", r.strictF1(), 0.76);
    }
}
