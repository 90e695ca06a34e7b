package org.govfacts.extract;

import java.util.List;
import org.govfacts.extract.numeral.Amount;
import org.govfacts.text.AnalyzedText;

/**
 * What the finders share for one document, computed once: the analysed text, the figures with
 * units found in it, and the short quotations.
 */
public record DocumentContext(AnalyzedText text, List<Amount> amounts, QuotedSpans quoted) {
    public String t() {
        return text.text();
    }
}
