package org.govfacts.testdata;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.govfacts.fact.Fact;
import org.govfacts.lexicon.Lexicon;
import org.govfacts.pipeline.DocumentResult;
import org.govfacts.pipeline.Pipeline;
import org.govfacts.read.SourceDocument;

/** Short texts written for a test, run through the real pipeline with the project's dictionaries. */
public final class OnText {
    public static final Pipeline PIPELINE = new Pipeline(Lexicon.at(Path.of("dictionaries")));

    private OnText() {
    }

    /** The whole result of {@code text} read as the file {@code fileName} (its name may date or place it). */
    public static DocumentResult process(String fileName, String text) {
        SourceDocument src = new SourceDocument(Path.of(fileName), fileName, text, "UTF-8", "0",
                text.getBytes(StandardCharsets.UTF_8).length);
        return PIPELINE.process(src);
    }

    public static List<Fact> facts(String fileName, String text) {
        return process(fileName, text).facts();
    }

    /** The first fact whose text is {@code figure}; fails the test when there is none. */
    public static Fact at(List<Fact> facts, String figure) {
        return facts.stream().filter(f -> f.text().equals(figure)).findFirst()
                .orElseThrow(() -> new AssertionError(figure + " not found in " + facts));
    }
}
