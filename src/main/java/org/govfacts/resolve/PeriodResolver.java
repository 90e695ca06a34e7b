package org.govfacts.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govfacts.lexicon.Lexicon;
import org.govfacts.text.YearShapes;

/**
 * Turns a period as written (2024年上半年, 今年前8个月, 截至9月底, 过去五年, "十四五"时期) into calendar
 * time (FACTS.md v2): {@code 2024H1}, {@code 2024M01-08}, {@code ..2024-09}, {@code 2019-2023},
 * {@code 2021-2025}. Relative words are read against the report's date; without a date only
 * periods that name their year resolve. Null where the time is not clear.
 *
 * <p>Multi-year spans that look back (过去五年, 近三年, 2021年以来) end with the last whole year
 * before the report; 全年, 当年 and 年末 take the year of their passage (2023年，…全年…) where it
 * names one, else of their section: the reviewed year for a result, the report's own year for a
 * target.
 */
public final class PeriodResolver {
    private static final String N = "(\\d{1,2}|[一二两三四五六七八九十]{1,3})";
    private static final String Y = "((?:19|20)\\d{2})";
    private static final Pattern PLAN = Pattern.compile("十([一二三四五六七八九]?)五(?:规划|计划)?(末|时期|期间|以来|中期)?");
    private static final Pattern OLD_PLAN = Pattern.compile("(?<![十0-9])([六七八九])五(?:规划|计划)?(末|时期|期间|以来)?");
    private static final Pattern YEAR_RANGE = Pattern.compile(Y + "年?(?:度)?[-—–~～至到]" + Y + "年?");
    private static final Pattern YEAR_LIST = Pattern.compile(Y + "(?:年)?[、,和及](?:" + Y + ")年");
    private static final Pattern YEAR_SINCE = Pattern.compile(Y + "年(?:初|底|末)?[^，。；]{0,10}以来");
    private static final Pattern YEAR = Pattern.compile("(?<![0-9])" + Y + "(?![0-9])");
    /** 18年, 18年底, 19年上半年: a year of news write-ups written with its last two digits; not 18年来, 18年间 (spans). */
    private static final Pattern TWO_DIGIT_YEAR = Pattern.compile("^([0-9]{2})年(?!来|以来|间|多)");
    /**
     * 民国89年, 114年1月底: a year of the Republic of China era, 1911 before it. Which three-digit years are such years the
     * period patterns decide (roc-year-followers.txt); a period text holds nothing else of that shape.
     */
    private static final Pattern ROC_YEAR = Pattern.compile("^(?:中华民国|民国)([0-9]{2,3})年|^(1[0-4][0-9])年(?!来|以来|间|多|前|后)");
    private static final Pattern LOOK_BACK = Pattern.compile("(?:过去的?|近|这|最近|前)" + N + "年|" + N + "年(?:来|以来|间|多来)");
    /** Years ahead of the report: 今后五年 in a 2022 report is 2022-2026. */
    private static final Pattern AHEAD = Pattern.compile("(?:今后|未来|此后)" + N + "年");
    /** A bare count of years (五年年均增长5.2%, 十年增加近70万亿元): the years a review looks back on, or a plan's years ahead. */
    private static final Pattern YEARS = Pattern.compile(N + "年");
    private static final Pattern STOCK = Pattern.compile("(?:截至|截止|到)?(?:今年|本年)?" + N + "月(?:底|末|份?末)");
    private static final Pattern YEAR_END = Pattern.compile("年底|年末|岁末");
    /** Words that make a figure a stock at the report's date (now-words.tsv, use current). */
    private final Pattern now;
    private static final Pattern HALF = Pattern.compile("([上下])半年");
    private static final Pattern FIRST_QUARTERS = Pattern.compile("前" + N + "(?:个)?季度");
    private static final Pattern QUARTER = Pattern.compile("(?:第)?([一二三四1-4])季度");
    private static final Pattern FIRST_MONTHS = Pattern.compile("前" + N + "(?:个)?月");
    private static final Pattern MONTH_RANGE = Pattern.compile(N + "(?:月份?)?[-—–~～至到]" + N + "月");
    private static final Pattern MONTH = Pattern.compile("(?<![0-9一二两三四五六七八九十])" + N + "月(?:份)?(?![0-9底末])");

