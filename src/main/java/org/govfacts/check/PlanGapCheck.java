package org.govfacts.check;

import java.util.ArrayList;
import java.util.List;
import org.govfacts.fact.Basis;
import org.govfacts.fact.Fact;
import org.govfacts.text.Clauses;

/**
 * An amount over or short of a budget against the result and the budget it lies between: 总收入为413.48亿元，为年度预算
 * 411.08亿元的100.58%，超收2.4亿元 says 413.48 − 411.08 = 2.4; 一般公共预算收入42100万元，完成预算49531万元的85.0%，短收
 * 7431万元 says 49531 − 42100 = 7431 (the word's sign, check_plan_gap_words.tsv). The budget is the nearest amount of the
 * gap's kind before it whose words name a plan (check_plan_bases.txt), with no other amount between; the result is the
 * amount of that kind right before the budget, in one group of clauses. A gap whose budget is not stated there is left
 * alone (完成预算的85.0%，短收7431万元 states no budget to subtract).
 */
final class PlanGapCheck {
    private final CheckWords words;

    PlanGapCheck(CheckWords words) {
        this.words = words;
    }

    List<Finding> check(DocumentView d) {
        List<Finding> out = new ArrayList<>();
        for (Placed g : d.placed()) {
            if (!Figures.isAmount(g.fact()) || g.fact().value() == null) {
                continue;
            }
            String word = words.planGapWordOf(g.label());
            Integer sign = word == null ? null : words.planGapSigns().get(word);
            if (sign == null) {
                continue;
            }
            List<Placed> amounts = new ArrayList<>();
            for (Placed q : g.sentence().facts()) {
                if (q.end() <= g.start() && Figures.isAmount(q.fact())) {
                    amounts.add(q);
                }
            }
            if (amounts.size() < 2) {
                continue;
            }
            Placed budget = amounts.get(amounts.size() - 1);
            Placed result = amounts.get(amounts.size() - 2);
            if (!names(budget, words.planBases()) || names(result, words.planBases()) || !levelOf(result, g) || !levelOf(budget, g)
                    || Clauses.groupBreakBetween(g.sentence().text(), result.end(), g.start())) {
                continue;
            }
            out.add(judge(result.fact(), budget.fact(), g.fact(), sign, word));
        }
        return out;
    }

    private static boolean names(Placed q, List<String> planBases) {
        return CheckWords.endingIn(planBases, TextForms.bare(q.label())) != null; // 完成预算, not 一般公共预算收入
    }

    /** An amount of the gap's kind that is a level (not a change over the year before, nor another gap). */
    private boolean levelOf(Placed q, Placed gap) {
        return q.fact().basis() != Basis.CHANGE && Figures.sameClass(q.fact(), gap.fact(), words)
                && words.planGapWordOf(q.label()) == null;
    }

    private static Finding judge(Fact result, Fact budget, Fact gap, int sign, String word) {
        Interval computed = Amounts.interval(result).minus(Amounts.interval(budget)).times(sign);
        Interval stated = Amounts.interval(gap);
        double exact = sign * (result.value() - budget.value());
        double tolerance = computed.halfWidth() + stated.halfWidth();
        String sum = sign > 0 ? Amounts.show(result.value(), gap) + " − " + Amounts.show(budget.value(), gap)
                : Amounts.show(budget.value(), gap) + " − " + Amounts.show(result.value(), gap);
        String shown = Amounts.show(exact, gap);
        List<Fact> facts = List.of(result, budget, gap);
        double scale = Amounts.displayScale(gap);
        String unit = Amounts.displayUnit(gap);
        if (computed.meets(stated)) {
            return BreakdownCheck.finding(Verdict.CONSISTENT, facts, exact, gap, tolerance,
                    "The result and the budget give the " + word + " " + Amounts.show(gap.value(), gap) + " (" + sum + " = " + shown
                            + BreakdownCheck.tolerancePhrase(tolerance / scale, unit) + ").");
        }
        return BreakdownCheck.finding(Verdict.INCONSISTENT, facts, exact, gap, tolerance,
                "The result and the budget give " + sum + " = " + shown + ", not the stated " + word + " "
                        + Amounts.show(gap.value(), gap) + BreakdownCheck.allowance(tolerance / scale, unit)
                        + ". Compared because the budget stands right before the gap, its words naming a plan, and the result"
                        + " right before the budget, in one group of clauses.");
    }
}
