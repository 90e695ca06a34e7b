package org.govfacts.attribute;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govfacts.lexicon.Lexicon;

/**
 * Finds time expressions (2024年上半年, 今年前8个月, 1-3月, 截至6月底, 近三年, 过去五年 …) with the
 * patterns of {@code dictionaries/period-patterns.txt}. Where matches overlap the longest wins; a
 * year that is the base of a comparison (较2023年) is no period.
 */
public final class PeriodFinder {
    /** A time expression at {@code [start, end)} of the normalised text. */
    public record Period(int start, int end, String text) {
    }

    private static final String NUMBER = "(?:\\d{1,3}|[一二两三四五六七八九十]{1,3})";
    private final List<Pattern> patterns = new ArrayList<>();
    private final List<String> blockers;

    public PeriodFinder(Lexicon lexicon) {
        String parts = String.join("|", lexicon.words("period-parts"));
        for (String p : lexicon.words("period-patterns")) {
            patterns.add(Pattern.compile(p.replace("{PART}", parts).replace("{N}", NUMBER)));
        }
        this.blockers = lexicon.words("period-blockers");
    }

    public List<Period> find(String t) {
        List<int[]> spans = new ArrayList<>();
        for (Pattern p : patterns) {
            Matcher m = p.matcher(t);
            while (m.find()) {
                if (m.end() > m.start() && !blocked(t, m.start())) {
                    spans.add(new int[] {m.start(), m.end()});
                }
            }
        }
        spans.sort(Comparator.<int[]>comparingInt(s -> s[0]).thenComparingInt(s -> -s[1]));
        List<Period> out = new ArrayList<>();
        int last = -1;
        for (int[] s : spans) {
            if (s[0] >= last) {
                out.add(new Period(s[0], s[1], t.substring(s[0], s[1]).replaceAll("\\s+", "")));
                last = s[1];
            }
        }
        return out;
    }

    private boolean blocked(String t, int start) {
        for (String b : blockers) {
            if (start >= b.length() && t.startsWith(b, start - b.length())) {
                return true;
            }
        }
        return false;
    }
}
