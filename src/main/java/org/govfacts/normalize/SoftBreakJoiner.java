package org.govfacts.normalize;

import org.govfacts.text.WrappedLines;

/**
 * Joins the lines of a paragraph wrapped at a fixed width (a typed or scanned page of the 1990s:
 * 经济增长速度\n百分之八): the break parts no word, so every later stage reads the words whole. Only a
 * line as wide as the page wraps at (WrappedLines.pageWidth: three lines of one width at least) is joined, and so is
 * a figure's line break before its unit on any page. The
 * character before a removed break stands for both in the map, so spans still lead back to the page.
 */
public final class SoftBreakJoiner implements NormalizationStage {
    private final WrappedLines lines;

    public SoftBreakJoiner(WrappedLines lines) {
        this.lines = lines;
    }

    @Override
    public StageResult apply(String text) {
        int page = WrappedLines.pageWidth(text);
        OffsetMap.Builder out = null;
        int copied = 0;
        for (int i = text.indexOf('\n'); i > 0; i = text.indexOf('\n', i + 1)) {
            // a line as wide as the page's other lines, not merely as wide as its neighbour (a title over a body line);
            // a figure parted from its unit (1037103.63\n元) is one word, whatever the width
            if (!WrappedLines.partsFigureFromUnit(text, i)
                    && (page < 0 || !lines.softBreak(text, i) || !WrappedLines.atWidth(text, i, page))) {
                continue;
            }
            if (out == null) {
                out = new OffsetMap.Builder(text.length());
            }
            out.copy(text, copied, i - 1);
            out.append(text.charAt(i - 1), i - 1, i + 1);
            copied = i + 1;
        }
        if (out == null) {
            return StageResult.oneToOne(text);
        }
        out.copy(text, copied, text.length());
        return new StageResult(out.text(), out.map());
    }
}
