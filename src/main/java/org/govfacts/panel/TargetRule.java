package org.govfacts.panel;

import org.govfacts.check.Amounts;
import org.govfacts.fact.Fact;

/**
 * Whether a result meets a target, for a panel cell: the one rule of {@link
 * org.govfacts.compare.TargetRule}, which {@code check} uses too, with the panel's word list saying
 * which way is better (README, "Target against result"). A panel always knows the direction, so
 * the answer is met or missed.
 */
public final class TargetRule {
    private TargetRule() {
    }

    public static Attainment attainment(Fact target, Fact result, boolean lowerIsBetter) {
        // a bound in the wording (3%以内, 6%以上) says which way is better, whatever the indicator
        boolean lower = target.qualifier() == org.govfacts.fact.Qualifier.LESS_THAN
                || target.qualifier() != org.govfacts.fact.Qualifier.MORE_THAN && lowerIsBetter;
        org.govfacts.compare.TargetRule.Judgement j = org.govfacts.compare.TargetRule.judge(target.value(), target.valueMax(),
                target.qualifier(), Amounts.ulp(target) / 2, result.value(), Amounts.ulp(result) / 2, result.qualifier(),
                lower ? org.govfacts.compare.TargetRule.Direction.LOWER_IS_BETTER
                        : org.govfacts.compare.TargetRule.Direction.HIGHER_IS_BETTER);
        return j.outcome() == org.govfacts.compare.TargetRule.Outcome.MET ? Attainment.MET : Attainment.MISSED;
    }
}
