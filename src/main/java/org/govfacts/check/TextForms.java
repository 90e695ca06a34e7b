package org.govfacts.check;

import com.github.houbb.opencc4j.util.ZhConverterUtil;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Small text helpers the checker needs on its own: fact texts and project names arrive as written
 * (possibly traditional, with pinyin annotations, full-width), while the sentences it reads are
 * normalised. These bring a short string to the same form so it can be found again.
 */
final class TextForms {
    /** A pinyin annotation after a character: 項(xiàng). */
    private static final Pattern PINYIN = Pattern.compile(
            "[(（][a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]+[)）]");

    /** An aside in brackets (固定资产投资(不含农户), 工业总产值(1990年不变价)): what the words before it are said of, no part of their name. */
    private static final Pattern ASIDE = Pattern.compile("[(（][^()（）]*[)）]");

    private TextForms() {
    }

    /** The text without its asides in brackets (see {@link #ASIDE}). */
    static String withoutAsides(String s) {
        return ASIDE.matcher(s).replaceAll("");
    }

    /** 66439\n万元 → 66439万元: a wrapped page's line break inside a figure parts nothing. */
    static String unwrapped(String s) {
        return s.replaceAll("\\s*\n\\s*", "");
    }

    /** Whether {@code text} holds two characters running of {@code words} (问题 of 问题动态解决率 in 收集企业问题). */
    static boolean holdsTwoCharactersOf(String text, String words) {
        for (int i = 0; i + 2 <= words.length(); i++) {
            if (text.contains(words.substring(i, i + 2))) {
                return true;
            }
        }
        return false;
    }

    /** Pinyin annotations removed, full-width forms folded, traditional characters simplified. */
    static String light(String s) {
        if (s == null) {
            return null;
        }
        if (s.length() > CACHED_LENGTH) {
            return convert(s);
        }
        if (CACHE.size() > CACHE_SIZE) {
            CACHE.clear();
        }
        return CACHE.computeIfAbsent(s, TextForms::convert);
    }

    /** Short strings (units, indicators, names) recur thousands of times in a corpus. */
    private static final int CACHED_LENGTH = 64;
    private static final int CACHE_SIZE = 100_000;
    private static final java.util.Map<String, String> CACHE = new java.util.concurrent.ConcurrentHashMap<>();

    private static String convert(String s) {
        String t = s.indexOf('(') < 0 && s.indexOf('（') < 0 ? s : PINYIN.matcher(s).replaceAll("");
        StringBuilder b = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            b.append(simplify(fold(t.charAt(i))));
        }
        return b.toString();
    }

    /** Full-width ASCII forms and the ideographic space to their ASCII equivalents. */
    static char fold(char c) {
        if (c >= '\uFF01' && c <= '\uFF5E') {
            return (char) (c - 0xFEE0);
        }
        if (c == '︰' || c == '﹕') {
            return ':'; // colon presentation forms, a ratio's colon in some pages (0.2︰14.5︰85.3), as WidthFolder reads them
        }
        return c == '\u3000' ? ' ' : c;
    }

    /** One character to simplified script, character by character so lengths never change. */
    static char simplify(char c) {
        if (c < 0x3400 || !ZhConverterUtil.isTraditional(c)) {
            return c;
        }
        List<String> s = ZhConverterUtil.toSimple(c);
        return s == null || s.isEmpty() || s.get(0).length() != 1 ? c : s.get(0).charAt(0);
    }

    static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isChineseNumeral(char c) {
        return "〇零一二两三四五六七八九十百千万亿半".indexOf(c) >= 0;
    }

    /** Removes spaces and quotation marks. */
    static String bare(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c) && "“”\"'‘’「」『』《》〈〉".indexOf(c) < 0) {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** A copula between a name and its figure (粮豆播种面积为, 其他作物是), at the end of the words before the figure. */
    private static final java.util.regex.Pattern COPULA_AFTER = java.util.regex.Pattern.compile("(?:为|是|达)$");

    /** The words before a figure without the copula at their end (粮豆播种面积为 → 粮豆播种面积). */
    static String withoutCopula(String label) {
        return COPULA_AFTER.matcher(label).replaceFirst("");
    }

    /** Whether the characters of {@code needle} appear in {@code hay} in order (开工 in 开复工). */
    static boolean isSubsequence(String needle, String hay) {
        int j = 0;
        for (int i = 0; i < hay.length() && j < needle.length(); i++) {
            if (hay.charAt(i) == needle.charAt(j)) {
                j++;
            }
        }
        return j == needle.length();
    }
}
