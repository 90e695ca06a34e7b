package org.govfacts.panel;

import java.util.List;

/**
 * A panel: its rows (one per cell, in indicator, type, region, period, status order) and how many
 * facts of the indicators asked for were left out because the resolve stage gave them no calendar
 * period or no place (they cannot sit in a region × period table).
 */
public record Panel(PanelRequest request, List<PanelRow> rows, int withoutPeriod, int withoutRegion) {
    public Panel {
        rows = List.copyOf(rows);
    }
}
