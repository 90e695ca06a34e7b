package org.govfacts.panel;

import org.govfacts.check.Amounts;
import org.govfacts.fact.Fact;

/**
 * Whether a result meets a target, by what the target's wording means (README, "Target against
 * result"), for an indicator where more is better (growth, output) or, with {@code lowerIsBetter},
 * less (unemployment, energy use, prices):
 * <ul>
 * <li>6%以上, 不低于6% (more_than): met when the result is at least 6, whichever is better;
 * <li>3%以内, 不超过3% (less_than): met when the result is at most 3;
 * <li>5%左右 (about): met when the result, rounded to the target's last written digit, reaches it
 *     (4.5 and above meet 5%左右; 5.5%左右 needs 5.45) — or, where less is better, does not exceed it;
 * <li>6.5%－7% (a range): met when the result reaches the lower end (where less is better: stays
 *     within the upper end);
 * <li>a plain figure (增长7%): met when the result reaches it (where less is better: does not exceed it).
 * </ul>
 * Results are taken as written (5.0% reaches 5%).
 */
public final class TargetRule {
    private static final double EPS = 1e-9;

    private TargetRule() {
    }

    public static Attainment attainment(Fact target, Fact result, boolean lowerIsBetter) {
        double t = target.value();
        double r = result.value();
        if (target.qualifier() != null) {
            switch (target.qualifier()) {
                case MORE_THAN -> {
                    return mark(r >= t - EPS);
                }
                case LESS_THAN -> {
                    return mark(r <= t + EPS);
                }
                case ABOUT -> {
                    double half = Amounts.ulp(target) / 2;
                    return mark(lowerIsBetter ? r < t + half - EPS : r >= t - half - EPS);
                }
                default -> throw new IllegalStateException();
            }
        }
        if (target.valueMax() != null) {
            return mark(lowerIsBetter ? r <= Math.max(t, target.valueMax()) + EPS : r >= Math.min(t, target.valueMax()) - EPS);
        }
        return mark(lowerIsBetter ? r <= t + EPS : r >= t - EPS);
    }

    private static Attainment mark(boolean met) {
        return met ? Attainment.MET : Attainment.MISSED;
    }
}
