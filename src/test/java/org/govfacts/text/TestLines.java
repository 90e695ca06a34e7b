package org.govfacts.text;

import java.nio.file.Path;
import org.govfacts.lexicon.Lexicon;
import org.govfacts.normalize.Normalizers;

/** The line breaks the pipeline reads, with the word lists of dictionaries/, for tests that split text themselves. */
public final class TestLines {
    public static final WrappedLines LINES = Normalizers.wrappedLines(Lexicon.at(Path.of("dictionaries")));

    private TestLines() {
    }
}
