package org.govfacts.extract.project;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govfacts.extract.DocumentContext;
import org.govfacts.lexicon.Lexicon;
import org.govfacts.segment.HanLpRuntime;
import org.govfacts.segment.Token;

/**
 * Whether a candidate names one particular work rather than a kind of works: besides its head word
 * (铁路, 工程 …) and the words that make categories ({@code project-generic-words.txt}: 现代, 大型,
 * 智算 …), a name holds a proper part — a place (regions.txt or a place the segmenter knows), an
 * organisation or person-like abbreviation (沈白, 国电投), a code or phase (G206, T3, 三期), a
 * route (晏城至表白寺), a capacity that pins one plant down (300万只), or a known project. Names
 * whose head word also ends names of kinds ({@code project-abstract-heads.txt}: 项目, 工程, 中心 …)
 * need one of these; other heads (水库, 大桥 …) may also rest on a brand the segmenter does not
 * know, which falls apart into single characters (湘河, 玛尔挡).
 */
final class SpecificName {
    private static final Pattern CODE = Pattern.compile(
            "[A-Za-z]+\\d|\\d+号线|[一二三四五六七八九十]{1,3}号线|^[东西南北内外]?[二三四五六七八九十]环路|\\d+(?:\\.\\d+)?代");
    private static final Pattern PHASE = Pattern.compile("第?[一二三四五六七八九十0-9]{1,2}期|[一二三四五六七八九十]号");
    /** 分淮入沂, 引绰济辽: water led from one river into another, each named by one character. */
    private static final Pattern TRANSFER = Pattern.compile("[引调分](\\p{IsHan})[济入补](\\p{IsHan})");
    private static final Pattern ROUTE = Pattern.compile("[\\u4e00-\\u9fa5]{2,8}(?:至|[-－—]{1,2})[\\u4e00-\\u9fa5]{2,8}");
    /** 禹门口提黄工程, 固海扬黄工程: works that lift the Yellow River's water at a place the name begins with. */
    private static final Pattern YELLOW_RIVER_LIFT = Pattern.compile("(\\p{IsHan}{2,6})[引提扬]黄(?:灌区)?工程");
    /** A capacity (300万只, 12英寸, 1000千伏) — a sum of money or a count of items is not one (kV is left out: 110kv输变电工程 is a kind). */
    private static final Pattern CAPACITY = Pattern.compile("\\d+(?:\\.\\d+)?万?(?:吨|只|头|千伏|千瓦|兆瓦|吉瓦|GW|MW|英寸|纳米|平方米|立方米|台|套|辆)(?!级)");
    /** Kinds counted (四大工程, 三大输电通道, 三个一批): a count of kinds, never one work. */
    private static final Pattern COUNT_OF_KINDS = Pattern.compile(
            "(?<!第)(?:[一二三四五六七八九十两百千几多]+|\\d+)(?:大|个|项|批|类)|^[一二三四五六七八九十两][\\u4e00-\\u9fa5]{1,2}$"
                    + "|^(?:[一二三四五六七八九十两][\\u4e00-\\u9fa5&&[^期号环线]]){2,3}$"); // 三校一区, 一园一区: counted kinds (not 三星二期, 三环二期)
    /** 千万吨级, 百万千瓦级, 百亿级, 万卡级: a size class, which makes a category. */
    private static final Pattern SIZE_CLASS = Pattern.compile("[十百千万亿]+(?:吨|千瓦|立方米|元|[\\u4e00-\\u9fa5])?级");
    /** Words seen at most this often in HanLP's core dictionary are taken for names. */
    static final int RARE = 10;
    private static final Set<String> NAME_POS = Set.of("ns", "nsf", "nr", "nr1", "nr2", "nrf", "nrj", "nt", "ntc", "ntcb",
            "ntcf", "ntch", "nth", "nto", "nts", "ntu", "nx", "j");
    private static final String FUNCTION_CHARACTERS = "的了和与及在对把向为以等是之或并将被从由于也都而";
    private static final Set<String> FUNCTION_POS = Set.of("p", "c", "u", "w", "d", "m", "q", "r", "y", "e", "o", "uj", "ul");

