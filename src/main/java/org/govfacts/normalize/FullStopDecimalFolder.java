package org.govfacts.normalize;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a full stop between digits as the decimal point an old typeset or scanned text wrote with it (粮食产量49。27亿斤,
 * 比重由28。2%增长): read as it stands, the figure would be 27亿斤 and 2%. Only where the digits after it run straight into a
 * per cent sign, a multiplier or a measure word (not 1959。2月, a sentence that ends on a figure and a date that opens the
 * next). One character for one, so spans lead back to the page unchanged.
 */
public final class FullStopDecimalFolder implements NormalizationStage {
    private static final Pattern POINT = Pattern.compile("(?<=[0-9])。(?=[0-9]{1,4}(?:%|‰|％|[万亿千百]|倍|[元斤吨亩]|公[里斤顷]))");

    @Override
    public StageResult apply(String text) {
        Matcher m = POINT.matcher(text);
        if (!m.find()) {
            return StageResult.oneToOne(text);
        }
        StringBuilder out = new StringBuilder(text);
        do {
            out.setCharAt(m.start(), '.');
        } while (m.find());
        return StageResult.oneToOne(out.toString());
    }
}
