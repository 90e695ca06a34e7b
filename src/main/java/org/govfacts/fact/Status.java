package org.govfacts.fact;

import java.util.Locale;

/** Whether a figure is a result, a goal, or an estimate of a period that has ended or is ending (FACTS.md v2). */
public enum Status {
    /** A result or a level that was reached: the default. */
    ACTUAL,
    /** A goal, plan, budget or quota for a period not yet over when the report was written. */
    TARGET,
    /** 预计 for a period that has ended or is ending. */
    ESTIMATE;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Status parse(String id) {
        return id == null || id.isBlank() ? null : valueOf(id.trim().toUpperCase(Locale.ROOT));
    }
}