    private final List<String> generic;
    private final List<String> abstractHeads;
    private final List<String> known;
    /** 轨道交通, 地铁: a city rail network's words (project-rail-line-prefixes.txt). */
    private final List<String> railLinePrefixes;
    /** Heads of facilities named by what they study (project-descriptive-heads.txt), and the length that makes such a name one. */
    private final List<String> descriptiveHeads;
    private static final int DESCRIBED_NAME = 8;
    private final Set<String> places = new HashSet<>();
    private final org.govfacts.lexicon.Gazetteer gazetteer;

    private final List<String> heads;
    private final List<String> worksMorphemes;
    /** project-programme-heads.txt: heads of programmes and works alike (工程, 计画), which must say what is built. */
    private final List<String> programmeHeads;
    private final List<String> programmeWords;
    private final List<String> worksOnlyHeads;
    /** 第一人民医院, 第二实验小学, 第三水厂: a city's institutions and plants are told apart by their number. */
    private final Pattern numberedInstitution;
    /** 岭, 庙: the last character of a small place's name (project-place-endings.txt). */
    private final List<String> placeEndings;
    /** 铁路, 高速: heads of lines two initials may name (project-abbreviated-line-heads.txt). */
    private final List<String> abbreviatedLineHeads;
    /** 大道, 大街: city road heads a common word may name (project-city-road-heads.txt). */
    private final Set<String> cityRoadHeads;
    /** 东路, 南路: streets by direction, which a common or category word names too (project-directional-streets.txt). */
    private final Set<String> directionalStreets;
    /** 建设, 推进, 加快: verbs that lead up to a road rather than name it (project-build-words, project-left-stops). */
    private final Set<String> roadLeadVerbs;
    /** 棚改, 安置: words of housing works (project-estate-cues.txt). */
    private final List<String> estateCues;

    /** 延伸线, 联络线, 二线: a part of a line after its head word (project-line-parts.txt), and the heads of lines. */
    private final Pattern linePart;
    private final Set<String> lineHeads;

    SpecificName(Lexicon lexicon, List<String> generic, List<String> heads, Set<String> cityRoadHeads, Set<String> directionalStreets,
            Set<String> roadLeadVerbs,
            List<String> estateCues, Pattern linePart, Set<String> lineHeads, List<String> programmeHeads) {
        this.generic = generic;
        this.linePart = linePart;
        this.lineHeads = lineHeads;
        this.estateCues = estateCues;
        this.heads = heads;
        this.worksMorphemes = lexicon.words("project-works-morphemes");
        this.programmeWords = lexicon.words("project-programme-words");
        this.programmeHeads = programmeHeads;
        this.worksOnlyHeads = lexicon.words("project-works-only-heads");
        // 第二水厂: the facilities a city numbers as its own (project-numbered-heads.txt) are told apart so too
        this.numberedInstitution = Pattern.compile("第(?:\\d{1,3}|[一二三四五六七八九十]{1,3})\\p{IsHan}{0,4}?(?:"
                + String.join("|", worksOnlyHeads) + "|" + String.join("|", lexicon.words("project-numbered-heads")) + ")");
        this.placeEndings = lexicon.words("project-place-endings");
        this.abbreviatedLineHeads = lexicon.words("project-abbreviated-line-heads");
        this.cityRoadHeads = cityRoadHeads;
        this.directionalStreets = directionalStreets;
        this.roadLeadVerbs = roadLeadVerbs;
        List<String> abstracts = new ArrayList<>(lexicon.words("project-abstract-heads"));
        abstracts.sort(Comparator.comparingInt(String::length).reversed());
        this.abstractHeads = List.copyOf(abstracts);
        this.known = lexicon.words("projects");
        this.railLinePrefixes = lexicon.words("project-rail-line-prefixes");
        this.descriptiveHeads = lexicon.words("project-descriptive-heads");
        this.gazetteer = lexicon.gazetteer();
        for (String r : lexicon.words("regions")) {
            places.add(r);
            String shortForm = r.replaceFirst("(?:省|市|自治区|壮族自治区|回族自治区|维吾尔自治区|特别行政区|地区|盟|县|区)$", "");
            if (shortForm.length() >= 2) {
                places.add(shortForm);
            }
        }
    }

