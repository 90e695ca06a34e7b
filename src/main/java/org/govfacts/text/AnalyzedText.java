package org.govfacts.text;

import java.util.List;
import org.govfacts.normalize.NormalizedText;
import org.govfacts.segment.Token;

/**
 * A normalised document split into sentences and segmented into tokens: what the extractors and
 * attributors read. Offsets are into {@link NormalizedText#text()}.
 */
public record AnalyzedText(String doc, NormalizedText normalized, List<Sentence> sentences, List<Token> tokens) {

    public String text() {
        return normalized.text();
    }

    /** The sentence holding normalised offset {@code offset} (binary search). */
    public Sentence sentenceAt(int offset) {
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Sentence s = sentences.get(mid);
            if (offset < s.start()) {
                hi = mid - 1;
            } else if (offset >= s.end()) {
                lo = mid + 1;
            } else {
                return s;
            }
        }
        return sentences.isEmpty() ? new Sentence(0, text().length(), 0) : sentences.get(Math.max(0, Math.min(lo, sentences.size() - 1)));
    }

    /** The token that starts exactly at {@code offset}, or null (the offset falls inside a word). */
    public Token tokenStartingAt(int offset) {
        int k = tokenIndexAt(offset);
        return k < tokens.size() && tokens.get(k).start() == offset ? tokens.get(k) : null;
    }

    /** The token that ends exactly at {@code offset}, or null. */
    public Token tokenEndingAt(int offset) {
        int k = tokenIndexAt(offset) - 1;
        return k >= 0 && tokens.get(k).end() == offset ? tokens.get(k) : null;
    }

    /** Index of the first token starting at or after {@code offset}. */
    public int tokenIndexAt(int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
