package org.govfacts.extract.numeral;

import java.math.BigDecimal;
import org.govfacts.fact.Qualifier;

/**
 * A figure with its unit as written in the normalised text: the whole mention
 * {@code [start, end)} (qualifier words included: 突破百亿元, 3万余份, 99%以上), the numeral
 * {@code [numberStart, numberEnd)}, the value with multipliers folded in, and the unit.
 *
 * @param chinese true when the numeral is written in Chinese characters (十三, 两)
 * @param factor  the multipliers folded into the value (亿 → 10^8), 1 when none
 * @param max     the upper bound of a range written as one figure (6.5%-7%, 百分之八至九: 7, 9),
 *                in the same unit as {@code value}; null when the figure is not a range
 */
public record Amount(int start, int end, int numberStart, int numberEnd, BigDecimal value, String unit,
                     String unitSurface, UnitKind kind, Qualifier qualifier, boolean chinese, BigDecimal factor,
                     BigDecimal max) {

    public boolean isRange() {
        return max != null;
    }
}
