package org.govfacts.panel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.govfacts.check.Amounts;
import org.govfacts.check.Interval;
import org.govfacts.fact.Basis;
import org.govfacts.fact.Fact;
import org.govfacts.fact.Status;
import org.govfacts.resolve.CalendarSpan;
import org.govfacts.resolve.Places;

/**
 * Builds a panel from facts: keeps the facts of the indicators asked for that pass the filters,
 * reading only the resolved fields (period_norm, status, region_norm, value_max), groups them into
 * cells, marks cells whose statements disagree beyond rounding, and compares targets with results.
 */
public final class PanelBuilder {
    private final IndicatorMatcher matcher;
    private final Places places;
    /** Which year a level stated under a span of years is of, as check reads it. */
    private final org.govfacts.compare.SpanLevels spanLevels;
    /** The one target rule and list of which way is better, as check has them. */
    private final org.govfacts.compare.TargetRule targetRule;

    public PanelBuilder(IndicatorMatcher matcher, Places places, org.govfacts.compare.SpanLevels spanLevels,
                        org.govfacts.compare.TargetRule targetRule) {
        this.matcher = matcher;
        this.targetRule = targetRule;
        this.places = places;
        this.spanLevels = spanLevels;
    }

    public static PanelBuilder of(org.govfacts.lexicon.Lexicon lexicon) {
        return new PanelBuilder(IndicatorMatcher.of(lexicon), Places.of(lexicon), org.govfacts.compare.SpanLevels.of(lexicon),
                org.govfacts.compare.TargetRule.from(lexicon));
    }

    public Panel build(PanelRequest request, Iterable<Fact> facts) {
        List<IndicatorMatcher.Asked> asked = request.indicators().stream().map(matcher::asked).toList();
        CalendarSpan within = period(request.period());
        String region = request.region() == null ? null : places.official(request.region());
        Map<CellKey, List<Fact>> cells = new LinkedHashMap<>();
        Map<String, IndicatorMatcher.Asked> askedByName = new LinkedHashMap<>();
        int noPeriod = 0;
        int noRegion = 0;
        int yearsLevels = 0;
        for (Fact f : facts) {
            if (!request.types().contains(f.type()) || f.value() == null || !isLevelOrRate(f)) {
                continue;
            }
            IndicatorMatcher.Asked a = firstMatch(asked, f);
            if (a == null) {
                continue;
            }
            CalendarSpan span = CalendarSpan.parse(f.periodNorm());
            if (span == null) {
                noPeriod++;
                continue;
            }
            if (f.regionNorm() == null || f.regionNorm().isBlank()) {
                noRegion++;
                continue;
            }
            String period = f.periodNorm();
            Status status = f.status() == null ? Status.ACTUAL : f.status();
            if (f.type() == org.govfacts.fact.FactType.GROWTH && f.basis() != Basis.ANNUAL_AVG
                    && span.lastYear() > span.firstYear() && !span.stock()) {
                // growth over several years that is no yearly average compares totals of spans, not years
                yearsLevels++;
                continue;
            }
            if (f.type() == org.govfacts.fact.FactType.GROWTH && f.basis() == Basis.ANNUAL_AVG && span.lastYear() == span.firstYear()) {
                // 上半年…同比增长15.7%，两年平均增长8.2%: a yearly average over years the period does not show, no cell of it
                yearsLevels++;
                continue;
            }
            org.govfacts.compare.SpanLevels.Reading level = spanLevels.read(f);
            if (level != null) {
                // a level under a span of years is one year's: the span's last (达到…) or the year before it (从…)
                if (level.period() == null) {
                    yearsLevels++;
                    continue;
                }
                period = level.period();
                status = level.status(status);
                span = CalendarSpan.parse(period);
            }
            if (request.status() != null && request.status() != status
                    || within != null && !within.contains(span)
                    || region != null && !inRegion(f.regionNorm(), region, request.within())) {
                continue;
            }
            askedByName.putIfAbsent(a.name(), a);
            String basis = f.basis() == Basis.ANNUAL_AVG ? Basis.ANNUAL_AVG.id() : null;
            CellKey key = new CellKey(a.name(), f.type(), f.unit(), basis, f.regionNorm(), period, status);
            cells.computeIfAbsent(key, k -> new ArrayList<>()).add(f);
        }
        Map<CellKey, PanelRow> rows = new LinkedHashMap<>();
        cells.forEach((key, statements) -> rows.put(key, row(key, statements)));
        List<PanelRow> out = new ArrayList<>();
        for (PanelRow r : rows.values()) {
            if (r.key().status() == Status.TARGET) {
                PanelRow result = rows.get(r.key().withStatus(Status.ACTUAL));
                IndicatorMatcher.Asked a = askedByName.get(r.key().indicator());
                String indicator = a != null ? a.canonical() : r.key().indicator();
                out.add(result == null ? r : r.compared(result, TargetRule.attainment(r.source(), result.source(),
                        targetRule.direction(indicator, r.source().qualifier()))));
            } else {
                out.add(r);
            }
        }
        List<String> order = request.indicators().stream().map(String::strip).toList();
        out.sort(Comparator.comparingInt((PanelRow r) -> order.indexOf(r.key().indicator()))
                .thenComparing(r -> r.key().type())
                .thenComparing(r -> String.valueOf(r.key().unit()))
                .thenComparing(r -> String.valueOf(r.key().basis()))
                .thenComparing(r -> r.key().region())
                .thenComparing(r -> CalendarSpan.parse(r.key().period()).first())
                .thenComparing(r -> CalendarSpan.parse(r.key().period()).last())
                .thenComparing(r -> r.key().period())
                .thenComparing(r -> r.key().status()));
        return new Panel(request, out, noPeriod, noRegion, yearsLevels);
    }

