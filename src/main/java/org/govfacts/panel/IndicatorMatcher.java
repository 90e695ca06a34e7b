package org.govfacts.panel;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.govfacts.fact.Fact;
import org.govfacts.normalize.ScriptFolding;
import org.govfacts.lexicon.IndicatorNames;
import org.govfacts.lexicon.Lexicon;
import org.govfacts.resolve.Places;

/**
 * Decides whether a fact measures an indicator asked for, by meaning: the fact's indicator phrase,
 * with the words that do not change what it measures trimmed from its ends (全省, 完成 …, place
 * names, list numbers; 增速, 跨越 …), must be one of the indicator's names in
 * {@code indicator-synonyms.tsv}. Whole names only, so 人均地区生产总值 and 单位地区生产总值能耗
 * are never 地区生产总值. A name the list does not know stands for itself.
 */
public final class IndicatorMatcher {
    /** An indicator as asked for: the name given, and its line of the list (null when unknown). */
    public record Asked(String name, IndicatorNames.Indicator indicator) {
        /** The indicator's canonical name where the list knows it, else the name asked. */
        public String canonical() {
            return indicator != null ? indicator.canonical() : name;
        }
    }

    private final IndicatorNames names;
    private final List<String> leading;
    private final List<String> trailing;
    private final List<String> introducers;
    private final Places places;

    public IndicatorMatcher(IndicatorNames names, List<String> leading, List<String> trailing, Places places) {
        this(names, leading, trailing, List.of(), places);
    }

    public IndicatorMatcher(IndicatorNames names, List<String> leading, List<String> trailing, List<String> introducers,
                            Places places) {
        this.names = names;
        this.leading = longestFirst(leading);
        this.trailing = longestFirst(trailing);
        this.introducers = longestFirst(introducers);
        this.places = places;
    }

    public static IndicatorMatcher of(Lexicon lexicon) {
        return new IndicatorMatcher(lexicon.indicatorNames(), lexicon.indicatorNameEdges("leading"),
                lexicon.indicatorNameEdges("trailing"), lexicon.indicatorNameEdges("introducer"), Places.of(lexicon));
    }

    /** The indicator asked for by {@code name}: its line of the list, or the name alone. */
    public Asked asked(String name) {
        return new Asked(name.strip(), names.find(fold(name)).orElse(null));
    }

    /** Whether {@code f}'s indicator is the one asked for. */
    public boolean matches(Fact f, Asked asked) {
        if (f.indicator() == null || f.indicator().isBlank()) {
            return false;
        }
        String type = f.type().id();
        Set<String> candidates = candidates(f.indicator());
        if (asked.indicator() == null) {
            return candidates.contains(fold(asked.name()));
        }
        for (IndicatorNames.Name n : asked.indicator().names()) {
            if (n.appliesTo(type) && candidates.contains(fold(n.text()))) {
                return true;
            }
        }
        return false;
    }

    /** The phrase and every form of it with edge words trimmed, folded for comparison. */
    Set<String> candidates(String indicator) {
        Set<String> out = new LinkedHashSet<>();
        List<String> heads = new ArrayList<>();
        String s = fold(indicator);
        heads.add(s);
        // a phrase that runs on from a heading or a list (主要预期目标——地区生产总值): the part after its last mark
        int mark = lastMark(s);
        if (mark >= 0 && mark < s.length() - 1) {
            heads.add(s.substring(mark + 1));
        }
        // a lead-in that names the indicator after it (全市发展主要预期目标是地区生产总值): the part after its last introducer
        for (String w : introducers) {
            int at = s.lastIndexOf(w);
            if (at >= 0 && at + w.length() < s.length()) {
                heads.add(s.substring(at + w.length()));
            }
        }
        for (String h : List.copyOf(heads)) {
            for (String t = trimLeading(h); t != null && !heads.contains(t); t = trimLeading(t)) {
                heads.add(t);
            }
        }
        for (String h : heads) {
            out.add(h);
            for (String t = trimTrailing(h); t != null && !out.contains(t); t = trimTrailing(t)) {
                out.add(t);
            }
        }
        out.remove("");
        return out;
    }

    /** The last punctuation mark inside {@code s} (not at its start), or -1. */
    private static int lastMark(String s) {
        for (int i = s.length() - 1; i > 0; i--) {
            char c = s.charAt(i);
            if (!isHan(c) && !Character.isLetterOrDigit(c) && c != '.') {
                return i;
            }
        }
        return -1;
    }

    /** {@code s} less one leading piece (a list number, a place name, an edge word), or null. */
    private String trimLeading(String s) {
        int i = 0;
        while (i < s.length() && !isHan(s.charAt(i)) && !Character.isLetter(s.charAt(i))) {
            i++;
        }
        if (i > 0) {
            return s.substring(i);
        }
        for (String w : leading) {
            if (s.startsWith(w) && s.length() > w.length()) {
                return s.substring(w.length());
            }
        }
        for (Places.Mention m : places.in(s)) {
            if (m.start() == 0 && m.end() < s.length()) {
                return s.substring(m.end());
            }
        }
        return null;
    }

    private String trimTrailing(String s) {
        // a bracketed note at the end (地区生产总值(GDP), …[2] a footnote mark): the name before it
        char last = s.charAt(s.length() - 1);
        if (last == ')' || last == '）' || last == ']' || last == '】') {
            int open = Math.max(Math.max(s.lastIndexOf('('), s.lastIndexOf('（')), Math.max(s.lastIndexOf('['), s.lastIndexOf('【')));
            if (open > 0) {
                return s.substring(0, open);
            }
        }
        int i = s.length();
        while (i > 0 && !isHan(s.charAt(i - 1)) && !Character.isLetter(s.charAt(i - 1))) {
            i--;
        }
        if (i < s.length()) {
            return s.substring(0, i);
        }
        for (String w : trailing) {
            if (s.endsWith(w) && s.length() > w.length()) {
                return s.substring(0, s.length() - w.length());
            }
        }
        return null;
    }

    /** Simplified script, full-width forms folded, ASCII upper case, spellings folded, no spaces or quotes. */
    String fold(String s) {
        String t = Normalizer.normalize(ScriptFolding.fold(s), Normalizer.Form.NFKC).toUpperCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (!Character.isWhitespace(c) && "“”\"'‘’「」『』《》〈〉".indexOf(c) < 0) {
                b.append(c);
            }
        }
        return names.foldSpellings(b.toString());
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    private static List<String> longestFirst(List<String> words) {
        List<String> out = new ArrayList<>(new LinkedHashSet<>(words));
        out.removeIf(String::isEmpty);
        out.sort(Comparator.comparingInt(String::length).reversed());
        return List.copyOf(out);
    }
}
