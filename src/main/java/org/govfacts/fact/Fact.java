package org.govfacts.fact;

import java.util.Objects;

/**
 * One fact found in a report, with its value, its attribution and its provenance.
 *
 * <p>{@code start}/{@code end} are offsets into the ORIGINAL document text (Java {@code String}
 * indices, end exclusive) and {@code text} is that original substring; {@code sentence} is the
 * original sentence holding it, which starts at {@code sentenceStart}. Value fields that do not
 * apply to the fact's type are null.
 */
public record Fact(
        String doc,
        FactType type,
        int start,
        int end,
        String text,
        Double value,
        String unit,
        Qualifier qualifier,
        Basis basis,
        Integer rank,
        Integer top,
        String scope,
        String name,
        String indicator,
        String period,
        String region,
        String sentence,
        int sentenceStart,
        String normalizedSentence) {

    public Fact {
        Objects.requireNonNull(type, "type");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
        if (value != null && !Double.isFinite(value)) {
            throw new IllegalArgumentException("value must be finite: " + value);
        }
    }

    public Fact withDoc(String doc) {
        return new Fact(doc, type, start, end, text, value, unit, qualifier, basis, rank, top, scope, name,
                indicator, period, region, sentence, sentenceStart, normalizedSentence);
    }
}
