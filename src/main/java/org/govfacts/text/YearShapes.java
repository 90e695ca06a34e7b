package org.govfacts.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shapes of a year that are no plain calendar year, written once for the period patterns (placeholders
 * {@code {FISCAL_YEAR}} and {@code {MONTH}} of period-patterns.txt), the period resolver and the quantity
 * finder, which must agree on them: a figure the period finder takes for a year is no quantity of years.
 */
public final class YearShapes {
    /** 2024/25年度, 2024-25财政年度: Hong Kong's fiscal year, April to March. */
    public static final String FISCAL_YEAR = "(?<![0-9])[0-9]{4}\\s*[/／-]\\s*[0-9]{2}\\s*(?:财政)?年度";
    /** 1月, 12 月: the month that may follow a year of the Republic era (114年1月底). */
    public static final String MONTH = "[0-9]{1,2}\\s*月";

    private static final Pattern FISCAL = Pattern.compile(FISCAL_YEAR);
    private static final Pattern MONTH_NEXT = Pattern.compile("\\s*" + MONTH);

    private YearShapes() {
    }

    /** Whether {@code text} holds a fiscal year. */
    public static boolean hasFiscalYear(CharSequence text) {
        return FISCAL.matcher(text).find();
    }

    /** Whether the characters at {@code at} of {@code text} lie inside a fiscal year's name (the 25 of 2024/25年度). */
    public static boolean inFiscalYear(CharSequence text, int at) {
        // Transparent bounds: the (?<![0-9]) must see the digits before the window, or 12024/25 would pass.
        Matcher m = FISCAL.matcher(text).region(Math.max(0, at - 8), Math.min(text.length(), at + 12))
                .useTransparentBounds(true);
        while (m.find()) {
            if (m.start() < at && at < m.end()) {
                return true;
            }
        }
        return false;
    }

    /** Whether a month follows {@code from} (after spaces). */
    public static boolean monthAt(CharSequence text, int from) {
        return MONTH_NEXT.matcher(text).region(from, text.length()).lookingAt();
    }
}
