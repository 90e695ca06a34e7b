package org.govfacts.panel;

import java.util.ArrayList;
import java.util.List;
import org.govfacts.fact.Fact;
import org.govfacts.fact.Qualifier;

/**
 * One cell of a panel: its key, the statement shown ({@code source}, the first in document order),
 * the other statements of the same cell ({@code others}), whether they disagree beyond rounding
 * ({@code conflict}), and for a target the result it is compared with and whether it was met.
 */
public record PanelRow(CellKey key, Fact source, List<Fact> others, boolean conflict, PanelRow result,
                       Attainment attainment) {
    public PanelRow {
        others = List.copyOf(others);
    }

    public Double value() {
        return source.value();
    }

    public Double valueMax() {
        return source.valueMax();
    }

    public Qualifier qualifier() {
        return source.qualifier();
    }

    /** Every statement of the cell, the one shown first. */
    public List<Fact> statements() {
        List<Fact> all = new ArrayList<>(others.size() + 1);
        all.add(source);
        all.addAll(others);
        return all;
    }

    /** The distinct values stated, in order of first statement (more than one only where they differ). */
    public List<Double> values() {
        return statements().stream().map(Fact::value).distinct().toList();
    }

    PanelRow compared(PanelRow withResult, Attainment a) {
        return new PanelRow(key, source, others, conflict, withResult, a);
    }
}
