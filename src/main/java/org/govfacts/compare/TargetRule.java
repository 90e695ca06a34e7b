package org.govfacts.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.govfacts.fact.Qualifier;
import org.govfacts.lexicon.Lexicon;

/**
 * Whether a result met its target: the one rule every command that sets a target against a result
 * uses (the cross-check's {@code target} findings, the panel), written down once.
 *
 * <p>The target's qualifier gives the range a result must reach:
 * <ul>
 * <li>a range (增长6%－6.5%): from its low to its high end;</li>
 * <li>以上 / 超过 / 不低于 ({@link Qualifier#MORE_THAN}): the target or more;</li>
 * <li>以内 / 以下 / 不超过 ({@link Qualifier#LESS_THAN}): the target or less;</li>
 * <li>约 / 左右 ({@link Qualifier#ABOUT}) and no qualifier (增长5%左右, 增长5%): the target or better,
 *     in the indicator's direction (5%左右 is met by 5.0% and by 6.6%, missed by 4.8%; a CPI
 *     ceiling of 3%左右 is kept by 0.2%); where no direction is known, within
 *     {@value #ABOUT_BAND_PERCENT}% of the target either way.</li>
 * </ul>
 * The result counts as the text writes it (5.0% reaches 5%, 4.9% does not). A result in the range
 * met the target. Outside it, the indicator's direction decides: a result beyond the
 * range on the better side (growth above 5%左右, a CPI below its 3%左右 ceiling) met it; on the
 * worse side missed it. Higher is better unless the target is a ceiling: its qualifier says so
 * (以内, 不超过), or its indicator is one of {@code dictionaries/lower-is-better.txt} (居民消费价格,
 * 失业率, 能耗, 赤字率 …; {@link Lexicon#lowerIsBetter()}), the one list of which way is better that
 * check and panel both read. With no direction known, a result outside the range cannot be told.
 */
public final class TargetRule {
    /** How far a 左右 target reaches either way, in percent of the target. */
    public static final int ABOUT_BAND_PERCENT = 10;

    public enum Outcome {
        MET, MISSED, CANNOT_TELL;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public enum Direction {
        HIGHER_IS_BETTER, LOWER_IS_BETTER, UNKNOWN
    }

    /**
     * What the rule concluded.
     *
     * @param outcome met, missed or cannot tell
     * @param lo      the low end of the range the target admits (may be -∞)
     * @param hi      the high end (may be +∞)
     * @param reason  the rule applied, in plain words
     */
    public record Judgement(Outcome outcome, double lo, double hi, String reason) {
    }

    private final List<String> ceilingIndicators;

    public TargetRule(List<String> ceilingIndicators) {
        this.ceilingIndicators = List.copyOf(ceilingIndicators);
    }

    public static TargetRule from(Lexicon lexicon) {
        List<String> words = new ArrayList<>();
        try {
            words.addAll(lexicon.lowerIsBetter());
        } catch (IllegalStateException missing) {
            // an older dictionaries folder: no ceilings known, every indicator is read higher-is-better
        }
        words.removeIf(String::isBlank);
        return new TargetRule(words);
    }

    /** The direction of an indicator: lower is better for a ceiling (by qualifier or by name). */
    public Direction direction(String indicator, Qualifier targetQualifier) {
        if (targetQualifier == Qualifier.LESS_THAN) {
            return Direction.LOWER_IS_BETTER;
        }
        if (targetQualifier == Qualifier.MORE_THAN) {
            return Direction.HIGHER_IS_BETTER;
        }
        if (indicator != null) {
            for (String c : ceilingIndicators) {
                if (indicator.contains(c)) {
                    return Direction.LOWER_IS_BETTER;
                }
            }
        }
        return Direction.HIGHER_IS_BETTER;
    }

