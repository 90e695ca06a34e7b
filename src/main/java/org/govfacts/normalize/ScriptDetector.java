package org.govfacts.normalize;

/**
 * Tells simplified from traditional script by the share of Han characters that traditional→simplified
 * conversion would change on their own. A fully traditional report scores about 0.35–0.4 (most
 * frequent characters are the same in both scripts); a simplified one scores 0, or nearly so when it
 * names 昇腾 or 哪吒, whose characters happen to be traditional forms too.
 */
public final class ScriptDetector {
    public static final String SIMPLIFIED = "simplified";
    public static final String TRADITIONAL = "traditional";
    public static final String MIXED = "mixed";

    /**
     * Below this share the text is simplified and left unconverted. Generous, because a short
     * simplified news item naming 昇腾 twice must not be "converted" into 升腾, while a traditional
     * text scores far above it.
     */
    static final double SIMPLIFIED_BELOW = 0.05;
    /** From this share on the text is traditional. */
    static final double TRADITIONAL_FROM = 0.2;

    /** Counts behind a verdict. */
    public record Profile(int hanChars, int traditionalChars) {
        public double traditionalShare() {
            return hanChars == 0 ? 0 : traditionalChars / (double) hanChars;
        }

        /** "simplified", "traditional" or "mixed". */
        public String script() {
            double share = traditionalShare();
            if (share < SIMPLIFIED_BELOW) {
                return SIMPLIFIED;
            }
            return share >= TRADITIONAL_FROM ? TRADITIONAL : MIXED;
        }
    }

    private final T2sTables tables;

    public ScriptDetector(T2sTables tables) {
        this.tables = tables;
    }

    public Profile profile(CharSequence text) {
        int han = 0;
        int traditional = 0;
        int n = text.length();
        for (int i = 0; i < n; ) {
            char c = text.charAt(i);
            int cp;
            if (Character.isHighSurrogate(c)) {
                cp = Character.codePointAt(text, i);
                i += Character.charCount(cp);
            } else {
                cp = c;
                i++;
            }
            if (CjkChars.isHan(cp)) {
                han++;
                if (tables.changesAlone(cp)) {
                    traditional++;
                }
            }
        }
        return new Profile(han, traditional);
    }

    public String detect(CharSequence text) {
        return profile(text).script();
    }
}
