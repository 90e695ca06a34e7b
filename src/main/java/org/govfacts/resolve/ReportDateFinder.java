package org.govfacts.resolve;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govfacts.lexicon.Lexicon;
import org.govfacts.text.FullDate;

/**
 * Finds when a report was written, once per document, from the strongest evidence it has:
 * a dateline (2024年3月5日在第十四届全国人民代表大会第二次会议上, 发布时间：2024-07-12), a year in the
 * title (2024年政府工作报告, 2023年国民经济和社会发展统计公报), a year in the file name
 * (2026_安徽省_政府工作报告.txt), else the body. A date in the body never outranks a dateline or a
 * title, and in the body a date that stands alone (1999年12月20日 in a 1997 report) does not
 * redate the report: only a year the text returns to counts.
 *
 * <p>Genre words (which titles review the year before, which are half-year summaries) come from
 * {@code dictionaries/report-genres.tsv}.
 */
public final class ReportDateFinder {
    private static final String CN_DIGITS = "〇零一二三四五六七八九";
    private static final String YEAR = FullDate.YEAR;
    private static final String SMALL = FullDate.SMALL;
    private static final Pattern FULL_DATE = FullDate.PATTERN;
    private static final Pattern ISO_DATE = Pattern.compile("((?:19|20)\\d{2})[-/.](\\d{1,2})[-/.](\\d{1,2})");
    /** A day-first dateline some sites print (15.01.2016 17:30): day, month, then the year. */
    private static final Pattern DAY_FIRST_DATE = Pattern.compile("(?<![0-9.])(\\d{1,2})\\.(\\d{1,2})\\.((?:19|20)\\d{2})(?![0-9])");
    private static final Pattern MEETING_AFTER = Pattern.compile("^[^。\\n]{0,12}在[^。\\n]{2,60}(?:会议|大会|会)上");
    // 2026年3月5日（星期四）上午9时, 3月5日上午，…: a date with its weekday or hour is the day of an event reported on
    private static final Pattern CLOCK_AFTER = Pattern.compile("^\\s*(?:[(（]\\s*(?:星期|礼拜|周)[一二三四五六日天]\\s*[)）]|(?:星期|礼拜)[一二三四五六日天])"
            + "|^\\s*(?:(?:上午|下午|晚上|晚间|早上|凌晨|中午|傍晚)\\s*)?\\d{1,2}\\s*[:：时点]|^\\s*(?:上午|下午|晚上|晚间|早上|凌晨|中午|傍晚)\\s*[,，]");
    private static final Pattern PUBLISHED_BEFORE = Pattern.compile("(?:(?:发布|发表|印发|公布|更新)?(?:时间|日期)|(?i:date))\\s*[:：]?\\s*$");
    private static final Pattern YEAR_IN_NAME = Pattern.compile("(?<![0-9])((?:19|20)\\d{2})(?![0-9])");
    private static final Pattern BODY_YEAR = Pattern.compile("(?<![0-9])((?:19|20)\\d{2})\\s*年");
    private static final Pattern TARGET_BEFORE = Pattern.compile("(?:到|至|迄|于|在)\\s*$");
    /** 比2000年增长, 由2000年的641.3万吨, 略低于最高年份2015年: a year named as the base of a comparison does not date the report. */
    private static final Pattern BASE_BEFORE = Pattern.compile("(?:比|较|由|从|同|与|低于|高于|超过|年份)\\s*$");
    private static final Pattern TARGET_AFTER = Pattern.compile("^\\s*(?:前|远景|目标|愿景|规划|年?以前)");
    private static final Pattern DATA_THROUGH = Pattern.compile(
            "(?:截至|截止)(?:今年|本年|" + YEAR + "\\s*年)?\\s*" + SMALL + "\\s*月(?:底|末)|(?:今年|本年)?(?:1|一)\\s*[-—–~至到]\\s*"
            + SMALL + "\\s*月|前([2-9]|1[0-2]|[二两三四五六七八九]|十[一二]?)个?月");
    private static final Pattern FULL_DATE_AFTER = Pattern.compile("\\s*" + SMALL + "\\s*月\\s*" + SMALL + "\\s*日");
    private static final Pattern WITHIN_YEAR = Pattern.compile("\\s*(?:" + SMALL + "\\s*[-—–~至到]\\s*" + SMALL + "\\s*月|" + SMALL
            + "\\s*月|[上下]半年|第?[一二三四1-4]\\s*季度|前" + SMALL + "个?(?:月|季度)|(?:截至|截止)?(?:目前|当前)|度(?:工作)?计划|度工作要点)");
    /** 一、2018年工作回顾: a work report's review of the year before it is delivered. */
    private static final Pattern REVIEW_HEADING = Pattern.compile("(?<![0-9])((?:19|20)\\d{2})\\s*年\\s*(?:工作)?回顾");
    /** 刚刚过去的2007年: the year just over, in a report (or a write-up of one) delivered early in the next. */
    private static final Pattern YEAR_JUST_PAST = Pattern.compile("(?:刚刚|刚)过去的\\s*((?:19|20)\\d{2})\\s*年");
    // 报告回顾了2023年工作, 回顾2019年，…介绍: a write-up of the report that reviews that year (not 回顾2013年以来, five years)
    private static final Pattern REVIEWS_YEAR = Pattern.compile("回顾(?:了|总结了)?\\s*((?:19|20)\\d{2})\\s*年(?!\\s*(?:以来|来|至|到|[-—–~]))");
    /**
     * 市统计局…公布了2020年宁波经济运行情况, 发布2023年国民经济和社会发展统计公报, 公布2020年度财政收支: a story on the release of a
     * whole year's figures, written after that year (not of a part of it: 公布2024年上半年…).
     */
    private static final Pattern RELEASES_YEAR = Pattern.compile("(?:公布|发布)了?\\s*((?:19|20)\\d{2})\\s*年(?!\\s*(?:上半年|下半年|前三季度|"
            + "第?[一二三四1-4]季度|\\d{1,2}\\s*(?:[-—~至到]\\s*\\d{1,2}\\s*)?月|前\\S{1,3}个月|以来))[^，,。；;]{0,12}?"
            + "(?:经济运行情况|经济运行数据|主要经济数据|国民经济和社会发展统计公报|财政收支|财政收入|财政决算)");
    /** The words naming the year a report reviews, strongest first: the first that the opening holds dates it. */
    private static final List<Pattern> REVIEWED_YEAR_CUES = List.of(REVIEW_HEADING, YEAR_JUST_PAST, REVIEWS_YEAR, RELEASES_YEAR);
    private static final Pattern WHOLE_YEAR = Pattern.compile("(?<![0-9])((?:19|20)\\d{2})\\s*年\\s*[,，]?\\s*(?:全年"
            // 昆山2023年GDP达5140.60亿元: a year's whole output, told once the year is over
            + "|(?:全市|全省|全县|全区)?(?:GDP|地区生产总值|国内生产总值|生产总值)(?:总量)?(?=达|突破|实现))");
    /** 9月30日, 十月一日: a day of the year named without its year (a text dated past its data month names one). */
    private static final Pattern MONTH_DAY = Pattern.compile("(?<![0-9年])" + SMALL + "\\s*月\\s*" + SMALL + "\\s*日");

