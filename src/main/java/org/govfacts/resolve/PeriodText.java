package org.govfacts.resolve;

/** Small numbers as periods write them: 8, 八, 十二, 两. */
final class PeriodText {
    private static final String DIGITS = "零一二三四五六七八九";

    private PeriodText() {
    }

    private static final java.util.regex.Pattern CN_YEAR = java.util.regex.Pattern.compile("[一二][〇○零一二三四五六七八九]{3}(?=年)");
    private static final String YEAR_DIGITS = "〇一二三四五六七八九";

    /** Years in Chinese numerals as digits: 一九八三年 → 1983年, 二〇二三年 → 2023年. */
    static String arabicYears(String s) {
        java.util.regex.Matcher m = CN_YEAR.matcher(s);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(b, String.valueOf(year(m.group())));
        }
        m.appendTail(b);
        return b.toString();
    }

    /** A year written digit by digit in Chinese numerals: 一九八三 → 1983, 二〇二三 → 2023. */
    static int year(String digits) {
        int v = 0;
        for (char c : digits.toCharArray()) {
            v = v * 10 + (c == '○' || c == '零' ? 0 : YEAR_DIGITS.indexOf(c));
        }
        return v;
    }

    /** The number; -1 when {@code s} is not one. */
    static int number(String s) {
        if (s == null || s.isEmpty()) {
            return -1;
        }
        if (s.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(s);
        }
        int value = 0;
        int current = 0;
        for (char c : s.toCharArray()) {
            if (c == '两') {
                current = 2;
            } else if (c == '十') {
                value += (current == 0 ? 1 : current) * 10;
                current = 0;
            } else {
                int d = DIGITS.indexOf(c);
                if (d < 0) {
                    return -1;
                }
                current = d;
            }
        }
        return value + current;
    }
}
