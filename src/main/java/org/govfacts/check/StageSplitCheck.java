package org.govfacts.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.govfacts.fact.Fact;

/**
 * A year's list of projects split by two stages that make it up together ({@code dictionaries/
 * check_stage_splits.tsv}: 续建 and 新开工), stated in clauses or paragraphs of their own rather than
 * as a list: 500个重点项目累计完成投资2315亿元 … 326个续建项目累计完成投资2028亿元 … 174个计划新开工项目
 * …累计完成投资286亿元 says 326 + 174 = 500 and 2028 + 286 = 2315. The total is a count of projects
 * whose words name no stage; each stage's count is the first after it in the report whose words name
 * that stage, for the same resolved period; the investment of each is the first amount after its count
 * in the same clause chain (no semicolon or full stop between) with one indicator for all three.
 * Stage counts that are parts of a list (按阶段划分，46个投产项目…；136个续建项目…；21个新开工项目) are
 * left to the list, which may name a third stage. Two stages short of the total say nothing for sure: a
 * list also holds projects at stages the text does not count (前期, 预备); more than the total is an error.
 */
final class StageSplitCheck {
    private static final int PARAGRAPHS = 3;

    private final CheckWords words;

    StageSplitCheck(CheckWords words) {
        this.words = words;
    }

    List<Finding> check(DocumentView d, List<Breakdown> breakdowns) {
        java.util.Set<Placed> listed = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Breakdown b : breakdowns) {
            listed.addAll(b.parts());
        }
        List<Finding> out = new ArrayList<>();
        List<Placed> all = d.placed();
        for (String[] pair : words.stageSplits()) {
            for (int i = 0; i < all.size(); i++) {
                Placed total = all.get(i);
                if (!isProjectCount(total) || stageOf(total, pair) >= 0 || namesAnyStage(total)) {
                    continue;
                }
                Placed[] stages = new Placed[2];
                for (int j = i + 1; j < all.size() && all.get(j).passage() - total.passage() < PARAGRAPHS; j++) {
                    Placed q = all.get(j);
                    int s = stageOf(q, pair);
                    if (s < 0 && isProjectCount(q) && !namesAnyStage(q) && Figures.sameClass(q.fact(), total.fact(), words)) {
                        break; // 124个市工业重点项目: another list begins, and its stages are not this one's
                    }
                    if (s >= 0 && stages[s] == null && isProjectCount(q) && Figures.sameClass(q.fact(), total.fact(), words)
                            && Objects.equals(q.fact().periodNorm(), total.fact().periodNorm())) {
                        stages[s] = q;
                    }
                }
                if (stages[0] == null || stages[1] == null) {
                    continue;
                }
                if (listed.contains(stages[0]) || listed.contains(stages[1])) {
                    break; // parts of a list (按阶段划分：投产…；续建…；新开工…), which may name more stages: the list is checked as such
                }
                out.add(judge(List.of(stages[0], stages[1]), total, pair, "projects"));
                Placed totalAmount = amountAfter(total);
                Placed a0 = amountAfter(stages[0]);
                Placed a1 = amountAfter(stages[1]);
                String key = totalAmount == null || a0 == null || a1 == null ? null
                        : commonEnding(Figures.indicatorKey(totalAmount.fact(), words), Figures.indicatorKey(a0.fact(), words),
                                Figures.indicatorKey(a1.fact(), words));
                if (key != null && Figures.sameClass(a0.fact(), totalAmount.fact(), words)
                        && Figures.sameClass(a1.fact(), totalAmount.fact(), words)) {
                    out.add(judge(List.of(a0, a1), totalAmount, pair, "projects' " + key));
                }
                break; // one total a pair: the first list the report states
            }
        }
        return out;
    }

    /**
     * The indicator the three amounts share: the shortest of their keys, when the others end with it
     * (重点项目累计完成投资, 续建项目累计完成投资, 完成投资: 完成投资); else null.
     */
    private static String commonEnding(String... keys) {
        String shortest = null;
        for (String k : keys) {
            if (k == null) {
                return null;
            }
            if (shortest == null || k.length() < shortest.length()) {
                shortest = k;
            }
        }
        for (String k : keys) {
            if (!k.endsWith(shortest)) {
                return null;
            }
        }
        return shortest.length() >= 2 ? shortest : null;
    }

    private boolean isProjectCount(Placed p) {
        return Figures.isAddable(p, words) && Figures.unitClass(p.fact(), words).startsWith("count:")
                && (p.label() + "|" + p.tail()).contains("项目") && p.fact().value() > 0;
    }

    /** Which of the pair's stages the figure's words name (0, 1), or -1. */
    private static int stageOf(Placed p, String[] pair) {
        String around = p.label() + "|" + p.tail();
        boolean first = around.contains(pair[0]);
        boolean second = around.contains(pair[1]);
        return first == second ? -1 : first ? 0 : 1;
    }

    private boolean namesAnyStage(Placed p) {
        return CheckWords.firstIn(words.statusWords(), p.label() + "|" + p.tail()) != null;
    }

    /** The first amount after a count in its sentence, with no semicolon or full stop between. */
    private Placed amountAfter(Placed count) {
        String text = count.sentence().text();
        for (Placed q : count.sentence().facts()) {
            if (q.start() >= count.end() && Figures.isAddable(q, words) && !Figures.sameClass(q.fact(), count.fact(), words)) {
                String between = text.substring(Math.min(count.end(), text.length()), Math.min(q.start(), text.length()));
                return org.govfacts.text.Clauses.breaksGroup(between) ? null : q;
            }
        }
        return null;
    }

    private static Finding judge(List<Placed> parts, Placed total, String[] pair, String what) {
        Fact t = total.fact();
        List<Fact> ps = parts.stream().map(Placed::fact).toList();
        double ulp = BreakdownCheck.finestRounding(t, ps);
        Interval stated = Amounts.interval(t, Amounts.ulp(t) == 0 ? 0 : ulp);
        Interval sum = Interval.point(0);
        double exact = 0;
        for (Fact p : ps) {
            sum = sum.plus(Amounts.interval(p, Amounts.ulp(p) == 0 ? 0 : ulp));
            exact += p.value();
        }
        double scale = Amounts.displayScale(t);
        String unit = Amounts.displayUnit(t);
        double tolerance = (stated.halfWidth() + sum.halfWidth()) / scale;
        List<Fact> facts = new ArrayList<>(ps);
        facts.add(t);
        String terms = Amounts.show(ps.get(0).value(), t) + " " + pair[0] + " + " + Amounts.show(ps.get(1).value(), t) + " " + pair[1]
                + " = " + Amounts.show(exact, t);
        if (sum.meets(stated)) {
            return new Finding(FindingKind.SUM, Verdict.CONSISTENT, facts, exact / scale, t.value() / scale, tolerance, unit,
                    "The " + pair[0] + " and " + pair[1] + " " + what + " make up the list: " + terms + ", the stated "
                            + Amounts.show(t.value(), t) + BreakdownCheck.tolerancePhrase(tolerance, unit) + ".");
        }
        if (sum.hi() < stated.lo()) {
            // 71项续建 + 78项新开工 of 175: a list also holds projects at stages the text does not count here (前期, 预备, 竣工)
            return new Finding(FindingKind.SUM, Verdict.CANNOT_TELL, facts, exact / scale, t.value() / scale, tolerance, unit,
                    "The " + pair[0] + " and " + pair[1] + " " + what + " come to " + terms + ", short of the stated "
                            + Amounts.show(t.value(), t) + ": the rest may be at stages the text does not count here (前期, 预备, 竣工).");
        }
        return new Finding(FindingKind.SUM, Verdict.INCONSISTENT, facts, exact / scale, t.value() / scale, tolerance, unit,
                "The " + pair[0] + " and " + pair[1] + " " + what + " do not make up the list: " + terms + ", more than the stated "
                        + Amounts.show(t.value(), t) + BreakdownCheck.allowance(tolerance, unit) + ". Compared because every project of a"
                        + " year's list is at one stage at most (" + pair[0] + " or " + pair[1] + "), and these are the first counts of each"
                        + " stated after the list's total, for the same period.");
    }
}
