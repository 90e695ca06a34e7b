package org.govfacts.index;

/** One term as it goes into the index, with its span {@code [start, end)} in the ORIGINAL text analysed. */
public record IndexTerm(String term, int start, int end) {
}
