package org.govfacts.normalize;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Blanks the reference marks of footnotes that articles and yearbooks put after a figure or a word
 * (扩增至20.26亿元[1]。, 年均增长7.97%[2]): read as text, the mark becomes the words after the figure and
 * so its indicator. One to one (each character of the mark becomes a space), so spans still lead back to
 * the page. A mark that opens its line is a note's own number and is kept, as are four digits (a year).
 * Runs after width folding, so ［1］ is [1] by then.
 */
public final class FootnoteMarkBlanker implements NormalizationStage {
    private static final Pattern MARK = Pattern.compile("(?<=[^\\s\\[\\]])\\[[0-9]{1,3}\\]");

    @Override
    public StageResult apply(String text) {
        Matcher m = MARK.matcher(text);
        char[] out = null;
        while (m.find()) {
            if (out == null) {
                out = text.toCharArray();
            }
            for (int i = m.start(); i < m.end(); i++) {
                out[i] = ' ';
            }
        }
        return StageResult.oneToOne(out == null ? text : new String(out));
    }
}
