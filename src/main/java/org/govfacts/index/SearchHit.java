package org.govfacts.index;

import java.util.List;
import org.govfacts.fact.Fact;

/**
 * A fact found by a search.
 *
 * @param fact   the fact as indexed (its normalized_sentence is not kept)
 * @param path   the report file it came from
 * @param period the normalised period label (2024 H1), null when none could be derived
 * @param score  relevance score (NaN when the order is not by relevance)
 * @param marks  spans of {@code fact.sentence()} to mark: the fact itself and the query's matches
 */
public record SearchHit(Fact fact, String path, String period, float score, List<Mark> marks) {
    public SearchHit {
        marks = List.copyOf(marks);
    }

    /** The sentence with the fact in 【】 and query matches in «». */
    public String markedSentence() {
        return Mark.render(fact.sentence(), marks);
    }
}