    /** How a genre word in a title places the report: a review of the year it names, or a report of that year. */
    private record Genre(String word, int yearOffset, Integer month, boolean reviewsPastYear, boolean whole) {
    }

    /** The rows of report-genres.tsv. */
    private static List<Genre> genres(Lexicon lexicon) {
        return lexicon.table("report-genres").stream()
                .map(r -> new Genre(r[0], Integer.parseInt(r[1].strip()), r[2].strip().equals("-") ? null : Integer.valueOf(r[2].strip()),
                        r[3].strip().equals("review"), r.length > 4 && r[4].strip().equals("whole")))
                .toList();
    }

    /** The genre words of report-genres.tsv whose reports review the year before (政府工作报告, 统计公报). */
    static List<String> reviewGenreWords(Lexicon lexicon) {
        return genres(lexicon).stream().filter(Genre::reviewsPastYear).map(Genre::word).toList();
    }

    private final List<Genre> genres;
    /** report-delivery-cues.txt: words in a text's opening that say a work report is delivered (国务院总理…作政府工作报告). */
    private final List<String> deliveryCues;
    private final List<String> reviewWords;
    private final List<Pattern> goalCues;
    /** check_goal_reached_verbs.txt: 低于, 实现, 超过 before a goal word judge a result against it (低于预期目标的情况下). */
    private final List<String> goalReachedVerbs;
    /** Words after which a year is the report's own (截至目前, 今年以来: now-words.tsv, use dateline). */
    private final List<String> nowOfReport;
    private final List<Pattern> estimateCues;
    /** How far into a text its opening reaches: a headline, a dateline and the lead sentence of a story. */
    private static final int OPENING = 400;

