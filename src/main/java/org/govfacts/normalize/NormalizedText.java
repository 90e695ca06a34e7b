package org.govfacts.normalize;

/**
 * A document's text after normalisation (pinyin annotations removed, full-width forms folded,
 * simplified script, debris blanked), with the map back to the original text.
 *
 * @param original the text as read
 * @param text     the normalised text that segmentation and extraction work on
 * @param map      normalised offsets → original offsets
 * @param script   the script detected in the original: "simplified", "traditional" or "mixed"
 */
public record NormalizedText(String original, String text, OffsetMap map, String script) {

    /** Original offset where normalised offset {@code i} begins. */
    public int originalStart(int i) {
        return map.start(i);
    }

    /** Original offset (exclusive) for a normalised span ending at {@code endExclusive}. */
    public int originalEnd(int endExclusive) {
        return map.end(endExclusive);
    }

    /** Normalised chars {@code [from, to)} as a text of their own, mapped into the same original. */
    public NormalizedText slice(int from, int to) {
        return new NormalizedText(original, text.substring(from, to), map.slice(from, to), script);
    }

    /** The original substring behind normalised span {@code [start, end)}. */
    public String originalSubstring(int start, int end) {
        return original.substring(originalStart(start), originalEnd(end));
    }
}
