package org.govfacts.segment;

/** A word of the normalised text with its part of speech and span {@code [start, end)}. */
public record Token(String word, String pos, int start, int end) {
}
