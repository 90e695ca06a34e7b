package org.govfacts.extract;

import java.util.BitSet;

/**
 * Marks short quotations (“三个一批”, 《…》, 「…」, "…"): figures inside them are parts of a
 * programme's or slogan's name (三个五百亿, 12个新), not facts.
 */
public final class QuotedSpans {
    /** Longer quotations are speech, not names. */
    static final int MAX_NAME_LENGTH = 24;
    /** Quotation marks, opening and closing at the same index; a title's 《》 is apart, as it never quotes works. */
    private static final String QUOTATION_OPENERS = "“「『\"";
    private static final String QUOTATION_CLOSERS = "”」』\"";
    private final BitSet inside = new BitSet();

    public QuotedSpans(String t) {
        for (int i = 0; i < QUOTATION_OPENERS.length(); i++) {
            mark(t, QUOTATION_OPENERS.charAt(i), QUOTATION_CLOSERS.charAt(i));
        }
        mark(t, '《', '》');
    }

    public static boolean opensQuotation(char c) {
        return QUOTATION_OPENERS.indexOf(c) >= 0;
    }

    public static boolean closesQuotation(char c) {
        return QUOTATION_CLOSERS.indexOf(c) >= 0;
    }

    private void mark(String t, char open, char close) {
        int from = 0;
        while (true) {
            int a = t.indexOf(open, from);
            if (a < 0) {
                return;
            }
            int b = t.indexOf(close, a + 1);
            if (b < 0) {
                return;
            }
            int nl = t.indexOf('\n', a + 1);
            if (b - a - 1 <= MAX_NAME_LENGTH && (nl < 0 || nl > b) && !spoken(t, a + 1, b)) {
                inside.set(a + 1, b);
            }
            from = b + 1;
        }
    }

    /**
     * “我宣布，…工程开工！”: a quotation that holds a sentence's end is speech, however short (a slogan's clauses
     * are apart by commas: “对接宜春中心城，争创中部百强县”).
     */
    private static boolean spoken(String t, int from, int to) {
        for (int i = from; i < to; i++) {
            if ("！!？?。".indexOf(t.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    public boolean isQuoted(int offset) {
        return inside.get(offset);
    }

    /** True when any char of {@code [start, end)} lies inside a short quotation. */
    public boolean anyQuoted(int start, int end) {
        int i = inside.nextSetBit(start);
        return i >= 0 && i < end;
    }
}
