package org.govfacts.pipeline;

import java.util.List;
import org.govfacts.fact.Fact;

/** Everything extraction learned from one report: metadata, facts in text order, warnings. */
public record DocumentResult(DocumentInfo info, List<Fact> facts, List<String> warnings) {
    public DocumentResult {
        facts = List.copyOf(facts);
        warnings = List.copyOf(warnings);
    }
}
