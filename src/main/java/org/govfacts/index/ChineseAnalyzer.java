package org.govfacts.index;

import java.io.IOException;
import java.io.Reader;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * A Lucene {@link Analyzer} over {@link IndexAnalysis}: the extraction normaliser, script folding,
 * then either the HanLP words or the substring bigrams of the text. Offsets are into the text as
 * given, so highlighters mark the original. The index itself feeds pre-analysed terms (one analysis
 * per sentence); this class is the same analysis for any code that wants a Lucene analyzer.
 */
public final class ChineseAnalyzer extends Analyzer {
    /** Which of the two term streams the analyzer produces. */
    public enum Mode { WORDS, BIGRAMS }

    private final IndexAnalysis analysis;
    private final Mode mode;

    public ChineseAnalyzer(IndexAnalysis analysis, Mode mode) {
        this.analysis = analysis;
        this.mode = mode;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        return new TokenStreamComponents(new WholeTextTokenizer(analysis, mode));
    }

    /** Reads the whole input (reports and sentences fit in memory), then emits its terms. */
    private static final class WholeTextTokenizer extends Tokenizer {
        private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
        private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
        private final IndexAnalysis analysis;
        private final Mode mode;
        private List<IndexTerm> terms = List.of();
        private int next;
        private int length;

        WholeTextTokenizer(IndexAnalysis analysis, Mode mode) {
            this.analysis = analysis;
            this.mode = mode;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            String text = readAll(input);
            length = text.length();
            IndexAnalysis.Folded f = analysis.fold(text);
            terms = mode == Mode.WORDS ? analysis.words(f) : IndexAnalysis.bigrams(f);
            next = 0;
        }

        @Override
        public boolean incrementToken() {
            if (next >= terms.size()) {
                return false;
            }
            clearAttributes();
            IndexTerm t = terms.get(next++);
            termAtt.setEmpty().append(t.term());
            offsetAtt.setOffset(correctOffset(t.start()), correctOffset(Math.max(t.start(), t.end())));
            return true;
        }

        @Override
        public void end() throws IOException {
            super.end();
            int last = correctOffset(length);
            offsetAtt.setOffset(last, last);
        }

        private static String readAll(Reader r) throws IOException {
            StringBuilder sb = new StringBuilder();
            char[] buf = new char[8192];
            for (int n; (n = r.read(buf)) > 0; ) {
                sb.append(buf, 0, n);
            }
            return sb.toString();
        }
    }
}
