package org.govfacts.resolve;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code period_norm} as a span of months, so that periods can be compared and contained:
 * {@code 2024H1} is January–June 2024, {@code ..2024-09} is the stock as of September 2024 (a
 * point: its first and last month are September), {@code 2021-2025} is five whole years.
 * Months are counted from year 0 ({@code year * 12 + month - 1}).
 */
public record CalendarSpan(int first, int last, boolean stock) {
    private static final Pattern FORM = Pattern.compile(
            "(\\.\\.)?((?:1[89]|20|21)\\d{2})(?:-((?:1[89]|20|21)\\d{2})|-(\\d{2})|H([12])|Q([1-4])|M(\\d{2})(?:-(\\d{2}))?)?");

    /** Parses a period_norm as the resolve stage writes it; null when {@code s} is not one. */
    public static CalendarSpan parse(String s) {
        if (s == null) {
            return null;
        }
        Matcher m = FORM.matcher(s.strip().toUpperCase(java.util.Locale.ROOT));
        if (!m.matches()) {
            return null;
        }
        int y = Integer.parseInt(m.group(2));
        boolean stock = m.group(1) != null;
        if (stock) {
            int month = m.group(4) != null ? Integer.parseInt(m.group(4)) : 12;
            if (m.group(3) != null || m.group(5) != null || m.group(6) != null || m.group(7) != null || month < 1 || month > 12) {
                return null;
            }
            return new CalendarSpan(y * 12 + month - 1, y * 12 + month - 1, true);
        }
        if (m.group(4) != null) {
            return null; // 2024-09 without .. is not a form of the spec
        }
        if (m.group(3) != null) {
            int to = Integer.parseInt(m.group(3));
            return to < y ? null : new CalendarSpan(y * 12, to * 12 + 11, false);
        }
        if (m.group(5) != null) {
            int h = Integer.parseInt(m.group(5));
            return new CalendarSpan(y * 12 + 6 * (h - 1), y * 12 + 6 * h - 1, false);
        }
        if (m.group(6) != null) {
            int q = Integer.parseInt(m.group(6));
            return new CalendarSpan(y * 12 + 3 * (q - 1), y * 12 + 3 * q - 1, false);
        }
        if (m.group(7) != null) {
            int from = Integer.parseInt(m.group(7));
            int to = m.group(8) == null ? from : Integer.parseInt(m.group(8));
            if (from < 1 || to > 12 || to < from) {
                return null;
            }
            return new CalendarSpan(y * 12 + from - 1, y * 12 + to - 1, false);
        }
        return new CalendarSpan(y * 12, y * 12 + 11, false);
    }

    public int firstYear() {
        return first / 12;
    }

    public int lastYear() {
        return last / 12;
    }

    /** Whether every month of {@code other} lies within this span. */
    public boolean contains(CalendarSpan other) {
        return other.first >= first && other.last <= last;
    }

    public boolean overlaps(CalendarSpan other) {
        return other.first <= last && first <= other.last;
    }
}
