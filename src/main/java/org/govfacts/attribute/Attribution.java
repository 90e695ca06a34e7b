package org.govfacts.attribute;

/**
 * What a figure measures and when: the indicator and period attributed to one finding. For a
 * period read against its section (全年, 当年, 年末), {@code periodContext} is the period of the
 * passage it stands in (2023年，… 全年…; the period that governs the section), null where none.
 */
public record Attribution(String indicator, String period, String periodContext) {
    public static final Attribution NONE = new Attribution(null, null, null);

    public Attribution(String indicator, String period) {
        this(indicator, period, null);
    }
}