    public ReportDateFinder(Lexicon lexicon) {
        this.deliveryCues = lexicon.words("report-delivery-cues");
        // 过去的一年, 一年来: the words that name the reviewed year without its number (R in period-relative.tsv)
        this.reviewWords = lexicon.table("period-relative").stream().filter(r -> r.length > 1 && r[1].strip().equals("R"))
                .map(r -> r[0]).toList();
        // the clause words of status-cues.tsv that make a figure a goal (力争, 确保, 计划): a year planned for
        this.goalCues = lexicon.table("status-cues").stream().filter(r -> r.length > 2 && r[1].strip().equals("target")
                && r[2].strip().equals("clause")).map(r -> Pattern.compile(r[0])).toList();
        this.goalReachedVerbs = lexicon.words("check_goal_reached_verbs");
        this.nowOfReport = lexicon.nowWords("dateline");
        // 预计 (the estimate rows of status-cues.tsv): a result not yet final, of a year just ending
        this.estimateCues = lexicon.table("status-cues").stream().filter(r -> r.length > 2 && r[1].strip().equals("estimate"))
                .map(r -> Pattern.compile(r[0])).toList();
        this.genres = genres(lexicon);
    }

    /**
     * @param text  the normalised text (simplified, full-width folded)
     * @param title the report's title line, may be null
     * @param path  the file it was read from, may be null
     */
    public ReportDate find(String text, String title, Path path) {
        ReportDate d = dateline(text);
        if (d != null) {
            return withGenre(d, title, path);
        }
        if (title != null) {
            d = fromName(title, "title");
            if (d != null) {
                return d;
            }
        }
        if (path != null && path.getFileName() != null) {
            d = fromName(path.getFileName().toString(), "file_name");
            if (d != null) {
                return d;
            }
        }
        d = body(text);
        if (d != null) {
            ReportDate r = reviewed(d, text, title, path);
            if (r != d || d.reviewsPastYear() || d.month() != null || deliveryCue(text) == null) {
                return r;
            }
            // 市长…向大会作工作报告: a write-up of a report. Where the year its body names is planned for (报告提出，
            // 2020年，…力争…) the report is delivered in it; where that year is named with results and the past year
            // is spoken of as such (2023年上海居民人均可支配收入达8.5万元 … 一年来) it is the reviewed one.
            // 胡衡华说,2014年,…预计完成地区生产总值7810亿元…；2015年政府工作的总体要求是: a year still estimated
            // and the next one planned for is the write-up of the next year's report, whatever words of aim the
            // reviewed year's sentences hold (“三量齐升”总要求)
            // 2019年，云南省经济社会发展的主要预期目标建议为: the next year's goals set outright are the report's own, estimated or not
            boolean reviewsIt = estimates(text) && plansFor(text, d.year() + 1) || goalStatedFor(text, d.year() + 1);
            if (!reviewsIt && plansFor(text, d.year())) {
                return delivered(d, text);
            }
            // 2025年，浦东经济社会发展稳中有进。一是…预计地区生产总值1.88万亿元: results of that year still estimated
            return reviewsIt || mentionsReviewedYear(text) || estimates(text)
                    ? new ReportDate(d.year() + 1, null, null, d.source(), d.evidence() + ", reviewed by a report write-up", true, false)
                    : r;
        }
        // a text that names no year at all (上半年全市生产总值… in a half-year bulletin) is dated by the
        // one year its title or file name gives (2021_三门峡市_上半年经济运行.txt), though no genre word says how
        if (title != null) {
            d = yearOnly(title, "title");
            if (d != null) {
                return delivered(d, text);
            }
        }
        return path == null || path.getFileName() == null ? null : delivered(yearOnly(path.getFileName().toString(), "file_name"), text);
    }

