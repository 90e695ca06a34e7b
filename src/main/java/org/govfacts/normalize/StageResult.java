package org.govfacts.normalize;

/**
 * What one normalisation stage made of its input.
 *
 * @param text the stage's output
 * @param map  output offsets → input offsets, or null when output char {@code i} simply stands for
 *             input char {@code i} (same length, one to one), so the chain need not compose anything
 */
public record StageResult(String text, OffsetMap map) {

    /** An output that corresponds char for char to the input (possibly the input itself). */
    public static StageResult oneToOne(String text) {
        return new StageResult(text, null);
    }

    public boolean isOneToOne() {
        return map == null;
    }

    /** The map as an explicit object, the identity when one to one. */
    public OffsetMap mapOrIdentity() {
        return map == null ? OffsetMap.identity(text.length()) : map;
    }
}
