package org.govfacts.extract.project;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govfacts.extract.DocumentContext;
import org.govfacts.extract.FoundFact;
import org.govfacts.segment.Token;
import org.govfacts.text.Clauses;
import org.govfacts.text.WrappedLines;

/**
 * The one gate every finder's candidate passes: the span trimmed at both ends and tested as a specific name before
 * it becomes a project fact.
 */
final class NameAcceptance {
    /** How far into a candidate a description word (project-description-words.txt) makes it a description. */
    private static final int DESCRIPTION_REACH = 8;
    /** The shortest name after a description's head word (红沿河核电 after 东北首座核电站). */
    private static final int MIN_AFTER_DESCRIPTION = 4;
    /** Marks that end a clause or part a list: none starts a name. */
    private static final String LEADING_MARKS = "，,、：:；;";
    /** 第四次, 第3次: the how-many-th time of something, which opens no name. */
    private static final Pattern ORDINAL_TIMES = Pattern.compile("第(?:\\d+|[一二三四五六七八九十]+)次");
    private static final Pattern SECTION_FROM = Pattern.compile("[至到]\\p{IsHan}{2,8}?段");
    /** A count right after a name of works (…建设项目|5000个): the name is of a kind. */
    private static final Pattern COUNT_AFTER = Pattern.compile("(?:\\d+|[一二三四五六七八九十百千两]+)[个项批]");
    /** 12个, 三座: a count of two or more right after a name, ending its clause or list item. */
    private static final Pattern MANY_AFTER = Pattern.compile("(?:[2-9]|\\d{2,}|[两三四五六七八九十百千]+)[个座家处所条](?=[、，,；;。])");
    /** 2个152公里: another figure after the count, which then sums the list before. */
    private static final Pattern NEXT_FIGURE = Pattern.compile("[、，,]?\\d");
    /** (1) , （12）, ①: the number of a list's item before its name. */
    private static final Pattern ITEM_NUMBER = Pattern.compile("(?:[(（]\\d{1,3}[)）]|[\\u2460-\\u2473])\\s*");
    /** 3个项目, 十个重大工程: the count of a list's items as projects, after its last item. */
    private static final Pattern LIST_COUNT_AFTER = Pattern.compile(Counts.NUMBER + "[个项]\\p{IsHan}{0,4}?(?:项目|工程)");
    /** A size at the start of a name, whole (6万吨, 35万千瓦). */
    private static final Pattern SIZE_FIRST_WHOLE = Pattern.compile(
            "[\\d.]+(?![\\d.]*(?:号|" + ProjectFinder.VOLTAGE_UNITS + "))[万亿]?(?:吨|千瓦|兆瓦|吉瓦时|吉瓦|GWh|GW|MW|立方米|平方米|亩|辆|台|套|头|只|张)级?");
    private static final Pattern SUPERLATIVE_BEFORE = Pattern.compile("(?:第[一二三四五六七八九十]大|首个|首座|首家|首条|最大|最长|最高)的?$|[^目]的$");
    private static final Pattern ONE_DESCRIBED_BEFORE = Pattern.compile("一[条座个处所片]+[^。；：;]{0,36}的$");
    /** 一号核电…, 二号…: a name's number, not its start (but 一号线 is a line's number). */
    private static final Pattern NUMBERED_START = Pattern.compile("[一二三四五六七八九十]号(?![线楼])");
    /** 12号线, 九号线, 三环路: a line's or ring's number picks one out. */
    static final Pattern LINE_NUMBER = Pattern.compile("(?:\\d{1,2}|[一二三四五六七八九十]{1,3})号线|^[东西南北内外]?[二三四五六七八九十]环路");
    /**
     * 广昆高速等|拥堵路段: a list closed by 等 inside a candidate, which names a kind after it (not 等级提升工程); 旗县(市、区): the
     * kinds of places a sentence speaks of, in brackets.
     */
    private static final Pattern LIST_CLOSED_INSIDE = Pattern.compile(".等(?!级)|[(（][市县区州旗盟、]*、[市县区州旗盟、]*[)）]");
    /** The quotation marks a short name a text defines stands in (简称“…”, 简称「…」). */
    static final String SHORT_NAME_OPENS = "“\"「";
    static final String SHORT_NAME_CLOSES = "”\"」";
    /** 1条, 两套: a count right before a name, which makes it a kind counted. */
    private static final Pattern COUNTED_BEFORE = Pattern.compile(Counts.NUMBER + "\\s*[条个套座]$");
    /** (CBD线), （平谷线）: a line's other name, in brackets after its number. */
    private static final Pattern LINE_ALIAS = Pattern.compile("[(（][\\p{IsHan}A-Za-z0-9]{1,8}线[)）]");
    /** A section, then 和/与/及 and a second section of the same line to the end (…利辛至淮南段和淮南至合肥段). */
    private static final Pattern SECOND_SECTION = Pattern.compile("(.{4,}?段)[" + org.govfacts.text.Clauses.CONJUNCTIONS + "](?:[\\u4e00-\\u9fa5]{2,6}至)?[\\u4e00-\\u9fa5]{2,6}段");
    /** 榕江至融安: a route between two places, which picks one work out. */
    static final Pattern ROUTE = Pattern.compile("\\p{IsHan}{2,8}至\\p{IsHan}{2,8}");

