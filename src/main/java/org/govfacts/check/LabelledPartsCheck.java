package org.govfacts.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.govfacts.fact.Basis;
import org.govfacts.fact.Fact;

/**
 * A paragraph of totals followed by labelled paragraphs of its parts, each stating the same items:
 * 全县义务教育中小学30所。校舍总面积57.74万平方米…; ——小学。…校舍总面积25.48万平方米…; ——初中。…校舍总面积32.26万平方米…
 * says 25.48 + 32.26 = 57.74. An item is compared where the total paragraph and every labelled paragraph of the run state
 * it once, by one indicator, of one kind (levels with levels, changes with changes). The labels may name only some of the
 * total's parts (——小学, ——初中 under 义务教育, then ——高中 beside it), so a sum that misses is called inconsistent only
 * when another item of the same paragraphs adds up, which shows the labels split the total, and one misprinted figure
 * mends the sum; else it says nothing.
 */
final class LabelledPartsCheck {
    /** Fewer labelled paragraphs than this make no split. */
    private static final int MIN_PARTS = 2;

    private final CheckWords words;

    LabelledPartsCheck(CheckWords words) {
        this.words = words;
    }

    List<Finding> check(DocumentView d) {
        Map<Integer, List<Placed>> byPassage = new LinkedHashMap<>();
        for (Placed p : d.placed()) {
            byPassage.computeIfAbsent(p.passage(), k -> new ArrayList<>()).add(p);
        }
        List<Integer> passages = new ArrayList<>(byPassage.keySet());
        List<Finding> out = new ArrayList<>();
        for (int i = 0; i < passages.size(); i++) {
            List<Placed> totals = byPassage.get(passages.get(i));
            if (label(totals) != null) {
                continue;
            }
            List<List<Placed>> parts = new ArrayList<>();
            List<String> labels = new ArrayList<>();
            for (int j = i + 1; j < passages.size() && passages.get(j) == passages.get(i) + (j - i); j++) {
                String l = label(byPassage.get(passages.get(j)));
                if (l == null) {
                    break;
                }
                labels.add(l);
                parts.add(byPassage.get(passages.get(j)));
            }
            if (parts.size() >= MIN_PARTS) {
                out.addAll(judge(totals, parts, labels));
            }
        }
        return out;
    }

    private static String label(List<Placed> passage) {
        return RestatementCheck.paragraphLabel(passage.get(0).sentence().lead());
    }

    private List<Finding> judge(List<Placed> totals, List<List<Placed>> parts, List<String> labels) {
        List<Finding> sums = new ArrayList<>();
        for (Placed total : totals) {
            String key = keyOf(total);
            if (key == null || once(totals, key) == null) {
                continue;
            }
            List<Placed> found = new ArrayList<>();
            for (List<Placed> part : parts) {
                Placed p = once(part, key);
                if (p == null) {
                    break;
                }
                found.add(p);
            }
            if (found.size() == parts.size()) {
                sums.add(sum(total, found, labels));
            }
        }
        boolean split = sums.stream().anyMatch(f -> f.verdict() == Verdict.CONSISTENT);
        List<Finding> out = new ArrayList<>();
        for (Finding f : sums) {
            if (f.verdict() == Verdict.CONSISTENT || split && Plausibility.mendedByOneMisprint(f)) {
                out.add(f);
            }
        }
        return out;
    }

    /** An item's key: its indicator, its kind of amount, and whether it is a change on the year before. */
    private String keyOf(Placed p) {
        Fact f = p.fact();
        String indicator = Figures.indicatorKey(f, words);
        if (!Figures.isAddable(p, words) || f.value() == null || indicator == null || !Figures.isSpecific(indicator, words)) {
            return null;
        }
        return indicator + "|" + Figures.unitClass(f, words) + "|" + (f.basis() == Basis.CHANGE);
    }

    /** The one figure of {@code passage} with {@code key}, or null when none or several state it. */
    private Placed once(List<Placed> passage, String key) {
        Placed found = null;
        for (Placed p : passage) {
            if (key.equals(keyOf(p))) {
                if (found != null) {
                    return null;
                }
                found = p;
            }
        }
        return found;
    }

    private static Finding sum(Placed total, List<Placed> parts, List<String> labels) {
        Fact t = total.fact();
        Interval sum = Interval.point(0);
        double exact = 0;
        StringBuilder terms = new StringBuilder();
        List<Fact> facts = new ArrayList<>();
        facts.add(t);
        for (Placed p : parts) {
            sum = sum.plus(Amounts.interval(p.fact()));
            exact += p.fact().value();
            terms.append(terms.length() == 0 ? "" : " + ").append(Amounts.show(p.fact().value(), t));
            facts.add(p.fact());
        }
        Interval stated = Amounts.interval(t);
        double scale = Amounts.displayScale(t);
        String unit = Amounts.displayUnit(t);
        double tolerance = sum.halfWidth() + stated.halfWidth();
        String what = "“" + TextForms.light(t.indicator()) + "” of the paragraphs " + String.join(", ", labels);
        if (sum.meets(stated)) {
            return BreakdownCheck.finding(Verdict.CONSISTENT, facts, exact, t, tolerance,
                    "The parts of " + what + " add up to the total stated before them: " + terms + " = "
                            + Amounts.show(exact, t) + BreakdownCheck.tolerancePhrase(tolerance / scale, unit) + ".");
        }
        return BreakdownCheck.finding(Verdict.INCONSISTENT, facts, exact, t, tolerance,
                "The parts of " + what + " add up to " + Amounts.show(exact, t) + " (" + terms + "), not the total "
                        + Amounts.show(t.value(), t) + " stated before them" + BreakdownCheck.allowance(tolerance / scale, unit)
                        + ". Compared because each labelled paragraph states the item once, as the paragraph of totals does, and"
                        + " another item of the same paragraphs adds up, so the labels split the total.");
    }
}
