package org.govfacts.resolve;

import org.govfacts.fact.Basis;
import org.govfacts.fact.Status;

/** The comparable fields the resolve stage settles for one figure (FACTS.md v2). */
public record Resolution(Basis basis, Double valueMax, String periodNorm, Status status, String regionNorm) {
    public static final Resolution NONE = new Resolution(null, null, null, null, null);
}