    private final NameEnd nameEnds;
    private final NameStart nameStarts;
    private final NameTests nameTests;
    private final ProjectWords projectWords;

    NameAcceptance(NameEnd nameEnds, NameStart nameStarts, NameTests nameTests, ProjectWords projectWords) {
        this.nameEnds = nameEnds;
        this.nameStarts = nameStarts;
        this.nameTests = nameTests;
        this.projectWords = projectWords;
    }

    /**
     * 从|东海到上海外高桥码头, 汉阳江滩一期(|晴川阁—鹦鹉湖泵站|): how far a work reaches, from one place to another, names
     * no work of its own.
     */
    private static boolean extent(String t, int start, int end) {
        String span = t.substring(start, end);
        boolean route = span.indexOf('到') >= 0 || span.indexOf('至') >= 0 || span.indexOf('—') >= 0;
        if (!route || start == 0) {
            return false;
        }
        char before = t.charAt(start - 1);
        return before == '从' || (before == '(' || before == '（') && end < t.length() && (t.charAt(end) == ')' || t.charAt(end) == '）')
                && span.indexOf('—') >= 0;
    }

    /**
     * 北辰至|滨海新区|段, 天津西段|京沪高速|至津冀界段: either end of a line's section is a place on the line, whatever else
     * it names.
     */
    static boolean farEndOfSection(String t, int start, int end) {
        return start > 0 && "至到".indexOf(t.charAt(start - 1)) >= 0 && t.startsWith("段", end)
                || SECTION_FROM.matcher(t).region(end, t.length()).lookingAt();
    }

    /** True when {@code [start, end)} is one word the segmenter takes for an organisation or a brand. */
    private static boolean oneOrganisation(DocumentContext c, int start, int end) {
        Token tok = c.text().tokenStartingAt(start);
        if (tok == null || tok.end() != end) {
            return false;
        }
        String pos = tok.pos();
        return pos.startsWith("nt") || pos.equals("nz") || pos.startsWith("nr");
    }

    /**
     * True when the name holding {@code at} may begin before it: a Han character stands there that is no verb's end (a
     * verb of two characters or more, 进行|十号货柜码头, 开工|G347梓潼至江油段, ends whatever comes before the name).
     */
    static boolean nameGoesOnBefore(DocumentContext c, int at) {
        if (at <= 0 || !Character.isIdeographic(c.t().charAt(at - 1))) {
            return false;
        }
        Token before = c.text().tokenEndingAt(at);
        return !(before != null && before.pos().startsWith("v") && before.end() - before.start() >= 2);
    }

    /**
     * 「北都公路」, 「沙田绕道」 (Hong Kong, Taiwan): corner brackets that hold a facility's whole name, its head word last, mark
     * the name as such, not a slogan's words (a programme's head, 工程 or 计画, does not count).
     */
    private boolean facilityInCornerBrackets(String t, int start, int end) {
        if (start < 1 || end >= t.length() || t.charAt(start - 1) != '「' || t.charAt(end) != '」') {
            return false;
        }
        String head = projectWords.headEndingAt(t, end);
        return head != null && end - start > head.length() && !projectWords.programmeHeads.contains(head) && !head.equals("项目");
    }

