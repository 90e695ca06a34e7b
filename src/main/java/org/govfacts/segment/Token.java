package org.govfacts.segment;

/** A word of the normalised text with its part of speech and span {@code [start, end)}. */
public record Token(String word, String pos, int start, int end) {

    public boolean isVerb() {
        return pos.startsWith("v") && !pos.equals("vn");
    }

    public boolean isNoun() {
        return pos.startsWith("n") || pos.equals("vn") || pos.startsWith("g");
    }

    public boolean isPunctuation() {
        return pos.startsWith("w");
    }
}
