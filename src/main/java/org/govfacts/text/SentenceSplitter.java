package org.govfacts.text;

import java.util.ArrayList;
import java.util.List;

/** Splits normalised text into sentences at 。！？; and line breaks (not those wrapping a paragraph); lines are paragraphs. */
public final class SentenceSplitter {
    private SentenceSplitter() {
    }

    /** @param lines which line breaks wrap a paragraph rather than end one */
    public static List<Sentence> split(String text, WrappedLines lines) {
        List<Sentence> out = new ArrayList<>();
        int paragraph = 0;
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            boolean lineBreak = c == '\n' && !lines.softBreak(text, i) || c == '\r';
            if (lineBreak || c == '。' || c == '!' || c == '?' || c == '！' || c == '？') {
                int end = lineBreak ? i : i + 1;
                add(out, text, start, end, paragraph);
                start = i + 1;
                if (lineBreak) {
                    paragraph++;
                }
            }
        }
        add(out, text, start, n, paragraph);
        return out;
    }

    private static void add(List<Sentence> out, String text, int start, int end, int paragraph) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            out.add(new Sentence(start, end, paragraph));
        }
    }
}