    private record Relative(String word, String offset) {
        /** P-1: counted from the year of the passage the word stands in, where that names one year. */
        boolean fromPassage() {
            return offset.startsWith("P");
        }

        /** The years the word lies from the year it is counted from (-1 for 上年, P-1 alike). */
        int years() {
            return Integer.parseInt(fromPassage() ? offset.substring(1) : offset);
        }
    }

    private final List<Relative> relative = new ArrayList<>();

    public PeriodResolver(Lexicon lexicon) {
        this.now = Pattern.compile(lexicon.nowWords("current").stream().map(Pattern::quote).collect(java.util.stream.Collectors.joining("|")));
        for (String[] row : lexicon.table("period-relative")) {
            relative.add(new Relative(row[0].strip(), row[1].strip()));
        }
    }

    /**
     * @param period the period as written (simplified), may be null
     * @param date   the report's date, may be null
     * @param target whether the figure is a goal (全年 in a target is the report's year)
     */
    /**
     * The year a two-digit year stands for: the latest with those digits no later than the year after the report (18 in a
     * 2019 write-up is 2018, 98 is 1998); without a date, 00–30 are of this century.
     */
    static int fullYear(int twoDigits, ReportDate date) {
        if (date == null) {
            return twoDigits <= 30 ? 2000 + twoDigits : 1900 + twoDigits;
        }
        int latest = date.year() + 1;
        return latest - Math.floorMod(latest - twoDigits, 100);
    }

    public String resolve(String period, ReportDate date, boolean target) {
        return resolve(period, date, target, null);
    }

    /**
     * The last year a look back (过去五年, 2012年以来) reaches: the year before the report, but the report's own year
     * when it is delivered in its last two months (2017年12月6日在市五届人大一次会议上: 过去的五年 ends with 2017, its
     * figures estimated), unless it reviews the year before.
     */
    private static int lastYearLookedBack(ReportDate date) {
        return date.deliveredAtYearEnd() && !date.reviewsPastYear() ? date.year() : date.year() - 1;
    }

