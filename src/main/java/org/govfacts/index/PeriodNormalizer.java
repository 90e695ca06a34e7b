package org.govfacts.index;

import java.util.ArrayList;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a fact's period as written (FACTS.md: simplified script, e.g. 2024年上半年, 今年上半年,
 * 前8个月, 1-3月, 截至6月底) into years and a part of the year, so that a search for 2024 H1 finds
 * 2024年上半年, 2024年1-6月 and 今年上半年 in a report of 2024 alike.
 *
 * <p>Relative years (今年, 去年, 上年 …) need the report's own year; without it they give no year.
 * A part with no year at all (上半年, 前8个月) is read in the report's year, as a report means it.
 * Month ranges are made canonical: 1-3月 is Q1, 1-6月 and 前两季度 are H1, 1-12月 is the whole year.
 */
public final class PeriodNormalizer {
    private static final String NUM = "[0-9一二两三四五六七八九十]{1,3}";
    private static final Pattern YEAR_RANGE = Pattern.compile("((?:19|20)\\d{2})年?[-—–~～至到]((?:19|20)\\d{2})年");
    private static final Pattern YEAR = Pattern.compile("(?<![0-9])((?:19|20)\\d{2})(?![0-9])");
    private static final Pattern YEAR_SINCE = Pattern.compile("((?:19|20)\\d{2})年(?:初)?以来");
    private static final Pattern HALF = Pattern.compile("([上下])半年");
    private static final Pattern FIRST_QUARTERS = Pattern.compile("前(" + NUM + ")(?:个)?季度");
    private static final Pattern QUARTER_RANGE = Pattern.compile("(" + NUM + ")[-—–~～至到](" + NUM + ")季度");
    private static final Pattern QUARTER = Pattern.compile("(?:第)?([一二三四1-4])季度");
    private static final Pattern FIRST_MONTHS = Pattern.compile("前(" + NUM + ")(?:个)?月");
    private static final Pattern MONTH_RANGE = Pattern.compile("(" + NUM + ")(?:月份?)?[-—–~～至到](" + NUM + ")月");
    private static final Pattern MONTH_END = Pattern.compile("(" + NUM + ")月(?:份)?(?:底|末|\\d{1,2}日|" + NUM + "日)");
    private static final Pattern MONTH = Pattern.compile("(?<![0-9一二两三四五六七八九十])(" + NUM + ")月(?:份)?(?![0-9一二两三四五六七八九十]|底|末)");
    private static final Pattern RELATIVE_YEAR = Pattern.compile("(?<![0-9])(今年|本年|当年|年初|全年|去年|上一年|上年|前年|明年)");
    private static final Pattern SINCE_START = Pattern.compile("(?:年初|今年|本年|年)以来|截至目前|截止目前|目前为止");

    /** readPart's answer for a span that is the whole year (1-12月): a part was said, but it is none. */
    private static final String WHOLE_YEAR = "whole year";

    private PeriodNormalizer() {
    }

    /**
     * @param period     the period as written, may be null
     * @param reportYear the year the report speaks from (its 今年), null if unknown
     */
    public static NormalizedPeriod normalize(String period, Integer reportYear) {
        if (period == null || period.isBlank()) {
            return NormalizedPeriod.NONE;
        }
        String s = ScriptFolding.fold(period).replaceAll("\\s+", "");
        TreeSet<Integer> years = new TreeSet<>();
        boolean yearSaid = readYears(s, reportYear, years);
        String part = readPart(s);
        if (!yearSaid && part != null && reportYear != null) {
            years.add(reportYear);
        }
        if (WHOLE_YEAR.equals(part)) {
            part = null;
        }
        return new NormalizedPeriod(new ArrayList<>(years), part);
    }

