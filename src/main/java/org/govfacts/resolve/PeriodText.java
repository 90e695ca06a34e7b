package org.govfacts.resolve;

/** Small numbers as periods write them: 8, 八, 十二, 两. */
final class PeriodText {
    private static final String DIGITS = "零一二三四五六七八九";

    private PeriodText() {
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
