package org.govfacts.check;

import java.util.List;
import org.govfacts.fact.Fact;
import org.govfacts.pipeline.DocumentResult;

/**
 * One report as the checker sees it: its facts and, when known, its original text (which only
 * tells paragraphs apart; everything else comes from the facts' own sentences).
 *
 * @param doc          the document id (file name)
 * @param facts        its facts, any order
 * @param originalText the text as read, or null when only the facts are at hand
 */
public record CheckDocument(String doc, List<Fact> facts, String originalText) {
    public CheckDocument {
        facts = List.copyOf(facts);
    }

    public static CheckDocument of(DocumentResult r, String originalText) {
        return new CheckDocument(r.info().doc(), r.facts(), originalText);
    }
}
