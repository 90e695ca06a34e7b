package org.govfacts.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govfacts.lexicon.Lexicon;
import org.govfacts.text.Clauses;

/**
 * The whole year of a figure that names no period but is compared with the year before, in a
 * release on a part of a year (全国夏粮总产量13926万吨，比上年减少162万吨 in a 上半年 or 前三季度
 * release): a comparison with 上年, not with 上年同期 or 上年末, measures a whole year, and a release
 * on a part of a year, dated that year and not early in it, speaks of that year. Anything else
 * stays unresolved. Words from {@code dictionaries/year-before.tsv}.
 */
final class YearBeforeComparison {
    private static final Pattern LEADING_YEAR = Pattern.compile("^\\s*((?:19|20)\\d{2})\\s*年");

    private final List<String> bases = new ArrayList<>();
    private final List<String> blockers = new ArrayList<>();
    private final List<Pattern> parts = new ArrayList<>();

    YearBeforeComparison(Lexicon lexicon) {
        for (String[] row : lexicon.table("year-before")) {
            String word = row[0].strip();
            switch (row.length < 2 ? "" : row[1].strip()) {
                case "base" -> bases.add(word);
                case "blocker" -> blockers.add(word);
                case "part" -> parts.add(Pattern.compile("^\\s*(?:(?:19|20)\\d{2}\\s*年)?\\s*(?:" + word + ")"));
                default -> throw new IllegalStateException("year-before.tsv: no known kind (base, blocker, part) for " + word);
            }
        }
    }

    /**
     * The year of the figure at [start, end) of {@code t}, or null. The comparison is sought in the
     * figure's clause, the one before and the one after, within its sentence [floor, ceiling).
     */
    String year(String t, int start, int end, int floor, int ceiling, ReportContext report) {
        ReportDate date = report.date();
        String year;
        if (date != null && !date.reviewsPastYear() && date.lastCompleteYear() == date.year()
                && report.title() != null && opensWithPartOfYear(report.title(), date.year())) {
            year = String.valueOf(date.year());
        } else {
            // early in a year (a 一季度 release in April) an annual figure may be the year before's; without a
            // title to say so, only a text that opens on one year and names no other before the figure speaks of it
            year = openingYear(t, start, date);
        }
        return year != null && comparedWithYearBefore(t, start, end, floor, ceiling) ? year : null;
    }

    /**
     * Whether the figure at [start, end) of {@code t} is compared with the year before (比上年, not 比上年同期 or 上年末): in
     * its clause, the one before or the one after, within its sentence [floor, ceiling).
     */
    boolean comparedWithYearBefore(String t, int start, int end, int floor, int ceiling) {
        int from = Clauses.start(t, start, floor);
        if (from > floor) {
            from = Clauses.start(t, from - 1, floor);
        }
        int limit = Math.min(ceiling, t.length());
        int to = Clauses.end(t, end, limit);
        if (to < limit) {
            to = Clauses.end(t, to + 1, limit);
        }
        String window = t.substring(from, to);
        for (String base : bases) {
            for (int at = window.indexOf(base); at >= 0; at = window.indexOf(base, at + 1)) {
                String after = window.substring(at + base.length()).stripLeading();
                if (blockers.stream().noneMatch(after::startsWith)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** How far into the text its opening may name the year it is about (after a dateline). */
    private static final int OPENING_REACH = 120;
    private static final Pattern TOPIC_YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*年\\s*[，,]");
    private static final Pattern ANY_YEAR = Pattern.compile("(?:19|20)\\d{2}(?=\\s*年)");

    /**
     * 据内蒙古自治区统计局消息，2020年，面对…: a text whose first paragraph opens a clause with one year
     * (YYYY年，) is about that year up to where another year is named; no later than the text's date,
     * where it has one. Null otherwise.
     */
    private static String openingYear(String t, int at, ReportDate date) {
        int paragraphEnd = t.indexOf('\n', 1); // a line break at the very start ends no paragraph
        Matcher m = TOPIC_YEAR.matcher(t).region(0, Math.min(OPENING_REACH, paragraphEnd < 0 ? t.length() : paragraphEnd));
        if (!m.find() || m.start() >= at) {
            return null;
        }
        String year = m.group(1);
        if (date != null && date.year() < Integer.parseInt(year)) {
            return null;
        }
        Matcher other = ANY_YEAR.matcher(t).region(m.end(), at);
        while (other.find()) {
            if (!other.group().equals(year)) {
                return null;
            }
        }
        return year;
    }

    /** 上半年国民经济运行…, 2016年前三季度…: a title that opens with a part of the report's year (or of no named year). */
    private boolean opensWithPartOfYear(String title, int year) {
        Matcher y = LEADING_YEAR.matcher(title);
        if (y.find() && Integer.parseInt(y.group(1)) != year) {
            return false;
        }
        return parts.stream().anyMatch(p -> p.matcher(title).find());
    }
}
