package org.govfacts.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;
import org.govfacts.fact.Fact;
import org.govfacts.fact.FactType;
import org.govfacts.pipeline.Pipeline;
import org.govfacts.read.SourceDocument;
import org.govfacts.segment.Segmenter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A researcher edits a word list in dictionaries/ and the next run uses it: no rebuild, and no
 * cache file written beside the lists that could go stale (HanLP's .bin files).
 */
class DictionaryEditTest {
    private static final String SENTENCE = "全年新建充电桩保有量增加5台套。";

    private static Path copyOfDictionaries(Path tmp) throws IOException {
        Path dir = tmp.resolve("dictionaries");
        Files.createDirectories(dir);
        try (Stream<Path> s = Files.list(Path.of("dictionaries"))) {
            for (Path p : s.toList()) {
                Files.copy(p, dir.resolve(p.getFileName()));
            }
        }
        return dir;
    }

    private static Fact quantity(Pipeline p) {
        List<Fact> facts = p.process(new SourceDocument(Path.of("a.txt"), "a.txt", SENTENCE, "UTF-8", "", 0)).facts();
        return facts.stream().filter(f -> f.type() == FactType.QUANTITY).findFirst().orElseThrow();
    }

    @Test
    void anEditedListTakesEffectOnTheNextRun(@TempDir Path tmp) throws IOException {
        Path dir = copyOfDictionaries(tmp);
        assertEquals("台", quantity(new Pipeline(Lexicon.at(dir))).unit());
        assertFalse(new Segmenter(Lexicon.at(dir)).segment(SENTENCE).stream().anyMatch(t -> t.word().equals("充电桩保有量")));

        Files.writeString(dir.resolve("units.tsv"), "台套\t台套\tcount\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        Files.writeString(dir.resolve("indicators.txt"), "充电桩保有量\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);

        assertEquals("台套", quantity(new Pipeline(Lexicon.at(dir))).unit());
        assertTrue(new Segmenter(Lexicon.at(dir)).segment(SENTENCE).stream().anyMatch(t -> t.word().equals("充电桩保有量")));
        try (Stream<Path> s = Files.list(dir)) {
            assertTrue(s.noneMatch(p -> p.toString().endsWith(".bin")), "no cache files beside the lists");
        }
    }
}
