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
            if (lineBreak || c == '。' || c == '!' || c == '?' || c == '！' || c == '？' || bulletDash(text, i)) {
                int end = lineBreak || c == '-' ? i : i + 1;
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

    /**
     * 同比增长12.5%[5] - 高技术制造业增加值增长20.1%: a dash set apart by spaces between words (not between figures, 2024 - 2025)
     * starts the next item of a summary run on one line.
     */
    private static boolean bulletDash(String text, int i) {
        if (text.charAt(i) != '-' || i < 2 || i + 2 >= text.length() || text.charAt(i - 1) != ' ' || text.charAt(i + 1) != ' ') {
            return false;
        }
        int before = i - 1;
        while (before > 0 && text.charAt(before) == ' ') {
            before--;
        }
        int after = i + 1;
        while (after + 1 < text.length() && text.charAt(after) == ' ') {
            after++;
        }
        char b = text.charAt(before);
        char a = text.charAt(after);
        if (b == ' ' || a == ' ' || b == '\n' || Character.isDigit(b) || Character.isDigit(a)) {
            return false;
        }
        // 路環 - 九澳隧道: one space each side between characters joins the two ends of one name; a footnote's mark taken out
        // before the dash (增长12.5%[5] - ) leaves more, and a sign or bracket before it ends an item
        return i - 1 - before >= 2 || Character.UnicodeScript.of(b) != Character.UnicodeScript.HAN;
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