    /**
     * A level, a rate or a yearly average: not a contribution (拉动…增长2个百分点), a gap to a
     * benchmark (高于全国1.2个百分点) or a change of a level (比上年增加1500亿元), which measure something else.
     */
    private static boolean isLevelOrRate(Fact f) {
        return f.basis() == null || f.basis() == Basis.YOY || f.basis() == Basis.ANNUAL_AVG;
    }

    private IndicatorMatcher.Asked firstMatch(List<IndicatorMatcher.Asked> asked, Fact f) {
        for (IndicatorMatcher.Asked a : asked) {
            if (matcher.matches(f, a)) {
                return a;
            }
        }
        return null;
    }

    private boolean inRegion(String regionNorm, String region, boolean within) {
        return regionNorm.equals(region) || within && places.holders(regionNorm).contains(region);
    }

    /** The statements of one cell as a row: the first in document order shown, conflict where any two disagree. */
    private static PanelRow row(CellKey key, List<Fact> statements) {
        List<Fact> sorted = new ArrayList<>(statements);
        sorted.sort(Comparator.comparing((Fact f) -> String.valueOf(f.doc())).thenComparingInt(Fact::start));
        boolean conflict = false;
        for (int i = 0; i < sorted.size() && !conflict; i++) {
            Interval a = Amounts.rangeInterval(sorted.get(i));
            for (int j = i + 1; j < sorted.size() && !conflict; j++) {
                conflict = !a.meets(Amounts.rangeInterval(sorted.get(j)));
            }
        }
        return new PanelRow(key, sorted.get(0), sorted.subList(1, sorted.size()), conflict, null, null);
    }

    static CalendarSpan period(String period) {
        if (period == null || period.isBlank()) {
            return null;
        }
        CalendarSpan span = CalendarSpan.parse(period.replaceAll("\\s+", ""));
        if (span == null) {
            throw new IllegalArgumentException("--period '" + period + "' is not a calendar period "
                    + "(2023, 2024H1, 2024Q1, 2024M01-08, 2021-2025, ..2024-09)");
        }
        return span;
    }
}
