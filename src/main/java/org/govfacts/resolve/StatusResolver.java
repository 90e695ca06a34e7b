package org.govfacts.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.govfacts.fact.Status;
import org.govfacts.lexicon.Lexicon;

/**
 * Tells a result from a goal (FACTS.md v2 {@code status}). The evidence, strongest first:
 * <ol>
 * <li>预计 before the figure: an estimate where its period has ended or ends within half a year
 *     of the report, else a plan, a target; but a period that ended more than a year before the
 *     report is known by then, a result (预计…从2011年的1091亿元增加到2016年的1650亿元: the 1091);</li>
 * <li>a goal named outright in the clause (预期目标是…, 增长目标为…): a target, even of a year past;</li>
 * <li>a period wholly before the report: a result, whatever the verb (去年计划投资 is not a goal now);</li>
 * <li>a paragraph that opens with 主要预期目标 …, a later sentence that names the figures before it goals
 *     (提出上述预期目标), or a goal word in the figure's clause (力争, 确保, 计划, 拟, 要, 将, budget words): a
 *     target;</li>
 * <li>a period after the report's date, or the report's own year in a report delivered early in
 *     that year (今年 in a March work report): a target;</li>
 * <li>else a result.</li>
 * </ol>
 * The cue words are in {@code dictionaries/status-cues.tsv}.
 */
public final class StatusResolver {
    private record Cue(Pattern pattern, String status, String where) {
    }

    private final List<Cue> cues = new ArrayList<>();

    public StatusResolver(Lexicon lexicon) {
        for (String[] row : lexicon.table("status-cues")) {
            cues.add(new Cue(Pattern.compile(row[0].strip()), row[1].strip(), row[2].strip()));
        }
    }

    /**
     * @param clause    the figure's clause up to the figure (normalised text)
     * @param sentence  the figure's sentence up to the figure: 预计 reaches every clause after it
     * @param paragraph its paragraph (with a heading that introduces it) up to the figure
     * @param period    the figure's period_norm, may be null
     * @param date      the report's date, may be null
     */
    public Status resolve(String clause, String sentence, String paragraph, String period, ReportDate date) {
        return resolve(clause, sentence, paragraph, period, date, false);
    }

    /**
     * Where the first cue that holds onward (预计(下同)) ends in {@code text}: every figure after it is of that
     * status unless its own words say otherwise; -1 when there is none.
     */
    public int onwardEstimateStart(String text) {
        int first = -1;
        for (Cue c : cues) {
            if (c.status().equals("estimate") && c.where().equals("onward")) {
                java.util.regex.Matcher m = c.pattern().matcher(text);
                if (m.find() && (first < 0 || m.end() < first)) {
                    first = m.end();
                }
            }
        }
        return first;
    }

    /**
     * Where goals are named back (提出上述预期目标): for each such cue, the span of the text it refers to, from the start
     * of the third paragraph before its own ({@code paragraphStart} finds a paragraph's start) to the cue.
     */
    public List<int[]> goalsNamedBack(String text, java.util.function.IntUnaryOperator paragraphStart) {
        List<int[]> out = new ArrayList<>();
        for (Cue c : cues) {
            if (c.status().equals("target") && c.where().equals("back")) {
                java.util.regex.Matcher m = c.pattern().matcher(text);
                while (m.find()) {
                    int from = paragraphStart.applyAsInt(m.start());
                    for (int k = 0; k < 3 && from > 0; k++) {
                        from = paragraphStart.applyAsInt(from - 1);
                    }
                    out.add(new int[] {from, m.start()});
                }
            }
        }
        return out;
    }

    /** @param estimatedOnward whether an onward estimate cue (预计(下同)) stands before the figure in its text */
    public Status resolve(String clause, String sentence, String paragraph, String period, ReportDate date, boolean estimatedOnward) {
        return resolve(clause, sentence, paragraph, period, date, estimatedOnward, false);
    }

    /** @param namedBack whether a later cue names the figure a goal (提出上述预期目标, {@link #goalsNamedBack}) */
    public Status resolve(String clause, String sentence, String paragraph, String period, ReportDate date, boolean estimatedOnward,
                          boolean namedBack) {
        return resolve(clause, sentence, paragraph, period, date, estimatedOnward, namedBack, false);
    }

