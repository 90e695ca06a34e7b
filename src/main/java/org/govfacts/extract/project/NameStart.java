package org.govfacts.extract.project;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govfacts.extract.DocumentContext;
import org.govfacts.extract.numeral.Amount;
import org.govfacts.extract.numeral.UnitKind;
import org.govfacts.segment.Token;
import org.govfacts.text.Clauses;
import org.govfacts.text.WrappedLines;

/**
 * Where a name starts: the clause it runs back to, less the verbs, dates, counts, labels and cut words before its
 * first character.
 */
final class NameStart {
    /** 双向八车道, 6车道: a road's width in lanes. */
    private static final Pattern LANES = Pattern.compile("(?:双向)?(?:[二三四六八十两]|\\d{1,2})车道");
    /** 世界第一高桥|花江峡谷大桥, 亚洲最长隧道|…: a rank the work holds, said before its name (not 南京长江第二大桥, a name's number). */
    private static final Pattern RANK_BEFORE = Pattern.compile(
            "(?:世界|全球|亚洲|全国|国内|全省)?(?:第一|最)[高长大深宽](?:跨径|单跨)?(?:桥|隧道?|塔|坝|楼|港)");
    private static final Set<String> CUT_UNITS = Set.of("个", "家", "项", "条", "批", "座", "所", "户", "月", "年", "天");
    private static final Pattern LEADING_TIME = Pattern.compile(
            "^(?:\\d{4}\\s*年度?|今年|去年|上年|全年|目前|当前|近年来)?(?:上半年|下半年|一季度|前三季度|以来|前\\d{1,2}个月)?");
    /** 由 (not of 自由), which after a name says what it is made of or built by. */
    private static final Pattern MADE_OF = Pattern.compile("(?<!自)由");
    /** T1和T2, 1、2号: parts of one facility by their numbers, joined. */
    static final Pattern PARTS_BY_NUMBER = Pattern.compile("(?<![A-Za-z0-9])[A-Za-z]?\\d{1,2}号?[和与及、][A-Za-z]?\\d{1,2}号?(?!\\d)");
    /** 67.7公里, 12km: a length, which describes the works that follow it. */
    private static final Pattern LENGTH = Pattern.compile(
            "(?:[\\d.]+|(?<![\\d.])[零〇一二两三四五六七八九十百千万点]*[一二两三四五六七八九十百][零〇一二两三四五六七八九十百千万点]*多?)(?:公里|千米|km)"); // 185公里, 一百八十五公里
    /** Marks no name runs across; a headline's or label's brackets (<松浦大桥>, 【修船】) among them. */
    private static final String CLAUSE_STOPS = "，。；：,;！？》<>【】〈〉";
    static final Pattern KIND_LABEL = Pattern.compile("(?:重大|重点|重要)[\\u4e00-\\u9fa5]{0,5}?(?:工程|项目)");
    /** The number of a month or a day, in Arabic or Chinese numerals (3, 12, 十二). */
    private static final String MONTH_OR_DAY = "(?:\\d{1,2}|[一二三四五六七八九十]{1,3})";
    /** A month and its day (1月22日), with a dateline's 电 or 讯 and its bracketed reporter after it. */
    private static final Pattern INNER_DATE = Pattern.compile(MONTH_OR_DAY + "月" + MONTH_OR_DAY + "日"
            + "(?:[电讯]\\s*(?:[(（][^)）]{0,12}[)）])?)?");
    /** (记者许倩报道), （本报记者 王某）: the reporter's bracket of a dateline. */
    private static final Pattern REPORTER = Pattern.compile("[(（][^()（）]{0,6}记者[^()（）]{0,16}[)）]");
    /** 今年3月, 4月, 12月底: a month (and day) before a name. */
    private static final Pattern LEADING_DATE = Pattern.compile("(?:(?:19|20)\\d{2}年|今年|去年|明年|当年|本年)?" + MONTH_OR_DAY + "月"
            + "(?:" + MONTH_OR_DAY + "日)?(?:份|初|底|中旬|上旬|下旬)?");

    /** 50年前, 二十多年前, 上世纪70年代: a time long past before a work's name. */
    private static final Pattern YEARS_AGO = Pattern.compile("(?:[0-9]{1,3}|[一二三四五六七八九十]{1,3})多?年(?:前|以前)|(?:上世纪)?[0-9]{2}年代(?:初|末|中期)?");

