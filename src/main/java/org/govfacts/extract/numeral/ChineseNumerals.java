package org.govfacts.extract.numeral;

import java.math.BigDecimal;

/**
 * Values of Chinese numerals: 十三 → 13, 一百 → 100, 百亿 → 10^10, 两千三百 → 2300, 二〇二三 → 2023
 * (also 二○二三, with the circle many reports use for zero), 十一点八 → 11.8, and digit by digit before a
 * multiplier or a point as older Taiwan texts write figures (三五一．七八亿 → 351.78 × 10^8, 一二．五 → 12.5).
 */
public final class ChineseNumerals {
    private static final String DIGITS = "零〇○一二三四五六七八九";
    private static final int[] DIGIT_VALUES = {0, 0, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
    /**
     * Decimal points of a numeral written in characters: 点 (百分之十一点八), and the full stop and middle dot older
     * texts put between digit characters (一二．五, folded to '.' by normalisation).
     */
    private static final String POINTS = "点.·";

    private ChineseNumerals() {
    }

    public static boolean isDigit(char c) {
        return DIGITS.indexOf(c) >= 0 || c == '两';
    }

    public static boolean isNumeralChar(char c) {
        return isDigit(c) || c == '十' || c == '百' || c == '千' || c == '万' || c == '亿';
    }

    /**
     * End of the Chinese numeral starting at {@code i}: its numeral characters and at most one
     * decimal part, 点 followed by digits (十一点八); a 点 not followed by a digit is no part of it.
     */
    public static int end(CharSequence t, int i) {
        int n = t.length();
        int j = i;
        while (j < n && isNumeralChar(t.charAt(j))) {
            j++;
        }
        if (j > i && j + 1 < n && isPoint(t.charAt(j)) && isDigit(t.charAt(j + 1))) {
            j++;
            while (j < n && isDigit(t.charAt(j))) {
                j++;
            }
            // 十八点二三万亿: multipliers after the decimal part belong to the numeral too; 五点六七兆元 (Taiwan and Hong
            // Kong: 兆 is 10^12) only before 元, as 兆瓦 and 兆帕 are units of their own
            while (j < n && (t.charAt(j) == '万' || t.charAt(j) == '亿' || t.charAt(j) == '兆' && j + 1 < n && t.charAt(j + 1) == '元')) {
                j++;
            }
        }
        return j;
    }

    private static boolean isPoint(char c) {
        return POINTS.indexOf(c) >= 0;
    }

    private static int pointIndex(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (isPoint(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * True when the digit at {@code i} continues a run of digits written positionally: the run starts the numeral
     * or follows 万 or 亿, and no 十, 百 or 千 follows it (三五一亿 is 351亿, but 三四十 and 十二三万 are ranges, 30 to
     * 40 and 12 to 13万, read by their last digit as before), nor is a pair of neighbouring digits with no point after
     * it (七八亿元 is 7 to 8亿, but 一二．五 is 12.5).
     */
    private static boolean continuesPositionalRun(String s, int i) {
        if (i == 0 || !isDigit(s.charAt(i - 1))) {
            return false;
        }
        int start = i - 1;
        while (start > 0 && isDigit(s.charAt(start - 1))) {
            start--;
        }
        if (start > 0 && s.charAt(start - 1) != '万' && s.charAt(start - 1) != '亿') {
            return false;
        }
        int end = i + 1;
        while (end < s.length() && isDigit(s.charAt(end))) {
            end++;
        }
        if (end < s.length() && "十百千".indexOf(s.charAt(end)) >= 0) {
            return false;
        }
        boolean range = end - start == 2 && digit(s.charAt(start + 1)) == digit(s.charAt(start)) + 1;
        return !range || end < s.length() && isPoint(s.charAt(end));
    }

    private static int digit(char c) {
        return c == '两' ? 2 : DIGIT_VALUES[DIGITS.indexOf(c)];
    }

    /** True when the numeral is written digit by digit (二〇二三), as years are. */
    public static boolean isPositional(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!isDigit(s.charAt(i))) {
                return false;
            }
        }
        return s.length() > 1;
    }

    /** The value of a numeral made of {@link #isNumeralChar} chars and at most one decimal part. */
    public static BigDecimal parse(String s) {
        if (s.isEmpty()) {
            throw new IllegalArgumentException("empty numeral");
        }
        int point = pointIndex(s);
        if (point >= 0) {
            String fraction = s.substring(point + 1);
            BigDecimal scale = BigDecimal.ONE;
            while (!fraction.isEmpty() && (fraction.endsWith("万") || fraction.endsWith("亿") || fraction.endsWith("兆"))) {
                scale = scale.multiply(fraction.endsWith("万") ? BigDecimal.valueOf(10_000)
                        : fraction.endsWith("亿") ? BigDecimal.valueOf(100_000_000) : BigDecimal.valueOf(1_000_000_000_000L));
                fraction = fraction.substring(0, fraction.length() - 1);
            }
            if (point == 0 || fraction.isEmpty()) {
                throw new IllegalArgumentException("not a Chinese numeral: " + s);
            }
            StringBuilder digits = new StringBuilder("0.");
            for (int i = 0; i < fraction.length(); i++) {
                if (!isDigit(fraction.charAt(i))) {
                    throw new IllegalArgumentException("not a Chinese numeral: " + s);
                }
                digits.append(digit(fraction.charAt(i)));
            }
            return parse(s.substring(0, point)).add(new BigDecimal(digits.toString())).multiply(scale);
        }
        if (isPositional(s)) {
            long v = 0;
            for (int i = 0; i < s.length(); i++) {
                v = v * 10 + digit(s.charAt(i));
            }
            return BigDecimal.valueOf(v);
        }
        BigDecimal total = BigDecimal.ZERO; // whole 亿 groups
        long wan = 0;     // whole 万 groups below 亿
        long section = 0; // below 万
        long number = 0;  // the digit waiting for its unit
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '十', '百', '千' -> {
                    long unit = c == '十' ? 10 : c == '百' ? 100 : 1000;
                    section += (number == 0 ? 1 : number) * unit;
                    number = 0;
                }
                case '万' -> {
                    wan += (section + number == 0 ? 1 : section + number) * 10_000L;
                    section = 0;
                    number = 0;
                }
                case '亿' -> {
                    long below = wan + section + number;
                    total = total.add(BigDecimal.valueOf(below == 0 ? 1 : below)).multiply(BigDecimal.valueOf(100_000_000L));
                    wan = 0;
                    section = 0;
                    number = 0;
                }
                default -> {
                    if (!isDigit(c)) {
                        throw new IllegalArgumentException("not a Chinese numeral: " + s);
                    }
                    number = continuesPositionalRun(s, i) ? number * 10 + digit(c) : digit(c);
                }
            }
        }
        return total.add(BigDecimal.valueOf(wan + section + number));
    }
}