    /**
     * @param context the period of the passage a period naming no year stands in (2023年 for the
     *                全年 of 2023年，…全年粮食总产量…, or for its 上半年), may be null: where it is one year, that is the year
     */
    public String resolve(String period, ReportDate date, boolean target, String context) {
        if (period == null || period.isBlank()) {
            return null;
        }
        String s = PeriodText.arabicYears(period.replaceAll("[\\s“”\"「」『』]+", "").replace('－', '-').replace('—', '-'));
        Integer last = date == null ? null : lastYearLookedBack(date);
        // five-year plans: "十四五"时期 → 2021-2025; "十三五"末 → ..2020
        Matcher m = PLAN.matcher(s);
        if (m.find()) {
            int k = m.group(1).isEmpty() ? 10 : 10 + PeriodText.number(m.group(1));
            return planSpan(k, m.group(2));
        }
        m = OLD_PLAN.matcher(s);
        if (m.find()) {
            return planSpan(PeriodText.number(m.group(1)), m.group(2));
        }
        m = YEAR_RANGE.matcher(s);
        if (m.find()) {
            return span(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        }
        m = YEAR_LIST.matcher(s);
        if (m.find()) {
            return span(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        }
        m = YEAR_SINCE.matcher(s);
        if (m.find()) {
            return last == null ? null : span(Integer.parseInt(m.group(1)), Math.max(last, Integer.parseInt(m.group(1))));
        }
        if (YearShapes.hasFiscalYear(s)) {
            return null; // 2024/25年度: April 2024 to March 2025, which no form of period_norm writes
        }
        Integer year = null;
        m = YEAR.matcher(s);
        if (m.find()) {
            year = Integer.parseInt(m.group(1));
        } else if ((m = ROC_YEAR.matcher(s)).find()) {
            year = 1911 + Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2));
        } else if ((m = TWO_DIGIT_YEAR.matcher(s)).find()) {
            year = fullYear(Integer.parseInt(m.group(1)), date);
        }
        if (year == null) {
            m = AHEAD.matcher(s);
            if (m.find()) {
                int n = PeriodText.number(m.group(1));
                return date == null || n < 1 || n > 30 ? null : span(date.year(), date.year() + n - 1);
            }
            m = LOOK_BACK.matcher(s);
            if (m.find()) {
                int n = PeriodText.number(m.group(1) != null ? m.group(1) : m.group(2));
                if (n >= 2 && n <= 30) {
                    return last == null ? null : span(last - n + 1, last);
                }
                if (n == 1 && s.contains("多")) {
                    return date == null ? null : ".." + date.year(); // 一年多来: a stock as of now
                }
            }
            m = YEARS.matcher(s);
            if (m.matches()) {
                int n = PeriodText.number(m.group(1));
                if (n >= 2 && n <= 30 && date != null) {
                    return target ? span(date.year(), date.year() + n - 1) : span(last - n + 1, last);
                }
            }
            year = relativeYear(s, date, target, passageYear(context, date));
        }
        String part = part(s);
        boolean stock = false;
        Integer stockMonth = null;
        m = STOCK.matcher(s);
        if (m.find() && !s.matches(".*" + N + "[-—–~～至到]" + N + "月.*")) {
            stock = true;
            stockMonth = PeriodText.number(m.group(1));
        } else if (YEAR_END.matcher(s).find()) {
            stock = true;
            stockMonth = 12;
        } else if (part == null && now.matcher(s).find()) {
            stock = true;
        }
        if (year == null && part != null && !stock) {
            year = passageYear(context, date); // 2023年，…；一季度、上半年…分别增长: the parts of the passage's year
        }
        if (year == null) {
            if (date == null || (part == null && !stock)) {
                return null;
            }
            if (date.wholeReportOnReviewedYear()) {
                year = date.lastCompleteYear(); // in a bulletin on a year (2007年水资源公报: 5-8月), that year's, however dated
            } else {
                year = date.year(); // 上半年, 1-3月, 截至9月底: the report's own year
                if (part != null && date.day() != null && lastMonth(part) > date.month() + 2) {
                    year--; // months far ahead of a dated report are last year's: 1-12月 in a January report
                }
            }
        }
        if (WHOLE.equals(part)) {
            part = null;
        }
        if (stock) {
            if (stockMonth == null && date != null && date.year() == year && date.month() != null) {
                stockMonth = date.month();
            }
            return stockMonth == null || stockMonth < 1 || stockMonth > 12 ? ".." + year : String.format("..%d-%02d", year, stockMonth);
        }
        return part == null ? String.valueOf(year) : year + part;
    }

    /** The one year a passage's period names (2023年, 去年, 2024年上半年), or null. */
    private Integer passageYear(String context, ReportDate date) {
        if (context == null || context.isBlank() || !namesAYear(context)) {
            return null; // 上半年 before 全年 says nothing of which year (国民经济扭转了上半年增幅回落的状况。全年…)
        }
        CalendarSpan span = CalendarSpan.parse(resolve(context, date, false, null));
        return span != null && span.firstYear() == span.lastYear() ? span.firstYear() : null;
    }

