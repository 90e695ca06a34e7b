package org.govfacts.panel;

import java.util.List;
import java.util.Set;
import org.govfacts.fact.FactType;
import org.govfacts.fact.Status;

/**
 * What a panel asks for: the indicators (by name, matched by meaning), and optional filters on the
 * resolved fields — types, status (null: all), a period the cells must lie within, a region (with
 * {@code within}, also the places it holds).
 */
public record PanelRequest(List<String> indicators, Set<FactType> types, Status status, String period,
                           String region, boolean within) {
    /** The types a panel holds: figures with a value. */
    public static final Set<FactType> VALUE_TYPES = Set.of(FactType.MONEY, FactType.QUANTITY, FactType.GROWTH, FactType.RATIO);

    public PanelRequest {
        if (indicators == null || indicators.isEmpty()) {
            throw new IllegalArgumentException("a panel needs at least one --indicator");
        }
        indicators = List.copyOf(indicators);
        types = types == null || types.isEmpty() ? VALUE_TYPES : Set.copyOf(types);
        for (FactType t : types) {
            if (!VALUE_TYPES.contains(t)) {
                throw new IllegalArgumentException("--type " + t.id() + " has no value to tabulate (money, quantity, growth or ratio)");
            }
        }
    }
}
