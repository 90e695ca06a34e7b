package org.govfacts.fact;

import java.util.Objects;

/**
 * One fact found in a report, with its value, its attribution and its provenance.
 *
 * <p>{@code start}/{@code end} are offsets into the ORIGINAL document text (Java {@code String}
 * indices, end exclusive) and {@code text} is that original substring; {@code sentence} is the
 * original sentence holding it, which starts at {@code sentenceStart}. Value fields that do not
 * apply to the fact's type are null.
 *
 * <p>The comparable fields of FACTS.md version 2 are set by the resolve stage, once, and read by
 * everything after it: {@code valueMax} (the upper end of a range, 6.5%－7%), {@code periodNorm}
 * (calendar time: 2023, 2024H1, 2024M01-08, 2021-2025, ..2024-09), {@code status} and
 * {@code regionNorm} (the official name of the place the figure is about). They are null for
 * project names and where they are not clear.
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
        String normalizedSentence,
        Double valueMax,
        String periodNorm,
        Status status,
        String regionNorm) {

    public Fact {
        Objects.requireNonNull(type, "type");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
        if (value != null && !Double.isFinite(value)) {
            throw new IllegalArgumentException("value must be finite: " + value);
        }
        if (valueMax != null && !Double.isFinite(valueMax)) {
            throw new IllegalArgumentException("value_max must be finite: " + valueMax);
        }
    }

    /** A fact before the resolve stage: no range end, period_norm, status or region_norm yet. */
    public Fact(String doc, FactType type, int start, int end, String text, Double value, String unit,
                Qualifier qualifier, Basis basis, Integer rank, Integer top, String scope, String name,
                String indicator, String period, String region, String sentence, int sentenceStart,
                String normalizedSentence) {
        this(doc, type, start, end, text, value, unit, qualifier, basis, rank, top, scope, name, indicator, period,
                region, sentence, sentenceStart, normalizedSentence, null, null, null, null);
    }

    public Fact withDoc(String doc) {
        return new Fact(doc, type, start, end, text, value, unit, qualifier, basis, rank, top, scope, name,
                indicator, period, region, sentence, sentenceStart, normalizedSentence, valueMax, periodNorm, status,
                regionNorm);
    }

    /** This fact with another value (a goal read without the sign of the comparison before it). */
    public Fact withValue(Double value) {
        return new Fact(doc, type, start, end, text, value, unit, qualifier, basis, rank, top, scope, name,
                indicator, period, region, sentence, sentenceStart, normalizedSentence, valueMax, periodNorm, status,
                regionNorm);
    }

    /** This fact with the comparable fields the resolve stage settled. */
    public Fact resolved(Basis basis, Double valueMax, String periodNorm, Status status, String regionNorm) {
        return new Fact(doc, type, start, end, text, value, unit, qualifier, basis, rank, top, scope, name,
                indicator, period, region, sentence, sentenceStart, normalizedSentence, valueMax, periodNorm, status,
                regionNorm);
    }
}