    private final ProjectWords projectWords;

    NameStart(ProjectWords projectWords) {
        this.projectWords = projectWords;
    }

    /**
     * 武鸣片区|长岗大道东段, 大桥开发区|独秀大道北段: the part of town a road runs in, named before it,
     * is no part of the road's name (project-road-area-prefixes.txt); two characters at least stay.
     */
    int afterAreaOfTown(String t, int start, int headStart) {
        int cut = start;
        for (String w : projectWords.roadAreaPrefixes) {
            int at = t.lastIndexOf(w, headStart - 1);
            if (at >= start && at + w.length() + 2 <= headStart) {
                cut = Math.max(cut, at + w.length());
            }
        }
        return cut;
    }

    /** 天水曲溪城乡供水工程主要由|水库大坝枢纽: what the works are made of (or who builds them) begins after the last 由. */
    static int afterMadeOf(String t, int start, int headStart) {
        Matcher madeOf = MADE_OF.matcher(t).region(start, headStart);
        while (madeOf.find()) {
            start = madeOf.end();
        }
        return start;
    }

    /** Whether the conjunction at {@code at} stands inside parts numbered and joined (T1和T2). */
    private static boolean partsByNumberAround(String t, int at) {
        Matcher m = PARTS_BY_NUMBER.matcher(t).region(Math.max(0, at - 4), Math.min(t.length(), at + 5));
        while (m.find()) {
            if (m.start() < at && at < m.end()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where a name starts after a part of the works named before it (城开路主要控制性工程|城开隧道,
     * 昭泸高速重点控制性工程——|中场河特大桥, 水利工程—|大伙房水库输水入连工程): the structure is named on its own; else {@code start}.
     */
    int afterPartOfWorks(String t, int start, int headStart) {
        int cut = start;
        for (String w : projectWords.partWords) {
            int p = t.indexOf(w, start);
            int works = p < 0 ? -1 : t.indexOf("工程", p);
            if (works >= 0 && works + 2 < headStart && works + 2 > cut) {
                cut = works + 2;
            }
        }
        int dash = t.lastIndexOf('—', headStart - 1);
        String kind = dash > cut ? t.substring(cut, dash).replace("—", "").replaceFirst("(?:工程|项目)$", "") : "";
        if (dash > cut && dash < headStart - 1 && !kind.isEmpty() && projectWords.withoutGenericWords(kind).isEmpty()) {
            cut = dash + 1; // 最大的一项水利工程—|大伙房水库输水入连工程: a kind of work, then the work named
        }
        while (cut < headStart && "—－-―:：、 ".indexOf(t.charAt(cut)) >= 0) {
            cut++;
        }
        return cut < headStart ? cut : start;
    }

    /**
     * 打造绿色石化产业以|南港工业区为重要承载地: in 以…为… (taking … as …) the name is what 以 takes, so it starts after
     * the last 以 of the candidate when 为 follows the name's head.
     */
    static int afterTakenAs(String t, int start, int headStart, int end) {
        if (!t.startsWith("为", end)) {
            return start;
        }
        int yi = t.lastIndexOf('以', headStart - 1);
        return yi >= start && headStart - (yi + 1) >= 2 ? yi + 1 : start;
    }

    /** 石嘴山市67.7公里|滨河大道: a length inside a candidate measures the works after it, whose name starts there. */
    static int afterLength(String t, int start, int headStart) {
        Matcher m = LENGTH.matcher(t).region(start, headStart);
        int s = start;
        while (m.find()) {
            boolean afterSection = m.start() > start && (t.charAt(m.start() - 1) == '段' || t.charAt(m.start() - 1) == '线');
            if (m.end() < headStart && Character.isIdeographic(t.charAt(m.end())) && !afterSection) {
                s = m.end(); // (but 赣江南昌至湖口段|156公里|二级航道整治工程: the length of the section named before it)
            }
        }
        return s;
    }

    /** Start of the clause: after ，。；：、 or a line break, parentheses kept whole. */
    int clauseStart(String t, int at) {
        return clauseStart(t, at, true, 60);
    }

    int clauseStart(String t, int at, boolean listCommaEnds, int reach) {
        int depth = 0;
        for (int i = at - 1; i >= 0 && at - i < reach; i--) {
            char ch = t.charAt(i);
            if (ch == ')' || ch == '）') {
                depth++;
            } else if (ch == '(' || ch == '（') {
                if (depth == 0) {
                    return i + 1;
                }
                depth--;
            } else if (depth == 0 && ch == '、' && listCommaEnds && viaListBefore(t, i, at)) {
                continue; // 长春经辽源、梅河口至通化高铁: the stops of one route, not two items
            } else if (depth == 0 && ch == '—' && i > 0 && t.charAt(i - 1) == '—' && placeBefore(t, i - 1)) {
                i--; // 辽源——长春铁路: a dash between two places is a route, not an aside
            } else if (depth == 0 && (ch == '—' && i > 0 && t.charAt(i - 1) == '—' || CLAUSE_STOPS.indexOf(ch) >= 0
                    || ch == '、' && listCommaEnds || ch == '\n' && !projectWords.wrappedLines.softBreak(t, i)
                    || (ch == '”' || ch == '“') && listCommaEnds)) {
                return i + 1;
            }
        }
        return Math.max(0, at - reach);
    }

    /** True when a place's name (辽源, 郑州市) ends right at {@code at}. */
    private boolean placeBefore(String t, int at) {
        if (at > 2 && "东西南北".indexOf(t.charAt(at - 1)) >= 0 && placeBefore(t, at - 1)) {
            return true; // 延安北——神木北铁路: a station's side of a city
        }
        for (int len = 2; len <= 4 && at - len >= 0; len++) {
            String place = t.substring(at - len, at);
            if (projectWords.places.contains(place) || projectWords.specific.isDivisionName(place) && wordEndsAt(t, at - len)) {
                // (开工建设|库车——阿拉尔公路: a county of the gazetteer, which regions.txt leaves out, where a word ends before
                // it; not 高速公|路桥——温州大桥, where the county's name only ends a word)
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a word ends at {@code at}, before a county's name: the text's start, a character not of a word, or one
     * that makes no word of the segmenter's with the name's first (开工建设|库车, 国道218线|清水河, 新疆|富蕴; not
     * 高速公|路桥——温州大桥, 公路 a word), and no conjunction that joins two names (立交桥改造暨|竹溪——民族大道立交桥).
     */
    private static boolean wordEndsAt(String t, int at) {
        if (at == 0 || !Character.isIdeographic(t.charAt(at - 1))) {
            return true;
        }
        return (org.govfacts.text.Clauses.CONJUNCTIONS + "暨").indexOf(t.charAt(at - 1)) < 0
                && org.govfacts.segment.HanLpRuntime.coreFrequency(t.substring(at - 1, at + 1)) == 0;
    }

    /** 长春经辽源、梅河口|至通化高铁: a 、 between the stops after 经 (via), with 至 (to) still to come. */
    private static boolean viaListBefore(String t, int comma, int at) {
        if (t.substring(comma + 1, at).indexOf('至') < 0) {
            return false;
        }
        for (int i = comma - 1; i >= 0 && comma - i <= 8; i--) {
            char ch = t.charAt(i);
            if (ch == '至') {
                return false; // 中卫经平凉至庆阳、|柳州至广州铁路: the route before the comma is complete
            }
            if (ch == '经') {
                return i > 0 && Character.isIdeographic(t.charAt(i - 1));
            }
            if (!Character.isIdeographic(ch)) {
                return false;
            }
        }
        return false;
    }

    /** 2010|年大兴线: a date's unit after its digits, which belongs to the date, not to the name after it. */
    static boolean dateUnitAt(String t, int at) {
        return at > 0 && "年月日".indexOf(t.charAt(at)) >= 0 && Character.isDigit(t.charAt(at - 1));
    }

    private int trimLeft(DocumentContext c, int start, int end) {
        String t = c.t();
        boolean changed = true;
        while (changed && start < end) {
            changed = false;
            while (start < end && Character.isWhitespace(t.charAt(start))) {
                start++;
            }
            if (start + 1 < end && dateUnitAt(t, start)) {
                start++;
                changed = true;
                continue;
            }
            Matcher time = LEADING_TIME.matcher(t).region(start, end);
            if (time.lookingAt() && time.end() > start) {
                start = time.end();
                changed = true;
                continue;
            }
            if (start > 0 && (t.charAt(start - 1) == '(' || t.charAt(start - 1) == '（')) {
                for (String w : projectWords.bracketOpeners) {
                    if (t.startsWith(w, start) && start + w.length() < end) {
                        start += w.length(); // (含|沙镇溪大桥): what a bracket includes is a name of its own
                        changed = true;
                        break;
                    }
                }
                if (changed) {
                    continue;
                }
            }
            Matcher rank = RANK_BEFORE.matcher(t).region(start, end);
            if (rank.lookingAt() && end - rank.end() >= 4) {
                start = rank.end();
                changed = true;
                continue;
            }
            Matcher lanes = LANES.matcher(t).region(start, end);
            if (lanes.lookingAt() && lanes.end() < end) {
                start = lanes.end(); // 八车道|西安咸阳机场专用高速公路: how wide the road is, not its name
                changed = true;
                continue;
            }
            Matcher numbering = ListedNames.LEADING_NUMBERING.matcher(t).region(start, end);
            if (numbering.lookingAt()) {
                start = numbering.end();
                changed = true;
                continue;
            }
            String stop = leftStopAt(c, start, end, false);
            if (stop != null) {
                start += stop.length();
                changed = true;
            }
        }
        return start;
    }

    /** One character that makes a road's or a place's name of the word before it (新建路, 建设街, 新建村). */
    private static final String PLACE_AFTER_WORD = "路街巷道村镇乡";

    /** 新建|柳州至梧州铁路项目: the stop words of two or more characters at a list item's start (project-left-stops.txt). */
    int trimLeftStops(DocumentContext c, int start, int end) {
        for (String stop = leftStopAt(c, start, end, true); stop != null; stop = leftStopAt(c, start, end, true)) {
            start += stop.length();
        }
        return start;
    }

    /**
     * The longest stop word of project-left-stops.txt that comes off a name at {@code start} (not where a county's name
     * begins), or null. A one-character stop word stands alone (和林格尔 and 向家坝 keep their first character) and is
     * no conjunction after a list mark; in a later item of a list ({@code laterItem}) only words of two characters or
     * more come off, and none the next character makes a road or a village of (新建路|越江通道, 新建村).
     */
    private String leftStopAt(DocumentContext c, int start, int end, boolean laterItem) {
        String t = c.t();
        for (String w : projectWords.leftStops) {
            int after = start + w.length();
            if (!t.startsWith(w, start) || after >= end || projectWords.specific.countyBeginsAt(t, start, end)) {
                continue;
            }
            boolean off = laterItem ? w.length() > 1 && PLACE_AFTER_WORD.indexOf(t.charAt(after)) < 0
                    : (w.length() > 1 || endsWord(c, start + 1)) && !conjunctionAfterListMark(t, start, w);
            if (off) {
                return w;
            }
        }
        return null;
    }

    /** 一期5个子项目 → 子项目; 50亿元以上项目 → 项目: a count or sum before the name is no part of it. */
    static int cutAfterCountedAmount(DocumentContext c, int start, int end) {
        int s = start;
        for (Amount a : c.amounts()) {
            if (a.start() >= start && a.end() <= end && (a.kind() == UnitKind.MONEY || CUT_UNITS.contains(a.unit()))) {
                s = Math.max(s, a.end());
            }
        }
        if (s > start && s < end && c.t().charAt(s) == c.t().charAt(s - 1) && CUT_UNITS.contains(String.valueOf(c.t().charAt(s)))) {
            s++; // 一座|座|现代化新机场: the measure word doubled (one after another) counts too
        }
        return s;
    }

    /** True when a word of batches (一批, 一系列) ends right at {@code start}. */
    boolean batchBefore(String t, int start) {
        for (String w : projectWords.batchWords) {
            if (start >= w.length() && t.startsWith(w, start - w.length())) {
                return true;
            }
        }
        return false;
    }

    /**
     * 投资5亿元的|铜山湖科技生态园…项目, 年产30万吨的|…: an amount and 的 inside a candidate describe the works named after
     * them; the name starts after the last such 的.
     */
    static int afterDescribingAmount(DocumentContext c, int start, int end) {
        String t = c.t();
        int s = start;
        for (Amount a : c.amounts()) {
            if (a.start() >= start && a.end() + 1 < end && t.charAt(a.end()) == '的' && a.unit() != null && !a.unit().isEmpty()) {
                s = Math.max(s, a.end() + 1);
            }
        }
        return end - s >= 4 ? s : start;
    }

    /** True when a count of two or more things (三个, 5座) ends right at {@code start}. */
    static boolean countedBefore(DocumentContext c, int start) {
        for (Amount a : c.amounts()) {
            if (a.end() == start && a.kind() != UnitKind.MONEY && CUT_UNITS.contains(a.unit()) && !a.unit().equals("年")
                    && !a.unit().equals("月") && !a.unit().equals("天") && a.value() != null
                    && a.value().compareTo(java.math.BigDecimal.ONE) > 0) {
                return true;
            }
        }
        return false;
    }

    /** 政策支持推动重点项目 → 重点项目: a verb that leads up to a name ends whatever came before. */
    int cutAfterLastCutWord(DocumentContext c, int start, int end) {
        String t = c.t();
        for (int i = end; i > start; i--) {
            List<String> words = projectWords.cutWordsByLastChar.get(t.charAt(i - 1));
            if (words == null) {
                continue;
            }
            for (String w : words) {
                if (i - w.length() >= start && t.startsWith(w, i - w.length())
                        && (w.length() > 1 || endsWord(c, i) && endsWord(c, i - 1))) {
                    if (i == end && projectWords.worksWords.contains(w) && projectWords.headEndingAt(t, i - w.length()) != null) {
                        continue; // 曹妃甸煤码头|续建|工程: the works done on the facility named just before
                    }
                    if (projectWords.buildWords.contains(w) && (i == end || end - i == 2) && (t.startsWith("项目", i) || t.startsWith("工程", i))) {
                        continue; // 小城子水库|建设|工程: the name's own closing words
                    }
                    if (w.length() == 1 && org.govfacts.text.Clauses.CONJUNCTIONS.contains(w) && i - 1 - start == 1) {
                        continue; // 新和成|南港新材料: a conjunction after one character joins nothing, it is inside a name
                    }
                    if (w.length() == 1 && initialOfALine(t, i - 1, start)) {
                        continue; // 通让铁路, 向莆铁路: the initial of a place in a line's name, not a verb
                    }
                    if (w.length() == 1 && partsByNumberAround(t, i - 1)) {
                        continue; // 拉萨贡嘎机场T1和T2航站楼: the conjunction joins the numbers of one facility's parts
                    }
                    if (conjunctionAfterListMark(t, i - 1, w)) {
                        continue; // 、和山巨力MDI项目: what follows a list's mark starts an item, it joins nothing
                    }
                    if (w.length() == 1 && org.govfacts.text.Clauses.CONJUNCTIONS.contains(w) && i - 2 >= start && t.charAt(i - 2) == '至') {
                        continue; // 南京至|和县市域铁路: after a route's 至 comes a place (和县), never a conjunction
                    }
                    return i;
                }
            }
        }
        return start;
    }

    /** Whether the character at {@code at} is one of two that stand right before a line's head word (通让|铁路, 向莆|铁路). */
    private boolean initialOfALine(String t, int at, int start) {
        // a conjunction or particle (和, 的, 等) is never an initial: mayBeInitials refuses function characters
        for (String h : projectWords.abbreviatedLineHeads) {
            int pair = at - 1 >= start && t.startsWith(h, at + 1) ? at - 1 : at + 1 < t.length() && t.startsWith(h, at + 2) ? at : -1;
            if (pair >= 0 && SpecificName.mayBeInitials(t.substring(pair, pair + 2))) {
                return true;
            }
        }
        return false;
    }

    /**
     * 、和静(巴音布鲁克)机场, 、和田至日喀则铁路: a list's mark is never followed by a conjunction, so a 和, 与 or 及 right
     * after it is the first character of the item's name.
     */
    static boolean conjunctionAfterListMark(String t, int at, String w) {
        return w.length() == 1 && org.govfacts.text.Clauses.CONJUNCTIONS.contains(w) && at > 0 && t.charAt(at - 1) == '、';
    }

    /** Leading words and verbs off, until neither finds more. */
    int trimLeading(DocumentContext c, int start, int end) {
        int s = start;
        while (true) {
            int next = skipLeadingVerbs(c, trimLeft(c, s, end), end);
            if (next == s) {
                return s;
            }
            s = next;
        }
    }

    /** A road's number right before a road's name (G320湘潭绕城线): where the number starts, else {@code start}. */
    static int withRoadCode(String t, int start, int end) {
        String name = t.substring(start, end);
        if (name.indexOf('路') < 0 && name.indexOf('线') < 0 && name.indexOf('道') < 0) {
            return start;
        }
        for (int from = Math.max(0, start - 8); from < start; from++) {
            if (ShapedNames.ROAD_CODE.matcher(t).region(from, start).matches()) {
                return from;
            }
        }
        return start;
    }

    /**
     * Where a name starts once a date at its start (今年3月, 6月) is taken off, and after the last full date inside it;
     * {@code start} if none, or if nothing would be left before {@code end}.
     */
    static int afterLeadingDate(String t, int start, int end) {
        Matcher date = LEADING_DATE.matcher(t).region(start, end);
        int after = date.lookingAt() && date.end() < end ? date.end() : start;
        // 50年前|宁波港镇海港区: when it was, not a part of the name (a candidate may start inside it, at 前)
        Matcher ago = YEARS_AGO.matcher(t).region(Math.max(0, after - 8), end);
        while (ago.find() && ago.start() <= after) {
            if (ago.end() > after && end - ago.end() >= 4) {
                after = ago.end();
                break;
            }
        }
        // 中新网贵州新闻1月23日电 (李俞慧)1月22日|贵州省凤山水库: a full date inside the candidate, a dateline's or the
        // event's, ends what came before it
        Matcher inner = INNER_DATE.matcher(t).region(after, end);
        while (inner.find()) {
            if (end - inner.end() >= 2) {
                after = inner.end();
            }
        }
        Matcher reporter = REPORTER.matcher(t).region(after, end);
        while (reporter.find()) {
            if (end - reporter.end() >= 2) {
                after = reporter.end(); // 天山网讯(记者许倩报道)|88小教学楼: a dateline without a date
            }
        }
        return after;
    }

    /**
     * 加力建设佳同铁路 → 佳同铁路: verbs and adverbs the segmenter knows as words lead up to a name
     * and are no part of it. Single characters are kept: an unknown name falls apart into them.
     */
    private int skipLeadingVerbs(DocumentContext c, int start, int end) {
        List<Token> tokens = c.text().tokens();
        int k = c.text().tokenIndexAt(start);
        int s = start;
        while (k < tokens.size()) {
            Token tok = tokens.get(k);
            if (tok.start() != s || tok.end() >= end) {
                break;
            }
            Token next = k + 1 < tokens.size() ? tokens.get(k + 1) : null;
            if (s == start && tok.pos().startsWith("nt") && next != null && next.start() == tok.end() && next.end() < end
                    && (next.pos().equals("d") || next.pos().equals("p") || next.pos().startsWith("v") && !next.pos().equals("vn"))) {
                s = tok.end(); // 交通部|也正在做|桃园机场第三航厦, 交通部|将|淡江大桥: the body that acts, then its verb, lead in
                k++;
                continue;
            }
            Token third = k + 2 < tokens.size() ? tokens.get(k + 2) : null;
            if (s == start && tok.pos().equals("ns") && next != null && next.start() == tok.end() && next.word().length() >= 2
                    && (next.pos().equals("d") || next.pos().equals("vd")) && third != null && third.start() == next.end()
                    && third.end() < end && third.pos().equals("v")) {
                // 贵州|同步|开启|贵阳至纳雍铁路: a place that acts, an adverb, then its verb lead in (not 太湖|太|浦河, 嫩江|至多|宝山:
                // a character of the name the segmenter took for an adverb)
                s = tok.end();
                k++;
                continue;
            }
            if (tok.word().length() < 2) {
                // 可|缓解|成渝高速: a one-character modal or adverb before a verb of two leads in too
                boolean modal = (tok.pos().equals("v") || tok.pos().equals("d")) && next != null && next.start() == tok.end()
                        && next.end() < end && next.word().length() >= 2 && next.pos().startsWith("v") && !next.pos().equals("vn")
                        // 也|正在|做: a one-character adverb before another adverb leads in too
                        || tok.pos().equals("d") && next != null && next.start() == tok.end() && next.end() < end && next.pos().equals("d")
                        // 正在|做|桃园机场: a one-character verb after the adverbs that led in is the last of them
                        || s > start && tok.pos().equals("v") && k > 0 && tokens.get(k - 1).pos().equals("d");
                if (!modal) {
                    break;
                }
                s = tok.end();
                k++;
                continue;
            }
            String pos = tok.pos();
            if (s == start && intransitiveAfterDe(c, tok)) {
                break;
            }
            boolean lead = pos.startsWith("v") && !pos.equals("vn") || pos.startsWith("d") || pos.equals("p") || pos.equals("c");
            if (!lead || projectWords.specific.isDivisionName(tok.word())) { // 兴县/v|至保德铁路: a county the segmenter takes for a verb
                break;
            }
            if (projectWords.specific.namesCityRoad(tok, next, end)) {
                break; // 解放|大道, 发展|大道: a city road is often named with a verb
            }
            s = tok.end();
            k++;
        }
        return s;
    }

    /**
     * 总投资4.4亿元的|通天/vi|葡萄酒科技产业园项目: an intransitive verb right after 的 takes no object, so it leads up to
     * nothing; it is a word of the name (a brand's, a place's) that 的 describes.
     */
    static boolean intransitiveAfterDe(DocumentContext c, Token tok) {
        return tok.pos().equals("vi") && tok.start() > 0 && c.t().charAt(tok.start() - 1) == '的';
    }

    /** True when a word of the segmented text ends (and the next begins) at {@code offset}. */
    static boolean endsWord(DocumentContext c, int offset) {
        List<Token> tokens = c.text().tokens();
        int k = c.text().tokenIndexAt(offset);
        return k >= tokens.size() || tokens.get(k).start() == offset || offset == 0;
    }

    /** A space between two Chinese words separates phrases (a heading's halves), never a name's parts. */
    static int cutAfterInnerSpace(String t, int start, int end) {
        for (int i = end - 1; i > start; i--) {
            if (t.charAt(i) == ' ' && Character.isIdeographic(t.charAt(i - 1)) && i + 1 < t.length()
                    && Character.isIdeographic(t.charAt(i + 1))) {
                if (i - start >= 2 && i - start <= 4 && start > 0 && "、，,；;".indexOf(t.charAt(start - 1)) >= 0
                        && t.substring(start, i).chars().allMatch(Character::isIdeographic)) {
                    return start; // …,鹅公岩 长江大桥,…: a short list item, a place and its work typed apart
                }
                return i + 1;
            }
        }
        return start;
    }

    boolean endsInKindLabel(String t, int start, int end) {
        if (end >= t.length() || !Character.isIdeographic(t.charAt(end)) || NameEnd.blockedAfter(t, end, projectWords.headBlockers)) {
            return false;
        }
        Matcher m = KIND_LABEL.matcher(t).region(start, end);
        while (m.find()) {
            if (m.end() == end) {
                int next = end;
                while (next < t.length() && next < end + 12 && Character.isIdeographic(t.charAt(next))) {
                    if (projectWords.suffixAt(t, next) != null) {
                        return true; // a name follows in the same phrase
                    }
                    next++;
                }
            }
        }
        return false;
    }

    /** 湖南省重大水利工程|金塘冲水库: a kind of works (重大…工程, 重点…项目) labels the name after it. */
    int cutAfterKindLabel(String t, int start, int end) {
        Matcher m = KIND_LABEL.matcher(t).region(start, end);
        int cut = start;
        while (m.find()) {
            if (projectWords.suffixAt(t, m.end()) == null && m.end() < end) {
                cut = m.end();
            }
        }
        return cut;
    }

    /** Where a name starts after the labels before it (重点项目|…, 正式|项目|13号线西延伸), its head word at {@code headStart}. */
    int afterNameLabels(String t, int start, int headStart) {
        for (String label : projectWords.nameLabels) {
            start = cutAfterLabel(t, start, headStart, label);
        }
        if ((t.startsWith("项目", start) || t.startsWith("工程", start)) && start + 2 < headStart) {
            start += 2; // what ends a label begins no name
        }
        return start;
    }

    /** 铜基新材料产业链|荣煜铜基新材料项目: the chain is a label; the name follows it. */
    private int cutAfterLabel(String t, int start, int end, String label) {
        // only a label inside the name counts: the search stops at the name's end (searching on to
        // the end of the text made a long line without breaks quadratic)
        for (int k = start; k + label.length() < end - 1; k++) {
            char ch = t.charAt(k);
            if (ch == '、' || ch == '(' || ch == ')' || ch == '（' || ch == '）') {
                return start;
            }
            if (t.startsWith(label, k)) {
                return projectWords.suffixAt(t, k + label.length()) == null ? k + label.length() : start;
            }
        }
        return start;
    }
}
