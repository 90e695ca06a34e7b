package org.govfacts.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.govfacts.fact.Fact;
import org.govfacts.lexicon.Lexicon;
import org.govfacts.read.DocumentReader;
import org.govfacts.read.SourceDocument;
import org.junit.jupiter.api.Test;

/** A report larger than one part is analysed in parts and loses no fact and no offset. */
class LargeDocumentTest {
    private static final Pipeline PIPELINE = new Pipeline(Lexicon.at(Path.of("dictionaries")));

    @Test
    void partsFindWhatTheWholeFinds() throws Exception {
        SourceDocument seed = new DocumentReader().read(Path.of("seeds", "000_de635acace6085cf.txt"));
        List<Fact> once = PIPELINE.process(seed).facts();
        int copies = Pipeline.PART_LENGTH / seed.text().length() * 3 + 1;
        StringBuilder big = new StringBuilder();
        for (int i = 0; i < copies; i++) {
            big.append(seed.text()).append('\n');
        }
        String text = big.toString();
        assertTrue(text.length() > 2 * Pipeline.PART_LENGTH);
        List<Fact> facts = PIPELINE.process(new SourceDocument(Path.of("big.txt"), "big.txt", text, "UTF-8", "", text.length())).facts();
        assertEquals(once.size() * copies, facts.size());
        for (Fact f : facts) {
            assertEquals(text.substring(f.start(), f.end()), f.text());
        }
        // the k-th copy holds the same facts, shifted by k copies
        int stride = seed.text().length() + 1;
        for (int k = 0; k < copies; k++) {
            for (int i = 0; i < once.size(); i++) {
                Fact a = once.get(i);
                Fact b = facts.get(k * once.size() + i);
                assertEquals(a.start() + k * stride, b.start());
                assertEquals(a.value(), b.value());
                assertEquals(a.indicator(), b.indicator());
            }
        }
    }

    @Test
    void partsEndAtLineBreaks() {
        String line = "一".repeat(999) + "\n";
        String t = line.repeat(350);
        List<int[]> parts = Pipeline.parts(t);
        assertTrue(parts.size() >= 3);
        int at = 0;
        for (int[] p : parts) {
            assertEquals(at, p[0]);
            assertTrue(p[1] - p[0] <= Pipeline.PART_LENGTH);
            assertTrue(p[1] == t.length() || t.charAt(p[1] - 1) == '\n');
            at = p[1];
        }
        assertEquals(t.length(), at);
    }
}
