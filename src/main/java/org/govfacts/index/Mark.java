package org.govfacts.index;

import java.util.List;

/**
 * A span {@code [start, end)} of an original text to mark in results: the fact itself, or a place
 * the query matched.
 */
public record Mark(int start, int end, Kind kind) {
    public enum Kind {
        FACT("【", "】"), QUERY("«", "»");

        final String open;
        final String close;

        Kind(String open, String close) {
            this.open = open;
            this.close = close;
        }
    }

    /**
     * {@code text} with its marks inserted. Where a fact and a query match overlap the fact's mark
     * wins, so marks never interleave.
     */
    public static String render(String text, List<Mark> marks) {
        if (text == null) {
            return null;
        }
        Kind[] at = new Kind[text.length()];
        for (Mark m : marks) {
            for (int i = Math.max(0, m.start()); i < Math.min(text.length(), m.end()); i++) {
                if (at[i] != Kind.FACT) {
                    at[i] = m.kind();
                }
            }
        }
        StringBuilder sb = new StringBuilder(text.length() + 8);
        Kind open = null;
        for (int i = 0; i < text.length(); i++) {
            if (at[i] != open) {
                if (open != null) {
                    sb.append(open.close);
                }
                if (at[i] != null) {
                    sb.append(at[i].open);
                }
                open = at[i];
            }
            sb.append(text.charAt(i));
        }
        if (open != null) {
            sb.append(open.close);
        }
        return sb.toString();
    }
}
