package org.govfacts.fact;

import java.util.Locale;

/** The six kinds of fact of FACTS.md. */
public enum FactType {
    MONEY, QUANTITY, GROWTH, RATIO, RANKING, PROJECT;

    /** The name used in JSON and on the command line. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean isNumeric() {
        return this != PROJECT;
    }

    public static FactType parse(String id) {
        for (FactType t : values()) {
            if (t.id().equalsIgnoreCase(id.trim())) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown fact type '" + id + "' (one of money, quantity, growth, ratio, ranking, project)");
    }
}
