package org.govfacts.check;

/**
 * The range of true values a stated figure allows: 78.1% is [78.05, 78.15], 99%以上 is [99, ∞),
 * 3118条 is exactly 3118. Arithmetic on intervals carries the rounding of every input through.
 */
public record Interval(double lo, double hi) {
    static Interval point(double v) {
        return new Interval(v, v);
    }

    Interval plus(Interval o) {
        return new Interval(lo + o.lo, hi + o.hi);
    }

    Interval minus(Interval o) {
        return new Interval(lo - o.hi, hi - o.lo);
    }

    Interval times(double k) {
        return k >= 0 ? new Interval(lo * k, hi * k) : new Interval(hi * k, lo * k);
    }

    /** The product of two ranges (a share of a growth: 41.3% of 4.5%). */
    Interval times(Interval o) {
        double[] c = {lo * o.lo, lo * o.hi, hi * o.lo, hi * o.hi};
        return new Interval(Math.min(Math.min(c[0], c[1]), Math.min(c[2], c[3])), Math.max(Math.max(c[0], c[1]), Math.max(c[2], c[3])));
    }

    /** The part of this range at or above zero: a size of a change (近20000万吨 is (0, 20000], not below nothing). */
    Interval nonNegative() {
        return new Interval(Math.max(0, lo), Math.max(0, hi));
    }

    /** This over {@code d}, for positive, non-negative ranges (counts, amounts). */
    Interval over(Interval d) {
        double dl = Math.max(d.lo, Double.MIN_VALUE);
        double dh = Math.max(d.hi, Double.MIN_VALUE);
        return new Interval(lo / dh, hi / dl);
    }

    /** Whether the two ranges meet, allowing for floating-point noise. */
    public boolean meets(Interval o) {
        double eps = 1e-9 * Math.max(1, Math.max(Math.abs(mid()), Math.abs(o.mid())));
        return lo <= o.hi + eps && o.lo <= hi + eps;
    }

    boolean bounded() {
        return Double.isFinite(lo) && Double.isFinite(hi);
    }

    /** The middle, or the finite end of a half-open range. */
    double mid() {
        if (bounded()) {
            return (lo + hi) / 2;
        }
        return Double.isFinite(lo) ? lo : hi;
    }

    /** Half the width, or 0 for a half-open range (whose slack is one-sided and said in words). */
    double halfWidth() {
        return bounded() ? (hi - lo) / 2 : 0;
    }
}
