package org.govfacts.check;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.govfacts.fact.Fact;

/**
 * One result of the cross-check: the figures involved, what they should be and what the text says.
 *
 * @param kind      the relation checked
 * @param verdict   consistent, inconsistent or cannot tell
 * @param facts     the figures involved, in document and text order
 * @param expected  the value the other figures imply, in {@code unit} (null when there is none)
 * @param stated    the value the text states, in {@code unit}
 * @param tolerance how far apart the two may be given the precision of the figures, in {@code unit}
 * @param unit      the unit of expected, stated and tolerance as a reader writes it (个, 亿元, %, 月)
 * @param message   the finding in plain words
 */
public record Finding(FindingKind kind, Verdict verdict, List<Fact> facts, Double expected, Double stated,
                      Double tolerance, String unit, String message) {

    /** Facts in document order, then by position. */
    public static final Comparator<Fact> FACT_ORDER = Comparator.comparing(Fact::doc, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparingInt(Fact::start).thenComparingInt(Fact::end).thenComparing(f -> f.type().ordinal());

    /** The order findings are reported in: by document, position, kind, then the rest of the figures. */
    public static final Comparator<Finding> ORDER = (a, b) -> {
        int n = Math.min(a.facts.size(), b.facts.size());
        if (n > 0) {
            int c = FACT_ORDER.compare(a.facts.get(0), b.facts.get(0));
            if (c != 0) {
                return c;
            }
        }
        int c = a.kind.compareTo(b.kind);
        if (c != 0) {
            return c;
        }
        for (int i = 1; i < n; i++) {
            c = FACT_ORDER.compare(a.facts.get(i), b.facts.get(i));
            if (c != 0) {
                return c;
            }
        }
        c = Integer.compare(a.facts.size(), b.facts.size());
        return c != 0 ? c : a.message.compareTo(b.message);
    };

    public Finding {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(message, "message");
        facts = facts.stream().sorted(FACT_ORDER).toList();
    }

    /** Whether {@code f} is one of the figures of this finding (same document and span). */
    public boolean involves(String doc, int start, int end) {
        for (Fact f : facts) {
            if (Objects.equals(f.doc(), doc) && f.start() == start && f.end() == end) {
                return true;
            }
        }
        return false;
    }
}
