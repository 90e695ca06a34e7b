package org.govfacts.text;

import java.util.List;

/** Finding the words of a list in a text. */
public final class Words {
    private Words() {
    }

    /**
     * Where the last occurrence of any of {@code words} in {@code s} ends, counting only occurrences that leave at
     * least {@code minRest} characters after them; -1 when there is none (全市经济社会发展力争实现|地区生产总值).
     */
    public static int endOfLast(String s, List<String> words, int minRest) {
        int cut = -1;
        for (String w : words) {
            int at = s.lastIndexOf(w);
            if (at >= 0 && s.length() - (at + w.length()) >= minRest && at + w.length() > cut) {
                cut = at + w.length();
            }
        }
        return cut;
    }

    /** Where the occurrence of any of {@code words} that begins last in {@code s} begins; -1 when there is none. */
    public static int startOfLast(String s, List<String> words) {
        String w = lastOf(s, words);
        return w == null ? -1 : s.lastIndexOf(w);
    }

    /**
     * The word of {@code words} whose last occurrence in {@code s} begins last (the earlier in the list on a tie, so a
     * list sorted longest first gives the longest); null when none occurs.
     */
    public static String lastOf(String s, List<String> words) {
        String found = null;
        int at = -1;
        for (String w : words) {
            int i = s.lastIndexOf(w);
            if (i > at) {
                at = i;
                found = w;
            }
        }
        return found;
    }
}
