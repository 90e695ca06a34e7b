package org.govfacts.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.govfacts.fact.Fact;
import org.govfacts.fact.FactType;
import org.govfacts.fact.Status;
import org.govfacts.lexicon.Lexicon;
import org.govfacts.normalize.ScriptFolding;
import org.govfacts.resolve.CalendarSpan;

/**
 * Which one year a level stated under a span of years is of (过去五年，全省生产总值…达到4.5万亿元: 2022, the span's
 * last; 从4.16万亿元增加到…: the year before its first), by the words ending its clause
 * ({@code span-level-cues.tsv}). {@code period_norm} keeps the span, as FACTS.md has it; the panel and the
 * checker read the level's year from here, the one place that knows it. A total of the years (累计,
 * {@code cumulative-cues.txt}) is no level of one year.
 */
public final class SpanLevels {
    /** The level's year and whether it is where the span started from (a result whatever the span aims at). */
    public record Reading(String period, boolean startingPoint) {
        /** A level under a span whose words say no year. */
        public static final Reading UNREAD = new Reading(null, false);

        /** The level's status: where the span started from is a result whatever the span aims at, else as stated. */
        public Status status(Status stated) {
            return startingPoint ? Status.ACTUAL : stated;
        }
    }

    private final List<String> cumulativeCues;
    /** word ending a level's clause → "end" or "before", longest first. */
    private final List<String[]> cues;

    public SpanLevels(List<String> cumulativeCues, List<String[]> spanLevelCues) {
        this.cumulativeCues = List.copyOf(cumulativeCues);
        List<String[]> sorted = new ArrayList<>(spanLevelCues);
        sorted.sort(Comparator.comparingInt((String[] r) -> r[0].length()).reversed());
        this.cues = List.copyOf(sorted);
    }

    public static SpanLevels of(Lexicon lexicon) {
        return new SpanLevels(lexicon.words("cumulative-cues"), lexicon.table("span-level-cues"));
    }

    /**
     * Null when {@code f} is no level under a span of years (a growth, one year's figure, a stock, a total of the years);
     * {@link Reading#UNREAD} when it is one whose words say no year; else its year.
     */
    public Reading read(Fact f) {
        if (!(f.type() == FactType.MONEY || f.type() == FactType.QUANTITY) || f.basis() != null) {
            return null;
        }
        CalendarSpan span = CalendarSpan.parse(f.periodNorm());
        if (span == null || span.lastYear() <= span.firstYear() || span.stock()) {
            return null;
        }
        String clause = clauseBefore(f);
        if (cumulativeCues.stream().anyMatch(clause::contains)) {
            return null;
        }
        String which = cueEnding(clause.strip());
        if (which == null) {
            return Reading.UNREAD;
        }
        return which.equals("before") ? new Reading(String.valueOf(span.firstYear() - 1), true)
                : new Reading(String.valueOf(span.lastYear()), false);
    }

    private String cueEnding(String c) {
        for (String q : List.of("近", "约", "超", "逾")) {
            if (c.endsWith(q) && c.length() > 1) {
                c = c.substring(0, c.length() - 1);
                break;
            }
        }
        for (String[] cue : cues) {
            if (c.endsWith(cue[0])) {
                return cue[1];
            }
        }
        return null;
    }

    /** The figure's clause up to the figure (after the last ，；。 before it), in simplified script. */
    private static String clauseBefore(Fact f) {
        String s = f.sentence();
        if (s == null) {
            return "";
        }
        int at = Math.max(0, Math.min(s.length(), f.start() - f.sentenceStart()));
        String before = s.substring(0, at);
        int clause = Math.max(Math.max(before.lastIndexOf('，'), before.lastIndexOf(',')),
                Math.max(before.lastIndexOf('；'), before.lastIndexOf('。')));
        // 迈上4000亿元, 突破1.2万亿元: a qualifier read into the figure's text is still the words before its number
        String text = f.text() == null ? "" : f.text();
        int digit = 0;
        while (digit < text.length() && !Character.isDigit(text.charAt(digit)) && "零〇一二两三四五六七八九十百千万亿".indexOf(text.charAt(digit)) < 0) {
            digit++;
        }
        return ScriptFolding.fold(before.substring(clause + 1) + text.substring(0, Math.min(digit, text.length())));
    }
}