    /** (简称“定州电厂三期扩建项目”): the whole quotation, right after a word that defines a short name (project-short-name-openers.txt). */
    boolean definedShortName(String t, int start, int end) {
        if (start < 1 || end >= t.length() || SHORT_NAME_OPENS.indexOf(t.charAt(start - 1)) < 0 || SHORT_NAME_CLOSES.indexOf(t.charAt(end)) < 0) {
            return false;
        }
        return projectWords.shortNameOpeners.stream().anyMatch(w -> t.startsWith(w, start - 1 - w.length()));
    }

    void accept(DocumentContext c, int start, int end, boolean needsProperStart, List<FoundFact> out) {
        accept(c, start, end, needsProperStart, false, false, out);
    }

    /**
     * With {@code enumerated}, the candidate is an item of a list that follows a count of projects
     * (集中开工项目18个，包括…): a long item that says what is built is a name by that standing,
     * though the segmenter knows none of its words (同心旅游小镇整体风貌改造工程). With {@code listed}, the
     * text itself calls the candidate a project (…等项目, 包括…等), which outweighs an ending that is
     * otherwise no works (中粮粮谷面粉全产业链、…等项目).
     */
    void accept(DocumentContext c, int start, int end, boolean needsProperStart, boolean enumerated,
            boolean listed, List<FoundFact> out) {
        accept(c, start, end, needsProperStart, enumerated, listed, false, out);
    }

    /** 承建该工程, 投资此项目: works pointed back at by a demonstrative before the head word. */
    private static final Pattern ANAPHORIC_END = Pattern.compile("(?:该|此|这个?|这一)(?:项目|工程)$");

    /**
     * 北京到|雄安新区, 天津西站到|北京大兴国际机场, 延伸到|青茂口岸: 到 or 连接 before a work that is no line (a zone, an airport,
     * a port) joins a place or a route to it, and the work is what follows; before a line's head (宜昌到来凤高速公路,
     * 兰郑长管道兰州到武汉段, 宜昌到郑万连接线) it names the line's ends and belongs to the name.
     */
    private int afterRouteWord(String t, int start, int end) {
        if (start > 0 && "从由自".indexOf(t.charAt(start - 1)) >= 0) {
            return start; // 从东海到上海外高桥码头: the two ends of a stretch, no work of its own
        }
        for (String w : projectWords.routeWords) {
            int at = t.lastIndexOf(w, end - 1);
            if (at < start || end - at - w.length() < 3) {
                continue;
            }
            String after = t.substring(at + w.length(), end);
            if (projectWords.headEndingAt(t, at + w.length() + 2) != null || after.chars().anyMatch(ch -> org.govfacts.text.Clauses.LIST_JOINERS.indexOf(ch) >= 0)) {
                continue; // 文二西路连接|隧道工程: a work named as what joins; 连接|西部城区及珠海金湾机场: two things joined
            }
            String head = projectWords.headEndingAt(t, end);
            boolean line = after.contains("段") || after.contains("线") || after.contains("路")
                    || projectWords.lineHeads.stream().anyMatch(after::endsWith);
            if (head != null && !line) {
                return at + w.length();
            }
        }
        return start;
    }

