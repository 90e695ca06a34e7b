package org.govfacts.review;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Comparator;
import java.util.List;
import org.govfacts.fact.Fact;

/**
 * One report as the review site shows it.
 *
 * @param info  what is known about the report as a whole, in the JSON form of
 *              {@code FactJson.toJson(DocumentInfo)} (doc, path, title, region, and date where known)
 * @param text  the text the facts' offsets refer to (as decoded, or extracted from PDF/Word/HTML)
 * @param facts its facts, kept in text order
 */
public record ReviewReport(ObjectNode info, String text, List<Fact> facts) {
    static final Comparator<Fact> TEXT_ORDER = Comparator.comparingInt(Fact::start)
            .thenComparing(Comparator.comparingInt(Fact::end).reversed()).thenComparing(f -> f.type().ordinal());

    public ReviewReport {
        info = info.deepCopy();
        facts = facts.stream().sorted(TEXT_ORDER).toList();
    }

    public String doc() {
        return info.path("doc").asText("");
    }

    public String page() {
        return ReviewLink.page(doc());
    }

    /** The field of {@code info}, or null when absent (date is absent until reports carry one). */
    String field(String name) {
        return info.hasNonNull(name) ? info.get(name).asText() : null;
    }
}
