package org.govfacts.check;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.govfacts.fact.Fact;
import org.govfacts.fact.FactType;

/**
 * How precisely a figure is stated, read from how it is written: 401.2亿元 is to 0.1亿 (±0.05亿),
 * 78.1% to 0.1 (±0.05), 248亿元 to 1亿, while a plain count such as 3118条 or 16个月 is exact.
 */
public final class Amounts {
    private Amounts() {
    }

    /**
     * The digits as written and what follows them; {@code decimals} below 0 counts the zeros that pad a lower group
     * (6兆5,000亿 is written to 10^3 of its 亿).
     */
    record Written(boolean hasDigits, int decimals, double multiplier, String multiplierText) {
    }

    static Written written(Fact f) {
        String t = TextForms.unwrapped(TextForms.light(f.text() == null ? "" : f.text()));
        int i = 0;
        while (i < t.length() && !TextForms.isDigit(t.charAt(i))) {
            i++;
        }
        if (i == t.length()) {
            return new Written(false, 0, multiplierAfter(t, firstNonNumeral(t)), multiplierTextAfter(t, firstNonNumeral(t)));
        }
        boolean lowerGroup = false;
        while (true) {
            int decimals = -1;
            int groupStart = i;
            while (i < t.length() && (TextForms.isDigit(t.charAt(i)) || t.charAt(i) == ',' || t.charAt(i) == '.')) {
                if (t.charAt(i) == '.') {
                    decimals = 0;
                } else if (decimals >= 0 && TextForms.isDigit(t.charAt(i))) {
                    decimals++;
                }
                i++;
            }
            String multiplier = multiplierTextAfter(t, i);
            int next = multiplierStart(t, i) + multiplier.length();
            // 2兆7,446亿元, 1万2000亿元: digits after the multiplier go on with a smaller one, and the last group is the last digit
            if (multiplier.isEmpty() || next >= t.length() || !TextForms.isDigit(t.charAt(next))) {
                // 6兆5,000亿元: the zeros that end a lower group pad it to its multiplier; the figure is written to 1000亿 (0.1兆)
                int padding = lowerGroup && decimals < 0 ? paddingZeros(t.substring(groupStart, i)) : 0;
                return new Written(true, padding > 0 ? -padding : Math.max(0, decimals), multiplierAfter(t, i), multiplier);
            }
            lowerGroup = true;
            i = next;
        }
    }

    /** The zeros that end a group of digits (5,000 → 3), short of its first digit. */
    private static int paddingZeros(String group) {
        String digits = group.replace(",", "");
        int z = 0;
        while (z < digits.length() - 1 && digits.charAt(digits.length() - 1 - z) == '0') {
            z++;
        }
        return z;
    }

    private static int firstNonNumeral(String t) {
        int i = 0;
        while (i < t.length() && !TextForms.isChineseNumeral(t.charAt(i))) {
            i++;
        }
        while (i < t.length() && TextForms.isChineseNumeral(t.charAt(i)) && "万亿兆".indexOf(t.charAt(i)) < 0) {
            i++;
        }
        return i;
    }

    private static int multiplierStart(String t, int i) {
        while (i < t.length() && (t.charAt(i) == ' ' || "余多几".indexOf(t.charAt(i)) >= 0)) {
            i++;
        }
        return i;
    }

    private static double multiplierAfter(String t, int from) {
        double m = 1;
        for (int i = multiplierStart(t, from); i < t.length(); i++) {
            double k = switch (t.charAt(i)) {
                case '十' -> 10;
                case '百' -> 100;
                case '千' -> 1000;
                case '万' -> 1e4;
                case '亿' -> 1e8;
                case '兆' -> 1e12; // 五点六七兆元 (Taiwan and Hong Kong)
                default -> 0;
            };
            if (k == 0) {
                break;
            }
            m *= k;
        }
        return m;
    }

    private static String multiplierTextAfter(String t, int from) {
        int s = multiplierStart(t, from);
        int i = s;
        while (i < t.length() && "十百千万亿兆".indexOf(t.charAt(i)) >= 0) {
            i++;
        }
        return t.substring(s, i);
    }

    static boolean isPercent(Fact f) {
        return f.type() == FactType.RATIO || f.type() == FactType.GROWTH;
    }

    /**
     * The size of the last digit written (0.1亿 for 401.2亿元), or 0 when the figure is exact: a
     * whole number without a multiplier that is not a percentage, or a figure in words (一年半).
     */
    public static double ulp(Fact f) {
        Written w = written(f);
        if (!w.hasDigits()) {
            return spelledUlp(f);
        }
        double step = Math.pow(10, -w.decimals());
        if (isPercent(f)) {
            // 增长1.8倍 is 180% written to a tenth of a multiple: its last digit is worth 10 points
            return f.text() != null && f.text().contains("倍") ? step * 100 : step;
        }
        if (w.decimals() == 0 && w.multiplier() == 1) {
            return 0;
        }
        return step * w.multiplier();
    }

    private static final String SPELLED_DIGITS = "〇零一二两三四五六七八九";

