package org.govfacts.normalize;

import org.govfacts.lexicon.Lexicon;

/** The standard normalisation chain. */
public final class Normalizers {
    private Normalizers() {
    }

    /** Pinyin annotations → width folding → traditional-to-simplified → debris blanking. */
    public static TextNormalizer standard(Lexicon lexicon) {
        T2sTables tables = T2sTables.from(lexicon);
        return new StandardNormalizer(new ScriptDetector(tables), new ScriptConverter(tables), new DebrisBlanker(lexicon),
                new SoftBreakJoiner(wrappedLines(lexicon)));
    }

    /** Which line breaks wrap a paragraph: with the comparisons of yoy-cues.txt, which no line ends with. */
    public static org.govfacts.text.WrappedLines wrappedLines(Lexicon lexicon) {
        return new org.govfacts.text.WrappedLines(lexicon.words("yoy-cues"));
    }
}
