package org.govfacts.normalize;

import org.govfacts.lexicon.Lexicon;

/** The standard normalisation chain. */
public final class Normalizers {
    private Normalizers() {
    }

    /** Pinyin annotations → width folding → traditional-to-simplified → debris blanking. */
    public static TextNormalizer standard(Lexicon lexicon) {
        // Placeholder until the stages land: identity.
        return original -> new NormalizedText(original, original, OffsetMap.identity(original.length()), "simplified");
    }
}
