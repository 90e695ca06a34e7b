package org.govfacts.extract;

import org.govfacts.fact.Basis;
import org.govfacts.fact.FactType;
import org.govfacts.fact.Qualifier;

/**
 * A fact as a finder saw it: its span {@code [start, end)} in the NORMALISED text and its
 * resolved value, before attribution and before mapping back to the original text.
 *
 * @param valueMax the upper bound of a range written as one figure (增长6.5%-7%: value 6.5,
 *                 valueMax 7), in the unit and with the sign of {@code value}; null when no range
 */
public record FoundFact(FactType type, int start, int end, Double value, String unit, Qualifier qualifier,
                      Basis basis, Integer rank, Integer top, String scope, String name, Double valueMax) {

    public static FoundFact numeric(FactType type, int start, int end, double value, String unit, Qualifier q, Basis b) {
        return numeric(type, start, end, value, null, unit, q, b);
    }

    public static FoundFact numeric(FactType type, int start, int end, double value, Double valueMax, String unit,
                                  Qualifier q, Basis b) {
        return new FoundFact(type, start, end, value, unit, q, b, null, null, null, null, valueMax);
    }

    public static FoundFact ranking(int start, int end, Integer rank, Integer top, String scope) {
        return new FoundFact(FactType.RANKING, start, end, null, null, null, null, rank, top, scope, null, null);
    }

    public static FoundFact project(int start, int end, String name) {
        return new FoundFact(FactType.PROJECT, start, end, null, null, null, null, null, null, null, name, null);
    }

    /**
     * A figure the text states whose value no field can hold (a rank of 310 digits): the pipeline
     * drops it with a warning on its document rather than failing the document.
     */
    public static FoundFact unrepresentable(FactType type, int start, int end) {
        return new FoundFact(type, start, end, Double.NaN, null, null, null, null, null, null, null, null);
    }

    /**
     * False for a value, or a range's upper end, too large for a double (10^400 亿元 is Infinity) or
     * marked {@link #unrepresentable}.
     */
    public boolean representable() {
        return (value == null || Double.isFinite(value)) && (valueMax == null || Double.isFinite(valueMax));
    }

    public boolean overlaps(FoundFact o) {
        return start < o.end && o.start < end;
    }
}