    /** Whether a period names its year itself (2023年, 去年, 五年来) rather than a part of some year (上半年, 二季度). */
    private boolean namesAYear(String period) {
        String s = PeriodText.arabicYears(period);
        if (YEAR.matcher(s).find() || PLAN.matcher(s).find() || OLD_PLAN.matcher(s).find() || AHEAD.matcher(s).find()
                || LOOK_BACK.matcher(s).find() || YEARS.matcher(s).matches()) {
            return true;
        }
        for (Relative r : relative) {
            if (s.contains(r.word()) && !r.offset().equals("S")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The year a relative word names: 去年 → the report's year − 1; 全年 → its passage's year
     * ({@code passage}) where known, else its section's.
     */
    private Integer relativeYear(String s, ReportDate date, boolean target, Integer passage) {
        for (Relative r : relative) {
            if (!s.contains(r.word())) {
                continue;
            }
            if (r.offset().equals("S") && passage != null) {
                return passage;
            }
            if (r.fromPassage() && passage != null) {
                return passage + r.years(); // 2000年…由上年的8.5%: the year before the passage's
            }
            if (date == null) {
                return null;
            }
            return switch (r.offset()) {
                case "R" -> date.lastCompleteYear();
                case "S" -> target ? date.year() : date.reviewsPastYear() ? date.year() - 1 : date.year();
                default -> date.year() + r.years();
            };
        }
        return null;
    }

    /**
     * The calendar period of a part of {@code year} written on its own (一季度 of 2025 → 2025Q1, 上半年 → 2025H1,
     * 1-5月 → 2025M01-05), for a comparison that names it (比一季度提高); null where the words name no part of a year.
     */
    public static String partOf(int year, String words) {
        String part = part(words);
        return part == null || part.equals(WHOLE) ? null : year + part;
    }

    /** A part that is every month of the year (1-12月): a year, though no part is written. */
    private static final String WHOLE = "WHOLE";

    /** The part of a year: H1, Q3, M01-08, M03; {@link #WHOLE} for 1-12月; null for none. */
    static String part(String s) {
        Matcher m = HALF.matcher(s);
        if (m.find()) {
            return m.group(1).equals("上") ? "H1" : "H2";
        }
        m = FIRST_QUARTERS.matcher(s);
        if (m.find()) {
            return months(1, 3 * PeriodText.number(m.group(1)));
        }
        m = QUARTER.matcher(s);
        if (m.find()) {
            int q = PeriodText.number(m.group(1));
            return months(3 * q - 2, 3 * q);
        }
        m = FIRST_MONTHS.matcher(s);
        if (m.find()) {
            return months(1, PeriodText.number(m.group(1)));
        }
        m = MONTH_RANGE.matcher(s);
        if (m.find()) {
            return months(PeriodText.number(m.group(1)), PeriodText.number(m.group(2)));
        }
        m = MONTH.matcher(s);
        if (m.find()) {
            int mo = PeriodText.number(m.group(1));
            return months(mo, mo);
        }
        return null;
    }

    /** Months that make a quarter, a half or the year are written as such (FACTS.md v2). */
    static String months(int from, int to) {
        if (from < 1 || to > 12 || to < from) {
            return null;
        }
        if (from == 1 && to == 12) {
            return WHOLE;
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
        return from == to ? String.format("M%02d", from) : String.format("M%02d-%02d", from, to);
    }

    /** The last month of a part (H1 → 6, Q3 → 9, M01-08 → 8, WHOLE → 12). */
    private static int lastMonth(String part) {
        if (part.equals(WHOLE)) {
            return 12;
        }
        if (part.startsWith("H")) {
            return 6 * (part.charAt(1) - '0');
        }
        if (part.startsWith("Q")) {
            return 3 * (part.charAt(1) - '0');
        }
        return Integer.parseInt(part.substring(part.length() - 2));
    }

    private static String span(int from, int to) {
        if (to < from || to - from > 60) {
            return null;
        }
        return from == to ? String.valueOf(from) : from + "-" + to;
    }

    /** The k-th five-year plan (from the third, 1966-1970, they follow each other). */
    private static String planSpan(int k, String suffix) {
        if (k < 3) {
            return null;
        }
        int from = 1966 + 5 * (k - 3);
        if ("末".equals(suffix)) {
            return ".." + (from + 4);
        }
        return from + "-" + (from + 4);
    }
}
