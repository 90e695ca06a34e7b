package org.govfacts.index;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A period reduced to what a filter can compare: the year(s) it falls in and the part of the year.
 *
 * @param years the calendar years, ascending; empty when the text does not say and the report's
 *              year is unknown
 * @param part  null for a whole year (or when the text names no part), else {@code H1}/{@code H2},
 *              {@code Q1}..{@code Q4}, {@code M1-8} (January to August), {@code M6} (June alone), or
 *              {@code YTD} (since the start of the year, end not given)
 */
public record NormalizedPeriod(List<Integer> years, String part) {
    public static final NormalizedPeriod NONE = new NormalizedPeriod(List.of(), null);

    private static final Pattern LABEL = Pattern.compile(
            "^(?:((?:19|20)\\d{2})(?:\\s*[,、]\\s*((?:19|20)\\d{2}))*)?[\\s_/-]*(H[12]|Q[1-4]|M\\d{1,2}(?:-\\d{1,2})?|YTD)?$");

    public NormalizedPeriod {
        years = List.copyOf(years);
    }

    public boolean isEmpty() {
        return years.isEmpty() && part == null;
    }

    /** 2024 H1, 2022,2023, Q1, M1-8 …; null when empty. */
    public String label() {
        if (isEmpty()) {
            return null;
        }
        String y = years.stream().map(String::valueOf).collect(Collectors.joining(","));
        if (part == null) {
            return y;
        }
        return y.isEmpty() ? part : y + " " + part;
    }

    /**
     * Parses a label as {@link #label()} writes it, leniently: {@code 2024}, {@code 2024H1},
     * {@code 2024-h1}, {@code Q1}, {@code M1-8}. Null when {@code s} is not such a label.
     */
    public static NormalizedPeriod parseLabel(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip().toUpperCase(Locale.ROOT);
        if (t.isEmpty()) {
            return null;
        }
        Matcher m = LABEL.matcher(t);
        if (!m.matches()) {
            return null;
        }
        List<Integer> ys = new java.util.ArrayList<>();
        Matcher y = Pattern.compile("(?:19|20)\\d{2}").matcher(t);
        while (y.find()) {
            ys.add(Integer.parseInt(y.group()));
        }
        String part = m.group(3) == null ? null : PeriodNormalizer.canonicalPart(m.group(3));
        NormalizedPeriod p = new NormalizedPeriod(ys, part);
        return p.isEmpty() ? null : p;
    }
}