    /**
     * A text dated by a bare year (national_2024_report_flash.txt) whose opening says a work report is
     * delivered (…开幕，国务院总理李强作政府工作报告) is that report or a write-up of it: delivered at the
     * congress early in the year, it looks back on the year before.
     */
    private ReportDate delivered(ReportDate d, String text) {
        String cue = deliveryCue(text);
        if (d == null || d.reviewsPastYear() || d.month() != null || cue == null) {
            return d;
        }
        return new ReportDate(d.year(), null, null, d.source(), d.evidence() + ", opening says " + cue, true, false);
    }

    /**
     * 报告提出，2020年，全市…力争实现地区生产总值增长6.5%左右: whether a sentence that names {@code year} sets a goal
     * for it. A year named with its results (2023年上海居民人均可支配收入达8.5万元) is the reviewed one instead.
     */
    private boolean plansFor(String text, int year) {
        Matcher m = Pattern.compile("(?<![0-9])" + year + "\\s*年").matcher(text);
        while (m.find()) {
            int end = text.indexOf('。', m.end());
            String rest = text.substring(m.end(), end < 0 ? text.length() : end);
            for (Pattern cue : goalCues) {
                Matcher g = cue.matcher(rest);
                while (g.find()) {
                    String before = rest.substring(Math.max(0, g.start() - 6), g.start());
                    if (goalReachedVerbs.stream().noneMatch(before::contains)) {
                        return true; // not 2018年…在固定资产投资增长11.6%、低于预期目标的情况下: a result judged against its goal
                    }
                }
            }
        }
        return false;
    }

    /** 2023年GDP目标为增长5%左右, 2024年主要预期目标是: the year's goal stated in one clause with it. */
    private static boolean goalStatedFor(String text, int year) {
        return Pattern.compile("(?<![0-9])" + year + "\\s*年[，,]?[^，。；,;]{0,16}目标\\s*(?:建议)?(?:为|是|定为|设定为|:|：)").matcher(text).find();
    }

    private boolean estimates(String text) {
        return estimateCues.stream().anyMatch(p -> p.matcher(text).find());
    }

