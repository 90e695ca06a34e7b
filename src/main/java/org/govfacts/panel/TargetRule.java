package org.govfacts.panel;

import org.govfacts.check.Amounts;
import org.govfacts.fact.Fact;

/**
 * Whether a result meets a target, for a panel cell: the one rule of {@link
 * org.govfacts.compare.TargetRule}, which {@code check} uses too, with the direction that rule gives
 * the indicator (README, "Target against result"). A panel always knows the direction, so the
 * answer is met or missed.
 */
public final class TargetRule {
    private TargetRule() {
    }

    public static Attainment attainment(Fact target, Fact result, org.govfacts.compare.TargetRule.Direction direction) {
        org.govfacts.compare.TargetRule.Judgement j = org.govfacts.compare.TargetRule.judge(target.value(), target.valueMax(),
                target.qualifier(), Amounts.ulp(target) / 2, result.value(), Amounts.ulp(result) / 2, result.qualifier(),
                direction);
        return j.outcome() == org.govfacts.compare.TargetRule.Outcome.MET ? Attainment.MET : Attainment.MISSED;
    }
}