    /** Adds the years {@code s} names; true when it names any, even one that needs the unknown report year. */
    private static boolean readYears(String s, Integer reportYear, TreeSet<Integer> years) {
        boolean said = false;
        Matcher m = YEAR_RANGE.matcher(s);
        while (m.find()) {
            addRange(years, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            said = true;
        }
        m = YEAR_SINCE.matcher(s);
        while (m.find()) {
            int from = Integer.parseInt(m.group(1));
            if (reportYear != null) {
                addRange(years, from, reportYear);
            }
            said = true;
        }
        m = YEAR.matcher(s);
        while (m.find()) {
            years.add(Integer.parseInt(m.group(1)));
            said = true;
        }
        boolean explicit = said;
        m = RELATIVE_YEAR.matcher(s);
        while (m.find()) {
            String word = m.group(1);
            if (explicit && (word.equals("全年") || word.equals("年初") || word.equals("当年") || word.equals("本年"))) {
                continue; // 2023年全年: the year is the one written
            }
            said = true;
            if (reportYear != null) {
                years.add(reportYear + switch (word) {
                    case "去年", "上年", "上一年" -> -1;
                    case "前年" -> -2;
                    case "明年" -> 1;
                    default -> 0;
                });
            }
        }
        return said;
    }

    private static void addRange(TreeSet<Integer> years, int from, int to) {
        if (to >= from && to - from <= 30) {
            for (int y = from; y <= to; y++) {
                years.add(y);
            }
        }
    }

    private static String readPart(String s) {
        Matcher m = HALF.matcher(s);
        if (m.find()) {
            return m.group(1).equals("上") ? "H1" : "H2";
        }
        m = FIRST_QUARTERS.matcher(s);
        if (m.find()) {
            return months(1, 3 * number(m.group(1)));
        }
        m = QUARTER_RANGE.matcher(s);
        if (m.find()) {
            return months(3 * number(m.group(1)) - 2, 3 * number(m.group(2)));
        }
        m = QUARTER.matcher(s);
        if (m.find()) {
            int q = number(m.group(1));
            return months(3 * q - 2, 3 * q);
        }
        m = FIRST_MONTHS.matcher(s);
        if (m.find()) {
            return months(1, number(m.group(1)));
        }
        m = MONTH_RANGE.matcher(s);
        if (m.find()) {
            return months(number(m.group(1)), number(m.group(2)));
        }
        m = MONTH_END.matcher(s);
        if (m.find()) {
            return months(1, number(m.group(1)));
        }
        m = MONTH.matcher(s);
        if (m.find()) {
            return months(number(m.group(1)), number(m.group(1)));
        }
        if (SINCE_START.matcher(s).find() && !YEAR_SINCE.matcher(s).find()) {
            return "YTD";
        }
        return null;
    }

    /** The canonical part for months {@code from..to}; {@link #WHOLE_YEAR} for 1-12; null for nonsense. */
    static String months(int from, int to) {
        if (from < 1 || to > 12 || to < from) {
            return null;
        }
        String part = canonicalPart(from == to ? "M" + from : "M" + from + "-" + to);
        return part == null ? WHOLE_YEAR : part;
    }

    /** Month spans that are halves or quarters get their usual names; the whole year has no part. */
    static String canonicalPart(String part) {
        Matcher m = Pattern.compile("M(\\d{1,2})(?:-(\\d{1,2}))?").matcher(part);
        if (!m.matches()) {
            return part;
        }
        int from = Integer.parseInt(m.group(1));
        int to = m.group(2) == null ? from : Integer.parseInt(m.group(2));
        if (from == 1 && to == 12) {
            return null;
        }
        if (from == 1 && to == 6) {
            return "H1";
        }
        if (from == 7 && to == 12) {
            return "H2";
        }
        if (to == from + 2 && from % 3 == 1) {
            return "Q" + (from + 2) / 3;
        }
        return from == to ? "M" + from : "M" + from + "-" + to;
    }

    /** 8, 八, 十二, 两 → the number; -1 when not a number. */
    static int number(String s) {
        if (s.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(s);
        }
        String digits = "零一二三四五六七八九";
        int value = 0;
        int current = 0;
        for (char c : s.toCharArray()) {
            if (c == '两') {
                current = 2;
            } else if (c == '十') {
                value += (current == 0 ? 1 : current) * 10;
                current = 0;
            } else {
                int d = digits.indexOf(c);
                if (d < 0) {
                    return -1;
                }
                current = d;
            }
        }
        return value + current;
    }
}