    /**
     * Whether a county's or district's name (full or short, no common word) begins at {@code at} and ends before
     * {@code end}: 从化 of 从化抽水蓄能电站 begins with a preposition's character, which is no stop there.
     */
    boolean countyBeginsAt(String t, int at, int end) {
        return countyLengthAt(t, at, end) > 0;
    }

    /** Whether a word is a division's full name (兴县, which the segmenter tags as a verb), or a short one that is no common word. */
    boolean isDivisionName(String word) {
        return isFullDivisionName(word)
                || uncommon(word) && gazetteer.find(word).stream().anyMatch(m -> m.start() == 0 && m.end() == word.length());
    }

    /** Whether a word is exactly a division's full name (浦东新区, 兴县). */
    boolean isFullDivisionName(String word) {
        return gazetteer.find(word).stream().anyMatch(m -> m.fullName() && m.start() == 0 && m.end() == word.length());
    }

    /** The length of the county's name {@link #countyBeginsAt} finds, 0 when there is none. */
    int countyLengthAt(String t, int at, int end) {
        for (var match : gazetteer.find(t.substring(at, end))) {
            if (match.start() == 0 && match.surface().length() >= 2 && match.end() < end - at && uncommon(match.surface())) {
                return match.surface().length();
            }
        }
        return 0;
    }

    /** A place's name that is no common word: HanLP's core dictionary counts it at most {@link #RARE} times, no generic word. */
    private boolean uncommon(String surface) {
        return HanLpRuntime.coreFrequency(surface) <= RARE && !generic.contains(surface);
    }

    /**
     * 九台|集中供热项目: a division of the gazetteer (a county or district, which regions.txt leaves out) named inside
     * the name as whole words, by a full or short name that is no common word (HanLP's core dictionary counts it at most
     * {@link #RARE} times: not 和平, 新华, 资源, nor a district called 郊区); null when there is none.
     */
    private String countyAtWord(DocumentContext c, int start, int end) {
        for (var match : gazetteer.find(c.t().substring(start, end))) {
            String surface = match.surface();
            int from = start + match.start();
            int to = start + match.end();
            if (surface.length() >= 2 && to < end && c.text().tokenStartingAt(from) != null && c.text().tokenStartingAt(to) != null
                    && uncommon(surface)) {
                return surface; // not 大通|道 (大通县 inside 大通道), not 郊区 (a district's full name, a common word)
            }
        }
        return null;
    }

    /** Whether a word is a region's name, in full or short (安康, 安康市). */
    boolean isPlaceName(String word) {
        return places.contains(word);
    }

    /** True when the name says what is built (铁路, 水库, 输变电 …), as works do and policies do not. */
    boolean namesWorks(String name) {
        return worksMorphemes.stream().anyMatch(name::contains);
    }

    /** A count of kinds (四大工程), which no single work is; 杭三|大桥 names a bridge (大 begins the head word). */
    boolean countsKinds(String name) {
        Matcher m = COUNT_OF_KINDS.matcher(name);
        while (m.find()) {
            int last = m.end() - 1;
            boolean headFollows = name.charAt(last) == '大' && heads.contains(name.substring(last));
            if (!headFollows && !insidePlaceName(name, m.start())) {
                return true;
            }
        }
        return false;
    }

    /**
     * 五大连池机场, 三亚港: a numeral that begins a place's own name (五大连池, a county-level city of the gazetteer; 三亚, a
     * city) counts nothing. A two-character name counts only as a city's or a province's: a county's short name (三河, 三江)
     * is as often a count of rivers.
     */
    private boolean insidePlaceName(String name, int at) {
        for (var match : gazetteer.find(name)) {
            boolean city = match.places().stream().anyMatch(p -> p.level() != org.govfacts.lexicon.Gazetteer.Level.COUNTY);
            if (match.start() <= at && at < match.end() && (match.end() - match.start() >= 3 || city)) {
                return true;
            }
        }
        return false;
    }