    /**
     * Judges a result against a target.
     *
     * @param target          the target's value (the low end of a range)
     * @param targetMax       the high end of a range target, or null
     * @param targetQualifier the target's qualifier, or null
     * @param targetHalfStep  half the last digit the target is written to (0.5 for 5%)
     * @param result          the result's value
     * @param resultHalfStep  half the last digit the result is written to (0.05 for 5.0%)
     * @param resultQualifier the result's qualifier (超过5% is 5 or more; 6%左右 at a target's edge cannot tell), or null
     * @param direction       which way is better
     */
    public static Judgement judge(double target, Double targetMax, Qualifier targetQualifier, double targetHalfStep,
                                  double result, double resultHalfStep, Qualifier resultQualifier, Direction direction) {
        double lo;
        double hi;
        String range;
        if (targetMax != null && targetMax > target) {
            lo = target;
            hi = targetMax;
            range = "a range target admits " + fmt(lo) + " to " + fmt(hi);
        } else if (targetQualifier == Qualifier.ABOUT && direction == Direction.UNKNOWN) {
            double band = Math.max(Math.abs(target) * ABOUT_BAND_PERCENT / 100.0, targetHalfStep);
            lo = target - band;
            hi = target + band;
            range = "an “about” target, with no known better side, admits ±" + ABOUT_BAND_PERCENT + "% of it, " + fmt(lo) + " to " + fmt(hi);
        } else if (targetQualifier == Qualifier.MORE_THAN) {
            lo = target;
            hi = Double.POSITIVE_INFINITY;
            range = "an “or more” target admits " + fmt(target) + " or more";
        } else if (targetQualifier == Qualifier.LESS_THAN) {
            lo = Double.NEGATIVE_INFINITY;
            hi = target;
            range = "an “at most” target admits " + fmt(target) + " or less";
        } else if (direction == Direction.HIGHER_IS_BETTER) {
            lo = target;
            hi = Double.POSITIVE_INFINITY;
            range = "a target " + (targetQualifier == Qualifier.ABOUT ? "of about " : "of ") + fmt(target)
                    + " is reached, where higher is better, by " + fmt(target) + " or more";
        } else if (direction == Direction.LOWER_IS_BETTER) {
            lo = Double.NEGATIVE_INFINITY;
            hi = target;
            range = "a target " + (targetQualifier == Qualifier.ABOUT ? "of about " : "of ") + fmt(target)
                    + " is kept, where lower is better, by " + fmt(target) + " or less";
        } else {
            lo = target - targetHalfStep;
            hi = target + targetHalfStep;
            range = "a target without qualifier admits its own rounding, " + fmt(lo) + " to " + fmt(hi);
        }
        // The result as the text writes it: 5.0% reaches a target of 5%; 4.9% does not. Its qualifier
        // (超过5%) counts as the figure itself. Only with no better side known does its rounding count.
        String resultShown = "the result " + fmt(result);
        double eps = 1e-9 * Math.max(1, Math.abs(target));
        if (resultQualifier == Qualifier.ABOUT && targetQualifier != Qualifier.ABOUT
                && (Math.abs(result - lo) <= eps || Math.abs(result - hi) <= eps)) {
            // 6%以上 against an estimate of 6%左右: about the edge may be either side of it (an “about” target is met by
            // about the same: 5.5%左右 and 5.5%左右)
            return new Judgement(Outcome.CANNOT_TELL, lo, hi, range + "; " + resultShown
                    + " is an estimate (about) at its very edge, which may fall either side of it");
        }
        if (direction == Direction.UNKNOWN) {
            double rlo = result - resultHalfStep;
            double rhi = result + resultHalfStep;
            if (rlo >= lo - eps && rhi <= hi + eps) {
                return new Judgement(Outcome.MET, lo, hi, range + "; " + resultShown + " is within it");
            }
            return new Judgement(Outcome.CANNOT_TELL, lo, hi, range + "; " + resultShown + (rhi >= lo && rlo <= hi
                    ? " may or may not be within it, allowing ±" + fmt(resultHalfStep) + " for rounding" : " is outside it, and which way is better is not known"));
        }
        if (result >= lo - eps && result <= hi + eps) {
            return new Judgement(Outcome.MET, lo, hi, range + "; " + resultShown + " is within it");
        }
        boolean above = result > hi;
        boolean better = above == (direction == Direction.HIGHER_IS_BETTER);
        String where = resultShown + " is " + (above ? "above" : "below") + " it, and " + (direction == Direction.HIGHER_IS_BETTER
                ? "higher" : "lower") + " is better";
        return new Judgement(better ? Outcome.MET : Outcome.MISSED, lo, hi, range + "; " + where);
    }

    private static String fmt(double v) {
        if (Double.isInfinite(v)) {
            return v > 0 ? "∞" : "-∞";
        }
        return java.math.BigDecimal.valueOf(v).setScale(4, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
