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
 *
 * <p>The map is kept as segments, not as one entry per char: a <em>run</em> maps derived chars one
 * to one onto consecutive source chars, a <em>span</em> maps each of its derived chars onto one
 * source range. Normalisation changes few places, so a 50 MB report costs a few segments rather
 * than two ints per char.
 */
public final class OffsetMap {
    private static final int RUN = -1;

    /** Segment k starts at derived char {@code d[k]}; it is a run from source {@code s[k]} when {@code e[k] == RUN}, else a span {@code [s[k], e[k])}. */
    private final int[] d;
    private final int[] s;
    private final int[] e;
    private final int segments;
    private final int length;
    private final int sourceLength;

    private OffsetMap(int[] d, int[] s, int[] e, int segments, int length, int sourceLength) {
        this.d = d;
        this.s = s;
        this.e = e;
        this.segments = segments;
        this.length = length;
        this.sourceLength = sourceLength;
    }

    public static OffsetMap identity(int length) {
        return length == 0 ? new OffsetMap(new int[0], new int[0], new int[0], 0, 0, 0)
                : new OffsetMap(new int[] {0}, new int[] {0}, new int[] {RUN}, 1, length, length);
    }

    public boolean isIdentity() {
        return length == sourceLength && (segments == 0 || segments == 1 && s[0] == 0 && e[0] == RUN);
    }

    /** Length of the derived text. */
    public int length() {
        return length;
    }

    public int sourceLength() {
        return sourceLength;
    }

    /** Index of the segment holding derived char {@code i} (0 ≤ i < length). */
    private int segment(int i) {
        int k = Arrays.binarySearch(d, 0, segments, i);
        return k >= 0 ? k : -k - 2;
    }

    /** Source offset where derived char {@code i} begins; {@code i == length()} maps to the source end. */
    public int start(int i) {
        if (i >= length) {
            return sourceLength;
        }
        int k = segment(i);
        return e[k] == RUN ? s[k] + (i - d[k]) : s[k];
    }

    /** Source offset (exclusive) where the derived range ending at {@code endExclusive} ends. */
    public int end(int endExclusive) {
        if (endExclusive <= 0) {
            return length == 0 ? 0 : start(0);
        }
        int j = Math.min(endExclusive, length) - 1;
        int k = segment(j);
        return e[k] == RUN ? s[k] + (j - d[k]) + 1 : e[k];
    }

    /**
     * Composes this map (derived→source) with {@code next} (newer→derived): the result maps the
     * newer text straight to this map's source.
     */
    public OffsetMap then(OffsetMap next) {
        if (next.isIdentity()) {
            return this;
        }
        if (isIdentity()) {
            return new OffsetMap(next.d, next.s, next.e, next.segments, next.length, sourceLength);
        }
        Segments out = new Segments(next.segments + segments);
        for (int k = 0; k < next.segments; k++) {
            int from = next.d[k];
            int to = k + 1 < next.segments ? next.d[k + 1] : next.length;
            if (next.e[k] == RUN) {
                mapRun(out, from, next.s[k], to - from);
            } else {
                int a = next.s[k];
                int b = next.e[k];
                out.add(from, start(a), b > a ? end(b) : start(a));
            }
        }
        return out.map(next.length, sourceLength);
    }

    /** Derived chars {@code [at, at + n)} of a new map stand for this map's chars {@code [from, from + n)}. */
    private void mapRun(Segments out, int at, int from, int n) {
        int pos = from;
        int end = from + n;
        while (pos < end) {
            int k = segment(pos);
            int segEnd = Math.min(end, k + 1 < segments ? d[k + 1] : length);
            if (e[k] == RUN) {
                out.add(at + (pos - from), s[k] + (pos - d[k]), RUN);
            } else {
                out.add(at + (pos - from), s[k], e[k]);
            }
            pos = segEnd;
        }
    }

    /** The map of derived chars {@code [from, to)} alone, still into the whole source. */
    public OffsetMap slice(int from, int to) {
        Segments out = new Segments(4);
        if (to > from) {
            mapRun(out, 0, from, to - from);
        }
        return out.map(to - from, sourceLength);
    }

    /** Growable segment arrays, merging a segment into the one before when it continues it. */
    private static final class Segments {
        int[] d;
        int[] s;
        int[] e;
        int n;

        Segments(int capacity) {
            int c = Math.max(4, capacity);
            d = new int[c];
            s = new int[c];
            e = new int[c];
        }

        void add(int derived, int source, int sourceEnd) {
            if (n > 0 && d[n - 1] == derived) {
                n--; // an empty segment before is replaced
            }
            if (n == d.length) {
                d = Arrays.copyOf(d, n * 2);
                s = Arrays.copyOf(s, n * 2);
                e = Arrays.copyOf(e, n * 2);
            }
            d[n] = derived;
            s[n] = source;
            e[n] = sourceEnd;
            n++;
        }

        OffsetMap map(int length, int sourceLength) {
            return new OffsetMap(d, s, e, n, length, sourceLength);
        }
    }

    /** Builds a derived text together with its map, char by char. */
    public static final class Builder {
        private final StringBuilder text;
        private final Segments segments = new Segments(16);
        private final int sourceLength;
        /** Where the current run would continue in the source, or -1 when the last segment is no run. */
        private int runNext = -1;
        private int spanStart = -1;
        private int spanEnd = -1;

        public Builder(int sourceLength) {
            this.sourceLength = sourceLength;
            this.text = new StringBuilder(sourceLength);
        }

        /** Appends {@code c} as coming from source chars {@code [from, to)}. */
        public Builder append(char c, int from, int to) {
            int at = text.length();
            text.append(c);
            if (to == from + 1) {
                if (from != runNext) {
                    segments.add(at, from, RUN);
                }
                runNext = to;
                spanStart = -1;
            } else {
                if (from != spanStart || to != spanEnd) {
                    segments.add(at, from, to);
                }
                spanStart = from;
                spanEnd = to;
                runNext = -1;
            }
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
            return text.length();
        }

        public String text() {
            return text.toString();
        }

        public OffsetMap map() {
            return segments.map(text.length(), sourceLength);
        }
    }
}