    /** Where a part of a line (天平铁路|北延伸线) begins after the line's head word, else -1. */
    int linePartStart(String name) {
        for (int p = name.length() - 2; p >= 3; p--) {
            for (String h : lineHeads) {
                if (name.startsWith(h, p - h.length()) && linePart.matcher(name).region(p, name.length()).matches()) {
                    return p;
                }
            }
        }
        return -1;
    }

    /** End of the head word (铁路, 高速公路) a name's closing section (大保段, 林芝至雅安段) follows, else -1. */
    private int lineBeforeSection(String name) {
        if (!name.endsWith("段")) {
            return -1;
        }
        int best = -1;
        for (String h : heads) {
            int at = name.lastIndexOf(h, name.length() - 2);
            int headEnd = at + h.length();
            if (at > 0 && headEnd > best && headEnd < name.length() && ShapedNames.SECTION.matcher(name.substring(headEnd)).matches()) {
                best = headEnd;
            }
        }
        return best;
    }

    /** End of the last non-abstract head word inside a name that ends in an abstract one, else -1. */
    private int innerConcreteHeadEnd(String name) {
        String last = null;
        for (String h : abstractHeads) {
            if (name.endsWith(h)) {
                last = h;
                break;
            }
        }
        if (last == null) {
            return -1;
        }
        String before = name.substring(0, name.length() - last.length());
        int best = -1;
        for (String other : heads) {
            int at = before.lastIndexOf(other);
            // an institution inside (中职学校|提质培优工程) makes no works of what is done to it
            if (at > 0 && !abstractHeads.contains(other) && !worksOnlyHeads.contains(other) && at + other.length() > best) {
                best = at + other.length();
            }
        }
        return best;
    }

