package org.govfacts.extract.rate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.govfacts.fact.Basis;
import org.govfacts.lexicon.Lexicon;

/**
 * The cue words of {@code dictionaries/rate-cues.tsv} and {@code yoy-cues.txt}, and the words of
 * {@code numeral-forms.tsv} that make a multiple a level relative to another (是全国的2.3倍).
 */
final class RateCues {
    enum Kind { GROWTH, RATIO, LEVEL }

    /** @param noun the cue names a rate (增速), so a level verb after it (为) makes a growth */
    record Cue(String word, Kind kind, int sign, Basis basis, int start, boolean noun) {
        int end() {
            return start + word.length();
        }
    }

    private final Map<String, String[]> cues = new HashMap<>();
    private final List<String> yoy;
    private final List<String> timesLevel = new java.util.ArrayList<>();
    private final List<String> carriedRanks = new java.util.ArrayList<>();
    private final java.util.Set<String> carriedOpeners = new java.util.HashSet<>();
    private final int maxLength;

    RateCues(Lexicon lexicon) {
        int max = 0;
        for (String[] r : lexicon.table("rate-cues")) {
            cues.put(r[0], r);
            max = Math.max(max, r[0].length());
        }
        this.maxLength = max;
        for (String[] r : lexicon.table("rate-carried-cues")) {
            (r.length > 1 && r[1].strip().equals("rank") ? carriedRanks : carriedOpeners).add(r[0].strip());
        }
        this.yoy = lexicon.words("yoy-cues");
        for (String[] r : lexicon.table("numeral-forms")) {
            if (r.length > 1 && r[1].equals("times-level")) {
                timesLevel.add(r[0]);
            }
        }
    }

    /**
     * 增速最高，均为8.7%: the clause before the figure's ({@code clause} its start) ends in a growth noun and at most a word of
     * rank, and the figure's clause has only an opener (均为, 仅) before it (rate-carried-cues.tsv).
     */
    boolean carriedFromClauseBefore(String t, int clause, int at) {
        if (clause < 2 || t.charAt(clause - 1) != '，' || !carriedOpeners.contains(t.substring(clause, at).strip())) {
            return false;
        }
        int end = clause - 1;
        for (String r : carriedRanks) {
            if (t.startsWith(r, end - r.length())) {
                end -= r.length();
                break;
            }
        }
        Cue c = endingAt(t, end, Math.max(0, end - maxLength));
        return c != null && c.kind() == Kind.GROWTH && c.noun();
    }

    /** 是全国的2.3倍: a word ending at {@code end} that makes the multiple after it a level (a ratio). */
    boolean timesLevelEndingAt(String t, int end) {
        for (String w : timesLevel) {
            if (end >= w.length() && t.startsWith(w, end - w.length())) {
                return true;
            }
        }
        return false;
    }

    /** The longest cue ending exactly at {@code end}, or null. */
    Cue endingAt(String t, int end, int limit) {
        for (int len = Math.min(maxLength, end - limit); len > 0; len--) {
            String[] r = cues.get(t.substring(end - len, end));
            if (r != null) {
                Kind kind = Kind.valueOf(r[1].toUpperCase(java.util.Locale.ROOT));
                Basis basis = "-".equals(r[3]) ? null : Basis.parse(r[3]);
                return new Cue(r[0], kind, "-".equals(r[2]) ? -1 : 1, basis, end - len, r.length > 4 && r[4].strip().equals("noun"));
            }
        }
        return null;
    }

    boolean hasYoy(String t, int from, int to) {
        String s = t.substring(from, to);
        for (String y : yoy) {
            if (s.contains(y)) {
                return true;
            }
        }
        return false;
    }
}