    /**
     * The last digit of a figure in Chinese numerals, as {@link #ulp} reads digits: 百分之八点七 is to 0.1, 五点六七兆元 to
     * 0.01兆, 二千八百四十一万吨 and 三亿五千三百四十三万吨 to 1万 (as 2841万吨 is); a whole number with no 万, 亿 or 兆 after its
     * last digit (三百个, 一年半) is exact, and so is a share in other words (三成, 一半).
     */
    private static double spelledUlp(Fact f) {
        String t = TextForms.light(f.text() == null ? "" : f.text());
        int start = 0;
        while (start < t.length() && SPELLED_DIGITS.indexOf(t.charAt(start)) < 0) {
            start++;
        }
        int end = start;
        while (end < t.length() && (TextForms.isChineseNumeral(t.charAt(end)) && t.charAt(end) != '半' || t.charAt(end) == '点'
                || t.charAt(end) == '兆')) {
            end++;
        }
        if (start == end) {
            return 0;
        }
        String run = t.substring(start, end);
        boolean percent = isPercent(f);
        if (percent && !t.contains("百分") && !t.contains("倍")) {
            return 0;
        }
        double ulp;
        int point = run.indexOf('点');
        if (point >= 0) {
            int d = point + 1;
            while (d < run.length() && SPELLED_DIGITS.indexOf(run.charAt(d)) >= 0) {
                d++;
            }
            ulp = Math.pow(10, -(d - point - 1)) * (percent ? 1 : multiplierAfter(t, start + d));
        } else {
            int last = run.length() - 1;
            while (last >= 0 && SPELLED_DIGITS.indexOf(run.charAt(last)) < 0) {
                last--;
            }
            ulp = 1;
            for (char c : run.substring(last + 1).toCharArray()) {
                ulp *= c == '万' ? 1e4 : c == '亿' ? 1e8 : c == '兆' ? 1e12 : 1;
            }
            if (!percent && ulp == 1) {
                return 0;
            }
        }
        return percent && t.contains("倍") ? ulp * 100 : ulp;
    }

    /** The range of values {@code f} allows, taking its last digit to be {@code ulp}. */
    public static Interval interval(Fact f, double ulp) {
        double v = f.value() == null ? 0 : f.value();
        if (f.qualifier() != null) {
            switch (f.qualifier()) {
                case MORE_THAN -> {
                    return new Interval(v, Double.POSITIVE_INFINITY);
                }
                case LESS_THAN -> {
                    return new Interval(Double.NEGATIVE_INFINITY, v);
                }
                case ABOUT -> {
                    double half = Math.max(ulp / 2, 0.05 * Math.abs(v));
                    return new Interval(v - half, v + half);
                }
                default -> throw new IllegalStateException();
            }
        }
        if (isPercent(f) && ulp > 0 && ulp < 0.5 && v != 0) {
            // a bureau's percentage with decimals may be cut at its last digit rather than rounded (24.965% written 24.96): the
            // value may lie a little past the rounding bound, away from zero (a whole percentage, 37%, is rounded in prose)
            double cut = TRUNCATION_REACH * ulp;
            return v > 0 ? new Interval(v - ulp / 2, v + ulp / 2 + cut) : new Interval(v - ulp / 2 - cut, v + ulp / 2);
        }
        return new Interval(v - ulp / 2, v + ulp / 2);
    }

    /** How far past the rounding bound a truncated percentage may lie, in units of its last digit. */
    static final double TRUNCATION_REACH = 0.2;

    public static Interval interval(Fact f) {
        return interval(f, ulp(f));
    }

    /**
     * The values a figure allows when it may be a range (6.5%－7%: value 6.5, value_max 7): from the
     * lower end to the upper end, each with its rounding; otherwise {@link #interval(Fact)}.
     */
    public static Interval rangeInterval(Fact f) {
        if (f.valueMax() == null || f.value() == null) {
            return interval(f);
        }
        double half = ulp(f) / 2;
        return new Interval(Math.min(f.value(), f.valueMax()) - half, Math.max(f.value(), f.valueMax()) + half);
    }

    /** The multiplier a reader sees (亿 in 401.2亿元), to show amounts the way the report does. */
    static double displayScale(Fact f) {
        if (isPercent(f)) {
            return 1;
        }
        Written w = written(f);
        return w.multiplier();
    }

    /** The unit as a reader writes it: 亿元, 万吨, 个, %, ‰, 百分点. */
    static String displayUnit(Fact f) {
        if (isPercent(f)) {
            return switch (f.unit() == null ? "%" : f.unit()) {
                case "pp" -> "个百分点";
                case "千分点" -> "个千分点";
                case "‰" -> "‰";
                default -> "%";
            };
        }
        String m = written(f).multiplierText();
        return m + (f.unit() == null ? "" : f.unit());
    }

    /** A number as a person would write it: no exponent, no trailing zeros, at most 4 decimals. */
    static String format(double v) {
        if (Double.isInfinite(v)) {
            return v > 0 ? "∞" : "-∞";
        }
        return BigDecimal.valueOf(v).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    /** {@code value} (in the fact's own unit) shown in the unit of {@code like}: 40120000000 → 401.2亿元. */
    static String show(double value, Fact like) {
        return format(value / displayScale(like)) + displayUnit(like);
    }
}
