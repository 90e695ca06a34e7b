package org.govfacts.attribute;

/** What a figure measures and when: the indicator and period attributed to one finding. */
public record Attribution(String indicator, String period) {
    public static final Attribution NONE = new Attribution(null, null);
}
