package org.govfacts.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.govfacts.fact.Fact;
import org.govfacts.fact.FactType;
import org.govfacts.lexicon.Lexicon;
import org.govfacts.pipeline.DocumentResult;
import org.govfacts.pipeline.Pipeline;
import org.govfacts.read.SourceDocument;
import org.junit.jupiter.api.Test;

/** A ranking without a verb starts at its scope, not on the blanks before it (found by the fuzz test: " 全省第四"). */
class RankingStartTest {
    private static final Pipeline PIPELINE = new Pipeline(Lexicon.at(Path.of("dictionaries")));

    private static DocumentResult process(String text) {
        return PIPELINE.process(new SourceDocument(Path.of("t.txt"), "t.txt", text, "UTF-8", "", text.length()));
    }

    @Test
    void blanksBeforeAScopeAreNoPartOfTheRanking() {
        DocumentResult r = process(" 全省第四");
        assertTrue(r.warnings().stream().noneMatch(w -> w.contains("reaching over")), r.warnings().toString());
        Fact f = r.facts().stream().filter(x -> x.type() == FactType.RANKING).findFirst().orElseThrow();
        assertEquals("全省第四", f.text());
        assertEquals(1, f.start());
        assertEquals(4, f.rank());
    }

    @Test
    void aVerbBeforeTheScopeStaysInTheRanking() {
        Fact f = process("增速居 全省第四位。").facts().stream().filter(x -> x.type() == FactType.RANKING).findFirst().orElseThrow();
        assertEquals("居 全省第四位", f.text());
    }
}
