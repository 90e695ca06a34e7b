package org.govfacts.fact;

import java.util.Locale;

/** How a figure relates to the true amount: 余/多/以上 → more than, 近/不足 → less than, 约/左右 → about. */
public enum Qualifier {
    MORE_THAN, LESS_THAN, ABOUT;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Qualifier parse(String id) {
        return id == null || id.isBlank() ? null : valueOf(id.trim().toUpperCase(Locale.ROOT));
    }
}
