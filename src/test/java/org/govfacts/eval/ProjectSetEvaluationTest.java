package org.govfacts.eval;


import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * Project names on public documents beyond the seeds and the provincial corpus (national reports
 * 2002–2015 in traditional script, county and city reports, news of several regions), annotated
 * blind (evaluation/README.md). Only projects are annotated there, so only the project row is
 * read. The floors are the scores reached; raise them as they rise.
 */
class ProjectSetEvaluationTest {

    private static Scorer.TypeScore projects(String set) throws IOException {
        return EvalSets.extractAndScore(set).types().get("project");
    }

    private static void atLeast(String what, double value, double floor) {
        EvalSets.atLeast(what, value, floor);
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
