package org.govfacts.attribute;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.govfacts.lexicon.Lexicon;

/**
 * Tells the periods read against their section (全年, 当年, 年末: offset S in
 * {@code period-relative.tsv}) from those that name their year themselves (2023年, 去年, 今年年末):
 * a period is section-relative when it holds a section word and no year of its own.
 */
final class SectionRelativePeriods implements Predicate<String> {
    /** A year of its own: digits (2023年), Chinese numerals (二〇二三年) or a plan (十四五). */
    private static final Pattern OWN_YEAR = Pattern.compile("\\d|[〇○零一二三四五六七八九]年|十[一二三四五六七八九]?五");

    private final List<String> sectionWords = new ArrayList<>();
    private final List<String> yearWords = new ArrayList<>();
    /** Words of a year before or after the passage's own (上年: offset P-1). */
    private final List<String> passageOffsetWords = new ArrayList<>();

    SectionRelativePeriods(Lexicon lexicon) {
        for (String[] row : lexicon.table("period-relative")) {
            (row[1].strip().equals("S") ? sectionWords : yearWords).add(row[0].strip());
            if (row[1].strip().startsWith("P")) {
                passageOffsetWords.add(row[0].strip());
            }
        }
    }

    @Override
    public boolean test(String period) {
        if (!namesNoYear(period)) {
            return false;
        }
        for (String w : sectionWords) {
            if (period.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a period names no year of its own (上半年, 一季度, 全年; not 2023年上半年, 今年一季度): the
     * passage it stands in may name the year.
     */
    boolean namesNoYear(String period) {
        if (period == null || OWN_YEAR.matcher(period).find()) {
            return false;
        }
        for (String w : yearWords) {
            if (period.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /** Whether a period is a year counted from its passage's (上年 of 2000年，…), which that passage's period settles. */
    boolean countsFromPassage(String period) {
        return period != null && !OWN_YEAR.matcher(period).find() && passageOffsetWords.stream().anyMatch(period::contains);
    }
}
