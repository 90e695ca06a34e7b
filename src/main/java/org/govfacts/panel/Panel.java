package org.govfacts.panel;

import java.util.List;

/**
 * A panel: its rows (one per cell, in indicator, type, region, period, status order) and how many
 * facts of the indicators asked for were left out because the resolve stage gave them no calendar
 * period or no place (they cannot sit in a region × period table), and how many amounts or
 * quantities of a span of years were left out because nothing says they sum those years (a level
 * of a five-year review, 经济总量突破3万亿元, is some year's level, not the five years').
 */
public record Panel(PanelRequest request, List<PanelRow> rows, int withoutPeriod, int withoutRegion, int yearsLevels) {
    public Panel {
        rows = List.copyOf(rows);
    }
}