    private boolean mentionsReviewedYear(String text) {
        for (String w : reviewWords) {
            if (text.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private String deliveryCue(String text) {
        String head = text.substring(0, Math.min(text.length(), OPENING));
        for (String cue : deliveryCues) {
            if (head.contains(cue)) {
                return cue;
            }
        }
        return null;
    }

    /**
     * A report whose title or file name has a genre word that reviews the past year (张中伟作四川省政府工作报告举要)
     * but no year, dated by its body: a body that names the reviewed year most and no later year returned to
     * (2005年 throughout) was delivered the year after; one that returns to a later year (plans for 2006年) was
     * delivered in that year. Either way its 去年 and 过去5年 end with the reviewed year.
     */
    private ReportDate reviewed(ReportDate d, String text, String title, Path path) {
        Genre g = genreIn(title);
        if (g == null && path != null && path.getFileName() != null) {
            g = genreIn(path.getFileName().toString());
        }
        if (g == null || !g.reviewsPastYear() || d.reviewsPastYear() || d.month() != null || !d.evidence().endsWith("×)")
                || !d.evidence().startsWith(d.year() + "年")) {
            return d;
        }
        Map<Integer, Integer> counts = yearCounts(text).counts();
        int own = counts.getOrDefault(d.year(), 0);
        boolean namedMost = counts.entrySet().stream().allMatch(e -> e.getKey() == d.year() || e.getValue() < own);
        // 2023年GDP目标为增长5%左右: a year whose goal is stated is the one the report is delivered in, not the reviewed one
        int year = namedMost && !goalStatedFor(text, d.year()) ? d.year() + 1 : d.year();
        return new ReportDate(year, null, null, d.source(), d.evidence() + ", reviewed by a " + g.word(), true, g.whole());
    }

    private Genre genreIn(String name) {
        if (name == null) {
            return null;
        }
        for (Genre g : genres) {
            if (name.contains(g.word())) {
                return g;
            }
        }
        return null;
    }

    /** The single year a name gives, when it gives one and only one; month unknown. */
    private static ReportDate yearOnly(String name, String source) {
        Matcher m = YEAR_IN_NAME.matcher(name);
        if (!m.find()) {
            return null;
        }
        int year = Integer.parseInt(m.group(1));
        while (m.find()) {
            if (Integer.parseInt(m.group(1)) != year) {
                return null;
            }
        }
        return new ReportDate(year, null, null, source, name.strip(), false);
    }

    /**
     * A dateline dates the report; a genre word in its title or file name that puts it in the same
     * year still tells what it is (计划执行情况与…计划的报告 published in June reviews the year before;
     * a 统计公报 speaks of its year throughout).
     */
    private ReportDate withGenre(ReportDate d, String title, Path path) {
        ReportDate g = title == null ? null : fromName(title, "title");
        if (g == null && path != null && path.getFileName() != null) {
            g = fromName(path.getFileName().toString(), "file_name");
        }
        if (g != null && g.wholeReportOnReviewedYear() && g.year() < d.year()) {
            // 2003年辽宁省水资源公报 with 发布时间: 2021年02月02日: a bulletin posted again years later speaks of its own year
            return g;
        }
        if (g == null || g.year() != d.year()) {
            return d;
        }
        // 政府工作报告——2017年12月6日在市五届人大一次会议上: a work report delivered at its year's end reviews that year
        boolean genreReviewsPast = g.reviewsPastYear() && !d.deliveredAtYearEnd();
        return new ReportDate(d.year(), d.month(), d.day(), d.source(), d.evidence(), d.reviewsPastYear() || genreReviewsPast,
                g.wholeReportOnReviewedYear());
    }

    /** A full date in the report's first lines that a meeting or a publication stamp follows or precedes. */
    private ReportDate dateline(String t) {
        String head = t.substring(0, Math.min(t.length(), 1500));
        Matcher m = FULL_DATE.matcher(head);
        while (m.find()) {
            String after = head.substring(m.end());
            String before = head.substring(Math.max(0, m.start() - 12), m.start());
            if (MEETING_AFTER.matcher(after).find() || CLOCK_AFTER.matcher(after).find() || PUBLISHED_BEFORE.matcher(before).find() || before.endsWith("——")
                    || before.endsWith("—") || before.endsWith("(") || before.endsWith("（")) {
                ReportDate d = date(number(m.group(1)), number(m.group(2)), number(m.group(3)), "dateline", m.group());
                if (d != null) {
                    return d;
                }
            }
        }
        ReportDate numeric = numericDateline(head, ISO_DATE, 1, 2, 3);
        return numeric != null ? numeric : numericDateline(head, DAY_FIRST_DATE, 3, 2, 1);
    }

    /** A date written in digits ({@code pattern}, its groups of year, month and day) after 发布时间 or before an hour. */
    private static ReportDate numericDateline(String head, Pattern pattern, int year, int month, int day) {
        Matcher m = pattern.matcher(head);
        while (m.find()) {
            String before = head.substring(Math.max(0, m.start() - 12), m.start());
            if (PUBLISHED_BEFORE.matcher(before).find() || CLOCK_AFTER.matcher(head.substring(m.end())).find()) {
                ReportDate d = date(Integer.parseInt(m.group(year)), Integer.parseInt(m.group(month)), Integer.parseInt(m.group(day)),
                        "dateline", m.group());
                if (d != null) {
                    return d;
                }
            }
        }
        return null;
    }

    private static ReportDate date(int y, int mo, int d, String source, String evidence) {
        if (mo < 1 || mo > 12 || d < 1 || d > 31) {
            return null;
        }
        return new ReportDate(y, mo, d, source, evidence, mo <= 3);
    }

    /**
     * 省长…作政府工作报告时发布，2018年…: a first line that is a sentence names the year of what it tells, not of the
     * report; a title's year and genre word stand in one clause (2018年政府工作报告, 云南省2018年国民经济和社会发展统计公报).
     */
    private static boolean clauseBetween(String name, int from, int to) {
        for (int i = from; i < to; i++) {
            if ("，。；,;！？".indexOf(name.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** A title or file name with a year and a genre word: 2024年政府工作报告, 2026_安徽省_政府工作报告.txt. */
    ReportDate fromName(String name, String source) {
        Matcher m = YEAR_IN_NAME.matcher(name);
        if (!m.find()) {
            return null;
        }
        int year = Integer.parseInt(m.group(1));
        String rest = name.substring(m.end());
        for (Genre g : genres) {
            int at = name.indexOf(g.word());
            // (2023年1月13日，…省长向大会作政府工作报告: a full date heading the sentence dates its delivery all the same)
            if (at >= 0 && (name.startsWith("年", m.end()) && FULL_DATE_AFTER.matcher(name).region(m.end() + 1, name.length()).lookingAt()
                    || !clauseBetween(name, Math.min(at, m.start()), Math.max(at, m.end())))) {
                Integer month = g.month();
                // 2024年上半年工作总结: a half-year summary speaks from July of the year it names
                if (rest.startsWith("年上半年")) {
                    return new ReportDate(year, 7, null, source, name.strip(), false, false);
                } else if (rest.startsWith("年前三季度")) {
                    return new ReportDate(year, 10, null, source, name.strip(), false, false);
                }
                return new ReportDate(year + g.yearOffset(), month, null, source, name.strip(), g.reviewsPastYear(), g.whole());
            }
        }
        return null;
    }

    /**
     * The year the body speaks from. Strongest: the latest year it dates a part of (2024年上半年,
     * 2024年1-3月), plans for (2024年度工作计划) or whose sentence says now (2023年，…截至目前…);
     * a full date (1999年12月20日) dates an event, not the report, and is not such evidence. Else
     * the latest year it returns to (named twice or more, not as a target 到2030年), never more
     * than one year after the year it names most. The month where the text says how far its data
     * runs (截至9月底, 1-3月) and dates nothing later in that year. Before all these, a heading that
     * reviews a year (一、2018年工作回顾), words that call it just over (刚刚过去的2007年) or a write-up saying the report
     * reviews it (报告回顾了2023年工作) or a story on the release of its figures (公布了2020年宁波经济运行情况), dates a report
     * delivered early in the next year; so does an opening that tells a year's whole-year results
     * (2024年，全年国内生产总值…), unless a later part of a year is dated.
     */
    ReportDate body(String t) {
        String opening = t.substring(0, Math.min(t.length(), 1500));
        Matcher review = null;
        for (Pattern reviewed : REVIEWED_YEAR_CUES) {
            Matcher m = reviewed.matcher(opening);
            if (m.find()) {
                review = m;
                break;
            }
        }
        if (review != null) {
            // the report is delivered in the year after the one it reviews, early in it (过去一年 is the reviewed year)
            int y = Integer.parseInt(review.group(1)) + 1;
            return new ReportDate(y, null, null, "body", review.group().strip(), true);
        }
        YearCounts yc = yearCounts(t);
        Matcher whole = wholeYearResult(t);
        if (whole != null && (yc.strong() == null || yc.strong() <= Integer.parseInt(whole.group(1)))) {
            // 国家统计局17日发布数据显示，2024年，全年国内生产总值…: a year's results are told after it ends (去年 is that year)
            return new ReportDate(Integer.parseInt(whole.group(1)) + 1, null, null, "body", whole.group().strip(), true);
        }
        Map<Integer, Integer> counts = yc.counts();
        Integer strong = yc.strong();
        if (counts.isEmpty()) {
            return null;
        }
        Integer month = dataMonth(t);
        if (strong != null) {
            return new ReportDate(strong, month, null, "body", strong + "年 (" + counts.get(strong) + "×, dated within the year)", false);
        }
        int mode = counts.entrySet().stream()
                .max(Map.Entry.<Integer, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey())).get().getKey();
        Integer year = null;
        for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
            if (e.getValue() >= 2 && e.getKey() <= mode + 1) {
                year = e.getKey();
            }
        }
        if (year == null) {
            year = mode;
        }
        Matcher dateline = org.govfacts.text.NewsDateline.PATTERN.matcher(t.substring(0, Math.min(t.length(), 80)));
        // (not a full date's month, 2008年2月12日电: the year is written there)
        if (dateline.find() && number(dateline.group(1)) <= 2 && (dateline.start() == 0 || t.charAt(dateline.start() - 1) != '年')
                && t.contains("去年") && !counts.containsKey(year + 1)) {
            // 中新网1月4日电 …2006年是…增长最快的一年…去年，…: a story filed early in a year that looks back on the year it
            // names is of the year after
            return new ReportDate(year + 1, null, null, "body", dateline.group().strip() + ", 去年 of " + year + "年", true);
        }
        return new ReportDate(year, month, null, "body", year + "年 (" + counts.get(year) + "×)", false);
    }

    /**
     * The first year in the opening whose whole-year results are told (2024年，全年国内生产总值…, 2024年全年…比上年增长),
     * in a sentence that sets no goal (2024年全年预期增长5%左右 may be said within the year); null if none.
     */
    private Matcher wholeYearResult(String t) {
        Matcher m = WHOLE_YEAR.matcher(t.substring(0, Math.min(t.length(), OPENING)));
        while (m.find()) {
            String sentence = sentenceAfter(t, m.end());
            if (goalCues.stream().noneMatch(c -> c.matcher(sentence).find()) && !sentence.contains("预计")) {
                return m;
            }
        }
        return null;
    }

    /** How often the body names each year (not as a target or a comparison base), and the latest year it dates a part of. */
    private record YearCounts(Map<Integer, Integer> counts, Integer strong) {
    }

    private YearCounts yearCounts(String t) {
        Map<Integer, Integer> counts = new TreeMap<>();
        Integer strong = null;
        Matcher m = BODY_YEAR.matcher(t);
        while (m.find()) {
            String before = t.substring(Math.max(0, m.start() - 2), m.start());
            String after = t.substring(m.end(), Math.min(t.length(), m.end() + 8));
            String baseBefore = t.substring(Math.max(0, m.start() - 3), m.start());
            if (TARGET_BEFORE.matcher(before).find() || TARGET_AFTER.matcher(after).find() || BASE_BEFORE.matcher(baseBefore).find()) {
                continue;
            }
            int y = Integer.parseInt(m.group(1));
            counts.merge(y, 1, Integer::sum);
            boolean fullDate = FULL_DATE_AFTER.matcher(after).lookingAt();
            if (!fullDate && (WITHIN_YEAR.matcher(after).lookingAt() || nowOfReport.stream().anyMatch(sentenceAfter(t, m.end())::contains))) {
                strong = strong == null ? y : Math.max(strong, y);
            }
        }
        return new YearCounts(counts, strong);
    }

    private static String sentenceAfter(String t, int from) {
        int end = from;
        while (end < t.length() && end - from < 80 && t.charAt(end) != '。' && t.charAt(end) != '\n') {
            end++;
        }
        return t.substring(from, end);
    }

    /** How far the current year's data runs (截至今年9月底 → 9), unless a later day of the year is named. */
    private static Integer dataMonth(String t) {
        int through = 0;
        Matcher m = DATA_THROUGH.matcher(t);
        while (m.find()) {
            String g = m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4);
            if (g != null && m.group(1) == null) {
                through = Math.max(through, number(g));
            }
        }
        if (through == 0 || through > 12) {
            return null;
        }
        m = MONTH_DAY.matcher(t);
        while (m.find()) {
            if (number(m.group(1)) > through && number(m.group(1)) <= 12) {
                return null; // the text dates something after its data: the month is not known
            }
        }
        return through;
    }

    /** 2024, 二〇二四, 9, 十二 → the number. */
    static int number(String s) {
        if (s.length() == 4 && s.chars().allMatch(c -> CN_DIGITS.indexOf(c) >= 0)) {
            return PeriodText.year(s);
        }
        return PeriodText.number(s);
    }
}
