package org.govfacts.check;

import java.util.Locale;

/** What a cross-check concluded about a set of figures. */
public enum Verdict {
    /** The figures disagree by more than their stated precision allows. */
    INCONSISTENT,
    /** The text does not say enough to decide (a breakdown that may be partial …). */
    CANNOT_TELL,
    /** The figures agree within their stated precision. */
    CONSISTENT,
    /** A target's result reached it (kind {@code target}; the rule is {@link org.govfacts.compare.TargetRule}). */
    MET,
    /** A target's result fell short of it. */
    MISSED;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
