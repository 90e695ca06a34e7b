package org.govfacts.index;

import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Feeds terms already analysed by {@link IndexAnalysis} to Lucene, so a sentence shared by
 * several facts is analysed once, not once per fact and field.
 */
final class TermListTokenStream extends TokenStream {
    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute posIncAtt = addAttribute(PositionIncrementAttribute.class);
    private final List<IndexTerm> terms;
    private final int textLength;
    private int next;

    TermListTokenStream(List<IndexTerm> terms, int textLength) {
        this.terms = terms;
        this.textLength = textLength;
    }

    @Override
    public boolean incrementToken() {
        if (next >= terms.size()) {
            return false;
        }
        clearAttributes();
        IndexTerm t = terms.get(next++);
        termAtt.setEmpty().append(t.term());
        offsetAtt.setOffset(t.start(), Math.max(t.start(), t.end()));
        posIncAtt.setPositionIncrement(1);
        return true;
    }

    @Override
    public void end() throws java.io.IOException {
        super.end();
        offsetAtt.setOffset(textLength, textLength);
    }

    @Override
    public void reset() throws java.io.IOException {
        super.reset();
        next = 0;
    }
}
