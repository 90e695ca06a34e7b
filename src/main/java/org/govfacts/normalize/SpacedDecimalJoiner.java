package org.govfacts.normalize;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Joins a decimal number that a PDF's text layer split after its point (地区生产总值 60132. 9 亿元, 增长 6. 0%): read as
 * it stands, the figure would be 9亿元 and 0%. Not a list's number at a line's start (1. 2024年…), nor a point followed by
 * a year (…达到5. 2025年起) or by more than three digits. The point stands for itself and the blanks after it in the map,
 * so spans still lead back to the page.
 */
public final class SpacedDecimalJoiner implements NormalizationStage {
    private static final Pattern SPLIT = Pattern.compile("(?<=[0-9])\\.([ \\t\\u00A0\\u3000]+)(?=[0-9]{1,3}(?![0-9]|\\s*年))");

    @Override
    public StageResult apply(String text) {
        Matcher m = SPLIT.matcher(text);
        OffsetMap.Builder out = null;
        int copied = 0;
        while (m.find()) {
            if (listNumber(text, m.start())) {
                continue;
            }
            if (out == null) {
                out = new OffsetMap.Builder(text.length());
            }
            out.copy(text, copied, m.start());
            out.append('.', m.start(), m.end(1));
            copied = m.end(1);
        }
        if (out == null) {
            return StageResult.oneToOne(text);
        }
        out.copy(text, copied, text.length());
        return new StageResult(out.text(), out.map());
    }

    /** Whether the digits before the point open their line (after blanks only): a list's number, 1. 2. 3. */
    private static boolean listNumber(String text, int point) {
        int i = point;
        while (i > 0 && Character.isDigit(text.charAt(i - 1))) {
            i--;
        }
        while (i > 0 && (text.charAt(i - 1) == ' ' || text.charAt(i - 1) == '\t' || text.charAt(i - 1) == '\u3000')) {
            i--;
        }
        return i == 0 || text.charAt(i - 1) == '\n' || text.charAt(i - 1) == '\r';
    }
}
