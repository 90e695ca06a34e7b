package org.govfacts.text;

/**
 * A sentence of the normalised text: {@code [start, end)}, ending at 。！？；or a line break, with
 * the index of the paragraph (line) it belongs to.
 */
public record Sentence(int start, int end, int paragraph) {
    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }
}
