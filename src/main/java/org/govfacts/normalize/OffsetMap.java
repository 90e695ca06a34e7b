package org.govfacts.normalize;

import java.util.Arrays;

/**
 * Maps each char of a derived text back to the span of the source text it came from.
 *
 * <p>Char {@code i} of the derived text came from source chars {@code [start(i), end(i))}. A
 * deleted source range simply has no derived char; a replacement of several source chars by
 * one derived char (or one by several, e.g. a conversion that yields a surrogate pair) maps
 * every derived char to the whole source range. Maps compose with {@link #then(OffsetMap)}, so
 * every normalisation stage keeps the path back to the original document.
 */
public final class OffsetMap {
    private final int[] starts;
    private final int[] ends;
    private final int sourceLength;

    private OffsetMap(int[] starts, int[] ends, int sourceLength) {
        this.starts = starts;
        this.ends = ends;
        this.sourceLength = sourceLength;
    }

    public static OffsetMap identity(int length) {
        int[] s = new int[length];
        int[] e = new int[length];
        for (int i = 0; i < length; i++) {
            s[i] = i;
            e[i] = i + 1;
        }
        return new OffsetMap(s, e, length);
    }

    /** Length of the derived text. */
    public int length() {
        return starts.length;
    }

    public int sourceLength() {
        return sourceLength;
    }

    /** Source offset where derived char {@code i} begins; {@code i == length()} maps to the source end. */
    public int start(int i) {
        return i >= starts.length ? sourceLength : starts[i];
    }

    /** Source offset (exclusive) where the derived range ending at {@code endExclusive} ends. */
    public int end(int endExclusive) {
        if (endExclusive <= 0) {
            return starts.length == 0 ? 0 : starts[0];
        }
        return ends[Math.min(endExclusive, ends.length) - 1];
    }

    /**
     * Composes this map (derived→source) with {@code next} (newer→derived): the result maps the
     * newer text straight to this map's source.
     */
    public OffsetMap then(OffsetMap next) {
        int n = next.length();
        int[] s = new int[n];
        int[] e = new int[n];
        for (int i = 0; i < n; i++) {
            int a = next.starts[i];
            int b = next.ends[i];
            s[i] = start(a);
            e[i] = b > a ? end(b) : s[i];
        }
        return new OffsetMap(s, e, sourceLength);
    }

    /** Builds a derived text together with its map, char by char. */
    public static final class Builder {
        private final StringBuilder text;
        private int[] starts;
        private int[] ends;
        private int size;
        private final int sourceLength;

        public Builder(int sourceLength) {
            this.sourceLength = sourceLength;
            this.text = new StringBuilder(sourceLength);
            this.starts = new int[Math.max(16, sourceLength)];
            this.ends = new int[Math.max(16, sourceLength)];
        }

        /** Appends {@code c} as coming from source chars {@code [from, to)}. */
        public Builder append(char c, int from, int to) {
            if (size == starts.length) {
                starts = Arrays.copyOf(starts, size * 2);
                ends = Arrays.copyOf(ends, size * 2);
            }
            text.append(c);
            starts[size] = from;
            ends[size] = to;
            size++;
            return this;
        }

        /** Appends every char of {@code s} as coming from source chars {@code [from, to)}. */
        public Builder append(CharSequence s, int from, int to) {
            for (int i = 0; i < s.length(); i++) {
                append(s.charAt(i), from, to);
            }
            return this;
        }

        /** Copies source chars {@code [from, to)} unchanged, one to one. */
        public Builder copy(CharSequence source, int from, int to) {
            for (int i = from; i < to; i++) {
                append(source.charAt(i), i, i + 1);
            }
            return this;
        }

        public int length() {
            return size;
        }

        public String text() {
            return text.toString();
        }

        public OffsetMap map() {
            return new OffsetMap(Arrays.copyOf(starts, size), Arrays.copyOf(ends, size), sourceLength);
        }
    }
}