    /**
     * True when the name ends in a head word that also ends names of kinds (枢纽, 工程), and holds no other head word before
     * it (金大地绿色联碱转型产业园项目 is a park's project) nor ends in a longer one (湘河水利枢纽).
     */
    boolean abstractHead(String name) {
        for (String h : abstractHeads) {
            if (name.endsWith(h)) {
                String before = name.substring(0, name.length() - h.length());
                for (String other : heads) {
                    // 湘河水利枢纽: a longer head of a facility (水利枢纽) that ends in the abstract one (枢纽) is no kind
                    if ((before.contains(other) || other.length() > h.length() && name.endsWith(other)) && !abstractHeads.contains(other)) {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
    }

    /** True when {@code [start, end)} names a place or an organisation (长江 in 长江三峡三期工程). */
    boolean namesPlace(DocumentContext c, int start, int end) {
        String part = c.t().substring(start, end);
        for (String p : places) {
            if (part.contains(p)) {
                return true;
            }
        }
        List<Token> tokens = c.text().tokens();
        for (int k = c.text().tokenIndexAt(start); k < tokens.size() && tokens.get(k).end() <= end; k++) {
            String pos = tokens.get(k).pos();
            if (pos.startsWith("ns") || pos.startsWith("nt") || pos.startsWith("nr") || pos.equals("j")) {
                return true;
            }
        }
        return false;
    }

    /**
     * 福建豪迪|年产…, 新天源|β内酰胺…, 娃哈哈|饮料…: the words before a head of project-owned-heads.txt name who owns the works where
     * they name a place, an organisation or a person, or where one of their first two words is a brand or another proper
     * name to the segmenter (娃哈哈/nf, 京东方/nz, 新|天源/ntc), not a product (石墨/n 电极/n).
     */
    boolean namesOwner(DocumentContext c, int start, int end) {
        if (namesPlace(c, start, end)) {
            return true;
        }
        List<Token> tokens = c.text().tokens();
        for (int k = c.text().tokenIndexAt(start), seen = 0; k >= 0 && k < tokens.size() && seen < 2 && tokens.get(k).end() <= end; k++, seen++) {
            String pos = tokens.get(k).pos();
            if (pos.startsWith("nz") || pos.startsWith("nf") || pos.startsWith("nt")) {
                return true;
            }
        }
        return false;
    }

    /** True when {@code [start, end)} is nothing but places (京津, 长三角): no work of its own is named. */
    boolean onlyPlaces(DocumentContext c, int start, int end) {
        if (start >= end) {
            return false;
        }
        if (c.text().tokenStartingAt(start) == null) {
            return false;
        }
        List<Token> tokens = c.text().tokens();
        for (int k = c.text().tokenIndexAt(start); k < tokens.size() && tokens.get(k).start() < end; k++) {
            Token tok = tokens.get(k);
            if (tok.end() > end || !(tok.pos().startsWith("ns") || places.contains(tok.word()))) {
                return false;
            }
        }
        return true;
    }

    /** True when {@code [start, end)} of the text holds a proper part besides its head word. */
    boolean test(DocumentContext c, int start, int end) {
        return test(c, start, end, false);
    }

    /**
     * 聚变堆主机关键系统综合研究设施, 大型地震工程模拟研究设施: a science facility named by what it studies, at length, with a head of
     * project-descriptive-heads.txt; its words may be a verb's or a size's (聚变, 大型) and still name it. 大型科学装置 is a kind.
     */
    boolean describedFacility(String name) {
        return name.length() >= DESCRIBED_NAME && descriptiveHeads.stream().anyMatch(name::endsWith)
                && name.chars().allMatch(Character::isIdeographic) && name.length() - genericCharacters(name).cardinality() >= DESCRIBED_NAME - 2;
    }

    /**
     * 轨道交通空港线一期工程, 地铁机场线: a city rail network's word, then two to four characters of its own and 线 name one
     * line of the network, as a number does (9号线); not a part of a line (轨道交通延伸线), a category or a kind of works
     * (新建线, 工程八通线: the name starts after them), nor 线网.
     */
    boolean namedNetworkLine(String name) {
        for (String w : railLinePrefixes) {
            int at = name.indexOf(w);
            if (at < 0) {
                continue;
            }
            int from = at + w.length();
            int line = name.indexOf('线', from);
            if (line - from < 2 || line - from > 4 || name.startsWith("线网", line) || name.startsWith("线路", line)) {
                continue;
            }
            String own = name.substring(from, line);
            if (own.chars().allMatch(Character::isIdeographic) && genericCharacters(own).isEmpty() && abstractHeads.stream().noneMatch(own::contains)
                    && !linePart.matcher(name).region(from, line + 1).matches() && !linePart.matcher(name).region(line - 1, line + 1).matches()) {
                return true;
            }
        }
        return false;
    }

    /** With {@code strict}, any head word is taken as one that also ends names of kinds. */
    boolean test(DocumentContext c, int start, int end, boolean strict) {
        String name = c.t().substring(start, end);
        if (describedFacility(name) || namedNetworkLine(name)) {
            return true;
        }
        int line = lineBeforeSection(name);
        if (line > 0 && test(c, start, start + line, strict)) {
            return true; // 大瑞铁路|大保段: a section of a line that holds up as a name of its own
        }
        int part = linePartStart(name);
        if (part > 0 && test(c, start, start + part, strict)) {
            return true; // 天平铁路|北延伸线: a part of a line that holds up as a name of its own
        }
        int inner = innerConcreteHeadEnd(name);
        if (inner > 0 && inner < name.length()) {
            // 金大地绿色联碱转型产业园|项目: the park's name must hold up; 农村公路|安全生命防护工程 does not;
            // a phase of the park picks one out (生物医药大健康产业园|(一期)项目)
            return test(c, start, start + inner, strict) || PHASE.matcher(name.substring(inner)).lookingAt()
                    || name.startsWith("(", inner) && PHASE.matcher(name).region(inner + 1, name.length()).lookingAt();
        }
        for (String k : known) {
            if (name.contains(k)) {
                return true;
            }
        }
        if ((name.endsWith("工程") || name.endsWith("项目")) && programmeWords.stream().anyMatch(name::contains)) {
            return false; // 中职学校提质培优工程, RCEP示范项目: a programme of policy or a title
        }
        Matcher transfer = TRANSFER.matcher(name);
        if (transfer.find() && !transfer.group(1).equals("水") && mayBeInitials(transfer.group(1) + transfer.group(2))) {
            return true; // the two rivers' initials (淮, 沂) name the works, not a common word (引进入驻: 进驻) or water (调水入城)
        }
        Matcher lift = YELLOW_RIVER_LIFT.matcher(name);
        if (lift.matches() && genericCharacters(lift.group(1)).isEmpty()) {
            return true;
        }
        if (CODE.matcher(name).find() || PHASE.matcher(name).find() || ROUTE.matcher(name).find()
                || CAPACITY.matcher(name).find() || numberedInstitution.matcher(name).find()) {
            return true;
        }
        if (programmeHeads.stream().anyMatch(name::endsWith) && !namesWorks(name)) {
            return false; // 稳岗扩容提质工程, 长照3.0计画: a programme of policy, not of works
        }
        String county = countyAtWord(c, start, end);
        if (county != null && name.replace(county, "").matches("(?:项目|工程)+")) {
            return false; // 大同区|项目: a district's works, though a city's short name (大同) stands inside the district's
        }
        for (String p : places) {
            if (name.contains(p)) {
                return !placeAndKindOnly(name, p);
            }
        }
        if (county != null) {
            return !name.replace(county, "").matches("(?:项目|工程)+") && !placeAndKindOnly(name, county);
        }
        BitSet genericChars = genericCharacters(name);
        if (namedByInitials(name, genericChars)) {
            return true;
        }
        boolean anyHead = !strict && headLength(name) > 0 && !abstractHead(name);
        List<Token> tokens = c.text().tokens();
        int singles = 0;
        boolean leading = true;
        boolean straddled = false;
        for (int k = c.text().tokenIndexAt(start); k < tokens.size() && tokens.get(k).start() < end; k++) {
            Token tok = tokens.get(k);
            int from = Math.max(tok.start(), start) - start;
            int to = Math.min(tok.end(), end) - start;
            if (k + 1 < tokens.size() && to - from >= 2 && !tok.pos().startsWith("v") && !FUNCTION_POS.contains(tok.pos())
                    && (anyHead && placeEndsAfter(name, tokens.get(k + 1), start, end) || estateWorksAfter(name, tokens.get(k + 1), start))) {
                return true; // 土地|岭|大桥, 太子|庙|大桥, 功德|寺|棚改项目: a word and a place's last character name a place
            }
            if (to - from >= 2 && k + 1 < tokens.size() && !FUNCTION_POS.contains(tok.pos()) && directionalStreets.contains(tokens.get(k + 1).word())
                    && namesCityRoad(tok, tokens.get(k + 1), end - 1)) {
                return true; // 人民|南路|提升工程, 教育|东路|改造工程: a street by direction, whatever word names it
            }
            if (genericChars.get(from, to).cardinality() == to - from) {
                singles = 0;
                leading = false;
                continue; // a category word (现代/ntc) names nothing
            }
            if (to - from >= 2 && (tok.pos().startsWith("v") || tok.pos().startsWith("n") || tok.pos().equals("a")) && k + 1 < tokens.size()
                    && namesCityRoad(tok, tokens.get(k + 1), end)) {
                return true; // 解放|大道|跨线桥: a city road named with a common word
            }
            // a brand stands first (荣煜铜基新材料项目, 加多宝凉茶饮料生产项目); after other words a
            // proper noun of the segmenter's own (湖湘/nz) may be a theme (…文化精品创作工程)
            if (to - from >= 2 && tok.pos().startsWith("n") && k + 1 < tokens.size() && tokens.get(k + 1).pos().equals("nis")
                    && tokens.get(k + 1).end() < end) {
                return true; // 上汽|集团|智能网联汽车…项目: a company's own name before its 集团 or 公司 names the project's owner
            }
            if (tok.start() == start && to - from >= 2 && to < end - headLength(name) && NameStart.intransitiveAfterDe(c, tok)) {
                return true; // …亿元的|通天/vi|葡萄酒科技产业园项目: a brand the segmenter takes for a verb, first after 的
            }
            boolean lenient = anyHead || leading;
            String pos = tok.pos();
            if (NAME_POS.contains(pos) || pos.startsWith("ns") || pos.startsWith("nr") || pos.startsWith("nt")) {
                return true;
            }
            if (lenient && pos.equals("nz")) {
                return true;
            }
            if (anyHead && headLength(name) > 0 && tok.end() <= end - headLength(name) && !FUNCTION_POS.contains(pos)
                    && !pos.startsWith("v") && to - from >= 2 && HanLpRuntime.coreFrequency(tok.word()) <= RARE) {
                return true; // 东川|港: a rare word of its own before a facility's head word (not 燃气|管道)
            }
            // by character, not part of speech: the segmenter tags 同 of 佳同铁路 as a preposition; a word run
            // over the head word's start leaves one character of the name before it (宁|泉水|厂 of 宁泉水厂)
            // (not 尾|水渠: a word that ends where the head word ends is a kind of the facility); what is left
            // after it is the head word's rest (老|校|区 of 高校老校区 is no run of single characters)
            int headStart = end - headLength(name);
            if (straddled) {
                break;
            }
            straddled = anyHead && tok.start() < headStart && tok.end() > headStart && tok.end() < end && tok.start() >= start;
            String own = straddled ? c.t().substring(tok.start(), headStart) : tok.word();
            // 、|和|山|巨力: the first character after a list's mark is the name's, whatever it is elsewhere
            boolean itemOpening = tok.start() == start && start > 0 && c.t().charAt(start - 1) == '、';
            boolean single = own.length() == 1 && Character.isIdeographic(own.charAt(0))
                    && (FUNCTION_CHARACTERS.indexOf(own.charAt(0)) < 0 || itemOpening);
            Token before = k > c.text().tokenIndexAt(start) ? tokens.get(k - 1) : null;
            if (single && anyHead && pos.equals("ng") && tok.end() <= headStart && before != null && before.word().length() == 1
                    && (before.pos().equals("a") || before.pos().equals("b"))) {
                return true; // 新|柏|煤矿, 华|砚|煤矿: a quality and a bound morpheme the segmenter found in no word (not 县|际|公路)
            }
            singles = single ? singles + 1 : 0;
            if (lenient && singles >= 2) {
                return true; // an unknown name falls apart into single characters (荣/煜, 利/通 …)
            }
            leading = single && singles == 1 && leading;
        }
        return false;
    }

    /**
     * Whether two characters may be the initials of two places (通让, 兰渝): Chinese characters, no numeral (惟一), no function
     * character (将在高速公路: 将 and 在 before a head word are words of the sentence) and no word HanLP's core dictionary
     * counts more than {@link #RARE} times (农村, 旅游).
     */
    static boolean mayBeInitials(String pair) {
        return pair.length() == 2 && Character.isIdeographic(pair.charAt(0)) && Character.isIdeographic(pair.charAt(1))
                && NUMERALS.indexOf(pair.charAt(0)) < 0 && NUMERALS.indexOf(pair.charAt(1)) < 0
                && FUNCTION_CHARACTERS.indexOf(pair.charAt(0)) < 0 && FUNCTION_CHARACTERS.indexOf(pair.charAt(1)) < 0
                && HanLpRuntime.coreFrequency(pair) <= RARE;
    }

    private static final String NUMERALS = "一二两三四五六七八九十百千万";

    /**
     * 通让铁路, 焦柳铁路, 鹤大高速: two characters before a line's head word, no common word (HanLP's core dictionary
     * counts it at most {@link #RARE} times) and no category word, are the initials of the places it joins.
     */
    boolean namedByInitials(String name) {
        return namedByInitials(name, genericCharacters(name));
    }

    private boolean namedByInitials(String name, BitSet genericChars) {
        for (String h : abbreviatedLineHeads) {
            if (name.length() == h.length() + 2 && name.endsWith(h)) {
                String pair = name.substring(0, 2);
                // a one-character category word (大, 新) may be a place's initial (鹤大高速 joins 鹤岗 and 大连,
                // 京新高速 Beijing and 新疆); a longer one (农村), or two of them (省市), makes a kind
                boolean longerGeneric = generic.stream().anyMatch(g -> g.length() >= 2 && name.startsWith(g, 0)
                        || g.length() >= 2 && name.startsWith(g, 1));
                boolean bothSingles = generic.contains(pair.substring(0, 1)) && generic.contains(pair.substring(1));
                return mayBeInitials(pair) && (genericChars.get(0, 2).isEmpty() || !longerGeneric && !bothSingles);
            }
        }
        return false;
    }

    /** True when the name ends in a facility's head word after a place ending (土地|岭|大桥), what precedes it generic words only. */
    boolean placeBeforeHead(String name, String rest) {
        return !abstractHead(name) && rest.length() >= 3 && placeEndings.contains(rest.substring(rest.length() - 1));
    }

    /** True when {@code next} is one character of project-place-endings.txt and the facility's head word follows it. */
    private boolean placeEndsAfter(String name, Token next, int start, int end) {
        return next.word().length() == 1 && placeEndings.contains(next.word()) && next.end() == end - headLength(name)
                && next.start() > start;
    }

    /**
     * True when {@code next} is one character of project-place-endings.txt, not the name's first, and what follows it is
     * housing works alone (project-estate-cues.txt) with their kind: 功德|寺|棚改项目, 衙门|口|棚户区改造项目.
     */
    private boolean estateWorksAfter(String name, Token next, int start) {
        if (next.word().length() != 1 || !placeEndings.contains(next.word()) || next.start() <= start || next.end() - start >= name.length()) {
            return false;
        }
        String rest = name.substring(next.end() - start);
        return estateCues.stream().anyMatch(rest::startsWith) && ESTATE_WORKS.matcher(rest).matches();
    }

    /** 棚改项目, 棚户区改造工程, 安置房建设项目: housing works and their kind, nothing else. */
    private static final Pattern ESTATE_WORKS = Pattern.compile("\\p{IsHan}{2,5}?(?:改造|建设)?(?:项目|工程)");

    private int headLength(String name) {
        for (String h : heads) {
            if (name.endsWith(h)) {
                return h.length();
            }
        }
        return 0;
    }

    /**
     * 贵州省重大工程项目: a place, words of categories and 工程 or 项目, and nothing else, name the place's works of a kind,
     * not one work (贵州机场, with a facility's head, names one; 承德百万千瓦级风电基地项目 has a base of its own).
     */
    private boolean placeAndKindOnly(String name, String place) {
        if (!name.endsWith("项目") && !name.endsWith("工程") || !abstractHead(name)) {
            return false; // 昆明枢纽, 哈尔滨都市圈环线: a place's hub or ring is one work
        }
        String rest = name.replaceFirst(java.util.regex.Pattern.quote(place), "");
        if (!rest.isEmpty() && FUNCTION_CHARACTERS.indexOf(rest.charAt(0)) >= 0 && name.startsWith(place)) {
            rest = rest.substring(1); // 衡阳|以|大项目推动大建设: the place is the sentence's subject, then the words of its verb
        }
        for (boolean cut = true; cut; ) {
            cut = false;
            for (String h : List.of("项目", "工程")) {
                if (rest.endsWith(h)) {
                    rest = rest.substring(0, rest.length() - h.length());
                    cut = true;
                }
            }
        }
        return !rest.isEmpty() && genericCharacters(rest).cardinality() == rest.length() && !SIZE_CLASS.matcher(rest).find();
    }

    private BitSet genericCharacters(String name) {
        BitSet b = new BitSet(name.length());
        Matcher size = SIZE_CLASS.matcher(name);
        while (size.find()) {
            b.set(size.start(), size.end());
        }
        for (String g : generic) {
            for (int i = name.indexOf(g); i >= 0; i = name.indexOf(g, i + 1)) {
                b.set(i, i + g.length());
            }
        }
        return b;
    }

    /**
     * 解放|大道, 发展|大道, 人民|南路: a word right before a city road's head word or a street by direction names the road,
     * unless it is a word of building (建设|大道 reads 建设 the road) or one that leads up to names (推进, 加快).
     */
    boolean namesCityRoad(Token verb, Token next, int end) {
        return next != null && next.start() == verb.end() && next.end() <= end
                && (cityRoadHeads.contains(next.word()) || directionalStreets.contains(next.word())) && !roadLeadVerbs.contains(verb.word());
    }
}
