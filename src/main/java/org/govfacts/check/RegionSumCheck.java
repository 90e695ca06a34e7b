package org.govfacts.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.govfacts.fact.Fact;
import org.govfacts.resolve.Places;

/**
 * Every division of a place, each with its figure, against the place's own: 2021年末全省各市常住人口分布如下：太原市
 * 539.10万人大同市309.87万人…吕梁市337.47万人 adds up to the province's 3480.48万人. The divisions are those the
 * gazetteer puts directly below the place (admin-divisions.tsv), each named once right before its figure in one
 * sentence, all of them and no other, in one unit; their total is the nearest earlier figure of the document for the
 * place itself, in that unit, period and status, whose indicator shares a name of four characters or more with the
 * words that open the list (常住人口). Persons add up exactly; other measures (生产总值 of cities against the
 * province's) are reckoned apart and may not, so a gap there is only {@code cannot_tell}, as is a gap no misprint of
 * one figure would mend.
 */
final class RegionSumCheck {
    private static final int MIN_DIVISIONS = 3;
    private static final int SHARED_NAME = 4;

    private final CheckWords words;
    private final Places places;

    RegionSumCheck(CheckWords words, Places places) {
        this.words = words;
        this.places = places;
    }

    List<Finding> check(DocumentView d) {
        List<Finding> out = new ArrayList<>();
        for (SentenceView s : d.sentences()) {
            Map<String, List<Placed>> byParent = new LinkedHashMap<>();
            Map<Placed, String> division = new java.util.IdentityHashMap<>();
            for (Placed p : s.facts()) {
                Fact f = p.fact();
                if (!Figures.isAmount(f) || f.qualifier() != null) {
                    continue;
                }
                String place = placeEndingLabel(p);
                String parent = place == null ? null : places.parent(place);
                if (parent != null) {
                    division.put(p, place);
                    byParent.computeIfAbsent(parent + "|" + Figures.unitClass(f, words), k -> new ArrayList<>()).add(p);
                }
            }
            for (Map.Entry<String, List<Placed>> e : byParent.entrySet()) {
                String parent = e.getKey().substring(0, e.getKey().indexOf('|'));
                Finding f = judge(d, parent, e.getValue(), division);
                if (f != null) {
                    out.add(f);
                }
            }
        }
        return out;
    }

    /** The place whose name ends the words right before the figure (太原市 539.10万人; 太原市为539.10万人), or null. */
    private String placeEndingLabel(Placed p) {
        String label = p.label().strip();
        label = label.replaceAll("[为：:\\s]+$", "");
        List<Places.Mention> named = places.in(label);
        if (named.isEmpty()) {
            return null;
        }
        Places.Mention last = named.get(named.size() - 1);
        return last.end() == label.length() ? last.place() : null;
    }

    private Finding judge(DocumentView d, String parent, List<Placed> parts, Map<Placed, String> division) {
        Set<String> named = new LinkedHashSet<>();
        for (Placed p : parts) {
            if (!named.add(division.get(p))) {
                return null; // a division named twice: two measures, or two years, in one sentence
            }
        }
        List<String> all = places.children(parent);
        if (all.size() < MIN_DIVISIONS || !named.equals(new LinkedHashSet<>(all)) || !sameFrame(parts)) {
            return null;
        }
        Placed first = parts.get(0);
        String opening = first.sentence().text().substring(0, Math.max(0, Math.min(first.start(), first.sentence().text().length())));
        double largest = parts.stream().mapToDouble(p -> p.fact().value()).max().orElse(0);
        Placed total = total(d, first, parent, opening, largest);
        if (total == null) {
            return null;
        }
        List<Fact> facts = new ArrayList<>();
        facts.add(total.fact());
        Interval sum = Interval.point(0);
        double exact = 0;
        StringBuilder arithmetic = new StringBuilder();
        for (Placed p : parts) {
            facts.add(p.fact());
            sum = sum.plus(Amounts.interval(p.fact()));
            exact += p.fact().value();
            arithmetic.append(arithmetic.length() == 0 ? "" : " + ").append(Amounts.show(p.fact().value(), total.fact()));
        }
        Fact t = total.fact();
        double scale = Amounts.displayScale(t);
        double tolerance = sum.halfWidth() + Amounts.interval(t).halfWidth();
        String unit = Amounts.displayUnit(t);
        String what = "The " + parts.size() + " divisions directly below " + parent + " (" + String.join(", ", named) + ")";
        if (sum.meets(Amounts.interval(t))) {
            return new Finding(FindingKind.SUM, Verdict.CONSISTENT, facts, exact / scale, t.value() / scale, tolerance / scale, unit,
                    what + " add up to its " + Amounts.show(t.value(), t) + " (" + arithmetic + ")"
                            + BreakdownCheck.tolerancePhrase(tolerance / scale, unit) + ".");
        }
        Finding inconsistent = new Finding(FindingKind.SUM, Verdict.INCONSISTENT, facts, exact / scale, t.value() / scale,
                tolerance / scale, unit, what + " add up to " + Amounts.show(exact, t) + ", not its " + Amounts.show(t.value(), t)
                        + " (" + arithmetic + ")" + BreakdownCheck.allowance(tolerance / scale, unit)
                        + ". Compared because the list names every division the gazetteer (admin-divisions.tsv) puts directly below "
                        + parent + ", each once, in the unit, period and status of the place's own figure “"
                        + TextForms.light(t.indicator()) + "”, which the list's opening words name.");
        boolean persons = Figures.unitClass(t, words).startsWith("count:") && "人".equals(t.unit());
        if (persons && Plausibility.mendedByOneMisprint(inconsistent)) {
            return inconsistent;
        }
        return new Finding(FindingKind.SUM, Verdict.CANNOT_TELL, facts, exact / scale, t.value() / scale, tolerance / scale, unit,
                what + " add up to " + Amounts.show(exact, t) + ", not its " + Amounts.show(t.value(), t) + " (" + arithmetic + ")."
                        + " The divisions' figures may be reckoned apart from the place's own (as cities' 生产总值 are from the"
                        + " province's), so the gap is not called an error.");
    }

    /** Whether the parts are of one period and status: one list of one year's figures. */
    private static boolean sameFrame(List<Placed> parts) {
        Fact a = parts.get(0).fact();
        return parts.stream().map(Placed::fact).allMatch(f -> Objects.equals(f.periodNorm(), a.periodNorm())
                && Objects.equals(f.status(), a.status()));
    }

    /**
     * The place's own figure: the nearest earlier one for {@code parent}, like the parts, named by the list's opening,
     * and larger than every part (not the change beside it: 比上年减少10.02万人).
     */
    private Placed total(DocumentView d, Placed first, String parent, String opening, double largest) {
        Placed found = null;
        for (Placed q : d.placed()) {
            if (q.sentence().index() > first.sentence().index()
                    || q.sentence() == first.sentence() && q.start() >= first.start()) {
                break;
            }
            Fact f = q.fact();
            if (Figures.isAmount(f) && f.qualifier() == null && parent.equals(f.regionNorm()) && f.value() > largest
                    && Figures.sameClass(f, first.fact(), words) && Objects.equals(f.periodNorm(), first.fact().periodNorm())
                    && Objects.equals(f.status(), first.fact().status()) && f.indicator() != null
                    && sharesName(TextForms.light(f.indicator()), opening)) {
                found = q;
            }
        }
        return found;
    }

    private static boolean sharesName(String a, String b) {
        for (int i = 0; i + SHARED_NAME <= a.length(); i++) {
            if (b.contains(a.substring(i, i + SHARED_NAME))) {
                return true;
            }
        }
        return false;
    }
}