    /**
     * With {@code vouched}, the candidate's fellow items of one list have proved names, so an item that ends
     * in a head word needs no proper noun of its own (琼州大桥、世纪大桥等15个项目).
     */
    void accept(DocumentContext c, int start, int end, boolean needsProperStart, boolean enumerated,
            boolean listed, boolean vouched, List<FoundFact> out) {
        String t = c.t();
        // a name never runs over a sentence's end (富士康(。周口)科技工业园 names 周口)科技工业园 at most)
        for (int i = end - 1; i >= start; i--) {
            char ch = t.charAt(i);
            if (ch == '\n' && !projectWords.wrappedLines.softBreak(t, i) || ch == '\r' || ch == '。' || ch == '！' || ch == '？' || ch == '!' || ch == '?') {
                start = i + 1;
                break;
            }
        }
        // 包括,成都至都江堰快速客运铁路: a list's opener may leave the clause's comma or colon before its first item
        while (start < end && (Character.isWhitespace(t.charAt(start)) || LEADING_MARKS.indexOf(t.charAt(start)) >= 0)) {
            start++;
        }
        while (end > start && Character.isWhitespace(t.charAt(end - 1))) {
            end--;
        }
        if (start + 1 < end && t.charAt(start) == '「' && end < t.length() && t.charAt(end) == '」') {
            start++; // 「沙田绕道」: the name inside its corner brackets
        }
        start = afterRouteWord(t, start, end);
        end = nameEnds.cutTrailingWorks(t, start, end);
        end = nameEnds.cutBracketedQualifier(t, start, end);
        end = nameEnds.cutTrailingPart(t, start, end);
        end = nameEnds.cutTrailingLength(t, start, end);
        while (end - start > 3 && projectWords.trailingAdverbs.indexOf(t.charAt(end - 1)) >= 0 && projectWords.headEndingAt(t, end - 1) != null) {
            end--; // 北外环交流道及金城交流道|也已开工: an adverb of the clause's verb, left after the verb is cut
        }
        if (locatedAt(t, start, end)) {
            return; // 位于|东升镇新中心区同乐大街: where a work stands, not a work
        }
        int road = nameStarts.afterAreaOfTown(t, start, end);
        Matcher roadName = projectWords.series.matcher(t).region(road, end);
        if (road > start && roadName.matches() && !projectWords.seriesHeadsOfThree.contains(roadName.group("head"))) {
            start = road; // 东盟片区|里建大道: a road named after the part of town it runs in
        }
        Matcher alias = LINE_ALIAS.matcher(t).region(end, Math.min(t.length(), end + 12));
        int coded = ProjectWords.codedAliasEnd(t, end);
        if (t.startsWith("线", end - 1) && LINE_NUMBER.matcher(t.substring(start, end)).find() && alias.lookingAt()) {
            end = alias.end(); // 28号线(CBD线), 22号线(平谷线): a numbered line with its other name in brackets
        } else if (coded > 0 && projectWords.lineHeads.contains(projectWords.headEndingAt(t, end))) {
            end = coded; // 雄安新区至北京大兴国际机场快线(R1线): a line with its network's letter and number in brackets
        }
        start = NameStart.afterLeadingDate(t, start, end); // 今年3月|宁蒗至永胜高速公路全线通车: when, not a part of the name
        start = NameStart.afterDescribingAmount(c, start, end); // 投资5亿元的|铜山湖科技生态园…项目: a description before the name
        Matcher enumerator = ITEM_NUMBER.matcher(t).region(start, end);
        if (enumerator.lookingAt() && enumerator.end() < end) {
            start = enumerator.end(); // (1) |沪昆客运专线长沙至昆明段: the number of a list's item, not a part of the name
        }
        start = nameTests.afterKindOfWorks(c, start, end); // 轨道交通工程|八通线: the kind of works the name after is one of
        start = nameTests.afterStreetAddress(c, start, end); // 县创业大道|长安建筑工业化产业园: where it stands
        int[] inner = nameEnds.workNamedInBrackets(t, start, end);
        start = inner[0];
        end = inner[1];
        // 济南至祁门高速公路利辛至淮南段|和淮南至合肥段: a second section of the same line, whose name the first one holds
        Matcher second = SECOND_SECTION.matcher(t.substring(start, end));
        if (second.matches()) {
            end = start + second.end(1);
        }
        start = NameStart.withRoadCode(t, start, end); // G320|湘潭绕城线湘乡城区段: the road's number begins its name
        String raw = t.substring(start, end);
        String name = raw.replaceAll("\\s+", "");
        if (name.length() < 3 || name.length() > 40
                || c.quoted().anyQuoted(start, end) && !definedShortName(t, start, end) && !facilityInCornerBrackets(t, start, end) || name.indexOf('“') >= 0
                || name.indexOf('”') >= 0 || name.indexOf('‘') >= 0 || name.indexOf('’') >= 0 || name.indexOf('《') >= 0
                || name.indexOf('%') >= 0 || LIST_CLOSED_INSIDE.matcher(name).find() || nameTests.isGeneric(name) || nameTests.kindOfCorridor(name)) {
            return;
        }
        Matcher kind = NameStart.KIND_LABEL.matcher(name);
        while (kind.find()) {
            if (kind.end() == name.length()) {
                return; // 三川大地重点项目, 湖南省重大水利工程: a kind of works, by rank
            }
        }
        if (!ListParts.bracketsBalanced(name)) {
            return; // jīng)…: a name cut inside a bracket (a pinyin annotation, a qualifier) is no name
        }
        if (name.chars().noneMatch(Character::isIdeographic)) {
            return; // 5G-A: a technology or a code alone
        }
        if (NUMBERED_START.matcher(name).lookingAt() && nameGoesOnBefore(c, start)) {
            return; // 国和|一号核电示范工程: a numbered name (华龙一号) begins before its number (not 进行|十号货柜码头)
        }
        if ((name.endsWith("项目") || name.endsWith("工程")) && COUNT_AFTER.matcher(t).region(end, t.length()).lookingAt()
                && !ROUTE.matcher(name).find() // 榕江至融安高速公路项目|2个152公里: the count sums the list before
                && !(start > 0 && t.charAt(start - 1) == '、' && LIST_COUNT_AFTER.matcher(t).region(end, t.length()).lookingAt())) {
            // …扩容工程、潭邵高速公路大修工程|3个项目: the list's last item, which a count of projects sums (not 会展业项目|1个, a kind)
            return; // 宜居环境建设项目|5000个: projects of a kind, counted
        }
        Matcher many = MANY_AFTER.matcher(t).region(end, t.length());
        if (many.lookingAt() && !ROUTE.matcher(name).find() && !NEXT_FIGURE.matcher(t).region(many.end(), t.length()).lookingAt()
                && !NameEnd.lastOfList(t, start)) {
            return; // 建成闽宁产业园|12个、: several of a kind, counted (not 1个, nor a list's last item: A、B两座 counts the list)
        }
        if (farEndOfSection(t, start, end)) {
            return;
        }
        if (extent(t, start, end)) {
            return;
        }
        if (ANAPHORIC_END.matcher(name).find()) {
            return; // 葛洲坝集团承建|该工程: a clause that points back at works named before, no name of its own
        }
        if (name.indexOf('或') >= 0) {
            return; // 港口码头接入铁路专用线或管道: a choice between kinds is a policy's object, never one work
        }
        if (nameTests.isOfficial(name) || projectWords.specific.isFullDivisionName(name)) {
            return; // 市长毛光烈: a person by title; 浦东新区: a division of the country, no work
        }
        boolean studied = projectWords.specific.describedFacility(name);
        for (String opener : projectWords.categoryOpeners) {
            int at = name.indexOf(opener);
            if (!studied && (at == 0 || at > 0 && nameTests.genericOnly(name.substring(0, at)))) {
                return; // 大型坑口电站, 中心城市|大型热电联产: a class of plants by size
            }
        }
        if (ORDINAL_TIMES.matcher(name).lookingAt()) {
            return; // 第四次|管道建设高潮: the how-many-th time of something, not a work's number
        }
        if (name.contains("以上")) {
            return; // 四级及以上航道, 亿元以上项目: a threshold makes a category
        }
        for (String w : projectWords.descriptionWords) {
            int at = name.indexOf(w);
            if (at >= 0 && at < DESCRIPTION_REACH) {
                // 中国第一条海底隧道: the description beside a name (翔安隧道), not the name; 东北首座核电站|红沿河核电: the name
                // right after the description's head word is tried on its own
                for (int j = start + at + w.length() + 1; j <= end - MIN_AFTER_DESCRIPTION; j++) {
                    String head = projectWords.headEndingAt(t, j);
                    // the whole head word (核电站, not its 核电), a facility's (not 项目 or 工程)
                    if (head != null && ProjectWords.isFacilityHead(head) && projectWords.headEndingAt(t, j + 1) == null
                            && NameStart.endsWord(c, j)) {
                        accept(c, j, end, needsProperStart, enumerated, listed, vouched, out);
                        return;
                    }
                }
                return;
            }
        }
        if (name.startsWith("工程") || name.startsWith("项目")) {
            return; // 建设工程|霍邱段: a name cut after its own head word, the rest of an earlier one
        }
        Matcher size = SIZE_FIRST_WHOLE.matcher(name);
        if (size.lookingAt() && name.length() - size.end() <= 4 && !NameEnd.PHASE.matcher(name).find()) {
            return; // 6万吨电解锰: a size and a kind describe a plant (20万吨锂离子电池材料产业化 says more)
        }
        if (name.endsWith("项目") && projectWords.specific.onlyPlaces(c, start, end - 2)) {
            return; // 京津项目, 沪苏项目: projects from or in places, not one project
        }
        if (needsProperStart && !studied && !nameTests.startsLikeAName(c, start, end) && !NameEnd.PHASE.matcher(name).find()) {
            return;
        }
        if (!projectWords.hasFacilityWord(name) && oneOrganisation(c, start, end) && projectWords.seriesHeads.stream().noneMatch(name::endsWith)) {
            return; // 比亚迪、宁德时代等项目: a company alone is who builds, not what is built
        }
        if (needsProperStart && start > 0 && t.charAt(start - 1) == '等') {
            return; // A、B等|越江工程: the kind the items before belong to
        }
        if (end < t.length() && t.charAt(end) == '”' && !definedShortName(t, start, end)) {
            return; // …一基地”: the end of a quotation whose opening mark is far or lost, a slogan's words
        }
        if (start > 1 && t.charAt(start - 1) == '”' && "。！？!?".indexOf(t.charAt(start - 2)) < 0) {
            return; // “米”字形高铁网: a name that began inside quotation marks (not after a quoted sentence's end)
        }
        // 全省首个|双跑道运行机场: after a superlative only a name with a place or owner is one
        boolean described = SUPERLATIVE_BEFORE.matcher(t.substring(Math.max(0, start - 6), start)).find();
        if (needsProperStart && ONE_DESCRIBED_BEFORE.matcher(t.substring(Math.max(0, start - 40), start)).find()) {
            return; // 开辟一条…连接杭州城西到钱塘江的|排洪通道: one facility described, not named
        }
        if (nameTests.setAsGoal(t, start, name)) {
            return; // 打造|京鲁科技成果转化基地: a goal the report sets, not works
        }
        boolean standing = vouched || enumerated && name.length() >= 6 && projectWords.specific.namesWorks(name) && nameTests.startsLikeAName(c, start, end)
                || listed && nameTests.ownFacilityName(name) && nameTests.startsLikeAName(c, start, end);
        if (projectWords.specific.countsKinds(name) && !LINE_NUMBER.matcher(name).find() || nameTests.isRole(name) || projectWords.notWorksEndings.stream().anyMatch(e -> name.endsWith(e) && !(listed && projectWords.worksWhenListed.contains(e)))
                || projectWords.companyEndings.stream().anyMatch(name::endsWith)
                || name.startsWith("公司") || name.startsWith("有限公司") // 电站|有限公司燃气热电联产项目: a company's name cut in two
                || nameEnds.companyFollows(t, end) // 引江济淮|集团: the company named after the work
                || nameEnds.serviceFollows(t, end) // 黔粤通道|班列: a service run on the works
                || projectWords.placeBoundaryAfter(t, start, end) // 五环路|以内, 创业大道|与纬三路交叉口: a boundary or a crossing
                || !standing && !projectWords.specific.test(c, start, end, described)) {
            return;
        }
        String owned = projectWords.ownedHeads.stream().filter(name::endsWith).findFirst().orElse(null);
        if (owned != null && (!projectWords.specific.namesOwner(c, start, end - owned.length())
                || COUNTED_BEFORE.matcher(t.substring(Math.max(0, start - 4), start)).find())) {
            return; // 石墨电极生产线: a kind of line, no owner named; 1条|益生菌制剂生产线: lines counted by kind
        }
        int opened = nameEnds.withLineOpener(t, start, end); // 新建铁路|朱家窑至中川线, once the route has proved a name
        out.add(FoundFact.project(opened, end, opened == start ? name : t.substring(opened, end).replaceAll("\\s+", "")));
    }

    /** True when a word that says where something stands (位于, 地处) is in the name or ends right before it. */
    private boolean locatedAt(String t, int start, int end) {
        int before = start;
        while (before > 0 && Character.isWhitespace(t.charAt(before - 1))) {
            before--;
        }
        for (String w : projectWords.locationCues) {
            int in = t.indexOf(w, start);
            if (in >= 0 && in < end || before >= w.length() && t.startsWith(w, before - w.length())) {
                return true;
            }
        }
        return false;
    }
}
