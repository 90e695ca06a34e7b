package org.govfacts.panel;

import java.util.List;

/**
 * A panel: its rows (one per cell, in indicator, type, region, period, status order) and how many
 * facts of the indicators asked for were left out because the resolve stage gave them no calendar
 * period or no place (they cannot sit in a region × period table), and how many figures of a span
 * of years were left out as no cell of it: amounts that nothing says sum those years or which of
 * them they are the level of, and growth over the span that is not a yearly average (较“十三五”
 * 增长16.3%: five years' total against the five before).
 */
public record Panel(PanelRequest request, List<PanelRow> rows, int withoutPeriod, int withoutRegion, int yearsLevels) {
    public Panel {
        rows = List.copyOf(rows);
    }
}
