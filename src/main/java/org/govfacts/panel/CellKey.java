package org.govfacts.panel;

import org.govfacts.fact.FactType;
import org.govfacts.fact.Status;

/**
 * What makes one cell of a panel: the indicator asked for, the kind of figure (type, unit, and
 * {@code annual_avg} where a growth rate is a yearly average), the place, the calendar period and
 * the status. Statements with the same key are one cell.
 */
public record CellKey(String indicator, FactType type, String unit, String basis, String region, String period,
                      Status status) {
    /** The same cell with another status: the result of a target cell, and back. */
    public CellKey withStatus(Status s) {
        return new CellKey(indicator, type, unit, basis, region, period, s);
    }
}
