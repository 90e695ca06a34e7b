package org.govfacts.attribute;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.govfacts.lexicon.Lexicon;
import org.govfacts.text.Words;

/**
 * Trims a raw phrase before a figure down to the indicator it names, with the filler words of
 * {@code dictionaries/indicator-fillers.tsv}: scope and connective words at the start
 * (全市, 其中), auxiliaries anywhere (已, 累计, 实现), verbs of attainment at the end (达到, 为, 的).
 */
final class IndicatorPhrase {
    private final List<String> leading = new ArrayList<>();
    private final List<String> inner = new ArrayList<>();
    private final List<String> trailing = new ArrayList<>();
    private final List<String> openers = new ArrayList<>();
    private final List<java.util.regex.Pattern> removals = new ArrayList<>();

    IndicatorPhrase(Lexicon lexicon) {
        leading.addAll(lexicon.indicatorFillers("leading"));
        for (String w : lexicon.indicatorFillers("inner")) {
            if (w.length() < 2) {
                throw new IllegalArgumentException("indicator-fillers.tsv: inner word '" + w
                        + "' must have two characters or more (one character may be part of a word)");
            }
            inner.add(w);
        }
        trailing.addAll(lexicon.indicatorFillers("trailing"));
        openers.addAll(lexicon.indicatorFillers("opener"));
        removals.addAll(lexicon.indicatorRemovals());
        Comparator<String> longestFirst = Comparator.comparingInt(String::length).reversed();
        leading.sort(longestFirst);
        inner.sort(longestFirst);
        trailing.sort(longestFirst);
        openers.sort(longestFirst);
    }

    String clean(String raw) {
        String s = LIST_NUMBER.matcher(strip(raw)).replaceFirst("");
        for (java.util.regex.Pattern p : removals) {
            s = p.matcher(s).replaceAll("");
        }
        s = afterLastOpener(s);
        for (String w : inner) {
            if (s.contains(w)) {
                s = s.replace(w, "");
            }
        }
        boolean changed = true;
        while (changed && !s.isEmpty()) {
            changed = false;
            s = strip(s);
            for (String w : leading) {
                if (s.startsWith(w)) {
                    s = s.substring(w.length());
                    changed = true;
                    break;
                }
            }
            for (String w : trailing) {
                if (s.endsWith(w)) {
                    s = s.substring(0, s.length() - w.length());
                    changed = true;
                    break;
                }
            }
        }
        return strip(s);
    }

    /**
     * 全市经济社会发展力争实现地区生产总值: a verb of aim (力争, 确保) opens the indicator, so what stands
     * before it is the subject of the aim, not part of what is measured; a verb at the very end
     * (森林覆盖率力争) is left to the trailing words.
     */
    private String afterLastOpener(String s) {
        int cut = Words.endOfLast(s, openers, 2);
        return cut < 0 ? s : s.substring(cut);
    }

    /** 一、国内生产总值, 2.城镇新增就业: the number of a list item, not part of what it measures (not 一、二产业). */
    private static final java.util.regex.Pattern LIST_NUMBER = java.util.regex.Pattern.compile(
            "^(?:[一二三四五六七八九十]{1,3}|\\d{1,2})[、.．](?![一二三四五六七八九十\\d])");

    /** Drops spaces and dangling punctuation at either end. */
    static String strip(String s) {
        int a = 0;
        int b = s.length();
        while (a < b && isEdgeJunk(s.charAt(a), true)) {
            a++;
        }
        while (b > a && isEdgeJunk(s.charAt(b - 1), false)) {
            b--;
        }
        return s.substring(a, b).replace(" ", "");
    }

    private static boolean isEdgeJunk(char c, boolean atStart) {
        if (Character.isWhitespace(c) || c == '，' || c == '、' || c == '；' || c == '：' || c == ',' || c == '。') {
            return true;
        }
        if (atStart && "—-－●•■◆◇★☆※▲△○◎·".indexOf(c) >= 0) {
            return true; // ———全省生产总值, ●国内生产总值: the marks of a list item
        }
        // an opening quote may start an indicator (“倍增工程”企业) but not end one, and vice versa
        return atStart ? c == '”' || c == ')' || c == '）' : c == '“' || c == '(' || c == '（';
    }
}