    /**
     * @param bounded whether the figure is stated as goals are, with a bound or a range (1100万人以上, 4.5%以内, 6%-6.5%):
     *                under a sentence that names a proposal (报告提出，2019年城镇新增就业1100万人以上) it is that goal, even
     *                of a year past; a bare figure there (报告提出，2025年…增长5.4%) is the year's result
     */
    public Status resolve(String clause, String sentence, String paragraph, String period, ReportDate date, boolean estimatedOnward,
                          boolean namedBack, boolean bounded) {
        CalendarSpan span = CalendarSpan.parse(period);
        if (has(sentence, "estimate", "clause") || estimatedOnward && !has(clause, "target", "clause") && !has(clause, "target", "stated")) {
            if (longPast(span, date)) {
                return Status.ACTUAL;
            }
            return endsSoon(span, date) ? Status.ESTIMATE : Status.TARGET;
        }
        if (has(clause, "target", "stated")) {
            return Status.TARGET;
        }
        if (before(span, date)) {
            return bounded && has(sentence, "target", "sentence") ? Status.TARGET : Status.ACTUAL;
        }
        if (namedBack || has(paragraph, "target", "paragraph") || has(sentence, "target", "sentence") || has(clause, "target", "budget")) {
            return Status.TARGET;
        }
        int goal = lastMatchEnd(clause, "target", "clause");
        if (goal >= 0) {
            // a goal word, unless a completion word follows it (92个计划新开工项目已开工51个)
            return has(clause.substring(goal), "actual", "after") ? Status.ACTUAL : Status.TARGET;
        }
        if (after(span, date) || ownYearAhead(span, date)) {
            return Status.TARGET;
        }
        return Status.ACTUAL;
    }

    /** Whether the words before a figure say it is done (已, 完成了, 实际完成: the completion words of status-cues.tsv). */
    public boolean saysDone(String clause) {
        return has(clause, "actual", "after");
    }

    /** Whether a list's label (the clause before its colon) names what it lists goals outright (status-cues.tsv, stated). */
    public boolean namesGoals(String label) {
        return has(label, "target", "stated");
    }

    private boolean has(String text, String status, String where) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        for (Cue c : cues) {
            if (c.status().equals(status) && c.where().equals(where) && c.pattern().matcher(text).find()) {
                return true;
            }
        }
        return false;
    }

    /** Where the last cue of this kind in {@code text} ends; -1 when none. */
    private int lastMatchEnd(String text, String status, String where) {
        int end = -1;
        if (text == null) {
            return end;
        }
        for (Cue c : cues) {
            if (c.status().equals(status) && c.where().equals(where)) {
                java.util.regex.Matcher m = c.pattern().matcher(text);
                while (m.find()) {
                    end = Math.max(end, m.end());
                }
            }
        }
        return end;
    }

    /** The month the report was written, as a month index; the year's middle where the month is unknown. */
    private static int dateMonth(ReportDate d) {
        int month = d.month() != null ? d.month() : d.reviewsPastYear() ? 2 : 6;
        return d.year() * 12 + month - 1;
    }

    /** The period ended before the report's month (a stock as of an earlier month included). */
    static boolean before(CalendarSpan span, ReportDate date) {
        if (span == null || date == null) {
            return false;
        }
        if (date.month() == null && !date.reviewsPastYear()) {
            return span.lastYear() < date.year();
        }
        return span.last() < dateMonth(date);
    }

    /** The period ended more than a year before the report's month: its figures are no longer estimated. */
    static boolean longPast(CalendarSpan span, ReportDate date) {
        if (span == null || date == null) {
            return false;
        }
        if (date.month() == null && !date.reviewsPastYear()) {
            return span.lastYear() < date.year() - 1;
        }
        return span.last() < dateMonth(date) - 12;
    }

    /** The period starts after the report's month. */
    static boolean after(CalendarSpan span, ReportDate date) {
        if (span == null || date == null) {
            return false;
        }
        if (date.month() == null && !date.reviewsPastYear()) {
            return span.firstYear() > date.year();
        }
        return span.first() > dateMonth(date);
    }

    /** A period that has ended, or ends within six months of the report (预计全年 in a July summary). */
    static boolean endsSoon(CalendarSpan span, ReportDate date) {
        if (span == null || date == null) {
            return true;
        }
        if (date.month() == null && !date.reviewsPastYear()) {
            return span.lastYear() <= date.year();
        }
        return span.last() <= dateMonth(date) + 6;
    }

    /**
     * The report's own whole year, or whole years starting with it (2026-2030 in a report of January
     * 2026), named in a report delivered early in that year: the period is ahead.
     */
    private static boolean ownYearAhead(CalendarSpan span, ReportDate date) {
        if (span == null || date == null || span.stock()) {
            return false;
        }
        boolean early = date.reviewsPastYear() || date.month() != null && date.month() <= 3;
        return early && span.firstYear() == date.year() && span.first() % 12 == 0 && span.last() % 12 == 11;
    }
}
