package org.govfacts.index;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Guesses the year a report speaks from (the year its 今年 means) from its own text.
 *
 * <p>Strong evidence is a year that dates something within the year: a full date (2026年1月26日),
 * a month (2024年9月) or a part (2024年上半年, 2024年一季度, 2024年前8个月), or the year in the title
 * line (2021年以来 is not: it only says where a span began). The latest strong year wins: a report
 * looks back, and rarely dates the future to the month. Without strong evidence the latest year mentioned wins, leaving out targets (到2025年, 2030年前,
 * 2035年远景目标). Null when the text names no year.
 */
public final class ReportYear {
    private static final Pattern YEAR = Pattern.compile("(?<![0-9])((?:19|20)\\d{2})\\s*年");
    private static final Pattern WITHIN_YEAR = Pattern.compile(
            "\\s*(?:[0-9一二三四五六七八九十]{1,2}\\s*月|[上下]半年|[一二三四1-4]\\s*季度|第[一二三四]季度"
            + "|前[0-9一二两三四五六七八九十]{1,2}个?(?:月|季度)|1\\s*[-—至~])");
    private static final Pattern TARGET_BEFORE = Pattern.compile("(?<![截年])(?:到|至|迄)\\s*$");
    private static final Pattern TARGET_AFTER = Pattern.compile("\\s*(?:前|远景|目标|愿景|规划)");

    private ReportYear() {
    }

    public static Integer guess(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        String t = ScriptFolding.fold(text);
        Integer strong = null;
        Integer weak = null;
        String title = firstLine(t);
        Matcher m = YEAR.matcher(t);
        while (m.find()) {
            int y = Integer.parseInt(m.group(1));
            String before = t.substring(Math.max(0, m.start() - 3), m.start());
            String after = t.substring(m.end(), Math.min(t.length(), m.end() + 6));
            boolean inTitle = m.start() < title.length();
            boolean within = WITHIN_YEAR.matcher(after).lookingAt();
            if (TARGET_BEFORE.matcher(before).find()) {
                continue;
            }
            if (within || inTitle) {
                strong = strong == null ? y : Math.max(strong, y);
            } else if (!TARGET_AFTER.matcher(after).lookingAt()) {
                weak = weak == null ? y : Math.max(weak, y);
            }
        }
        return strong != null ? strong : weak;
    }

    private static String firstLine(String t) {
        int i = 0;
        while (i < t.length() && Character.isWhitespace(t.charAt(i))) {
            i++;
        }
        int end = t.indexOf('\n', i);
        // Only a short first line is a title; a text without line breaks has none.
        return end < 0 || end - i > 60 ? "" : t.substring(0, end);
    }
}
