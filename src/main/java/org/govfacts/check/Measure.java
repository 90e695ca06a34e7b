package org.govfacts.check;

import org.govfacts.fact.Basis;
import org.govfacts.fact.Fact;
import org.govfacts.fact.FactType;
import org.govfacts.fact.Status;

/**
 * What a figure measures, in the terms two figures must share to be the same thing: the canonical
 * indicator, its subject ({@link Subjects}), the place and period as the resolve stage settled them
 * ({@code region_norm}, {@code period_norm}), the status (a target is not a result) and the kind of
 * amount. Never re-derived here: a figure whose period or region the resolve stage left open has no
 * measure and is compared with nothing. The one reading on top of {@code period_norm} is which year of its span a level
 * stated under several years is of, taken from {@link org.govfacts.compare.SpanLevels} exactly as the panel takes it.
 */
record Measure(String indicator, String subject, String region, String period, Status status, String unitClass) {

    /**
     * 同比增长6.4%(注:名义增长率,下同): a growth a bracket right after it calls nominal (check_nominal_growth_cues.txt) is not
     * the real growth another text states of the same indicator.
     */
    private static boolean nominalNoteAfter(Placed p, CheckWords w) {
        String text = p.sentence().text();
        if (p.end() >= text.length() || "(（".indexOf(text.charAt(p.end())) < 0) {
            return false;
        }
        int end = Math.min(text.length(), p.end() + 30);
        int close = p.end() + 1;
        while (close < end && ")）".indexOf(text.charAt(close)) < 0) {
            close++;
        }
        String aside = text.substring(p.end(), close).split("[0-9]", 2)[0]; // (扣除价格因素实际增长5.6%…名义…): another figure's note
        return CheckWords.firstIn(w.nominalGrowthWords(), aside) != null;
    }

    /** The measure of {@code p}, or null when its indicator names nothing specific or its period or region is unresolved. */
    static Measure of(Placed p, CheckWords w) {
        Fact f = p.fact();
        if (f.type() == FactType.PROJECT || Figures.number(f) == null || f.periodNorm() == null) {
            return null;
        }
        String region = placeOf(f);
        // 城乡居民…达到34446元和13094元: each item of the list is of its own scope (城镇, 农村)
        String indicator = RespectiveScopes.indicatorOf(p, w);
        if (indicator == null || !Figures.isSpecific(indicator, w)) {
            return null;
        }
        // 福建GDP, 生产总值, 地区生产总值: one indicator by its canonical name (indicator-synonyms.tsv), as the panel reads it
        indicator = w.canonical(indicator);
        String subject = Subjects.of(p, w);
        if (subject != null && f.regionNorm() != null && (subject.equals(f.regionNorm())
                || subject.equals(org.govfacts.attribute.ReportRegionFinder.shortName(f.regionNorm())))) {
            subject = ""; // 西藏地区生产总值 of 西藏自治区: the place is the figure's region already, not a subject besides it
        }
        if (f.type() == FactType.RATIO && indicator.startsWith("占") && (subject == null || subject.isEmpty())) {
            return null; // 占公路总里程97.7%: a share of a base, of a part the words before it do not name; two such are not one figure
        }
        if (subject != null && w.comparisonHeads().contains(subject)) {
            return null; // 对全市经济增长的贡献率: the words before the indicator say what it is related to, not whose figure it is
        }
        // 从环比看，二季度…增长0.8%: a growth on the quarter before is not the year-on-year one of the same quarter
        // 比去年增加三百万头 is a change of a level, not the level: a measure of its own (growth rates name their basis already)
        // 比1955年增长115.6倍 in 2014: growth since a year long before, not the year-on-year 比上年增长10%
        String since = Figures.namedBaseYear(p);
        String unitClass = Figures.unitClass(f, w) + (Figures.onPreviousPeriod(p, w) ? ":on_previous_period" : "")
                + (f.basis() == Basis.CHANGE && f.type() != FactType.GROWTH ? ":change" : "") + (since != null ? ":since_" + since : "")
                + (f.type() == FactType.GROWTH && nominalNoteAfter(p, w) ? ":nominal" : "");
        // 过去五年，…生产总值…达到4.5万亿元: a level under a span of years is of the year its words name (span-level-cues.tsv)
        String period = f.periodNorm();
        Status status = statusOf(f);
        org.govfacts.compare.SpanLevels.Reading level = w.spanLevels().read(f);
        if (level != null && level.period() != null) {
            period = level.period();
            status = level.status(status);
        }
        return new Measure(indicator, subject, region, period, status, unitClass);
    }

    /**
     * The place a figure is of: its {@code region_norm}; where the resolve stage named none, the place of its own report,
     * which the report does not name. A figure of a report that names no place is of that report's place like every
     * other figure of it without a place of its own, so within the report it is one place; it is no place of any other
     * report, and so never compared across reports.
     */
    static String placeOf(Fact f) {
        return f.regionNorm() != null ? f.regionNorm() : UNNAMED_PLACE + f.doc();
    }

    /** The prefix of the place of a report that names none (see {@link #placeOf}). */
    static final String UNNAMED_PLACE = "the place of report ";

    /** A fact without a status (a fact file of an older version) is a result, the default of FACTS.md. */
    static Status statusOf(Fact f) {
        return f.status() == null ? Status.ACTUAL : f.status();
    }

    /**
     * This measure with a quantity's unit taken to its base (亩 to 公顷, 斤 to 吨: check_unit_conversions.tsv), so that one area
     * stated in 千公顷 by one report and in 万亩 by another is one measure; a unit other units convert to (公顷) gives a new
     * measure too, equal to theirs. Only restatements between reports, which compare in the base unit, group by it; sums,
     * growths and targets keep each unit apart.
     */
    Measure inBaseUnit(Fact f, CheckWords w) {
        if (f.type() != FactType.QUANTITY || f.unit() == null) {
            return this;
        }
        String unit = TextForms.light(f.unit());
        String base = w.conversion(unit).base();
        String own = "q:" + unit;
        if (!w.converts(unit) || !unitClass.startsWith(own)) {
            return this;
        }
        return new Measure(indicator, subject, region, period, status, "q:" + base + unitClass.substring(own.length()));
    }

    /** The key figures are grouped by: all fields. */
    String key() {
        return unitClass + "|" + indicator + "|" + subject + "|" + region + "|" + period + "|" + status.id();
    }

    /** The key without the status, to pair a target with its result (the indicator is already by its canonical name). */
    String keyWithoutStatus() {
        return unitClass + "|" + indicator + "|" + subject + "|" + region + "|" + period;
    }

    /** Why two figures of this measure are the same thing, for a finding's message. */
    String why() {
        return "same indicator “" + indicator + "”" + (subject.isEmpty() ? "" : ", same subject “" + subject + "”")
                + ", same place " + (region.startsWith(UNNAMED_PLACE) ? region + ", which it does not name" : region) + ", same period " + period + ", both " + statusWord(status);
    }

    static String statusWord(Status s) {
        return switch (s) {
            case ACTUAL -> "results";
            case TARGET -> "targets";
            case ESTIMATE -> "estimates";
        };
    }
}
