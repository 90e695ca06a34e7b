package org.govfacts.check;

import org.govfacts.fact.Fact;

/**
 * A fact placed in the text of its sentence: {@code [start, end)} are offsets into
 * {@link SentenceView#text()} (the normalised sentence), found again from the fact's original span.
 */
record Placed(Fact fact, SentenceView sentence, int start, int end) {
    /** The words just before the figure, back to the previous punctuation or figure: 已开复工 in 已开复工107项. */
    String label() {
        return sentence.labelBefore(this);
    }

    /** The words just after the figure, up to the next punctuation or figure: 未开工项目 in 35项未开工项目. */
    String tail() {
        return sentence.tailAfter(this);
    }

    String doc() {
        return fact.doc();
    }

    int passage() {
        return sentence.passage();
    }
}
