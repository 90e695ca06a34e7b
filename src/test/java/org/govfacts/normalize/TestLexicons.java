package org.govfacts.normalize;

import java.nio.file.Path;
import org.govfacts.lexicon.Lexicon;

/** The repository's dictionaries, and the tables built from them, shared by the tests. */
final class TestLexicons {
    static final Lexicon REPO = Lexicon.at(Path.of("dictionaries"));
    static final T2sTables TABLES = T2sTables.from(REPO);

    private TestLexicons() {
    }

    static StandardNormalizer standard() {
        return (StandardNormalizer) Normalizers.standard(REPO);
    }
}
