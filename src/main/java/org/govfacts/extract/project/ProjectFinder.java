package org.govfacts.extract.project;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govfacts.extract.DocumentContext;
import org.govfacts.extract.FactFinder;
import org.govfacts.extract.FoundFact;
import org.govfacts.extract.numeral.Amount;
import org.govfacts.extract.numeral.ChineseNumerals;
import org.govfacts.extract.numeral.UnitKind;
import org.govfacts.lexicon.Lexicon;
import org.govfacts.segment.HanLpRuntime;
import org.govfacts.segment.Token;
import org.govfacts.text.AnalyzedText;
import org.govfacts.text.Clauses;
import org.govfacts.text.WrappedLines;

/**
 * Names of specific projects, parks and facilities, found two ways:
 * <ul>
 * <li>in a list that the text itself calls projects: every item of {@code A、B、C等(11个重大)项目};</li>
 * <li>by a name's last word ({@code project-suffixes.txt}: 项目, 产业园, 工业园 …), the name running
 *     back to the start of its clause, less the words that lead up to it (推进, 开创了, …的) and
 *     less a label before it (铜基新材料产业链|荣煜铜基新材料项目); such a name must begin with a
 *     proper noun (a company, brand or place) so that 重大项目 or 技术改造项目 are not taken.</li>
 * </ul>
 * Names in {@code projects.txt} are always taken. Generic phrases ({@code project-generic-words.txt})
 * and programme names in quotation marks (“三个一批”项目) are never projects.
 */
public final class ProjectFinder implements FactFinder {
    private static final Set<String> CUT_UNITS = Set.of("个", "家", "项", "条", "批", "座", "所", "户", "月", "年", "天");
    private static final Pattern LEADING_TIME = Pattern.compile(
            "^(?:\\d{4}\\s*年度?|今年|去年|上年|全年|目前|当前|近年来)?(?:上半年|下半年|一季度|前三季度|以来|前\\d{1,2}个月)?");
    /** 二要实施…, 九是…, 17.…: the numbering of a list item. */
    private static final Pattern LEADING_NUMBERING = Pattern.compile("^(?:[一二三四五六七八九十]{1,2}[是要]|\\d{1,2}[.．、])");
    private final List<String> suffixes;
    private final java.util.BitSet suffixStarts = new java.util.BitSet();
    private final List<String> leftStops;
    /** Cut words by their last character, so a position is checked only against words that can end there. */
    private final java.util.Map<Character, List<String>> cutWordsByLastChar = new java.util.HashMap<>();
    /** 含 of (含, from project-cut-words.txt: what opens a bracket before a name that starts inside it. */
    private final List<String> bracketOpeners = new ArrayList<>();
    private final List<String> generic;
    private final List<String> known;
    private final Pattern listHead;
    private final List<String> suffixBlockers;
    private final List<String> headBlockers;
    /** Blockers that hold after one head word only (城际|列车). */
    private final java.util.Map<String, List<String>> blockersByHead = new java.util.HashMap<>();
    private final Set<String> regions;
    private final List<String> partWords;
    private final List<String> roleWords;
    /** 交通, 水利: sectors, which name no work right before 项目 or 工程 (project-sector-words.txt). */
    private final List<String> sectorWords;
    /** Institutions and industry chains (之江实验室, …全产业链): set up, not built. */
    private final List<String> notWorksEndings;
    /** How far into a candidate a description word (project-description-words.txt) makes it a description. */
    private static final int DESCRIPTION_REACH = 8;
    /** 大型, 中小型: a size class opens a category of works (project-category-openers.txt). */
    private final List<String> categoryOpeners;
    /** 中国第一条海底隧道, 亚洲最大的斜拉桥: a superlative or a first describes a work (project-description-words.txt). */
    private final List<String> descriptionWords;
    /** 市委书记, 市长: an official's title makes a person, not a work (project-official-titles.txt). */
    private final List<String> officialTitles;
    /** Verbs that set a goal, each with the heads of the names that are its goal (project-goal-verbs.tsv). */
    private final java.util.Map<String, List<String>> goalHeads = new java.util.LinkedHashMap<>();
    /** Of those, the ones a list the text calls projects makes works (…全产业链、…等项目). */
    private final Set<String> worksWhenListed = new HashSet<>();
    /** 博马科技, …集团: a company alone. */
    /** 班列, 自驾游: words after a name that make it a service's (project-service-followers.txt). */
    private final List<String> serviceFollowers;
    /** 以内, 以外: words after a name that make it a boundary drawn by works already there (project-boundary-followers.txt). */
    private final List<String> boundaryFollowers;
    private final List<String> companyEndings;
    /** 延安机场|建设开发|公司: what a company named after a work does, before 公司 (project-company-business.txt). */
    private final Pattern companyBusiness;
    private final Set<String> worksWords;
    private final List<String> worksWordsLongestFirst;
    private final Set<String> lineHeads;
    private final Set<String> abstractHeads;
    private final Set<String> structureHeads;
    /** 铁路, 高速: heads of lines two initials may name (project-abbreviated-line-heads.txt). */
    private final List<String> abbreviatedLineHeads;
    /** Heads that end a name only after a place (沙坪坝|站, not 加油|站). */
    private final Set<String> placeHeads;
    /** Heads of institutions (小学, 医院) that end a name only when a phase or works follow. */
    private final Set<String> worksOnlyHeads;
    /** 建成投用, 项目建设: what closes a clause that lists institutions as works (project-institution-built-cues.txt). */
    private final List<String> institutionBuiltCues;
    /** Places with their short forms (香港 of 香港特别行政区): a head word inside one (港) ends no name. */
    private final Set<String> places = new HashSet<>();
    /** Provinces and autonomous regions, full and short (新疆维吾尔自治区, 新疆): a network's scope, not a work's place. */
    private final Set<String> provinces = new HashSet<>();
    private final Set<String> networkHeads;
    /** 家园, 小区, 安置点: heads of housing estates, names only where the sentence speaks of housing. */
    private final Set<String> estateHeads;
    private final List<String> estateCues;
    /** 广场, 大厦: heads of buildings and plazas, names only where the sentence speaks of building. */
    private final Set<String> builtHeads;
    private final List<String> builtCues;
    /** 片区, 商圈: kinds of areas; a list that 等 closes with one names places. */
    private final List<String> areaKinds;
    /** 片区, 开发区: the part of town a road's name may be preceded by (project-road-area-prefixes.txt). */
    private final List<String> roadAreaPrefixes;
    /** 轨道交通, 地铁: a rail network's word, which before …线 makes one line of it (project-rail-line-prefixes.txt). */
    private final List<String> railLinePrefixes;
    private final Set<String> buildWords;
    private final SpecificName specific;
    /** Between 等 and 项目 in a list: no preposition, conjunction or verb of a new clause. */
    private final List<String> listHeadBlockers;
    private final List<String> listHeadExceptions;
    private final Set<String> bracketQualifiers;
    /** 中国, 西南, 二级: words that with a bare head word name a network or a grade. */
    private final List<String> kindPrefixes;
    /** 路, 大道: last words that only a list of three or more such names makes names. */
    private final Pattern series;
    /** 路, 大道, 线: what a one-word name (京九线/nz) ends in when it is a line, not a company. */
    private final List<String> seriesHeads;
    /** 桥: last words of names that only a list of three or more such names gives away (project-series-heads-of-three.txt). */
    private final Set<String> seriesHeadsOfThree;
    /** 路, 桥: a road's or a bridge's last word, which the works done on it follow (project-bare-ends.txt). */
    private final List<String> bareEnds;
    /** 东延, 南北延伸: a road's extension one way, which with the road's name names the work (project-road-extensions.txt). */
    private final List<String> roadExtensions;
    /** 路, 环: what the name of a road that is extended ends in (project-extended-road-heads.txt). */
    private final List<String> extendedRoadHeads;
    /** 国道主干线: a network's head word, which before a name is that name's label (project-label-heads.txt). */
    private final Set<String> labelHeads;
    /** 重点项目, 预备项目: a label before a name, no part of it (project-name-labels.txt). */
    private final List<String> nameLabels;
    /** 出海, 过江: what a corridor leads to or carries (project-corridor-words.txt). */
    private final List<String> corridorWords;
    /** 水厂, 污水处理厂: facilities a city numbers (第二水厂), project-numbered-heads.txt. */
    private final Set<String> numberedHeads;
    /** 酒吧街, 步行街: kinds of streets, no street's name alone (project-street-kinds.txt). */
    private final List<String> streetKinds;
    /** 一级路, 主干路: a road's grade, which labels the name after it (project-road-grade-labels.txt). */
    private final List<String> roadGradeLabels;
    /** 快线, 快速路: heads of a city's own roads, which a part of town may name (project-city-road-heads.txt). */
    private final Set<String> cityRoadHeads;
    /** 包括 …: opens a list of the projects a sentence has just counted. */
    private final List<String> listOpeners;
    /** 分别是: opens a list of counted projects that runs to the next ；or 。, items parted by 、 or ，. */
    private final List<String> closedListOpeners;
    private final List<String> listHeads;
    /** 治理, 整治: a list of works of treatment names what is treated (project-treatment-words.txt). */
    private final List<String> treatmentWords;
    /** 等10所学校, 等3家医院: a count of institutions that closes a list. */
    private final Pattern institutionCount;
    /** 一批, 一系列: a batch of a kind, which no name right after follows (project-batch-words.txt). */
    private final List<String> batchWords;
    /** 位于, 地处: what follows one is where something stands, not a work (project-location-cues.txt). */
    private final List<String> locationCues;
    /** 部分子项目, 子项目: part of the work named before (project-trailing-parts.txt), no part of its name. */
    private final List<String> trailingParts;
    /** 中, 内: a word of place after a head word (…基地|中|有机硅项目): what follows is inside it (project-locatives.txt). */
    private final List<String> locatives;
    /** 新建铁路: the first words of a route line's official name (新建铁路朱家窑至中川线, project-line-openers.txt). */
    private final List<String> lineOpeners;
    /** 建成投运, 已启用: what closes a clause that lists works as built or begun (project-completion-cues.txt). */
    private final List<String> completionCues;
    /** 基本, 均已, 年内: words between such a list and its cue (project-completion-adverbs.txt). */
    private final List<String> completionAdverbs;
    /** 西起, 东起: words that begin right after a name, whatever word the segmenter runs over its end (project-name-followers.txt). */
    private final List<String> nameFollowers;
    /** 总投资, 全长: the second clause of an item that describes a work (project-detail-cues.txt). */
    private final List<String> investmentCues;

    /**
     * Spans a trained tagger proposes (models/README.md), or null: each one the rules' candidates leave free goes through
     * the same acceptance as theirs, so the tagger adds names whose context the rules do not know but never a slogan, a
     * category or a cut name the rules would refuse.
     */
    private final java.util.function.Function<AnalyzedText, List<int[]>> proposer;

    public ProjectFinder(Lexicon lexicon) {
        this(lexicon, null);
    }

    public ProjectFinder(Lexicon lexicon, java.util.function.Function<AnalyzedText, List<int[]>> proposer) {
        this.proposer = proposer;
        Comparator<String> longestFirst = Comparator.comparingInt(String::length).reversed();
        this.suffixes = sorted(lexicon.words("project-suffixes"), longestFirst);
        suffixes.forEach(w -> suffixStarts.set(w.charAt(0)));
        this.leftStops = sorted(lexicon.words("project-left-stops"), longestFirst);
        for (String w : sorted(lexicon.words("project-cut-words"), longestFirst)) {
            cutWordsByLastChar.computeIfAbsent(w.charAt(w.length() - 1), k -> new ArrayList<>()).add(w);
            if (w.length() > 1 && (w.charAt(0) == '(' || w.charAt(0) == '（')) {
                bracketOpeners.add(w.substring(1)); // (含: the bracket may end the clause before the candidate starts
            }
        }
        this.generic = sorted(lexicon.words("project-generic-words"), longestFirst);
        this.known = sorted(lexicon.words("projects"), longestFirst);
        List<String> heads = lexicon.words("project-list-heads");
        this.listHeads = List.copyOf(heads);
        this.batchWords = lexicon.words("project-batch-words");
        this.locationCues = lexicon.words("project-location-cues");
        this.trailingParts = sorted(lexicon.words("project-trailing-parts"), longestFirst);
        this.locatives = lexicon.words("project-locatives");
        this.lineOpeners = lexicon.words("project-line-openers");
        this.completionCues = sorted(lexicon.words("project-completion-cues"), longestFirst);
        this.completionAdverbs = sorted(lexicon.words("project-completion-adverbs"), longestFirst);
        this.nameFollowers = lexicon.words("project-name-followers");
        this.investmentCues = sorted(lexicon.words("project-detail-cues"), longestFirst);
        this.treatmentWords = lexicon.words("project-treatment-words");
        this.seriesHeads = sorted(lexicon.words("project-series-heads"), longestFirst);
        this.bareEnds = lexicon.words("project-bare-ends");
        this.roadExtensions = sorted(lexicon.words("project-road-extensions"), longestFirst);
        this.extendedRoadHeads = lexicon.words("project-extended-road-heads");
        this.labelHeads = Set.copyOf(lexicon.words("project-label-heads"));
        this.nameLabels = lexicon.words("project-name-labels");
        this.cityRoadHeads = Set.copyOf(lexicon.words("project-city-road-heads"));
        this.roadGradeLabels = sorted(lexicon.words("project-road-grade-labels"), longestFirst);
        this.streetKinds = lexicon.words("project-street-kinds");
        this.numberedHeads = Set.copyOf(lexicon.words("project-numbered-heads"));
        this.corridorWords = sorted(lexicon.words("project-corridor-words"), longestFirst);
        this.seriesHeadsOfThree = Set.copyOf(lexicon.words("project-series-heads-of-three"));
        String seriesHead = "(?:" + String.join("|", sorted(java.util.stream.Stream.concat(seriesHeads.stream(),
                seriesHeadsOfThree.stream()).toList(), longestFirst)) + ")";
        // one item: a name, its head, then a phase or a section (城西大道一期乐湖路至建设西路段), the part
        // of the road by its side (林科路北) or its ends in brackets (高升路(和升路-洞和路)); 阶段, 手段 and
        // 片段 are no sections (机场大道延伸线|正进行基础施工阶段), nor is a part of the road (富宁街|部分路段已通车)
        this.series = Pattern.compile("\\p{IsHan}{2,6}?(?<head>" + seriesHead + ")(?:[一二三四五六七八九十]{1,2}期|"
                + BRACKETED_PHASE.pattern() + "|" + BRACKETED_ENDS.pattern() + "|延伸线|[东西南北](?!\\p{IsHan}))?(?:(?!部分|个别|全部|全线)\\p{IsHan}{1,12}(?<![阶手片])段)?");
        this.listOpeners = sorted(lexicon.words("project-list-openers"), longestFirst);
        this.closedListOpeners = sorted(lexicon.words("project-list-openers-closed"), longestFirst);
        // 等一大批百亿级、五十亿级、十亿级示范性引领性项目: the words between may hold a list of their own
        this.listHead = Pattern.compile("等(?<between>[^，。；：,;\\n]{0,30}?)(?:" + String.join("|", heads) + ")");
        this.suffixBlockers = lexicon.words("project-suffix-blockers");
        this.listHeadBlockers = lexicon.words("project-list-head-blockers");
        this.listHeadExceptions = lexicon.words("project-list-head-exceptions");
        this.bracketQualifiers = Set.copyOf(lexicon.words("project-bracket-qualifiers"));
        this.kindPrefixes = lexicon.words("project-kind-prefixes");
        this.headBlockers = lexicon.words("project-head-blockers");
        for (String[] row : lexicon.table("project-head-blockers-by-head")) {
            blockersByHead.computeIfAbsent(row[0], k -> new ArrayList<>()).add(row[1]);
        }
        this.regions = Set.copyOf(lexicon.words("regions"));
        this.partWords = lexicon.words("project-part-words");
        this.roleWords = lexicon.words("project-role-words");
        this.sectorWords = lexicon.words("project-sector-words");
        List<String> notWorks = new ArrayList<>();
        for (String[] row : lexicon.table("project-not-works-endings")) {
            notWorks.add(row[0]);
            if (row.length > 1 && row[1].equals("unless-listed")) {
                worksWhenListed.add(row[0]);
            }
        }
        this.notWorksEndings = List.copyOf(notWorks);
        this.categoryOpeners = lexicon.words("project-category-openers");
        this.descriptionWords = lexicon.words("project-description-words");
        this.officialTitles = lexicon.words("project-official-titles");
        for (String[] row : lexicon.table("project-goal-verbs")) {
            goalHeads.put(row[0], List.of(row[1].split("\\|")));
        }
        this.companyEndings = lexicon.words("project-company-endings");
        this.companyBusiness = Pattern.compile("(?:" + String.join("|", lexicon.words("project-company-business").stream()
                .map(Pattern::quote).toList()) + "){1,4}");
        this.serviceFollowers = lexicon.words("project-service-followers");
        this.boundaryFollowers = lexicon.words("project-boundary-followers");
        this.worksWords = Set.copyOf(lexicon.words("project-works-words"));
        // cut in a fixed order, longest first (改扩建 before 扩建): a Set.copyOf iterates in a new order each run
        this.worksWordsLongestFirst = sorted(lexicon.words("project-works-words"), longestFirst);
        this.lineHeads = Set.copyOf(lexicon.words("project-line-heads"));
        this.networkHeads = Set.copyOf(lexicon.words("project-network-heads"));
        this.estateHeads = Set.copyOf(lexicon.words("project-estate-heads"));
        this.estateCues = lexicon.words("project-estate-cues");
        this.builtHeads = Set.copyOf(lexicon.words("project-built-heads"));
        this.builtCues = lexicon.words("project-built-cues");
        this.areaKinds = lexicon.words("project-area-kinds");
        this.roadAreaPrefixes = lexicon.words("project-road-area-prefixes");
        this.railLinePrefixes = lexicon.words("project-rail-line-prefixes");
        this.linePart = Pattern.compile("(?:" + String.join("|", sorted(lexicon.words("project-line-parts"), longestFirst).stream()
                .map(Pattern::quote).toList()) + ")(?:工程|项目)?");
        this.routePart = Pattern.compile("(?:(?![和与及的至等])\\p{IsHan}){2,6}至(?:(?![和与及的至等])\\p{IsHan}){2,6}?(?="
                + linePart.pattern() + ")");
        this.buildWords = Set.copyOf(lexicon.words("project-build-words"));
        this.abstractHeads = Set.copyOf(lexicon.words("project-abstract-heads"));
        this.structureHeads = Set.copyOf(lexicon.words("project-structure-heads"));
        this.abbreviatedLineHeads = lexicon.words("project-abbreviated-line-heads");
        this.placeHeads = Set.copyOf(lexicon.words("project-place-heads"));
        this.worksOnlyHeads = Set.copyOf(lexicon.words("project-works-only-heads"));
        this.institutionCount = Pattern.compile("等(?:\\d+|[一二三四五六七八九十百两]+)[所家个座](?:"
                + String.join("|", sorted(lexicon.words("project-works-only-heads"), longestFirst)) + ")");
        this.institutionBuiltCues = sorted(lexicon.words("project-institution-built-cues"), longestFirst);
        for (String r : regions) {
            places.add(r);
            String shortForm = r.replaceFirst("(?:省|市|自治区|壮族自治区|回族自治区|维吾尔自治区|特别行政区|地区|盟)$", "");
            if (shortForm.length() >= 2) {
                places.add(shortForm);
            }
            if (r.endsWith("省") || r.endsWith("自治区")) {
                provinces.add(r);
                if (shortForm.length() >= 2) {
                    provinces.add(shortForm);
                }
            }
        }
        this.specific = new SpecificName(lexicon, generic, suffixes);
    }

    private static List<String> sorted(List<String> words, Comparator<String> order) {
        List<String> out = new ArrayList<>(words);
        out.sort(order);
        return List.copyOf(out);
    }

    @Override
    public List<FoundFact> find(DocumentContext c) {
        String t = c.t();
        List<FoundFact> candidates = new ArrayList<>();
        findKnown(t, candidates);
        findListed(c, candidates);
        findInstitutionsListed(c, candidates);
        findIntroduced(c, candidates);
        findEnumerated(c, candidates);
        findSeries(c, candidates);
        findRouteLines(c, candidates);
        findBracketedInitials(c, candidates);
        findCodedSections(c, candidates);
        findExtendedRoads(c, candidates);
        findSizedPlants(c, candidates);
        findDescribedItems(c, candidates);
        findCompletedLists(c, candidates);
        findCountedColonLists(c, candidates);
        findCountedBracketLists(c, candidates);
        findInvestedItems(c, candidates);
        findBySuffix(c, candidates);
        findProposed(c, candidates);
        return resolve(candidates);
    }

    private void findProposed(DocumentContext c, List<FoundFact> out) {
        if (proposer == null) {
            return;
        }
        List<FoundFact> rules = List.copyOf(out);
        for (int[] span : proposer.apply(c.text())) {
            if (rules.stream().noneMatch(r -> r.start() < span[1] && span[0] < r.end())
                    && headIn(c.t(), span[0], span[1])) {
                accept(c, span[0], span[1], false, out);
            }
        }
    }

    /** Whether a head word of project-suffixes.txt stands inside {@code [start, end)}. */
    private boolean headIn(String t, int start, int end) {
        for (int i = start; i < end; i++) {
            String h = suffixAt(t, i);
            if (h != null && i + h.length() <= end) {
                return true;
            }
        }
        return false;
    }

    private void findKnown(String t, List<FoundFact> out) {
        List<int[]> hits = new ArrayList<>();
        for (String name : known) {
            for (int i = t.indexOf(name); i >= 0; i = t.indexOf(name, i + name.length())) {
                // “西电东送”|累计送电量: a measure, not the works; 引江济淮|集团: the company named after it
                if (!blockedAfter(t, i + name.length(), headBlockers) && !companyFollows(t, i + name.length())
                        && !farEndOfSection(t, i, i + name.length())) {
                    hits.add(new int[] {i, i + name.length()});
                }
            }
        }
        // 香港国际机场 + 机场三跑道系统: known names that share characters are one name
        hits.sort(Comparator.comparingInt((int[] h) -> h[0]));
        List<int[]> merged = new ArrayList<>();
        for (int[] h : hits) {
            int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && h[0] < last[1] && h[0] > last[0] && h[1] > last[1]) {
                merged.add(new int[] {last[0], h[1]});
            }
            merged.add(h);
        }
        for (int[] h : merged) {
            int end = h[1];
            String head = suffixAt(t, end);
            if (head != null && head.length() == 1 && isFacilityHead(head)) {
                end += head.length(); // 江门中微子实验|站: the facility built for a known work, a one-character head its own
            }
            end = extendByPhase(t, end);
            out.add(FoundFact.project(h[0], end, t.substring(h[0], end).replaceAll("\\s+", "")));
        }
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
    private static boolean farEndOfSection(String t, int start, int end) {
        return start > 0 && "至到".indexOf(t.charAt(start - 1)) >= 0 && t.startsWith("段", end)
                || SECTION_FROM.matcher(t).region(end, t.length()).lookingAt();
    }

    private static final Pattern SECTION_FROM = Pattern.compile("[至到]\\p{IsHan}{2,8}?段");

    /** 新华社香港, 由香港: the head word (港) is the end of a place's name, not a facility's. */
    private boolean insidePlace(String t, int headStart, int headEnd) {
        for (int from = Math.max(0, headStart - 6); from < headStart; from++) {
            for (int to = headEnd; to <= Math.min(t.length(), headStart + 6); to++) {
                if (places.contains(t.substring(from, to))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** 吐鲁番-库尔勒二线: a route between two places written with a dash, then the track it adds. */
    private static final Pattern ROUTE_LINE = Pattern.compile(
            "[-－—]{1,2}\\p{IsHan}{2,6}?(?:[二三]线|复线|双线)(?=[^\\p{IsHan}]|$|" + "改造|建设|工程|项目)");

    /** A dash route that ends in a second track (吐鲁番-库尔勒二线), which no head word ends; it begins at a place. */
    private void findRouteLines(DocumentContext c, List<FoundFact> out) {
        String t = c.t();
        Matcher m = ROUTE_LINE.matcher(t);
        while (m.find()) {
            Token from = c.text().tokenEndingAt(m.start());
            if (from != null && (from.pos().startsWith("ns") || places.contains(from.word())) && from.word().length() >= 2) {
                out.add(FoundFact.project(from.start(), m.end(), t.substring(from.start(), m.end())));
            }
        }
    }

    /**
     * 广(州)梅(州)汕(头)铁路, 沈(阳)大(连)高速公路: a line named by the first characters of the places it joins, the rest of
     * each place's name in brackets after its character; two to four places, then a line's head word (project-line-heads.txt).
     */
    private static final Pattern BRACKETED_INITIALS = Pattern.compile("(?:\\p{IsHan}[(（]\\p{IsHan}{1,3}[)）]){2,4}");

    private void findBracketedInitials(DocumentContext c, List<FoundFact> out) {
        String t = c.t();
        Matcher m = BRACKETED_INITIALS.matcher(t);
        while (m.find()) {
            String head = lineHeads.stream().filter(h -> t.startsWith(h, m.end())).max(Comparator.comparingInt(String::length)).orElse(null);
            if (head != null) {
                int after = m.end() + head.length();
                // …公路|联络线: a part of the line it names (project-line-parts.txt)
                Matcher part = linePart.matcher(t).region(after, t.length());
                int end = part.lookingAt() ? part.end() : after;
                out.add(FoundFact.project(m.start(), end, t.substring(m.start(), end)));
            }
        }
    }

    /** 20万千瓦风电, 100MW光伏: a plant's capacity and its kind, with no head word after them. */
    private static final Pattern SIZED_PLANT = Pattern.compile(
            "\\d+(?:\\.\\d+)?万?(?:千瓦|兆瓦|吉瓦|MW|GW)(?:风电|光伏发电|光伏|光热|风光同场|风光储)");

    /**
     * 华能20万千瓦风电|成功并网: an owner or a place, then the plant's capacity and kind, names one plant,
     * though no head word ends it; the size alone (建设20万千瓦风电) describes a kind of plant.
     */
    private void findSizedPlants(DocumentContext c, List<FoundFact> out) {
        String t = c.t();
        Matcher m = SIZED_PLANT.matcher(t);
        while (m.find()) {
            Token next = c.text().tokenStartingAt(m.end());
            boolean ends = m.end() == t.length() || !Character.isIdeographic(t.charAt(m.end()))
                    || next != null && (next.pos().startsWith("v") || next.pos().startsWith("d") || next.pos().startsWith("a")
                            || next.word().equals("等"));
            if (!ends) {
                continue; // 20万千瓦风电|项目, …光伏|基地: a head word follows, which the head-word finder reads
            }
            int start = trimLeading(c, clauseStart(t, m.start()), m.start());
            start = cutAfterLastCutWord(c, start, m.start());
            if (m.start() - start >= 2 && specific.namesPlace(c, start, m.start()) || m.start() - start >= 2
                    && startsLikeAName(c, start, m.start()) && !isGeneric(t.substring(start, m.start()) + "项目")) {
                accept(c, start, m.end(), true, out);
            }
        }
    }

    /** G347, s207, G318线, 国道210线, 省道S307线: a national, provincial or county road by its number. */
    private static final Pattern ROAD_CODE = Pattern.compile(
            "(?<![A-Za-z0-9])(?:[GSXgsx]\\d{1,4}线?|[国省县]道[GSXgsx]?\\d{1,4}线?|\\d{1,4}[国省县]道)");
    /**
     * S418花荄至雎水, G314线包库都克—玉尔滚公路: after a road's number, the two ends of its stretch (with 公路 or 段 or
     * nothing) up to the end of the item; S416绵中路, 省道304线泾甘线: the road's own short name.
     */
    private static final Pattern CODED_STRETCH = Pattern.compile(
            "(?:(?![和与及的至])\\p{IsHan}){2,8}?(?:至|[—－-]{1,2})\\p{IsHan}{2,8}?(?:高速公路|公路|段)?(?=[、，。；,;）)]|等|和|及|$)"
            + "|(?:(?![和与及的至])\\p{IsHan}){2,3}(?:路|线|大道)(?![\\p{IsHan}&&[段口桥线路]])");

    /** s207南湖段, G318线林芝至拉萨段: a road's number and a section of it name one stretch of works. */
    private void findCodedSections(DocumentContext c, List<FoundFact> out) {
        String t = c.t();
        Matcher m = ROAD_CODE.matcher(t);
        while (m.find()) {
            Matcher sec = SECTION.matcher(t).region(m.end(), Math.min(t.length(), m.end() + 16));
            // 市域铁路S2线乐清段: the number inside a name; 开工|G347梓潼至江油段: a verb before it ends no name
            if (nameGoesOnBefore(c, m.start())) {
                continue;
            }
            if (sec.lookingAt() && t.charAt(sec.end() - 1) != ')' && t.charAt(sec.end() - 1) != '）') {
                out.add(FoundFact.project(m.start(), sec.end(), t.substring(m.start(), sec.end())));
                continue;
            }
            Matcher stretch = CODED_STRETCH.matcher(t).region(m.end(), Math.min(t.length(), m.end() + 20));
            if (stretch.lookingAt() && endsWord(c, stretch.end())) {
                out.add(FoundFact.project(m.start(), stretch.end(), t.substring(m.start(), stretch.end())));
            }
        }
    }

    /**
     * 积极推进广渠路东延、宋梁路北延建设; 南外环西延等34条道路: a road's name (project-extended-road-heads.txt) and its
     * extension one way (project-road-extensions.txt), no head word after them, name the extension built. The road's
     * name runs back from its last word to the first word from which it starts like a name, less the words that lead
     * up to it (推进, 实施); 向西延伸 extends no road named.
     */
    private void findExtendedRoads(DocumentContext c, List<FoundFact> out) {
        String t = c.t();
        for (String ext : roadExtensions) {
            for (int at = t.indexOf(ext); at >= 0; at = t.indexOf(ext, at + ext.length())) {
                int i = at;
                int end = i + ext.length();
                if (roadExtensions.stream().anyMatch(w -> w.length() > ext.length() && w.endsWith(ext) && i >= w.length() - ext.length()
                        && t.startsWith(w, end - w.length()))) {
                    continue; // 南北|延伸: the longer word reads it
                }
                if (end < t.length() && (suffixAt(t, end) != null || "线段".indexOf(t.charAt(end)) >= 0)) {
                    continue; // 北二环西延|工程, 2号线东延|线: a head word of its own follows
                }
                String head = extendedRoadHeads.stream().filter(h -> i - h.length() >= 0 && t.startsWith(h, i - h.length()))
                        .findFirst().orElse(null);
                if (head == null || worksCutInList(t, i, end)) {
                    continue;
                }
                int headStart = i - head.length();
                int from = Math.max(clauseStart(t, i), i - 10);
                int start = -1;
                // 8号线南延伸: a line's number may be one digit; a road's name has two characters at least
                int shortest = "号线".equals(head) && headStart > 0 && Character.isDigit(t.charAt(headStart - 1)) ? 1 : 2;
                for (int p = from; p <= headStart - shortest; p++) {
                    boolean han = true;
                    for (int q = p; q < i; q++) {
                        han &= Character.isIdeographic(t.charAt(q)) || t.charAt(q) < 128 && Character.isLetterOrDigit(t.charAt(q)); // S26高速公路
                    }
                    if (han && c.text().tokenStartingAt(p) != null && startsLikeAName(c, p, i)) {
                        start = p;
                        break;
                    }
                }
                if (start < 0) {
                    continue;
                }
                start = afterNameLabels(t, cutAfterLastCutWord(c, start, headStart), headStart);
                String prefix = t.substring(start, headStart);
                if (prefix.length() < shortest || genericOnly(prefix) || c.quoted().anyQuoted(start, end)
                        || !startsLikeAName(c, start, i) || verbsIn(c, start, i) >= 2) {
                    continue;
                }
                out.add(FoundFact.project(start, end, t.substring(start, end)));
            }
        }
    }

    /**
     * 解放东路拓宽延伸、通济桥改造、青年路北延等工程: where another item of the list ends in the works done on it, the
     * list names roads and their works, and the extension is cut off as those works are.
     */
    private boolean worksCutInList(String t, int at, int end) {
        int from = clauseStart(t, at, false, 120);
        int to = end;
        while (to < t.length() && "，。；：,;:\n等".indexOf(t.charAt(to)) < 0) { // …、南外环西延|等34条道路及…
            to++;
        }
        for (int[] it : splitItems(t, from, to)) {
            if (it[0] <= at && at < it[1]) {
                continue;
            }
            int e = it[1];
            int closed = t.substring(it[0], e).indexOf('等');
            if (closed > 0) {
                e = it[0] + closed;
            }
            int works = cutWorksOff(t, it[0], e);
            int itemEnd = e;
            // 15号线南延伸: an item that ends in an extension is one more extended line, not one with its works cut off
            if (works < e && roadExtensions.stream().noneMatch(w -> t.startsWith(w, works) || t.startsWith(w, itemEnd - w.length()))) {
                return true;
            }
        }
        return false;
    }

    /** Every item of “…项目10个，分别是A，B，C；” (project-list-openers-closed.txt): a counted list to the clause group's end. */
    private void findEnumerated(DocumentContext c, List<FoundFact> out) {
        String t = c.t();
        for (String opener : closedListOpeners) {
            for (int i = t.indexOf(opener); i >= 0; i = t.indexOf(opener, i + opener.length())) {
                int from = i + opener.length();
                var sentence = c.text().sentenceAt(i);
                String before = t.substring(sentence.start(), i);
                if (!COUNTED_BEFORE.matcher(before).find()) {
                    continue; // 分别是 after no count of projects (分别是增长5%、3%) lists no works
                }
                if (from < t.length() && "：:".indexOf(t.charAt(from)) >= 0) {
                    from++; // 分别是:|成都至兰州铁路
                }
                int close = from;
                while (close < sentence.end() && "；;。".indexOf(t.charAt(close)) < 0) {
                    close++;
                }
                if (close > from && t.charAt(close - 1) == '等') {
                    close--; // …湖南毛俊水库和青海引大济湟西干渠灌区|等。
                }
                // items parted by commas may hold a 、 of their own (广西雅泉酒业公司酒水、饮料制造项目); but where the first
                // clause is a list of works parted by 、, the clauses after it describe them (分别是京雄城际铁路、京唐铁路、
                // 津兴铁路，总里程约163公里)
                String region = t.substring(from, close);
                int comma = firstOf(region, "，,");
                String parts = comma >= 0 ? "，," : "、";
                if (comma >= 0 && worksParted(region.substring(0, comma))) {
                    parts = "、";
                    close = from + comma;
                }
                for (int[] it : splitWorks(c, splitItems(t, from, close, parts))) {
                    int st = trimLeading(c, it[0], it[1]);
                    if (st < it[1]) {
                        accept(c, st, it[1], !hasFacilityWord(t.substring(st, it[1])), true, true, out);
                    }
                }
            }
        }
    }

    private static int firstOf(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Two or more items parted by 、, all but at most one naming a facility (京雄城际铁路、京唐铁路、津兴铁路; 川气东送二线(湖北段)、
     * 鄂西天然气管线工程); not a clause whose 、 joins what one item makes (广西雅泉酒业公司酒水、饮料制造项目).
     */
    private boolean worksParted(String clause) {
        String[] items = clause.split("、");
        if (items.length < 2) {
            return false;
        }
        int facilities = 0;
        for (String it : items) {
            if (hasFacilityWord(it)) {
                facilities++;
            }
        }
        return facilities >= Math.max(1, items.length - 1);
    }

    /**
     * “…重点城建项目主要包括：三环二期，全线长11.6公里，…；林浦大桥，主桥长1115.1米，…；林浦路，长3480米。”:
     * after an opener (project-list-openers.txt) and a colon, in a sentence that has named projects
     * before it, items parted by ；each give a work's name in their first clause and describe it in the
     * clauses after (or in brackets: 站后路(环岛路至南江滨东段)，长…). The list runs on over a 。 while the
     * paragraph goes on in items parted by ；.
     */
    private void findDescribedItems(DocumentContext c, List<FoundFact> out) {
        String t = c.t();
        for (String opener : listOpeners) {
            for (int i = t.indexOf(opener); i >= 0; i = t.indexOf(opener, i + opener.length())) {
                int from = i + opener.length();
                if (from >= t.length() || "：:".indexOf(t.charAt(from)) < 0 || openedByLongerWord(t, opener, from)) {
                    continue;
                }
                var sentence = c.text().sentenceAt(i);
                String before = t.substring(sentence.start(), i);
                if (listHeads.stream().noneMatch(before::contains)) {
                    continue; // 主要包括：after no projects lists tasks or kinds
                }
                for (int[] item : describedItems(t, from + 1)) {
                    int nameEnd = item[0];
                    while (nameEnd < item[1] && "，,(（".indexOf(t.charAt(nameEnd)) < 0) {
                        nameEnd++;
                    }
                    if (nameEnd == item[1] || nameEnd - item[0] > 20) {
                        continue; // an item that is one clause only, or a long one, describes no named work
                    }
                    int s = trimLeading(c, item[0], nameEnd);
                    boolean facility = s < nameEnd && hasFacilityWord(t.substring(s, nameEnd));
                    // 林浦路，长3480米: a road or bridge with its size (not 优化营商环境，新增市场主体2000户)
                    if (s < nameEnd && (facility || bareEndAt(t, s, nameEnd) && measuredIn(c, nameEnd, item[1]))) {
                        accept(c, s, nameEnd, !facility, true, true, out);
                    }
                }
            }
        }
    }

    /**
     * “…、宝兰客专330千伏供电、武威热电联产、…建成投运；”: a clause of three or more items parted by 、 and closed
     * by a word that says they were built or begun (project-completion-cues.txt), most items ending in a
     * facility's head word or a phase: each item names one work, as in a list the text calls projects.
     */
    private void findCompletedLists(DocumentContext c, List<FoundFact> out) {
        String t = c.t();
        for (String cue : completionCues) {
            for (int i = t.indexOf(cue); i >= 0; i = t.indexOf(cue, i + cue.length())) {
                int after = i + cue.length();
                if (after < t.length() && "；;。，,\n".indexOf(t.charAt(after)) < 0) {
                    continue; // the cue must close its clause (not 建成|区, 开工|项目)
                }
                if (longerCueEndsAt(t, cue, after)) {
                    continue; // 基本|建成: the longer cue reads it
                }
                int listEnd = i;
                for (boolean cut = true; cut; ) {
                    cut = false;
                    for (String w : completionAdverbs) {
                        if (listEnd - w.length() > 0 && t.startsWith(w, listEnd - w.length())) {
                            listEnd -= w.length(); // …段|基本|建成通车
                            cut = true;
                            break;
                        }
                    }
                }
                int from = clauseStart(t, listEnd, false, 240);
                String region = t.substring(from, listEnd);
                if (region.indexOf('等') >= 0 || region.indexOf('“') >= 0) {
                    continue; // A、B等…: the list finders read a list 等 closes
                }
                List<int[]> items = splitAtConjunctions(c, splitItems(t, from, listEnd));
                if (items.size() < 3) {
                    continue;
                }
                int works = 0;
                for (int[] it : items) {
                    if (it[1] - it[0] > 40) {
                        works = -99; // a long item is a clause, not a name
                    }
                    if (hasFacilityWord(t.substring(it[0], it[1])) || headEndingAt(t, it[1]) != null || endsInSectionOrPhase(t, it[1])) {
                        works++;
                    }
                }
                if (2 * works <= items.size()) {
                    continue; // 教育、卫生、文化…建成: kinds, not works named
                }
                List<int[]> names = new ArrayList<>();
                for (int k = 0; k < items.size(); k++) {
                    int[] it = items.get(k);
                    int s = k == 0 ? trimLeading(c, it[0], it[1]) : it[0];
                    s = cutAfterCountedAmount(c, s, it[1]);
                    s = cutAfterLastCutWord(c, s, it[1]);
                    if (s < it[1]) {
                        names.add(new int[] {s, it[1], hasFacilityWord(t.substring(s, it[1])) ? 0 : 1});
                    }
                }
                acceptList(c, names, false, false, out);
            }
        }
    }

    /**
     * Accepts the items of one list ({start, end, needsProperStart}); where two or more and at least half of them
     * proved names, an item left over that ends in a head word after two or more characters that are no generic
     * words is taken too: its fellows vouch for it (…、琼州大桥、世纪大桥等15个项目; 世纪 alone is a time word).
     */
    private void acceptList(DocumentContext c, List<int[]> items, boolean enumerated, boolean listed, List<FoundFact> out) {
        String t = c.t();
        boolean[] taken = new boolean[items.size()];
        int names = 0;
        for (int k = 0; k < items.size(); k++) {
            int[] it = items.get(k);
            int before = out.size();
            accept(c, it[0], it[1], it[2] != 0, enumerated, listed, out);
            taken[k] = out.size() > before;
            names += taken[k] ? 1 : 0;
        }
        if (items.size() < 3 || names < 2 || 2 * names < items.size()) {
            return;
        }
        for (int k = 0; k < items.size(); k++) {
            int[] it = items.get(k);
            if (!taken[k] && vouchable(t, it[0], it[1])) {
                accept(c, it[0], it[1], false, enumerated, listed, true, out);
            }
        }
    }

    /** 世纪大桥, 中兴通讯生产研发基地: a head word (not 项目 or 工程) after two or more characters that are no generic words, in one short run of characters. */
    private boolean vouchable(String t, int start, int end) {
        if (end - start < 4 || end - start > 20 || start > 0 && (org.govfacts.text.Clauses.CONJUNCTIONS.indexOf(t.charAt(start - 1)) >= 0 || t.charAt(start - 1) == '同')) {
            return false; // 东方1-1气田海上和|陆地终端主体工程: the rest of an item parted at its conjunction
        }
        String name = t.substring(start, end);
        String head = headEndingAt(t, end);
        if (head == null || !isFacilityHead(head) || !name.chars().allMatch(Character::isIdeographic)) {
            return false; // 汽车项目, 城市防洪工程: a kind of works may stand among names; only a facility's head word vouches
        }
        return withoutGenericWords(name.substring(0, name.length() - head.length())).length() >= 2;
    }

    private boolean longerCueEndsAt(String t, String cue, int end) {
        for (String w : completionCues) {
            if (w.length() > cue.length() && w.endsWith(cue) && end >= w.length() && t.startsWith(w, end - w.length())) {
                return true;
            }
        }
        return false;
    }

    /**
     * “…；电力产业园二期项目，总投资10亿元，用地182亩，…；三一筑工项目，总投资3000万元，…”: an item of a list
     * parted by ；(or opened by ：, or numbered: 二是…) whose second clause gives an investment or a length
     * (project-detail-cues.txt) names a work in its first clause.
     */
    private void findInvestedItems(DocumentContext c, List<FoundFact> out) {
        String t = c.t();
        for (int i = 0; i < t.length(); i++) {
            char ch = t.charAt(i);
            if (ch != '，' && ch != ',') {
                continue;
            }
            int at = i + 1;
            if (investmentCues.stream().noneMatch(w -> t.startsWith(w, at))) {
                continue;
            }
            int from = i;
            while (from > 0 && "；;：:，,。\n、".indexOf(t.charAt(from - 1)) < 0 && i - from < 30) {
                from--;
            }
            boolean numbered = LEADING_NUMBERING.matcher(t).region(from, i).lookingAt(); // 二是|国道集锡线东辽绕越线，全长…
            if (from == 0 || "；;：:".indexOf(t.charAt(from - 1)) < 0 && !numbered || i - from < 3) {
                continue; // only an item of a list, parted by ；, opened by ：or numbered
            }
            int s = trimLeading(c, from, i);
            s = cutAfterLastCutWord(c, s, i);
            if (s < i) {
                accept(c, s, i, !hasFacilityWord(t.substring(s, i)), true, false, out);
            }
        }
    }

    /** 14个重点项目:|A、B、C。 a count of projects, then a colon. */
    private static final Pattern COUNTED_COLON = Pattern.compile(
            "(?:\\d+|[一二三四五六七八九十两]+)个[^，。；,;：:]{0,10}?(?:项目|工程)[：:]$");

    /**
     * “广州市今年安排14个重点项目:地铁二号钱、白云国际机场迁建、内环路放射线工程、…。”: after a count of projects
     * and a colon, items parted by 、 up to the sentence's or clause group's end name the projects counted.
     */
    private void findCountedColonLists(DocumentContext c, List<FoundFact> out) {
        String t = c.t();
        for (int i = 0; i < t.length(); i++) {
            char ch = t.charAt(i);
            if (ch != '：' && ch != ':') {
                continue;
            }
            int from = Math.max(0, i - 24);
            if (!COUNTED_COLON.matcher(t).region(from, i + 1).find()) {
                continue;
            }
            int close = i + 1;
            while (close < t.length() && "。；;\n，,".indexOf(t.charAt(close)) < 0) {
                close++;
            }
            List<int[]> items = splitAtConjunctions(c, splitItems(t, i + 1, close));
            if (items.size() < 3) {
                continue;
            }
            List<int[]> names = new ArrayList<>();
            for (int[] it : items) {
                int s = trimLeading(c, it[0], it[1]);
                s = cutAfterLastCutWord(c, s, it[1]);
                if (s < it[1] && it[1] - s <= 30) {
                    names.add(new int[] {s, it[1], hasFacilityWord(t.substring(s, it[1])) ? 0 : 1});
                }
            }
            acceptList(c, names, true, true, out);
        }
    }

    /** 续建项目6个(, 3个新建项目（: a count of projects and the bracket that lists them. */
    private static final Pattern COUNTED_BRACKET = Pattern.compile(
            "(?:(?:项目|工程)(?<after>\\d+|[一二三四五六七八九十两]+)个|(?<before>\\d+|[一二三四五六七八九十两]+)个[^，。；,;：:(（]{0,10}?(?:项目|工程))[(（]");

    /**
     * 有续建项目2个(酒泉市太阳能光伏发电项目、甘肃巨龙农产品综合批发市场): a bracket after a count of projects that holds
     * just as many items parted by 、 lists those projects by name, whatever their last words.
     */
    private void findCountedBracketLists(DocumentContext c, List<FoundFact> out) {
        String t = c.t();
        Matcher m = COUNTED_BRACKET.matcher(t);
        while (m.find()) {
            int close = m.end();
            while (close < t.length() && close - m.end() < 300 && "）)。；;\n(（".indexOf(t.charAt(close)) < 0) {
                close++;
            }
            if (close >= t.length() || "）)".indexOf(t.charAt(close)) < 0) {
                continue;
            }
            String count = m.group("after") != null ? m.group("after") : m.group("before");
            java.math.BigDecimal n = Character.isDigit(count.charAt(0)) ? new java.math.BigDecimal(count) : ChineseNumerals.parse(count);
            List<int[]> items = splitItems(t, m.end(), close, "、");
            if (n == null || n.intValue() != items.size()) {
                continue; // 项目3个(其中省级1个): what the bracket says is no list of the counted projects
            }
            for (int[] it : items) {
                int st = trimLeading(c, it[0], it[1]);
                if (st < it[1] && it[1] - st <= 40) {
                    accept(c, st, it[1], false, true, true, out);
                }
            }
        }
    }

    /**
     * Items parted at a conjunction only where every part ends in a head word or a phase (湖南毛俊水库|和|青海
     * 引大济湟西干渠灌区), not where one part is no work of its own (年产100万套车架|和|100万套减震项目).
     */
    private List<int[]> splitWorks(DocumentContext c, List<int[]> items) {
        List<int[]> out = new ArrayList<>();
        for (int[] it : items) {
            List<int[]> parts = splitAtConjunctions(c, List.of(it));
            boolean works = parts.stream().allMatch(p -> headEndingAt(c.t(), cutWorksOff(c.t(), p[0], p[1])) != null
                    || endsInSectionOrPhase(c.t(), p[1]));
            out.addAll(works ? parts : List.of(it));
        }
        return out;
    }

    /** True when an amount with a unit (3480米, 8亿元) stands in {@code [from, to)}. */
    private static boolean measuredIn(DocumentContext c, int from, int to) {
        return c.amounts().stream().anyMatch(a -> a.start() >= from && a.end() <= to && a.unit() != null && !a.unit().isEmpty());
    }

    /** The items parted by ；from {@code from} to the paragraph's end, or to the 。 after which no ；follows in it. */
    private static List<int[]> describedItems(String t, int from) {
        int paragraphEnd = t.indexOf('\n', from);
        if (paragraphEnd < 0) {
            paragraphEnd = t.length();
        }
        List<int[]> items = new ArrayList<>();
        int s = from;
        for (int i = from; i < paragraphEnd; i++) {
            char ch = t.charAt(i);
            if (ch == '；' || ch == ';') {
                items.add(new int[] {s, i});
                s = i + 1;
            } else if (ch == '。' && t.substring(i, paragraphEnd).indexOf('；') < 0) {
                items.add(new int[] {s, i});
                return items.size() >= 2 ? items : List.of();
            }
        }
        items.add(new int[] {s, paragraphEnd});
        return items.size() >= 2 ? items : List.of(); // one item is no list
    }

    /** A count right after a name of works (…建设项目|5000个): the name is of a kind. */
    private static final Pattern COUNT_AFTER = Pattern.compile("(?:\\d+|[一二三四五六七八九十百千两]+)[个项批]");
    /** 12个, 三座: a count of two or more right after a name, ending its clause or list item. */
    private static final Pattern MANY_AFTER = Pattern.compile("(?:[2-9]|\\d{2,}|[两三四五六七八九十百千]+)[个座家处所条](?=[、，,；;。])");
    /** 2个152公里: another figure after the count, which then sums the list before. */
    private static final Pattern NEXT_FIGURE = Pattern.compile("[、，,]?\\d");

    /** 园区产业项目10个，| 3个重点项目： a count of projects or works just before the opener. */
    private static final Pattern COUNTED_BEFORE = Pattern.compile(
            "(?:项目|工程)(?:\\d+|[一二三四五六七八九十百]+)[个项][，,]?$|(?:\\d+|[一二三四五六七八九十百]+)[个项][^，。；]{0,12}(?:项目|工程)[，,：:]?$");

    /** Every item of “A、B、C等…项目”. */
    private void findListed(DocumentContext c, List<FoundFact> out) {
        String t = c.t();
        Matcher m = listHead.matcher(t);
        while (m.find()) {
            if (listHeadBlocked(c, m.start("between"), m.end("between"))) {
                continue;
            }
            List<int[]> accepted = new ArrayList<>();
            for (int[] it : listedItems(c, m.start(), true)) {
                int s = it[0];
                String item = t.substring(s, it[1]);
                if (m.group().endsWith("工程") && headEndingAt(t, it[1]) == null && !specific.namesWorks(item)
                        && !PHASE.matcher(item).find()) { // 引绰济辽二期: a phase is of works
                    continue; // 中华优秀传统文化传承发展、文艺精品创优等工程: programmes of policy
                }
                if (headEndingAt(t, it[1]) == null && !PHASE.matcher(item).find()
                        && treatmentWords.stream().anyMatch(m.group()::contains)) {
                    continue; // 毛乌素沙化土地、…等综合治理工程: the land or the river treated, not a work
                }
                // in a list the text calls projects, a facility word (铁路, 中心 …) is evidence enough
                accepted.add(new int[] {s, it[1], hasFacilityWord(item) ? 0 : 1});
            }
            acceptList(c, accepted, false, true, out);
        }
    }

    /**
     * The items of the list that ends at {@code listEnd} (A、B和C before 等…), each {start, end} with the words
     * before a name cut off: the clause's opening before the first item, a counted amount ({@code cutCounts})
     * and the last cut word (推进, 促进 …).
     */
    private List<int[]> listedItems(DocumentContext c, int listEnd, boolean cutCounts) {
        String t = c.t();
        List<int[]> items = splitAtConjunctions(c, splitItems(t, clauseStart(t, listEnd, false, 240), listEnd));
        List<int[]> out = new ArrayList<>(items.size());
        for (int k = 0; k < items.size(); k++) {
            int[] it = items.get(k);
            int s = k == 0 ? trimLeading(c, it[0], it[1]) : it[0];
            if (cutCounts) {
                s = cutAfterCountedAmount(c, s, it[1]);
            }
            out.add(new int[] {cutAfterLastCutWord(c, s, it[1]), it[1]});
        }
        return out;
    }

    /**
     * 职教中心园区分校、城东东方红小学和幼儿园、花桥第二小学等10所学校新建: a list that 等, a count of
     * institutions (project-works-only-heads.txt) and the works done on them close names each institution
     * built, as 等…项目 would (not 清华、北大等高校 or 等10所学校: a count of schools alone builds nothing).
     */
    private void findInstitutionsListed(DocumentContext c, List<FoundFact> out) {
        String t = c.t();
        Matcher m = institutionCount.matcher(t);
        while (m.find()) {
            if (!builtAfter(t, m.end())) {
                continue;
            }
            for (int[] it : listedItems(c, m.start(), false)) {
                int s = it[0];
                if (s < it[1]) {
                    accept(c, s, it[1], !hasFacilityWord(t.substring(s, it[1])), false, true, out);
                }
            }
        }
    }

    /** 新建, 改扩建, 建设, 建成投用: the works done or the build cue right at {@code at}. */
    private boolean builtAfter(String t, int at) {
        return startsAt(worksWordsLongestFirst, t, at) || startsAt(buildWords, t, at) || startsAt(institutionBuiltCues, t, at);
    }

    /**
     * True when the words between 等 and 项目 show that the list is not of projects. After a count
     * (等一批对国民经济具有重要意义的铁路建设项目, 等3个在建卫生项目) a phrase ending in 的 describes
     * the projects counted, so only the words after it are weighed; a one-character blocker (在, 对)
     * counts only where the segmenter has it as a word of its own (not 在 of 在建).
     */
    private boolean listHeadBlocked(DocumentContext c, int from, int to) {
        String t = c.t();
        Matcher count = LIST_COUNT.matcher(t).region(from, to);
        if (count.lookingAt()) {
            int of = t.lastIndexOf('的', to - 1);
            if (of >= count.end()) {
                from = of + 1;
            }
        }
        String between = t.substring(from, to);
        int of = between.lastIndexOf('的');
        if (of > 0 && of <= 6 && between.length() - of - 1 <= 2 && between.indexOf('的') == of) {
            // 等高水平的大项目, 等具有带动性的重大项目: a short description of the projects listed, weighed without its 的
            between = between.substring(0, of) + "\u0000" + between.substring(of + 1);
        }
        for (String w : listHeadExceptions) {
            between = between.replace(w, "\u0000".repeat(w.length())); // 在建: not the preposition 在
        }
        for (String b : listHeadBlockers) {
            for (int i = between.indexOf(b); i >= 0; i = between.indexOf(b, i + 1)) {
                if (b.length() == 1 && org.govfacts.text.Clauses.CONJUNCTIONS.contains(b) && i >= 1 && i <= 4 && between.length() - i - 1 >= 1
                        && between.length() - i - 1 <= 4 && between.chars().allMatch(Character::isIdeographic)) {
                    continue; // 等工业和电力项目: two kinds of the projects listed, joined
                }
                if (b.length() > 1 || oneWord(c, from + i, from + i + 1)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** 一批, 一大批, 3个, 多个: a count that opens the words between 等 and 项目. */
    private static final Pattern LIST_COUNT = Pattern.compile("(?:一大?批|一系列|多个|\\d+个|[一二三四五六七八九十两]+个)");

    private static boolean oneWord(DocumentContext c, int start, int end) {
        Token tok = c.text().tokenStartingAt(start);
        return tok != null && tok.end() == end;
    }

    /**
     * Every item of “…项目18个，包括A、B、C等，…”: a list that an opener (包括) begins and 等 closes,
     * in a sentence that has named projects (项目, 工程) before it.
     */
    private void findIntroduced(DocumentContext c, List<FoundFact> out) {
        String t = c.t();
        for (String opener : listOpeners) {
            for (int i = t.indexOf(opener); i >= 0; i = t.indexOf(opener, i + opener.length())) {
                int from = i + opener.length();
                if (openedByLongerWord(t, opener, from)) {
                    continue; // 其中|包括: the longer opener reads it
                }
                var sentence = c.text().sentenceAt(i);
                String before = t.substring(sentence.start(), i);
                if (listHeads.stream().noneMatch(before::contains)) {
                    continue; // 包括 after no projects: 包括农业、工业等 lists kinds of things
                }
                int close = listClose(t, from, sentence.end());
                if (close < 0) {
                    continue;
                }
                List<int[]> items = splitAtConjunctions(c, splitItems(t, from, close));
                List<int[]> names = new ArrayList<>();
                for (int[] it : items) {
                    int s = trimLeading(c, it[0], it[1]);
                    s = cutAfterCountedAmount(c, s, it[1]);
                    s = cutAfterLastCutWord(c, s, it[1]);
                    if (s < it[1]) {
                        names.add(new int[] {s, it[1], hasFacilityWord(t.substring(s, it[1])) ? 0 : 1});
                    }
                }
                acceptList(c, names, true, true, out);
            }
        }
    }

    /**
     * 昌平路、京开路、京良路; 永泰路、朝阳路建成通车; 经二路、城西大道二期: a list in which two or more
     * items are names with a last word too common to be a head alone (路, 大道): each such item,
     * with its phase or section and without the works done on it (柳青南路|延伸), is a road's name.
     */
    private void findSeries(DocumentContext c, List<FoundFact> out) {
        String t = c.t();
        int clause = 0;
        for (int i = 0; i <= t.length(); i++) {
            if (i < t.length() && "，。；：,;:\n！？".indexOf(t.charAt(i)) < 0) {
                continue;
            }
            if (i - clause >= 4) {
                findSeriesIn(c, clause, i, out);
            }
            clause = i + 1;
        }
    }

    private void findSeriesIn(DocumentContext c, int from, int to, List<FoundFact> out) {
        String t = c.t();
        List<int[]> items = splitAtConjunctions(c, splitItems(t, from, to));
        List<int[]> roads = new ArrayList<>();
        int ofThree = 0; // roads whose head only three or more make names (保定桥、蚌埠桥、新三条石桥)
        List<int[]> partsOfRoads = new ArrayList<>(); // 独秀大道北段, 纬三路一期: a phase or section pins one road down
        int works = 0; // items that end in a facility word, a section or a phase (象石公路, 万柳线盐盆段)
        for (int k = 0; k < items.size(); k++) {
            int[] it = items.get(k);
            int e = k == items.size() - 1 || items.size() == 1 ? lastItemEnd(c, it[0], it[1]) : it[1];
            int s = it[0];
            int closed = t.substring(s, e).indexOf('等');
            if (closed > 0) {
                e = s + closed; // 人工智能|等领域…项目: what follows 等 is the kind of the list, not an item
            }
            e = cutWorksOff(t, s, e);
            if (headEndingAt(t, e) != null || endsInSectionOrPhase(t, e)) {
                works++; // taken back below when the item is a road
            }
            Matcher m = series.matcher(t);
            if (k == 0) { // 建成|体育场路, 现在有了|昌平路: the first word from which a road's name begins
                for (int p = s; p < e; p++) {
                    if (c.text().tokenStartingAt(p) != null && !dateUnitAt(t, p) && m.region(p, e).matches() && startsLikeAName(c, p, e)) {
                        s = p;
                        break;
                    }
                }
                for (String grade : roadGradeLabels) {
                    if (t.startsWith(grade, s) && m.region(s + grade.length(), e).matches()) {
                        s += grade.length(); // 一级路|泉大路: the road's grade labels it
                        break;
                    }
                }
            }
            if (!m.region(s, e).matches()) {
                continue;
            }
            boolean kindOfThree = seriesHeadsOfThree.contains(m.group("head"));
            ofThree += kindOfThree ? 1 : 0; // counted before the tests of a name: 改造|解放桥 is still one of the list
            int cut = cutAfterLastCutWord(c, s, m.start("head")); // only before the head: 至建设西路段 is a section
            if (cut > s && !m.region(s = cut, e).matches()) {
                continue;
            }
            s = afterAreaOfTown(t, s, m.start("head"));
            String prefix = t.substring(s, m.start("head"));
            String facility = headEndingAt(t, m.end("head"));
            if (facility != null && facility.length() > m.group("head").length()) {
                continue; // 城际铁路, 农村公路: a facility word, which the head-word finder reads
            }
            String street = t.substring(s, m.end("head"));
            boolean streetKind = streetKinds.stream().anyMatch(w -> street.endsWith(w) && genericOnly(street.substring(0, street.length() - w.length())));
            if (!genericOnly(prefix) && !streetKind && !c.quoted().anyQuoted(s, e) && !endsInCommonName(c, m.start("head"), m.end("head"))
                    && verbsIn(c, s, m.end("head")) < 2) { // 要坚持走新路: a clause
                roads.add(new int[] {s, e, kindOfThree ? 1 : 0});
                if (headEndingAt(t, e) != null || endsInSectionOrPhase(t, e)) {
                    works--; // 生态景观大道 alone is one item, not a road and a works
                }
                if (m.end("head") < e && startsLikeAName(c, s, e) || railLine(prefix, m.group("head"))) {
                    partsOfRoads.add(new int[] {s, e}); // 纬三路一期, 轨道交通平谷线: one road or line pinned down
                }
            }
        }
        // 南京东路、陆家嘴、徐家汇、南京西路等商圈: roads named among things that are no works are places,
        // and a list that 等 calls anything but roads or works (等商圈, 等街区) names no roads to build
        int close = t.lastIndexOf('等', to - 1);
        if (close >= from && close + 1 < to && !ROAD_OR_WORKS_KIND.matcher(t).region(close, to).find()) {
            return;
        }
        if (ofThree > 0 && ofThree < 3) {
            roads.removeIf(r -> r[2] == 1);
        }
        boolean listOfWorks = roads.size() + works >= 2 && 2 * (roads.size() + works) >= items.size()
                || close >= from && !roads.isEmpty() && COUNTED_ROADS.matcher(t).region(close, to).lookingAt();
        for (int[] r : listOfWorks ? roads : partsOfRoads) {
            int s = withLineOpener(t, r[0], r[1]);
            out.add(FoundFact.project(s, r[1], t.substring(s, r[1])));
        }
    }

    /** 轨道交通|平谷|线: a rail network's word and a name before 线 make one line of that network. */
    private boolean railLine(String prefix, String head) {
        return head.equals("线") && railLinePrefixes.stream().anyMatch(w -> prefix.startsWith(w) && prefix.length() >= w.length() + 2);
    }

    /**
     * 武鸣片区|长岗大道东段, 大桥开发区|独秀大道北段: the part of town a road runs in, named before it,
     * is no part of the road's name (project-road-area-prefixes.txt); two characters at least stay.
     */
    private int afterAreaOfTown(String t, int start, int headStart) {
        int cut = start;
        for (String w : roadAreaPrefixes) {
            int at = t.lastIndexOf(w, headStart - 1);
            if (at >= start && at + w.length() + 2 <= headStart) {
                cut = Math.max(cut, at + w.length());
            }
        }
        return cut;
    }

    /** 华山路|等34条城市道路, 湟水路|等8条城市主次干道: a count of roads after 等 says that even one item before it is a road. */
    private static final Pattern COUNTED_ROADS = Pattern.compile("等(?:\\d+|[一二三四五六七八九十百]+)条\\p{IsHan}{0,6}?(?:道路|干道|街巷|街道)");

    /** What a list of roads closes with: 等道路, 等58条重要道路, 等工程前期工作. */
    private static final Pattern ROAD_OR_WORKS_KIND = Pattern.compile("[路道桥巷]|工程|项目");

    /** 朝阳路|建成通车, 吕东路|等道路建设: the last item of a list ends at a head word that 等 or a verb follows. */
    private int lastItemEnd(DocumentContext c, int start, int end) {
        Matcher m = series.matcher(c.t()).region(start, end);
        for (int p = start; p < end; p++) {
            m.region(p, end);
            if (m.lookingAt() && endsList(c, m.end(), end)) {
                return m.end();
            }
        }
        return end;
    }

    /** 柳青南路|延伸, 虹南公路|改造: the works done on a road are no part of its name. */
    private int cutWorksOff(String t, int start, int end) {
        int e = end;
        for (boolean cut = true; cut; ) {
            cut = false;
            for (String w : worksWordsLongestFirst) {
                if (e - w.length() > start && t.startsWith(w, e - w.length())) {
                    e -= w.length();
                    cut = true;
                    break;
                }
            }
        }
        return e;
    }

    /** 城市|道, 全省|: nothing but generic words before the head. */
    private boolean genericOnly(String prefix) {
        return withoutGenericWords(prefix).isEmpty();
    }

    /** {@code s} without the generic words of two or more characters (not 大, 市 alone: 大理, 市民大道). */
    private String withoutGenericWords(String s) {
        String rest = s;
        for (String g : generic) {
            if (g.length() > 1) {
                rest = rest.replace(g, "");
            }
        }
        return rest;
    }

    /** 吕东路|等道路建设, 朝阳路|建成通车: what follows the last item of a list is 等 or a verb, or nothing. */
    private boolean endsList(DocumentContext c, int at, int end) {
        if (at == end || c.t().charAt(at) == '等' || trailingParts.stream().anyMatch(w -> c.t().startsWith(w, at))) {
            return true; // …|等, 富宁街|部分路段已通车
        }
        Token next = c.text().tokenStartingAt(at);
        if (next != null && next.word().equals("的")) {
            next = c.text().tokenStartingAt(next.end()); // 双元路|的建成通车: what is said of the road, after 的
            return next != null && next.pos().startsWith("v");
        }
        // 文博路|顺利贯通, 建兰路|年底将投入运营, 张掖路|于年底通车: a verb, an adverb, a time or a preposition begins what is said of it
        return next != null && (next.pos().startsWith("v") || next.pos().startsWith("d") || next.pos().startsWith("a")
                || next.pos().startsWith("t") || next.pos().equals("f") || next.pos().equals("p"));
    }

    /** 北路, 中路, 八路: a direction or a number before 路, the common word the segmenter makes of a road's end. */
    private static final Pattern ROAD_ORDINAL = Pattern.compile("[东西南北中一二三四五六七八九十]路");

    /** 拓宽思路, 集成电路: a common word that runs over the head (思路), not the head word itself (大道). */
    private boolean endsInCommonName(DocumentContext c, int headStart, int headEnd) {
        Token last = c.text().tokenEndingAt(headEnd);
        if (last != null && ROAD_ORDINAL.matcher(last.word()).matches() && last.start() > 0
                && Character.UnicodeScript.of(c.t().charAt(last.start() - 1)) == Character.UnicodeScript.HAN) {
            return false; // 通道|北路, 环城|中路, 经|八路: a road's part or number after its name, not the common word
        }
        // 集成电路; 生态保护|红线, 安全|底线: a common noun of the dictionary, however rare, is no line's name (泉|大路: a
        // head word of its own, 大路, is none)
        return last != null && last.start() < headStart && !seriesHeads.contains(last.word()) && (HanLpRuntime.coreFrequency(last.word()) > 10
                || last.pos().equals("n") && HanLpRuntime.coreFrequency(last.word()) > 0);
    }

    /** 正式|开|港, 修|路: a one-character head word whose word before is a verb of one character, alone. */
    private static boolean objectOfOneCharacterVerb(DocumentContext c, int headStart, int headEnd) {
        if (headEnd - headStart != 1) {
            return false;
        }
        Token head = c.text().tokenStartingAt(headStart);
        Token before = c.text().tokenEndingAt(headStart);
        return head != null && head.end() == headEnd && before != null && before.word().length() == 1
                && before.pos().equals("v");
    }

    /** 走新路, 拓宽思路: the last word is a common word of the language (思路, 出路), not a road's name. */
    private static boolean endsInCommonWord(DocumentContext c, int end) {
        Token last = c.text().tokenEndingAt(end);
        return last != null && last.word().length() == 2 && HanLpRuntime.coreFrequency(last.word()) > 10;
    }

    private static int verbsIn(DocumentContext c, int start, int end) {
        int verbs = 0;
        List<Token> tokens = c.text().tokens();
        for (int k = c.text().tokenIndexAt(start); k < tokens.size() && tokens.get(k).end() <= end; k++) {
            if (tokens.get(k).pos().startsWith("v")) {
                verbs++;
            }
        }
        return verbs;
    }

    private boolean openedByLongerWord(String t, String opener, int end) {
        for (String o : listOpeners) {
            if (o.length() > opener.length() && o.endsWith(opener) && end >= o.length() && t.startsWith(o, end - o.length())) {
                return true;
            }
        }
        return false;
    }

    /** Where 等 closes a list opened at {@code from}: a 等 followed by a break, within the sentence; else -1. */
    private static int listClose(String t, int from, int sentenceEnd) {
        for (int j = from; j < Math.min(sentenceEnd, from + 240); j++) {
            char ch = t.charAt(j);
            if ("；;：:".indexOf(ch) >= 0 || ch == '，' && j > from && t.charAt(j - 1) != '等') {
                return -1; // the list ends at a clause break without 等: not a closed list
            }
            if (ch == '等' && j + 1 < t.length() && "，。；,;".indexOf(t.charAt(j + 1)) >= 0) {
                return j;
            }
        }
        return -1;
    }

    /** Names ending in a project word (…项目, …产业园). */
    /** A state builder's numbered bureau (中铁十一局, 中交二航局, 中建三局集团): a contractor, before the works it builds. */
    private static final Pattern BUILDER = Pattern.compile("中(?:铁|交|建|冶|电建|水电)[一二三四五六七八九十0-9]{1,3}(?:航|公)?局(?:集团)?(?:有限公司)?");

    private void findBySuffix(DocumentContext c, List<FoundFact> out) {
        String t = c.t();
        int previousEnd = -1;
        int chainStart = -1; // where a name began that follows an earlier one in its clause
        int partEnd = -1; // where a part of a work ended (…高速公路|全线控制工程|): it labels what follows, not continued
        for (int i = 0; i < t.length(); i++) {
            String suffix = suffixAt(t, i);
            if (suffix == null) {
                continue;
            }
            int end = i + suffix.length();
            if (insidePlace(t, i, end)) {
                continue;
            }
            if (!endsWord(c, end) && suffixAt(t, end) == null && !personGuessOverHead(c, i, end)
                    && !startsAt(nameFollowers, t, end)) { // 十堰至西安高铁|西起: not 铁西
                continue; // 中国工程院, 中心城区, 港口: the head word is part of a longer word
            }
            if (beginsInsideWord(c, i, end)) {
                continue; // 港口|岸电: 口岸 begins inside the word 港口
            }
            if (objectOfOneCharacterVerb(c, i, end)) {
                continue; // 东港区正式|开|港: a verb of one character takes the head word as its object
            }
            if (placeHeads.contains(suffix) && (!placeEndsAt(c, i) || provinceEndsAt(c, i))) {
                continue; // 加油站, 工作站: a kind of facility; 新疆|站在新的起点上: a province stands, no station bears its name
            }
            if (estateHeads.contains(suffix) && !housingSaid(c, i)) {
                continue; // 建设美丽家园, 老旧小区: no estate where the sentence says nothing of housing
            }
            if (builtHeads.contains(suffix) && !sentenceSaysAny(c, i, builtCues)) {
                continue; // 以天安门广场为中心: a plaza or building named as a place, not built
            }
            if (worksOnlyHeads.contains(suffix) && !worksFollow(t, end) && !listedAsBuilt(t, end)) {
                continue; // 莲湖小学 alone is the school; 莲湖小学扩建, …医院二期 are works
            }
            int start = clauseStart(t, i);
            // a name runs back over an earlier name only when it continues it (工业园|全产业链项目,
            // 清洁能源基地|电力外送|通道), not when a generic word stands between (实验室|新|实验室大楼)
            int earlierEnd = previousEnd;
            if (previousEnd > start && previousEnd <= i && (previousEnd == partEnd || !continuesName(c, previousEnd, i))) {
                start = previousEnd;
                if (start < i && "和与及、".indexOf(t.charAt(start)) >= 0) {
                    start++; // 昆仑山隧道和|风火山隧道
                } else if (headEndingAt(t, start) != null) {
                    start += locativeAt(c, start, i); // …基地中|有机硅项目
                }
                if (endsInSectionOrPhase(t, previousEnd)) {
                    chainStart = start; // a section or phase ended the earlier name: what follows is a name of its own
                }
            } else if (previousEnd > start && previousEnd <= i && chainStart > start) {
                start = chainStart; // 中环线浦东段和|嘉闵高架|南北延伸项目: the name continued began after 和
            }
            if (previousEnd > start && previousEnd <= i && t.startsWith("项目", previousEnd - 2)) {
                start = previousEnd;
            }
            String nextHead = suffixAt(t, end);
            if (suffix.equals("项目") && blockedAfter(t, end, suffixBlockers) || blockedAfter(t, end, headBlockers)
                    || blockedAfter(t, end, blockersByHead.getOrDefault(suffix, List.of()))
                    || nextHead != null && blockedAfter(t, end + nextHead.length(), headBlockers)) { // 国际枢纽|港|地位
                i = end - 1;
                continue;
            }
            start = cutAfterCountedAmount(c, start, i);
            // 三条|主要干道分别为北都公路: what a count is said to be, one by one, are names (but 7个|为烟水援建项目 is a kind)
            if (countedBefore(c, start) && t.substring(start, i).indexOf("分别") < 0) {
                previousEnd = extendByPhase(t, end);
                i = end - 1;
                continue; // 三个|一号旅游公路支线: several of a kind counted, not one work named
            }
            start = afterLeadingDate(t, start, i); // 3月|宁蒗至永胜高速公路: a date, not a size that describes the works
            start = cutAfterLastCutWord(c, start, i);
            start = afterPartOfWorks(t, start, i);
            start = afterTakenAs(t, start, i, end);
            int beforeMadeOf = start;
            start = afterMadeOf(t, start, i);
            if (start != beforeMadeOf && genericOnly(t.substring(start, i).replace("及", "").replace("和", ""))) {
                previousEnd = extendByPhase(t, end);
                i = end - 1;
                continue; // …由水库大坝及输水管线组成: the parts a work is made of, by kind (but 由石头峡水库…组成 names them)
            }
            if (nextHead != null && t.startsWith("为", end + nextHead.length()) && t.lastIndexOf('以', i - 1) >= start) {
                i = end - 1;
                continue; // 以南港|工业区为: what 以 takes goes on past this head word
            }
            if (batchBefore(t, start)) {
                previousEnd = extendByPhase(t, end);
                i = end - 1;
                continue; // 培育一批|国家林下经济示范基地: several of a kind, not one work named
            }
            start = cutAfterInnerSpace(t, start, i);
            start = afterLength(t, start, i);
            start = afterJoinedWorks(c, start, i, end);
            start = afterNameLabels(t, start, i);
            start = cutAfterKindLabel(t, start, i);
            if (labelHeads.contains(suffix) && nameFollows(t, end)) {
                i = end - 1;
                continue; // 国道主干线|四五线清水至嘉峪关高速公路: the network a name that follows belongs to
            }
            if (endsInKindLabel(t, start, end)) {
                i = end - 1;
                continue; // 湖南省重大水利工程|金塘冲水库: the label of the name that follows
            }
            start = trimLeading(c, start, i);
            int company = t.lastIndexOf("公司", i - 1);
            if (company >= start && company + 2 < i && isFacilityHead(suffix)) {
                start = company + 2; // 华能雅江公司|加查水电站: the owner builds the facility, which has a name of its own
            }
            Matcher builder = BUILDER.matcher(t).region(start, i);
            while (builder.find()) {
                start = builder.end(); // 中铁十一局|双柳长江大桥: the contractor's bureau builds the works, no part of their name
            }
            start = startAtKnownName(c, start, end);
            int nameEnd = extendByPhase(t, end);
            Matcher branch = BRACKETED_PLACE.matcher(t).region(end, Math.min(t.length(), end + 10));
            if (nameEnd == end && branch.lookingAt() && PHASE.matcher(t).region(branch.end(), t.length()).lookingAt()) {
                nameEnd = extendByPhase(t, branch.end()); // 中山大学附属第七医院(深圳)二期: the branch's phase
            }
            // 35万千瓦光热电站: a facility described by its size is not named (unless a list calls it a project)
            if (start < nameEnd && !SIZE_FIRST.matcher(t).region(start, nameEnd).lookingAt() && !listOfAreas(t, nameEnd)
                    && !DIMENSION.matcher(t).region(start, nameEnd).find()) { // 一座|桥宽22.5米四线铁路桥: described by its width
                accept(c, start, nameEnd, true, out);
            }
            previousEnd = nameEnd; // 川藏铁路雅安至林芝段|全线控制性工程: the next name starts after the section
            partEnd = start == earlierEnd && start < i && partBetween(t.substring(start, i)) ? nameEnd : -1;
            i = end - 1;
        }
    }

    /** 华苑—南站|、新梅江、水西等特色宜居片区: the list this item opens is closed by a kind of area (project-area-kinds.txt). */
    private boolean listOfAreas(String t, int end) {
        int at = end;
        while (at < t.length() && at - end < 60 && "，。；：,;:\n".indexOf(t.charAt(at)) < 0) {
            at++;
        }
        int close = t.lastIndexOf('等', at - 1);
        if (close < end) {
            return false;
        }
        String kind = t.substring(close + 1, at);
        return !kind.contains("项目") && !kind.contains("工程") && areaKinds.stream().anyMatch(kind::endsWith);
    }

    /** True when the sentence around {@code at} speaks of housing built or rebuilt (安置, 保障房, 还建 …). */
    private boolean housingSaid(DocumentContext c, int at) {
        return sentenceSaysAny(c, at, estateCues);
    }

    /** True when the sentence around {@code at} holds any of {@code cues}. */
    private static boolean sentenceSaysAny(DocumentContext c, int at, List<String> cues) {
        var sentence = c.text().sentenceAt(at);
        String s = c.t().substring(sentence.start(), sentence.end());
        return cues.stream().anyMatch(s::contains);
    }

    /**
     * 博罗广州大学附属中学、博罗中专新校区、博罗中学综合楼|建成投用; 莲湖中学、环线小学|项目建设: the clause is
     * nothing but names parted by 、 and a word that says they are built, so each names works.
     */
    private boolean listedAsBuilt(String t, int end) {
        int stop = org.govfacts.text.Clauses.end(t, end, end + 80);
        String rest = t.substring(end, stop).strip();
        for (String cue : institutionBuiltCues) {
            if (rest.endsWith(cue)) {
                String between = rest.substring(0, rest.length() - cue.length());
                return between.isEmpty() || between.startsWith("、") && between.indexOf('等') < 0;
            }
        }
        return false;
    }

    /** 扩建, 二期, (深圳)二期, 项目: what makes an institution's name the name of works on it. */
    private boolean worksFollow(String t, int end) {
        Matcher place = BRACKETED_PLACE.matcher(t).region(end, Math.min(t.length(), end + 10));
        int at = place.lookingAt() ? place.end() : end;
        if (extendByPhase(t, at) > at) {
            return true;
        }
        for (String w : worksWordsLongestFirst) {
            if (t.startsWith(w, end)) {
                return true;
            }
        }
        return t.startsWith("项目", end) || t.startsWith("工程", end);
    }

    /** 中山大学附属第七医院(深圳): the place of a branch, in brackets. */
    private static final Pattern BRACKETED_PLACE = Pattern.compile("[(（]\\p{IsHan}{2,6}[)）]");

    /** 内|青藏铁路: a known name inside a candidate begins it, unless a place stands before it (长江|三峡三期工程). */
    private int startAtKnownName(DocumentContext c, int start, int end) {
        String t = c.t();
        for (String k : known) {
            int at = t.indexOf(k, start);
            if (at > start && at + k.length() <= end) {
                // 昌福厦高铁: a known name (福厦) inside a word of the text is only part of a longer name;
                // 北|沿江高铁: a direction just before it is the first character of the name
                boolean direction = at - 1 >= start && "东南西北".indexOf(t.charAt(at - 1)) >= 0;
                if (direction && (at - 1 == start || endsWord(c, at - 1))) { // not 河|南|小浪底
                    return at - 1;
                }
                boolean joined = (org.govfacts.text.Clauses.CONJUNCTIONS + "经").indexOf(t.charAt(at - 1)) >= 0
                        && c.text().tokenStartingAt(at - 1) != null && endsWord(c, at);
                if (joined || t.charAt(at - 1) == '段') {
                    // 连通天津与|北京大兴国际机场, 天津经|雄安新区: the place before is another, joined or passed; 天津西段|京沪高速:
                    // a section of another line ends before it
                    return at;
                }
                var before = c.text().tokenStartingAt(at - 1);
                if (before != null && before.end() == at && before.pos().length() == 2 && before.pos().endsWith("g")) {
                    return at - 1; // 加快|昌|福厦高铁: a bound morpheme alone before the known name is its first initial
                }
                return specific.namesPlace(c, start, at) || !endsWord(c, at)
                        || ROAD_CODE.matcher(t).region(start, at).matches() ? start : at; // G60|沪昆高速: the road's number
            }
        }
        return start;
    }

    /**
     * True when a facility word of the segmented text (港口) starts before the head word (口岸) and
     * ends inside it. Other words that cross a head word are the segmenter's mistakes about an
     * unknown name (延|崇高|速 of 延崇高速) and end nothing.
     */
    private boolean beginsInsideWord(DocumentContext c, int headStart, int headEnd) {
        List<Token> tokens = c.text().tokens();
        int k = c.text().tokenIndexAt(headStart); // the first word starting at or after the head word
        if (k == 0 || k < tokens.size() && tokens.get(k).start() == headStart) {
            return false;
        }
        Token tok = tokens.get(k - 1);
        return tok.end() > headStart && tok.end() < headEnd && suffixAt(tok.word(), 0) != null;
    }

    /**
     * 榆林|高铁和|西安: a person's name the segmenter guesses over a head word and the conjunction
     * after it is its mistake, not a longer word; the head word still ends a name.
     */
    private static boolean personGuessOverHead(DocumentContext c, int headStart, int headEnd) {
        Token tok = c.text().tokenStartingAt(headStart);
        return tok != null && tok.end() == headEnd + 1 && tok.pos().startsWith("nr")
                && "和与及、".indexOf(c.t().charAt(headEnd)) >= 0;
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

    /** True when the word ending at {@code at} is a province (新疆, 广东省): stations bear the names of cities and towns. */
    private boolean provinceEndsAt(DocumentContext c, int at) {
        Token before = c.text().tokenEndingAt(at);
        return before != null && provinces.contains(before.word());
    }

    /**
     * True when the name holding {@code at} may begin before it: a Han character stands there that is no verb's end (a
     * verb of two characters or more, 进行|十号货柜码头, 开工|G347梓潼至江油段, ends whatever comes before the name).
     */
    private static boolean nameGoesOnBefore(DocumentContext c, int at) {
        if (at <= 0 || !Character.isIdeographic(c.t().charAt(at - 1))) {
            return false;
        }
        Token before = c.text().tokenEndingAt(at);
        return !(before != null && before.pos().startsWith("v") && before.end() - before.start() >= 2);
    }

    /** True when a place name the segmenter knows ends right at {@code at}. */
    private boolean placeEndsAt(DocumentContext c, int at) {
        Token before = c.text().tokenEndingAt(at);
        if (before != null && endsWord(c, at) && before.pos().startsWith("ns")) {
            return true;
        }
        int k = c.text().tokenIndexAt(at) - 1; // 沈阳站/nz: one word of the segmenter's, a city's name and the head word
        Token over = k >= 0 ? c.text().tokens().get(k) : null;
        return over != null && over.start() < at && over.end() > at && places.contains(c.t().substring(over.start(), at));
    }

    /** 项目库, 项目保障指标: here 项目 modifies what follows and ends no name. */
    private static boolean blockedAfter(String t, int end, List<String> blockers) {
        while (end < t.length() && "”’\"』」".indexOf(t.charAt(end)) >= 0) {
            end++; // “西电东送”|累计送电量
        }
        for (String b : blockers) {
            if (t.startsWith(b, end)) {
                return true;
            }
        }
        return false;
    }

    /** 由 (not of 自由), which after a name says what it is made of or built by. */
    private static final Pattern MADE_OF = Pattern.compile("(?<!自)由");

    /** 天水曲溪城乡供水工程主要由|水库大坝枢纽: what the works are made of (or who builds them) begins after the last 由. */
    private static int afterMadeOf(String t, int start, int headStart) {
        Matcher madeOf = MADE_OF.matcher(t).region(start, headStart);
        while (madeOf.find()) {
            start = madeOf.end();
        }
        return start;
    }

    /** (1) , （12）, ①: the number of a list's item before its name. */
    private static final Pattern ITEM_NUMBER = Pattern.compile("(?:[(（]\\d{1,3}[)）]|[\\u2460-\\u2473])\\s*");

    /** An ordinal (第四跑道): a work counted among others of its kind, not an adjunct of the one named before it. */
    private static final Pattern ORDINAL = Pattern.compile("第[一二三四五六七八九十0-9]");

    /** What a port holds (合肥港综合码头, 福州港江阴港区): named by the port before it. */
    private static final java.util.Set<String> PORT_PARTS = java.util.Set.of("码头", "港区", "作业区", "泊位");

    /** T1和T2, 1、2号: parts of one facility by their numbers, joined. */
    private static final Pattern PARTS_BY_NUMBER = Pattern.compile("(?<![A-Za-z0-9])[A-Za-z]?\\d{1,2}号?[和与及、][A-Za-z]?\\d{1,2}号?(?!\\d)");

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

    /** 3个项目, 十个重大工程: the count of a list's items as projects, after its last item. */
    private static final Pattern LIST_COUNT_AFTER = Pattern.compile("(?:\\d+|[一二三四五六七八九十两]+)[个项]\\p{IsHan}{0,4}?(?:项目|工程)");

    private boolean continuesName(DocumentContext c, int previousEnd, int suffixStart) {
        String t = c.t();
        if (previousEnd == suffixStart) {
            // 嘉陵江利泽航运枢纽工程|船闸: a structure right after the works names a part of them
            return !("工程".equals(headEndingAt(t, previousEnd)) && structureHeads.contains(suffixAt(t, suffixStart)));
        }
        String between = t.substring(previousEnd, suffixStart);
        if (between.charAt(0) == '·' && between.length() > 1 && Character.isIdeographic(between.charAt(1))) {
            return true; // 浙南水运中心·燕子山游艇产业综合开发项目: a place label and the project, one name
        }
        if (PARTS_BY_NUMBER.matcher(between).matches()) {
            return true; // 拉萨贡嘎机场|T1和T2|航站楼: the facility's parts by their numbers, joined, then what they are
        }
        if (between.charAt(0) == '是') {
            return false; // 包头至银川高铁|是京呼银兰大通道: a copula between two names, each its own
        }
        String previousHead = headEndingAt(t, previousEnd);
        String head = suffixAt(t, suffixStart);
        if (previousHead != null && head != null && housing(previousHead) && housing(head) && between.length() <= 3
                && genericOnly(between)) {
            return true; // 朝阳花园|住宅|小区: the kind of estate the name before is
        }
        if (previousHead != null && locativeAt(c, previousEnd, suffixStart) > 0) {
            return false; // 蓝星化工新材料基地|中|有机硅项目: a work inside the one named before
        }
        if (previousHead != null && t.startsWith(previousHead, suffixStart) && between.length() > 0
                && (head == null || head.length() <= previousHead.length())) {
            return false; // 昆仑山隧道和风火山隧道: two names of one kind (but 福州港|江阴|港区 is a district of the port)
        }
        if (between.charAt(0) == '及' && head != null && previousHead != null && !ORDINAL.matcher(between).region(1, between.length()).lookingAt()
                && isGeneric(between.substring(1) + head)) {
            return true; // 燕矶长江大桥及连接线, 驮英水库及灌区: the facility and its unnamed adjunct, one work
        }
        if ("与和及".indexOf(between.charAt(0)) >= 0 && endsInSectionOrPhase(t, previousEnd)) {
            return false; // 中环线浦东段|和嘉闵高架南北延伸项目: a section or phase ends its name
        }
        if ("与和及".indexOf(between.charAt(0)) >= 0 && head != null && !abstractHeads.contains(head)) {
            return false; // 贵阳综合保税区|与贵阳国际陆港: two facilities (but 京杭运河与小清河航道连通工程 is one work)
        }
        if (previousHead != null && lineHeads.contains(previousHead) && head != null && structureHeads.contains(head)
                && between.length() > 0) {
            return false; // 深中通道|伶仃洋大桥: a structure on the line, named on its own
        }
        if ("与及和".indexOf(between.charAt(between.length() - 1)) >= 0) {
            return false; // 渝东新城与|中心: a head word alone after a conjunction begins no name
        }
        if (worksWords.contains(between)) {
            return true; // 凤凰颈泵站|改造|工程: the works done on the facility
        }
        if (buildWords.contains(between) && ("项目".equals(head) || "工程".equals(head))) {
            return true; // 小城子水库|建设|工程: the name's own closing words
        }
        if (endsInSectionOrPhase(t, previousEnd) && head != null && isFacilityHead(head)) {
            return false; // 川藏铁路拉萨至林芝段|第三长隧道: a structure on the section, not a longer name
        }
        if (partBetween(between) || head != null && partBetween(between + head)) {
            return false; // 川青铁路|全线重难点控制性工程, 仙女山机场|主体工程: a part of the work, not a longer name
        }
        if (suffixAt(t, previousEnd) != null && previousEnd + suffixAt(t, previousEnd).length() == suffixStart) {
            return true;
        }
        if ("泊位".equals(head) && ("工程".equals(previousHead) || "项目".equals(previousHead))) {
            return false; // 凤凰岛邮轮港二期工程|15万吨级泊位: a berth the project builds is its part, no longer name
        }
        // 前湾港20万\n吨级矿石专用码头: a berth's tonnage class and a wrapped line continue the name
        between = TONNAGE_CLASS.matcher(between.replaceAll("\\s+", "")).replaceAll("");
        if (between.isEmpty()) {
            return true; // 黄骅港|20万吨级|航道
        }
        Matcher phase = PHASE.matcher(between);
        if (phase.lookingAt() && ("工程".equals(head) || "项目".equals(head))) {
            String rest = PLANT_SIZE.matcher(between.substring(phase.end())).replaceFirst("");
            if (rest.isEmpty() || worksWords.contains(rest)) {
                return true; // 七台河电厂|二期2×60万千瓦扩建|工程: the works of the plant's phase, by its size
            }
        }
        String units = GENERATING_UNITS.matcher(between).replaceAll("");
        if (units.length() < between.length() && (units.isEmpty() || worksWords.contains(units))) {
            return true; // 永济热电厂|2×300MW机组改扩建|工程: the plant's units and the works on them
        }
        if (between.matches("[A-Z]{1,2}[0-9]{1,2}[A-Z]?|[0-9]{1,2}号|[一二三四五六七八九十]号")) {
            return true; // 哈尔滨机场|T2|航站楼, 虹桥机场|2号|航站楼: a building's code within the facility continues its name
        }
        if (("港".equals(previousHead) || "港区".equals(previousHead) || "作业区".equals(previousHead)) && head != null
                && PORT_PARTS.contains(head) && !head.equals(previousHead) && genericOnly(between)) {
            return true; // 合肥港|综合|码头, 董家口港区|集装箱|码头: a terminal of the port or port area named before
        }
        if (previousHead != null && lineHeads.contains(previousHead) && sectionWorks(between)) {
            return true; // 清连高速公路|连州至凤埠|升级改造|工程: the works on a stretch of the line named before
        }
        if (between.length() > 8 || !between.chars().allMatch(Character::isIdeographic)) {
            return false;
        }
        String rest = between;
        for (String g : generic) {
            rest = rest.replace(g, "");
        }
        return !rest.isEmpty();
    }

    /** 连州至凤埠升级改造: a stretch between two places, then the works done on it (or none). */
    private boolean sectionWorks(String between) {
        for (int k = between.length(); k >= 5; k--) {
            String works = between.substring(k);
            if ((works.isEmpty() || worksWords.contains(works)) && STRETCH.matcher(between.substring(0, k)).matches()) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern STRETCH = Pattern.compile("(?:(?![和与及的])\\p{IsHan}){2,6}[至到](?:(?![和与及的])\\p{IsHan}){2,6}");

    /**
     * Length of a word of place (中, 内) at {@code at}, right after a head word, with a name still to come
     * before {@code limit} (not 中心, a head word of its own); else 0.
     */
    private int locativeAt(DocumentContext c, int at, int limit) {
        String t = c.t();
        if (suffixAt(t, at) != null) {
            return 0;
        }
        for (String w : locatives) {
            // a word of its own (not 内 of 内蒙古, 中 of 中关村)
            if (t.startsWith(w, at) && oneWord(c, at, at + w.length()) && at + w.length() + 1 < limit
                    && Character.isIdeographic(t.charAt(at + w.length()))) {
                return w.length();
            }
        }
        return 0;
    }

    /** 花园, 小区, 大厦: the head of an estate or a building. */
    private boolean housing(String head) {
        return estateHeads.contains(head) || builtHeads.contains(head);
    }

    /**
     * Where a name starts after a part of the works named before it (城开路主要控制性工程|城开隧道,
     * 昭泸高速重点控制性工程——|中场河特大桥): the structure is named on its own; else {@code start}.
     */
    private int afterPartOfWorks(String t, int start, int headStart) {
        int cut = start;
        for (String w : partWords) {
            int p = t.indexOf(w, start);
            int works = p < 0 ? -1 : t.indexOf("工程", p);
            if (works >= 0 && works + 2 < headStart && works + 2 > cut) {
                cut = works + 2;
            }
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
    private static int afterTakenAs(String t, int start, int headStart, int end) {
        if (!t.startsWith("为", end)) {
            return start;
        }
        int yi = t.lastIndexOf('以', headStart - 1);
        return yi >= start && headStart - (yi + 1) >= 2 ? yi + 1 : start;
    }

    /** True when {@code between} holds a word naming a part or stage of a work (全线, 主体工程). */
    private boolean partBetween(String between) {
        return partWords.stream().anyMatch(between::contains);
    }

    /** 2×300MW机组, 两台60万千瓦超临界机组: a power plant's generating units by number and size. */
    private static final Pattern GENERATING_UNITS = Pattern.compile(
            "(?:[0-9一二两三四五六]+(?:[×xX*]|台))?[0-9.]+(?:万千瓦|千瓦|兆瓦|MW)级?(?:超超临界|超临界|燃煤|燃气|发电)?机组");
    /** 2×60万千瓦, 35万千瓦: the size of a plant's phase, before the works done on it. */
    private static final Pattern PLANT_SIZE = Pattern.compile("^(?:[0-9一二两三四五六]+[×xX*])?[0-9.]+(?:万千瓦|千瓦|兆瓦|MW)(?:级)?");
    private static final Pattern TONNAGE_CLASS = Pattern.compile("\\d+(?:\\.\\d+)?万?吨级");

    /** A head word that names a kind of facility (水电站, 隧道); 项目 and 工程 say only that something is done. */
    private static boolean isFacilityHead(String head) {
        return !head.equals("项目") && !head.equals("工程");
    }

    /** 中环线浦东段, 二期: a name that ends in a section or a phase is complete. */
    private static boolean endsInSectionOrPhase(String t, int end) {
        if (end > 1 && (t.charAt(end - 1) == ')' || t.charAt(end - 1) == '）')) {
            end--; // 京唐城际铁路(北京段), 工厂项目(一期): the section or phase in brackets
        }
        return end > 0 && "段期".indexOf(t.charAt(end - 1)) >= 0;
    }

    private String headEndingAt(String t, int end) {
        for (String s : suffixes) {
            if (end - s.length() >= 0 && t.startsWith(s, end - s.length())) {
                return s;
            }
        }
        return null;
    }

    private String suffixAt(String t, int i) {
        if (i >= t.length() || !suffixStarts.get(t.charAt(i))) {
            return null;
        }
        for (String s : suffixes) {
            if (t.startsWith(s, i)) {
                return s;
            }
        }
        return null;
    }

    private void accept(DocumentContext c, int start, int end, boolean needsProperStart, List<FoundFact> out) {
        accept(c, start, end, needsProperStart, false, false, out);
    }

    /**
     * With {@code enumerated}, the candidate is an item of a list that follows a count of projects
     * (集中开工项目18个，包括…): a long item that says what is built is a name by that standing,
     * though the segmenter knows none of its words (同心旅游小镇整体风貌改造工程). With {@code listed}, the
     * text itself calls the candidate a project (…等项目, 包括…等), which outweighs an ending that is
     * otherwise no works (中粮粮谷面粉全产业链、…等项目).
     */
    private void accept(DocumentContext c, int start, int end, boolean needsProperStart, boolean enumerated,
            boolean listed, List<FoundFact> out) {
        accept(c, start, end, needsProperStart, enumerated, listed, false, out);
    }

    /**
     * With {@code vouched}, the candidate's fellow items of one list have proved names, so an item that ends
     * in a head word needs no proper noun of its own (琼州大桥、世纪大桥等15个项目).
     */
    private void accept(DocumentContext c, int start, int end, boolean needsProperStart, boolean enumerated,
            boolean listed, boolean vouched, List<FoundFact> out) {
        String t = c.t();
        // a name never runs over a sentence's end (富士康(。周口)科技工业园 names 周口)科技工业园 at most)
        for (int i = end - 1; i >= start; i--) {
            char ch = t.charAt(i);
            if (ch == '\n' && !WrappedLines.softBreak(t, i) || ch == '\r' || ch == '。' || ch == '！' || ch == '？' || ch == '!' || ch == '?') {
                start = i + 1;
                break;
            }
        }
        while (start < end && Character.isWhitespace(t.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(t.charAt(end - 1))) {
            end--;
        }
        end = cutTrailingWorks(t, start, end);
        end = cutBracketedQualifier(t, start, end);
        end = cutTrailingPart(t, start, end);
        if (locatedAt(t, start, end)) {
            return; // 位于|东升镇新中心区同乐大街: where a work stands, not a work
        }
        int road = afterAreaOfTown(t, start, end);
        Matcher roadName = series.matcher(t).region(road, end);
        if (road > start && roadName.matches() && !seriesHeadsOfThree.contains(roadName.group("head"))) {
            start = road; // 东盟片区|里建大道: a road named after the part of town it runs in
        }
        Matcher alias = LINE_ALIAS.matcher(t).region(end, Math.min(t.length(), end + 12));
        if (t.startsWith("线", end - 1) && LINE_NUMBER.matcher(t.substring(start, end)).find() && alias.lookingAt()) {
            end = alias.end(); // 28号线(CBD线), 22号线(平谷线): a numbered line with its other name in brackets
        }
        start = afterLeadingDate(t, start, end); // 今年3月|宁蒗至永胜高速公路全线通车: when, not a part of the name
        Matcher enumerator = ITEM_NUMBER.matcher(t).region(start, end);
        if (enumerator.lookingAt() && enumerator.end() < end) {
            start = enumerator.end(); // (1) |沪昆客运专线长沙至昆明段: the number of a list's item, not a part of the name
        }
        int[] inner = workNamedInBrackets(t, start, end);
        start = inner[0];
        end = inner[1];
        // 济南至祁门高速公路利辛至淮南段|和淮南至合肥段: a second section of the same line, whose name the first one holds
        Matcher second = SECOND_SECTION.matcher(t.substring(start, end));
        if (second.matches()) {
            end = start + second.end(1);
        }
        String raw = t.substring(start, end);
        String name = raw.replaceAll("\\s+", "");
        if (name.length() < 3 || name.length() > 40 || c.quoted().anyQuoted(start, end) || name.indexOf('“') >= 0
                || name.indexOf('”') >= 0 || name.indexOf('‘') >= 0 || name.indexOf('’') >= 0 || name.indexOf('《') >= 0
                || name.indexOf('%') >= 0 || LIST_CLOSED_INSIDE.matcher(name).find() || isGeneric(name) || kindOfCorridor(name)) {
            return;
        }
        Matcher kind = KIND_LABEL.matcher(name);
        while (kind.find()) {
            if (kind.end() == name.length()) {
                return; // 三川大地重点项目, 湖南省重大水利工程: a kind of works, by rank
            }
        }
        if (!bracketsBalanced(name)) {
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
                && !lastOfList(t, start)) {
            return; // 建成闽宁产业园|12个、: several of a kind, counted (not 1个, nor a list's last item: A、B两座 counts the list)
        }
        if (farEndOfSection(t, start, end)) {
            return;
        }
        if (extent(t, start, end)) {
            return;
        }
        if (name.indexOf('或') >= 0) {
            return; // 港口码头接入铁路专用线或管道: a choice between kinds is a policy's object, never one work
        }
        if (isOfficial(name) || specific.isFullDivisionName(name)) {
            return; // 市长毛光烈: a person by title; 浦东新区: a division of the country, no work
        }
        for (String opener : categoryOpeners) {
            int at = name.indexOf(opener);
            if (at == 0 || at > 0 && genericOnly(name.substring(0, at))) {
                return; // 大型坑口电站, 中心城市|大型热电联产: a class of plants by size
            }
        }
        if (name.contains("以上")) {
            return; // 四级及以上航道, 亿元以上项目: a threshold makes a category
        }
        for (String w : descriptionWords) {
            int at = name.indexOf(w);
            if (at >= 0 && at < DESCRIPTION_REACH) {
                return; // 中国第一条海底隧道: the description beside a name (翔安隧道), not the name
            }
        }
        if (name.startsWith("工程") || name.startsWith("项目")) {
            return; // 建设工程|霍邱段: a name cut after its own head word, the rest of an earlier one
        }
        Matcher size = SIZE_FIRST_WHOLE.matcher(name);
        if (size.lookingAt() && name.length() - size.end() <= 4 && !PHASE.matcher(name).find()) {
            return; // 6万吨电解锰: a size and a kind describe a plant (20万吨锂离子电池材料产业化 says more)
        }
        if (name.endsWith("项目") && specific.onlyPlaces(c, start, end - 2)) {
            return; // 京津项目, 沪苏项目: projects from or in places, not one project
        }
        if (needsProperStart && !startsLikeAName(c, start, end) && !PHASE.matcher(name).find()) {
            return;
        }
        if (!hasFacilityWord(name) && oneOrganisation(c, start, end) && seriesHeads.stream().noneMatch(name::endsWith)) {
            return; // 比亚迪、宁德时代等项目: a company alone is who builds, not what is built
        }
        if (needsProperStart && start > 0 && t.charAt(start - 1) == '等') {
            return; // A、B等|越江工程: the kind the items before belong to
        }
        if (end < t.length() && t.charAt(end) == '”') {
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
        if (setAsGoal(t, start, name)) {
            return; // 打造|京鲁科技成果转化基地: a goal the report sets, not works
        }
        boolean standing = vouched || enumerated && name.length() >= 6 && specific.namesWorks(name) && startsLikeAName(c, start, end)
                || listed && ownFacilityName(name) && startsLikeAName(c, start, end);
        if (specific.countsKinds(name) && !LINE_NUMBER.matcher(name).find() || isRole(name) || notWorksEndings.stream().anyMatch(e -> name.endsWith(e) && !(listed && worksWhenListed.contains(e)))
                || companyEndings.stream().anyMatch(name::endsWith)
                || companyFollows(t, end) // 引江济淮|集团: the company named after the work
                || serviceFollows(t, end) // 黔粤通道|班列: a service run on the works
                || startsAt(boundaryFollowers, t, end) // 五环路|以内: a boundary, the works long built
                || !standing && !specific.test(c, start, end, described)) {
            return;
        }
        int opened = withLineOpener(t, start, end); // 新建铁路|朱家窑至中川线, once the route has proved a name
        out.add(FoundFact.project(opened, end, opened == start ? name : t.substring(opened, end).replaceAll("\\s+", "")));
    }

    /** Whether a list's mark (、 和 及 与) stands in the clause before {@code start}: the name is a list's last item. */
    private static boolean lastOfList(String t, int start) {
        for (int i = start - 1; i >= 0; i--) {
            char ch = t.charAt(i);
            if (org.govfacts.text.Clauses.endsClause(ch)) {
                return false;
            }
            if (org.govfacts.text.Clauses.LIST_JOINERS.indexOf(ch) >= 0) {
                return true;
            }
        }
        return false;
    }

    private boolean serviceFollows(String t, int end) {
        return startsAt(serviceFollowers, t, end);
    }

    private boolean companyFollows(String t, int end) {
        Matcher business = companyBusiness.matcher(t).region(end, t.length());
        return startsAt(companyEndings, t, end) || business.lookingAt() && startsAt(companyEndings, t, business.end());
    }

    /** Whether one of {@code words} begins at {@code at}. */
    private static boolean startsAt(java.util.Collection<String> words, String t, int at) {
        return words.stream().anyMatch(w -> t.startsWith(w, at));
    }

    /**
     * 成渝高速公路|扩容, 隆黄铁路隆昌至叙永段|扩能改造: the works done on a facility, written without
     * 项目 or 工程, are no part of its name.
     */
    private int cutTrailingWorks(String t, int start, int end) {
        int e = cutWorksOff(t, start, end);
        return e < end && (headEndingAt(t, e) != null || sectionEndingAt(t, start, e) || bareEndAt(t, start, e)) ? e : end;
    }

    /** 滨江东路|拓宽延伸, 迎幸桥|改造: a road's or a bridge's last word (project-bare-ends.txt) ends the name before the works. */
    private boolean bareEndAt(String t, int start, int end) {
        return bareEnds.stream().anyMatch(h -> end - h.length() > start && t.startsWith(h, end - h.length()));
    }

    /** 新建铁路|朱家窑至中川线: the words that open a route line's official name, taken in. */
    private int withLineOpener(String t, int start, int end) {
        if (end - start >= 5 && t.charAt(end - 1) == '线' && ROUTE.matcher(t).region(start, end).lookingAt()) {
            for (String w : lineOpeners) {
                if (start >= w.length() && t.startsWith(w, start - w.length())) {
                    return start - w.length();
                }
            }
        }
        return start;
    }

    /** 配套工程|部分子项目: part of the work named before, after its head word, is no part of its name. */
    private int cutTrailingPart(String t, int start, int end) {
        for (String p : trailingParts) {
            int at = end - p.length();
            if (at > start && t.startsWith(p, at) && headEndingAt(t, at) != null) {
                return at;
            }
        }
        return end;
    }

    /** True when a word that says where something stands (位于, 地处) is in the name or ends right before it. */
    private boolean locatedAt(String t, int start, int end) {
        int before = start;
        while (before > 0 && Character.isWhitespace(t.charAt(before - 1))) {
            before--;
        }
        for (String w : locationCues) {
            int in = t.indexOf(w, start);
            if (in >= 0 && in < end || before >= w.length() && t.startsWith(w, before - w.length())) {
                return true;
            }
        }
        return false;
    }

    /**
     * 全省重点旅游公路工程(文昌龙楼至昌洒滨海旅游公路): a kind of works by rank (KIND_LABEL), its one work named in the
     * brackets after it; the name is what the brackets hold.
     */
    private int[] workNamedInBrackets(String t, int start, int end) {
        if (end - start < 6 || ")）".indexOf(t.charAt(end - 1)) < 0) {
            return new int[] {start, end};
        }
        int open = openingBracketBefore(t, end);
        if (open <= start || end - 1 - (open + 1) < 4) {
            return new int[] {start, end};
        }
        String outer = t.substring(start, open).replaceAll("\\s+", "");
        Matcher kind = KIND_LABEL.matcher(outer);
        boolean kindOnly = false;
        while (kind.find()) {
            kindOnly |= kind.end() == outer.length();
        }
        return kindOnly && hasFacilityWord(t.substring(open + 1, end - 1)) ? new int[] {open + 1, end - 1} : new int[] {start, end};
    }

    /** Where the bracket that closes at {@code end - 1} opens (ASCII or full-width), or -1. */
    private static int openingBracketBefore(String t, int end) {
        return Math.max(t.lastIndexOf('(', end - 1), t.lastIndexOf('（', end - 1));
    }

    /** 株六复线(部分): a bracket that says how much of the work is meant is no part of its name. */
    private int cutBracketedQualifier(String t, int start, int end) {
        if (end - start < 4 || ")）".indexOf(t.charAt(end - 1)) < 0) {
            return end;
        }
        int open = openingBracketBefore(t, end);
        return open > start && bracketQualifiers.contains(t.substring(open + 1, end - 1)) ? open : end;
    }

    private static boolean sectionEndingAt(String t, int start, int end) {
        return end > start && (t.charAt(end - 1) == '段' || PHASE.matcher(t.substring(start, end)).find()
                && t.substring(start, end).endsWith("期"));
    }

    /** Whether the clause before the name holds a goal verb whose heads end the name (project-goal-verbs.tsv). */
    private boolean setAsGoal(String t, int start, String name) {
        String clause = t.substring(Clauses.start(t, start, 0), start);
        for (var e : goalHeads.entrySet()) {
            if (clause.contains(e.getKey()) && e.getValue().stream().anyMatch(name::endsWith)) {
                return true;
            }
        }
        return false;
    }

    /** An office's level before a title (市委|书记, 市政协|主席, 市|长 of 市长), a deputy's 副 and 常务 (市委常务副书记). */
    private static final Pattern OFFICE_LEVEL = Pattern.compile("(?:[省市县区州旗镇乡]委|[省市县区州]政协|[省市县区州]人大常委会|[省市县区州])?(?:常务)?副?");

    /**
     * 市委书记巴音朝鲁, 市长毛光烈: a title after an office's level, then a person's name of two to four characters and no head
     * word (not 忠县长江大桥, where 县长 only spans two words).
     */
    private boolean isOfficial(String name) {
        if (headEndingAt(name, name.length()) != null) {
            return false;
        }
        Matcher level = OFFICE_LEVEL.matcher(name);
        int levelEnd = level.lookingAt() ? level.end() : 0;
        for (String title : officialTitles) {
            int at = name.startsWith(title, levelEnd) ? levelEnd : name.startsWith(title) ? 0 : -1;
            int person = at < 0 ? 0 : name.length() - at - title.length();
            if (person >= 2 && person <= 4) {
                return true;
            }
        }
        return false;
    }

    /** 宁波舟山国际航运中心, 遵义省域副中心: a role a place plays, unless a longer head word ends the name. */
    private boolean isRole(String name) {
        Matcher rank = SUPERLATIVE.matcher(name);
        while (rank.find()) {
            // 南京长江第二大桥: 大 begins the head word (大桥), so 第二 numbers the bridge and ranks nothing
            if (!(rank.group().startsWith("第") && suffixAt(name, rank.end() - 1) != null)) {
                return true; // 内河第一大港, 东北地区首个双跑道运行机场: a rank, not a name
            }
        }
        for (String r : roleWords) {
            if (name.endsWith(r)) {
                for (String s : suffixes) {
                    if (s.length() > r.length() && name.endsWith(s)) {
                        return false;
                    }
                }
                return !facilityBeforeRole(name.substring(0, name.length() - r.length()));
            }
        }
        return false;
    }

    /**
     * 大强|煤矿, 清源|水库: a facility's head word (not 项目, 工程, 中心 …) after two characters or more that are
     * no generic words; in a list the text calls works this is a name, though the segmenter knows neither
     * character (大型煤矿, 小型水库 are kinds).
     */
    private boolean ownFacilityName(String name) {
        String head = headEndingAt(name, name.length());
        if (head == null || !isFacilityHead(head) || abstractHeads.contains(head) || worksOnlyHeads.contains(head)
                || estateHeads.contains(head) || builtHeads.contains(head) || placeHeads.contains(head)) {
            return false; // 城镇老旧|小区, 加油|站: heads that end names only where more is said
        }
        String prefix = name.substring(0, name.length() - head.length());
        return prefix.chars().allMatch(Character::isIdeographic) && withoutGenericWords(prefix).length() >= 2
                && !places.contains(prefix) && !provinces.contains(prefix)
                && suffixes.stream().noneMatch(prefix::contains); // 工业园区|老化管道: a kind of pipe in a kind of park
    }

    /**
     * 城市副中心站|综合交通枢纽, 环球影城北|交通枢纽: a station, or the side of a named place, before the role
     * word makes it the facility built there; a place plays a role (郑州|国际综合交通枢纽), a station does not.
     */
    private boolean facilityBeforeRole(String before) {
        String rest = before;
        for (boolean cut = true; cut; ) {
            cut = false;
            for (String g : generic) {
                if (g.length() > 1 && rest.length() > g.length() && rest.endsWith(g)) {
                    rest = rest.substring(0, rest.length() - g.length());
                    cut = true;
                }
            }
        }
        if (rest.length() < 3) {
            return false;
        }
        String head = headEndingAt(rest, rest.length());
        return head != null && isFacilityHead(head) && !abstractHeads.contains(head)
                || "东西南北".indexOf(rest.charAt(rest.length() - 1)) >= 0 && "东西南北".indexOf(rest.charAt(rest.length() - 2)) < 0
                        && !places.contains(rest.substring(0, rest.length() - 1));
    }

    private boolean hasFacilityWord(String name) {
        if (PHASE.matcher(name).find()) {
            return true; // a phase (二期) belongs to one particular project
        }
        for (String s : suffixes) {
            if (!s.equals("项目") && name.contains(s)) {
                return true;
            }
        }
        return false;
    }

    /** True when nothing but generic words and suffixes remains of the name. */
    private boolean isGeneric(String name) {
        if (suffixes.contains(name)) {
            return true;
        }
        if (name.endsWith("项目") || name.endsWith("工程")) {
            // 湖南交通项目, 水务水利项目: a sector before 项目 names none of its works
            String before = name.substring(0, name.length() - 2);
            for (String w : sectorWords) {
                if (before.endsWith(w) && isGeneric(before.substring(0, before.length() - w.length()) + name.substring(before.length()))) {
                    return true;
                }
            }
        }
        for (String scope : kindPrefixes) {
            String head = name.substring(Math.min(name.length(), scope.length()));
            // 西部快线, 东部快速路: a city's own roads are named by the part of town they serve
            if (name.startsWith(scope) && suffixes.contains(head) && !cityRoadHeads.contains(head)) {
                return true; // 中国铁路, 西南铁路, 二级公路: a network or a grade, not one work
            }
        }
        if (LINE_NUMBER.matcher(name).find()) {
            return false; // 12号线, 轨道交通九号线: a line's number picks one line out
        }
        String rest = name;
        for (String s : suffixes) {
            if (rest.endsWith(s) && rest.length() > s.length()) {
                rest = rest.substring(0, rest.length() - s.length());
                break;
            }
        }
        if (specific.placeBeforeHead(name, rest) && withoutGenericWords(rest.substring(0, rest.length() - 1)).isEmpty()) {
            return false; // 土地岭|大桥: a common word and a place's last character name a place
        }
        rest = withoutGenericWords(rest); // SpecificName weighs the one-character ones
        for (String s : suffixes) {
            rest = rest.replace(s, "");
        }
        if (ORDINAL_OF_KIND.matcher(name).find() && isGeneric(ORDINAL_OF_KIND.matcher(name).replaceFirst(""))) {
            return true;
        }
        Matcher counted = COUNTED_ORDINAL.matcher(name);
        if (counted.find() && (counted.start() == 0 || isGeneric(name.substring(counted.end())) || placeOnly(name.substring(0, counted.start())))) {
            // 湖北第五条城际铁路, 武汉市第12座长江大桥, 宜昌第11座过江通道: which one of a place's kind, counted, not a name
            // (营口港第二个30万吨级原油码头 counts the berths of a port, and names one); 第一条江海连通大运河 begins
            // with its count: the first of a kind, described
            return true;
        }
        String numbered = name.replaceFirst("^第[一二三四五六七八九十\\d]+", "");
        if (ANAPHORIC_ORDINAL.matcher(name).matches() && suffixes.contains(numbered) && !numberedHeads.contains(numbered)) {
            return true; // 第三跑道: the third runway of a facility named before (not 第二水厂, a city's own)
        }
        rest = rest.replaceAll("第?[一二三四五六七八九十\\d]+[期批]|[\\d.()（）]", ""); // not 三 of 三峡
        // a place and generic words (河南省重点项目) name no particular project; a place and a kind of
        // facility (周口电子信息产业园, 河南食品科创园项目) do
        boolean onlyPlace = isRegion(rest);
        // 云南省铁路: a province and nothing but a network's or a kind's head word is a kind of works;
        // a building or an institution of the province (甘肃省体育馆, 浙江商贸城) is one
        String head = name.substring(Math.min(name.length(), rest.length()));
        boolean province = (rest.endsWith("省") || rest.endsWith("自治区") || regions.contains(rest + "省")
                || regions.contains(rest + "自治区")) && name.startsWith(rest)
                && (networkHeads.contains(head) || abstractHeads.contains(head));
        // 重庆市高速公路, 漯河市铁路: any place before a network of lines is that network (an airport is one facility)
        boolean lineNetwork = name.startsWith(rest) && networkHeads.contains(head) && !head.endsWith("机场");
        return rest.length() < 2 || onlyPlace && (!hasFacilityWord(name) || province || lineNetwork) || provinceNetwork(name)
                || voltageClassOnly(name);
    }

    /** 东西南北中部: directions, which with corridor words alone (西南内陆地区重要通道) name no corridor. */
    private static final Pattern DIRECTIONS_ONLY = Pattern.compile("[东西南北中部]+");

    /**
     * 出边大通道, 浙江省出省通道, 湾区通道: a corridor by where it leads or what it carries (project-corridor-words.txt), in
     * a province or a part of the country at most; 中南通道 and 深中通道, with no such word, are named.
     */
    private boolean kindOfCorridor(String name) {
        if (!name.endsWith("通道")) {
            return false;
        }
        String rest = name.substring(0, name.length() - 2);
        String bare = rest;
        for (String w : corridorWords) {
            bare = bare.replace(w, "");
        }
        if (bare.equals(rest)) {
            return false;
        }
        bare = withoutGenericWords(bare);
        return bare.isEmpty() || DIRECTIONS_ONLY.matcher(bare).matches() || provinces.contains(bare); // 浙江省, 浙江
    }

    /** 67.7公里, 12km: a length, which describes the works that follow it. */
    private static final Pattern LENGTH = Pattern.compile(
            "(?:[\\d.]+|(?<![\\d.])[零〇一二两三四五六七八九十百千万点]*[一二两三四五六七八九十百][零〇一二两三四五六七八九十百千万点]*多?)(?:公里|千米|km)"); // 185公里, 一百八十五公里

    /** 石嘴山市67.7公里|滨河大道: a length inside a candidate measures the works after it, whose name starts there. */
    private static int afterLength(String t, int start, int headStart) {
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

    /** A place and nothing else (武汉市, 宜昌, 湖北省; 全国, 世界: generic words for the country or the world). */
    private boolean placeOnly(String s) {
        return isRegion(s) || specific.isPlaceName(s) || !s.isEmpty() && withoutGenericWords(s).isEmpty();
    }

    /** A region of regions.txt, written in full or without its 省 or 市 (湖北, 武汉). */
    private boolean isRegion(String s) {
        return regions.contains(s) || regions.contains(s + "省") || regions.contains(s + "市");
    }

    /** 220千伏变电站, 500kV输电线路: a voltage class and the kind of facility alone name no particular one. */
    private boolean voltageClassOnly(String name) {
        Matcher m = VOLTAGE_CLASS.matcher(name);
        // what follows the voltage is the kind alone (变电站, 输电线路); a named one is longer (城北变电站)
        return m.lookingAt() && m.end() < name.length() && name.length() - m.end() <= 4 && headEndingAt(name, name.length()) != null;
    }

    /** 新疆铁路, 新疆民用机场, 进出新疆公路: a province and generic words before a network's head word is that network. */
    private boolean provinceNetwork(String name) {
        String bare = withoutGenericWords(name);
        for (String p : provinces) {
            if (bare.startsWith(p) && networkHeads.contains(bare.substring(p.length()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A name begins with a company, brand or place, which the segmenter tags as a noun or cannot
     * place at all; a candidate beginning with a verb, adverb, preposition, pronoun, numeral or
     * time word is a description (协调解决项目), not a name.
     */
    private boolean startsLikeAName(DocumentContext c, int start, int end) {
        Token first = c.text().tokenStartingAt(start);
        if (first == null) {
            return false;
        }
        String pos = first.pos();
        if (first.end() < end && (specific.isPlaceName(first.word()) || specific.isDivisionName(first.word()))
                || first.end() < start + specific.countyLengthAt(c.t(), start, end)) {
            // 安康/a|机场, 兴县/v: a place whose name is a common word too; 从/p|化 of 从化: a county the segmenter splits
            return true;
        }
        if (conjunctionAfterListMark(c.t(), start, first.word())) {
            return true; // 、和|山|巨力: a character of an unknown name, which no list's mark is followed by as a conjunction
        }
        if (first.end() >= end && pos.startsWith("ns")) {
            String head = headEndingAt(c.t(), first.end());
            // a place alone (满洲里) is no project, but 长春站/ns is a city and the head word that needs one (站) in one word
            return head != null && placeHeads.contains(head) && first.word().length() > head.length()
                    && places.contains(first.word().substring(0, first.word().length() - head.length()));
        }
        if (first.word().length() == 1 && (pos.startsWith("o") || pos.startsWith("e")) && first.end() < end) {
            return true; // 哇/o|沿|水库: a rare character of an unknown name, which the segmenter takes for a sound
        }
        if (pos.startsWith("w") || pos.startsWith("p") || pos.startsWith("c") || pos.startsWith("u")
                || pos.startsWith("e") || pos.startsWith("y") || pos.startsWith("o")) {
            return false;
        }
        if (first.word().length() == 1) {
            return true; // a name the segmenter does not know falls apart into single characters
        }
        // any noun (太子/nnd of 太子庙大桥: a name of a place is often a common noun's characters)
        // a place word: 东方/s of 东方钛业, 鲁南/s of 鲁南高铁, 市区/s of 市区至太平乡通乡路 (内陆, 沿海 are generic words)
        return pos.startsWith("n") || pos.equals("j") || pos.equals("x") || pos.equals("vg") || pos.equals("b")
                || pos.equals("m") || pos.equals("mq") || pos.equals("s");
    }

    /** Marks no name runs across; a headline's or label's brackets (<松浦大桥>, 【修船】) among them. */
    private static final String CLAUSE_STOPS = "，。；：,;！？》<>【】〈〉";

    /** Start of the clause: after ，。；：、 or a line break, parentheses kept whole. */
    private int clauseStart(String t, int at) {
        return clauseStart(t, at, true, 60);
    }

    private int clauseStart(String t, int at, boolean listCommaEnds, int reach) {
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
                    || ch == '、' && listCommaEnds || ch == '\n' && !WrappedLines.softBreak(t, i)
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
            if (places.contains(t.substring(at - len, at))) {
                return true;
            }
        }
        return false;
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

    /**
     * G206和S332一级公路, A以及B: a conjunction the segmenter has as a word of its own joins two items
     * (和 inside a name — 和林格尔, 共和 — is part of a longer word).
     */
    private List<int[]> splitAtConjunctions(DocumentContext c, List<int[]> items) {
        List<Token> tokens = c.text().tokens();
        List<int[]> out = new ArrayList<>();
        for (int[] it : items) {
            int s = it[0];
            for (int k = c.text().tokenIndexAt(it[0]); k < tokens.size() && tokens.get(k).end() <= it[1]; k++) {
                Token tok = tokens.get(k);
                if (insideBrackets(c.t(), it[0], tok.start())) {
                    continue; // 高升路(和升路-洞和路): a 和 inside brackets is part of what they hold
                }
                if ((tok.word().equals("和") || tok.word().equals("以及") || joinsRoutes(c.t(), s, tok, it[1])
                        || joinsTwoFacilities(c, s, tok, it[1]) || joinsFacilityAndPlace(c, s, tok, it[1]))
                        && tok.start() > s && tok.end() < it[1]) {
                    out.add(new int[] {s, tok.start()});
                    s = tok.end();
                } else if (tok.word().length() == 2 && tok.word().endsWith("和") && tok.end() < it[1] && tok.start() > s
                        && (headEndingAt(c.t(), tok.start() + 1) != null || endsInSectionOrPhase(c.t(), tok.start() + 1)
                        || seriesHeads.contains(tok.word().substring(0, 1)) && tok.start() - s >= 2)) {
                    // 银昆高速宁夏|段和|黑山峡黄河特大桥, 北土城东|路和|成府路: the segmenter glued 和 to a section's 段 or a road's 路
                    out.add(new int[] {s, tok.start() + 1});
                    s = tok.end();
                }
            }
            out.add(new int[] {s, it[1]});
        }
        return out;
    }

    private static boolean insideBrackets(String t, int from, int at) {
        int depth = 0;
        for (int i = from; i < at; i++) {
            char ch = t.charAt(i);
            if (ch == '(' || ch == '（') {
                depth++;
            } else if (ch == ')' || ch == '）') {
                depth = Math.max(0, depth - 1);
            }
        }
        return depth > 0;
    }

    /**
     * 董家口至五莲铁路|及|胶新铁路扩能改造, 龙门跨海大桥|与|桂林至南宁高速公路: 及 or 与 between two facilities, each with a head word of its own
     * and a name of its own before it, joins two works; 驮英水库及灌区, 机场T3航站楼及第四跑道,
     * 水利枢纽及配套灌区工程 are one work and its unnamed adjunct.
     */
    private boolean joinsTwoFacilities(DocumentContext c, int start, Token conjunction, int end) {
        if (!jiOrYu(conjunction)) {
            return false;
        }
        String t = c.t();
        String left = headEndingAt(t, conjunction.start());
        int rightEnd = cutWorksOff(t, conjunction.end(), end);
        String right = headEndingAt(t, rightEnd);
        String second = t.substring(conjunction.end(), rightEnd);
        String first = t.substring(start, conjunction.start());
        boolean leftHead = left != null && !abstractHeads.contains(left);
        boolean rightHead = right != null && !abstractHeads.contains(right);
        // 兰州市轨道交通|工程: a network named with its works is one work, though the network alone is a kind
        boolean secondGeneric = isGeneric(second) && isGeneric(t.substring(conjunction.end(), end));
        if (leftHead && rightHead) {
            return second.length() > right.length() + 1 && !secondGeneric && !isGeneric(first);
        }
        // 敦煌至格尔木铁路|及|兰州轨道交通试验段, 马家坪至中川|及|兰州市轨道交通工程: a named work or a route, then a work opened
        // by a place of its own (an adjunct, 灌区 or 第四跑道, names no place), whatever the head words
        int to = first.indexOf('至');
        boolean leftWork = leftHead ? first.length() > left.length() + 1 : to > 1 && to < first.length() - 2;
        return leftWork && opensWithPlace(c, conjunction.end()) && second.length() >= 5 && (leftHead || headEndingAt(t, end) != null)
                && !secondGeneric && !isGeneric(first);
    }

    /** A word naming a place (兰州, 西安) begins at {@code at}. */
    private boolean opensWithPlace(DocumentContext c, int at) {
        Token tok = c.text().tokenStartingAt(at);
        return tok != null && tok.word().length() >= 2 && (tok.pos().startsWith("ns") || specific.isPlaceName(tok.word()));
    }

    /**
     * 哈尔滨至北安高速|及|齐齐哈尔|等机场改扩建项目: 及 or 与 between a facility with its head word and a place alone
     * joins two items; the place takes the list's head word.
     */
    private boolean joinsFacilityAndPlace(DocumentContext c, int start, Token conjunction, int end) {
        if (!jiOrYu(conjunction)) {
            return false;
        }
        String left = headEndingAt(c.t(), conjunction.start());
        return left != null && !abstractHeads.contains(left) && conjunction.start() - start > left.length()
                && specific.onlyPlaces(c, conjunction.end(), end);
    }

    /** 及 or 与 as a word of its own: the conjunctions that may join two works where 和 always does. */
    private static boolean jiOrYu(Token conjunction) {
        return conjunction.word().equals("及") || conjunction.word().equals("与");
    }

    /** 贵港至南宁|及|崇左至南宁航道: 及 or 与 between two routes joins two works, not the ends of one. */
    private static boolean joinsRoutes(String t, int start, Token conjunction, int end) {
        return jiOrYu(conjunction)
                && t.substring(start, conjunction.start()).indexOf('至') > 0
                && t.substring(conjunction.end(), end).indexOf('至') > 0;
    }

    /** Start of the last of several routes or works joined by 及 or 与 before the head word at {@code headStart}, else {@code start}. */
    private int afterJoinedWorks(DocumentContext c, int start, int headStart, int end) {
        List<Token> tokens = c.text().tokens();
        int s = start;
        for (int k = c.text().tokenIndexAt(start); k < tokens.size() && tokens.get(k).end() <= headStart; k++) {
            Token tok = tokens.get(k);
            if (tok.start() > s && (joinsRoutes(c.t(), s, tok, headStart) || joinsTwoFacilities(c, s, tok, end))) {
                s = tok.end();
            }
        }
        return s;
    }

    /** Items of a 、-separated list in {@code [from, to)}, parentheses kept whole. */
    private static List<int[]> splitItems(String t, int from, int to) {
        return splitItems(t, from, to, "、");
    }

    /** Items of a list in {@code [from, to)} parted by any of {@code separators}, parentheses kept whole. */
    private static List<int[]> splitItems(String t, int from, int to, String separators) {
        List<int[]> out = new ArrayList<>();
        int depth = 0;
        int s = from;
        for (int i = from; i < to; i++) {
            char ch = t.charAt(i);
            if (ch == '(' || ch == '（') {
                depth++;
            } else if (ch == ')' || ch == '）') {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0 && separators.indexOf(ch) >= 0 && !betweenNumerals(t, i)) {
                out.add(new int[] {s, i});
                s = i + 1;
            }
        }
        out.add(new int[] {s, to});
        return out;
    }

    private static boolean bracketsBalanced(String name) {
        int depth = 0;
        for (int i = 0; i < name.length(); i++) {
            char ch = name.charAt(i);
            if (ch == '(' || ch == '（') {
                depth++;
            } else if ((ch == ')' || ch == '）') && --depth < 0) {
                return false;
            }
        }
        return depth == 0;
    }

    /** 三、四号机组, 1、2号线: a 、 between two numerals joins the numbers of one name, not two items. */
    private static boolean betweenNumerals(String t, int at) {
        return at > 0 && at + 1 < t.length() && t.charAt(at) == '、' && NUMERAL.indexOf(t.charAt(at - 1)) >= 0
                && NUMERAL.indexOf(t.charAt(at + 1)) >= 0;
    }

    private static final String NUMERAL = "0123456789一二三四五六七八九十";

    /** 2010|年大兴线: a date's unit after its digits, which belongs to the date, not to the name after it. */
    private static boolean dateUnitAt(String t, int at) {
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
                for (String w : bracketOpeners) {
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
            Matcher numbering = LEADING_NUMBERING.matcher(t).region(start, end);
            if (numbering.lookingAt()) {
                start = numbering.end();
                changed = true;
                continue;
            }
            for (String w : leftStops) {
                // a one-character stop word stands alone: 和林格尔 and 向家坝 keep their first character
                if (t.startsWith(w, start) && start + w.length() < end && (w.length() > 1 || endsWord(c, start + 1))
                        && !conjunctionAfterListMark(t, start, w) && !specific.countyBeginsAt(t, start, end)) {
                    start += w.length();
                    changed = true;
                    break;
                }
            }
        }
        return start;
    }

    /** 一期5个子项目 → 子项目; 50亿元以上项目 → 项目: a count or sum before the name is no part of it. */
    private static int cutAfterCountedAmount(DocumentContext c, int start, int end) {
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
    private boolean batchBefore(String t, int start) {
        for (String w : batchWords) {
            if (start >= w.length() && t.startsWith(w, start - w.length())) {
                return true;
            }
        }
        return false;
    }

    /** True when a count of two or more things (三个, 5座) ends right at {@code start}. */
    private static boolean countedBefore(DocumentContext c, int start) {
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
    private int cutAfterLastCutWord(DocumentContext c, int start, int end) {
        String t = c.t();
        for (int i = end; i > start; i--) {
            List<String> words = cutWordsByLastChar.get(t.charAt(i - 1));
            if (words == null) {
                continue;
            }
            for (String w : words) {
                if (i - w.length() >= start && t.startsWith(w, i - w.length())
                        && (w.length() > 1 || endsWord(c, i) && endsWord(c, i - 1))) {
                    if (i == end && worksWords.contains(w) && headEndingAt(t, i - w.length()) != null) {
                        continue; // 曹妃甸煤码头|续建|工程: the works done on the facility named just before
                    }
                    if (buildWords.contains(w) && (i == end || end - i == 2) && (t.startsWith("项目", i) || t.startsWith("工程", i))) {
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
        for (String h : abbreviatedLineHeads) {
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
    private static boolean conjunctionAfterListMark(String t, int at, String w) {
        return w.length() == 1 && org.govfacts.text.Clauses.CONJUNCTIONS.contains(w) && at > 0 && t.charAt(at - 1) == '、';
    }

    /** Leading words and verbs off, until neither finds more. */
    private int trimLeading(DocumentContext c, int start, int end) {
        int s = start;
        while (true) {
            int next = skipLeadingVerbs(c, trimLeft(c, s, end), end);
            if (next == s) {
                return s;
            }
            s = next;
        }
    }

    /** A voltage's units (750千伏, 220kV), which name a line or a substation's class, not a size. */
    public static final String VOLTAGE_UNITS = "千伏|[kK][vV]";
    /** 220千伏, 500kV: a voltage class at the start of a name. */
    private static final Pattern VOLTAGE_CLASS = Pattern.compile("[\\d.]+(?:" + VOLTAGE_UNITS + ")");
    /** A size at the start of a name, whole (6万吨, 35万千瓦). */
    private static final Pattern SIZE_FIRST_WHOLE = Pattern.compile(
            "[\\d.]+(?![\\d.]*(?:号|" + VOLTAGE_UNITS + "))[万亿]?(?:吨|千瓦|兆瓦|吉瓦时|吉瓦|GWh|GW|MW|立方米|平方米|亩|辆|台|套|头|只|张)级?");
    /**
     * 35万千瓦光热电站, 百万吨化工新材料基地: a name that opens with a size describes a facility; a
     * voltage (750千伏定靖西, a line by its voltage and its ends) or a number (12号线) does not.
     */
    private static final Pattern SIZE_FIRST = Pattern.compile("\\d(?![\\d.]*(?:号|" + VOLTAGE_UNITS + "))|[十百千万亿]{1,3}(?:吨|千瓦|兆瓦|立方米|平方米|亩|辆|台|套|头|只)");
    /** 桥宽22.5米, 长3公里, 长约3.9公里: a dimension inside a candidate describes the facility rather than naming it. */
    private static final Pattern DIMENSION = Pattern.compile("[宽长高深][约近逾达]?\\d");
    private static final Pattern KIND_LABEL = Pattern.compile("(?:重大|重点|重要)[\\u4e00-\\u9fa5]{0,5}?(?:工程|项目)");

    /** 内河第一大港, 首座, 成都到贵阳最快高速公路, 重庆最浪漫隧道: a rank or a superlative describes, it names nothing. */
    private static final Pattern SUPERLATIVE = Pattern.compile("第[一二三四五六七八九十]大|首个|首座|首家|首条|最\\p{IsHan}|^(?:各|每|全部|本|该|此|其|这|那)");
    private static final Pattern SUPERLATIVE_BEFORE = Pattern.compile("(?:第[一二三四五六七八九十]大|首个|首座|首家|首条|最大|最长|最高)的?$|[^目]的$");
    private static final Pattern ANAPHORIC_ORDINAL = Pattern.compile("第[一二三四五六七八九十\\d]+\\p{IsHan}+");
    private static final Pattern ONE_DESCRIBED_BEFORE = Pattern.compile("一[条座个处所片]+[^。；：;]{0,36}的$");
    /** 二期, 1期 (杨凌麦肯速度项目1期): a phase, in either kind of numeral, or two at once (二、三期工程, 一至三期). */
    private static final Pattern PHASE = Pattern.compile(
            "(?:[一二三四五六七八九十]{1,2}|\\d{1,2})(?:[、至和](?:[一二三四五六七八九十]{1,2}|\\d{1,2}))?期(?:工程|项目)?");
    /** 一号核电…, 二号…: a name's number, not its start (but 一号线 is a line's number). */
    private static final Pattern NUMBERED_START = Pattern.compile("[一二三四五六七八九十]号(?![线楼])");
    /** 12号线, 九号线, 三环路: a line's or ring's number picks one out. */
    private static final Pattern LINE_NUMBER = Pattern.compile("(?:\\d{1,2}|[一二三四五六七八九十]{1,3})号线|^[东西南北内外]?[二三四五六七八九十]环路");
    /** 第三条高速公路, 第二座大桥, 第三长隧道: which one in a count or a ranking, not a name (第二西通道 has a word of its own). */
    /** 第五条, 第三座: an ordinal with a measure word, which counts things of a kind (not 第五大桥, a name's own). */
    private static final Pattern COUNTED_ORDINAL = Pattern.compile("第[一二三四五六七八九十\\d]+[条座个处所]");
    private static final Pattern ORDINAL_OF_KIND = Pattern.compile("^第[一二三四五六七八九十\\d]+[条座个处所项批长大高深宽]");
    /** 沿江高铁武宜段, 呼南高铁(襄荆段), 太中银铁路太原南到柳林南段, 京福高速公路三明—南平—福州段: a section of a line. */
    private static final Pattern SECTION = Pattern.compile(
            "(?![和与及的])[(（]?(?:(?:(?![和与及的])[\\u4e00-\\u9fa5]){2,6}(?:[(（][\\u4e00-\\u9fa5]{2,6}[)）])?(?:[至到][\\u4e00-\\u9fa5]{2,6}|(?:[—－][\\u4e00-\\u9fa5]{2,6}){1,3})|(?:(?!的)[\\u4e00-\\u9fa5]){1,4})段[)）]?(?:建设项目|建设工程|工程|项目)?");

    /**
     * 广昆高速等|拥堵路段: a list closed by 等 inside a candidate, which names a kind after it (not 等级提升工程); 旗县(市、区): the
     * kinds of places a sentence speaks of, in brackets.
     */
    private static final Pattern LIST_CLOSED_INSIDE = Pattern.compile(".等(?!级)|[(（][市县区州旗盟、]*、[市县区州旗盟、]*[)）]");

    /** (CBD线), （平谷线）: a line's other name, in brackets after its number. */
    private static final Pattern LINE_ALIAS = Pattern.compile("[(（][\\p{IsHan}A-Za-z0-9]{1,8}线[)）]");

    /**
     * Where a name starts once a date at its start (今年3月, 6月) is taken off, and after the last full date inside it;
     * {@code start} if none, or if nothing would be left before {@code end}.
     */
    private static int afterLeadingDate(String t, int start, int end) {
        Matcher date = LEADING_DATE.matcher(t).region(start, end);
        int after = date.lookingAt() && date.end() < end ? date.end() : start;
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

    /** A section, then 和/与/及 and a second section of the same line to the end (…利辛至淮南段和淮南至合肥段). */
    private static final Pattern SECOND_SECTION = Pattern.compile("(.{4,}?段)[" + org.govfacts.text.Clauses.CONJUNCTIONS + "](?:[\\u4e00-\\u9fa5]{2,6}至)?[\\u4e00-\\u9fa5]{2,6}段");

    /** 榕江至融安: a route between two places, which picks one work out. */
    private static final Pattern ROUTE = Pattern.compile("\\p{IsHan}{2,8}至\\p{IsHan}{2,8}");
    /** 5月底, 2024年, 12日: a date right after a phase, when the phase was built, not a count of its parts. */
    private static final Pattern DATE_AFTER = Pattern.compile("\\d{1,4}[年月日]");
    /** 风电基地二期|25万千瓦: the size of the phase (capacity, length, area, money), not a count of its parts. */
    private static final Pattern SIZE_AFTER = Pattern.compile(
            "\\d+(?:\\.\\d+)?[万亿]?(?:千瓦|兆瓦|吉瓦|千米|公里|平方公里|平方米|米|亩|公顷|吨|立方米|元|千伏安|千伏)");
    /** 二期|3号机组: a unit of the phase, not a count of its parts. */
    private static final Pattern UNIT_NUMBER = Pattern.compile("(?:\\d{1,2}|[一二三四五六七八九十]{1,2})号机组");
    private static final Pattern BRACKETED_PHASE = Pattern.compile("[(（][一二三四五六七八九十]{1,2}期[)）]");
    /** (陕西境), (湖北段), (支线): a line's stretch in a place, or its branch, in brackets after it (not (含巴银支线), a part of its own). */
    private static final Pattern BRACKETED_SECTION = Pattern.compile("[(（](?!含|包括)(?:\\p{IsHan}{0,6}?(?:境内?段?|段|支线|复线)"
            // (西线), (1~3标段): one side of a ring road, the lots a road is built in
            + "|[东西南北]线|[0-9一二三四五六七八九十]{1,2}(?:[~～\\-—至、][0-9一二三四五六七八九十]{1,2})?标段?)[)）]");
    /** 北段, 东段: the part of a phase built, right after it (7号线一期北段). */
    private static final Pattern PHASE_SIDE = Pattern.compile("[东西南北中]段(?:工程|项目)?");
    /** (北延), （东延段）: the way a phase extends its line. */
    private static final Pattern BRACKETED_EXTENSION = Pattern.compile("[(（][东西南北]延(?:伸)?(?:段|线)?[)）]");
    /** 4号5号泊位, (9#、10#泊位): the numbered berths of a port area or a wharf, bare or in brackets. */
    private static final String BERTH_NUMBERS = "(?:(?:\\d{1,2}|[一二三四五六七八九十]{1,2})[号#][、和及至-]?){1,6}(?:通用|集装箱|散货)?泊位";
    private static final Pattern BERTHS = Pattern.compile(BERTH_NUMBERS + "|[(（]" + BERTH_NUMBERS + "[)）]");
    /** (和升路-洞和路), （人民路至解放路）: the two ends of a road's section, in brackets. */
    private static final Pattern BRACKETED_ENDS = Pattern.compile("[(（]\\p{IsHan}{2,8}[-－—~～至]\\p{IsHan}{2,8}[)）]");
    /** A second track, an extension or one branch of a line: 铁路二线, 铁路延伸线, 高速北线. */
    private final Pattern linePart;
    /** 青藏铁路|西宁至格尔木|增建二线工程: the stretch between two places a line's part is built on, before the part. */
    private final Pattern routePart;
    private static final Pattern PLACE_BEFORE_PART = Pattern.compile("(?:(?![和与及的至等])\\p{IsHan}){2,4}");

    /** 润泽智算中心三期, 恒力重工二期工程, 沿江高铁武宜段: a phase or a section continues the name. */
    private int extendByPhase(String t, int end) {
        int to = extendByPhaseOnly(t, end);
        // 蒲津路改造工程二期工程(邕宁区人民医院-五合大桥): the two ends of the stretch, in brackets, close the
        // name; after a section (青藏铁路格拉段(格尔木至拉萨)) they only spell out the section's short name
        Matcher ends = BRACKETED_ENDS.matcher(t).region(to, Math.min(t.length(), to + 20));
        if (ends.lookingAt() && t.charAt(to - 1) != '段') {
            return ends.end();
        }
        Matcher berths = BERTHS.matcher(t).region(to, Math.min(t.length(), to + 20));
        if (!berths.lookingAt() || t.startsWith("工程", to - 2) || t.startsWith("项目", to - 2)) {
            return to; // 码头四期工程|3#、4#泊位: the berths a project has built are its parts, the name ends with the project
        }
        // 集装箱码头(9号10号泊位), 大榄坪作业区|4号5号泊位, and the works on them (…9号和10号泊位|扩建工程)
        int at = berths.end();
        for (String w : worksWordsLongestFirst) {
            if (t.startsWith(w, at) && (t.startsWith("工程", at + w.length()) || t.startsWith("项目", at + w.length()))) {
                return at + w.length() + 2;
            }
        }
        return at;
    }

    private int extendByPhaseOnly(String t, int end) {
        for (String w : buildWords) {
            if (t.startsWith(w, end) && PHASE.matcher(t).region(end + w.length(), Math.min(t.length(), end + w.length() + 6)).lookingAt()
                    && extendByPhaseOnly(t, end + w.length()) > end + w.length()) {
                return extendByPhaseOnly(t, end + w.length()); // 甘肃中医药大学和平校区|建设|一期: the phase of the building
            }
        }
        Matcher section = BRACKETED_SECTION.matcher(t).region(end, Math.min(t.length(), end + 10));
        if (section.lookingAt() && headEndingAt(t, end) != null && lineHeads.contains(headEndingAt(t, end))) {
            return section.end(); // 准格尔至神木铁路(陕西境), 柠条塔至神木西铁路(支线): the stretch or branch of the line built
        }
        Matcher bracketed = BRACKETED_PHASE.matcher(t).region(end, Math.min(t.length(), end + 6));
        if (bracketed.lookingAt()) {
            // 临沧支线(一期), 永安还建点（一期）, and the project of the phase (生物医药大健康产业园(一期)|项目)
            return t.startsWith("项目", bracketed.end()) || t.startsWith("工程", bracketed.end()) ? bracketed.end() + 2 : bracketed.end();
        }
        Matcher m = PHASE.matcher(t).region(end, Math.min(t.length(), end + 6));
        if (m.lookingAt()) {
            // 双汇第三工业园一期5个子项目: a phase followed by a count describes the park's parts (not a date: 18号线二期|5月底)
            boolean countFollows = m.end() < t.length() && (Character.isDigit(t.charAt(m.end()))
                    || "一二三四五六七八九十两".indexOf(t.charAt(m.end())) >= 0)
                    && !UNIT_NUMBER.matcher(t).region(m.end(), Math.min(t.length(), m.end() + 6)).lookingAt()
                    && !DATE_AFTER.matcher(t).region(m.end(), Math.min(t.length(), m.end() + 6)).lookingAt()
                    && !SIZE_AFTER.matcher(t).region(m.end(), Math.min(t.length(), m.end() + 12)).lookingAt();
            if (countFollows) {
                return end;
            }
            Matcher extension = BRACKETED_EXTENSION.matcher(t).region(m.end(), Math.min(t.length(), m.end() + 6));
            if (extension.lookingAt()) {
                return extension.end(); // 13号线二期(北延)
            }
            Matcher side = PHASE_SIDE.matcher(t).region(m.end(), Math.min(t.length(), m.end() + 4));
            return side.lookingAt() ? side.end() : m.end(); // 7号线一期|北段
        }
        Matcher route = routePart.matcher(t).region(end, Math.min(t.length(), end + 16));
        if (route.lookingAt()) {
            end = route.end(); // 青藏铁路西宁至格尔木|增建二线工程: the part follows
        }
        Matcher line = linePart.matcher(t).region(end, Math.min(t.length(), end + 9));
        if (line.lookingAt()) {
            end = line.end(); // 兰州至武威南铁路二线, 大宋铁路延伸线, 石太高速北线(石家庄段)
        } else {
            // 太中银铁路|银川|联络线: a part of three characters or more (a branch, not a direction) at a place
            Matcher placed = PLACE_BEFORE_PART.matcher(t).region(end, Math.min(t.length(), end + 5));
            for (int p = Math.min(t.length(), end + 4); p >= end + 2; p--) {
                Matcher part = linePart.matcher(t).region(p, Math.min(t.length(), p + 9));
                // (南疆铁路|库阿|二线: a second track between two places, 库尔勒 and 阿克苏, named by their initials)
                if (placed.region(end, p).matches() && part.lookingAt() && t.startsWith("线", part.end() - 1)
                        && (part.end() - p >= 3 || "二三四复".indexOf(t.charAt(p)) >= 0)) {
                    end = part.end();
                    break;
                }
            }
        }
        Matcher sec = SECTION.matcher(t).region(end, Math.min(t.length(), end + 16));
        if (!sec.lookingAt()) {
            // 辽中环线抚顺萨尔浒大道|段: the section a line's stretch, named by its head word, makes
            String head = headEndingAt(t, end);
            return head != null && (lineHeads.contains(head) || cityRoadHeads.contains(head)) && end + 1 < t.length()
                    && t.charAt(end) == '段' && !Character.isIdeographic(t.charAt(end + 1)) ? end + 1 : end;
        }
        // 南昆铁路南宁至百色段|增建二线: a part of the line built on the section
        Matcher onSection = linePart.matcher(t).region(sec.end(), Math.min(t.length(), sec.end() + 9));
        return onSection.lookingAt() ? onSection.end() : sec.end();
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
            boolean lead = pos.startsWith("v") && !pos.equals("vn") || pos.startsWith("d") || pos.equals("p") || pos.equals("c");
            if (!lead || specific.isDivisionName(tok.word())) { // 兴县/v|至保德铁路: a county the segmenter takes for a verb
                break;
            }
            s = tok.end();
            k++;
        }
        return s;
    }

    /** True when a word of the segmented text ends (and the next begins) at {@code offset}. */
    private static boolean endsWord(DocumentContext c, int offset) {
        List<Token> tokens = c.text().tokens();
        int k = c.text().tokenIndexAt(offset);
        return k >= tokens.size() || tokens.get(k).start() == offset || offset == 0;
    }

    /** A space between two Chinese words separates phrases (a heading's halves), never a name's parts. */
    private static int cutAfterInnerSpace(String t, int start, int end) {
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

    /** True when a name's head word follows in the same phrase, within a few characters. */
    private boolean nameFollows(String t, int end) {
        for (int next = end; next < t.length() && next < end + 12 && Character.isIdeographic(t.charAt(next)); next++) {
            if (suffixAt(t, next) != null) {
                return true;
            }
        }
        return false;
    }

    private boolean endsInKindLabel(String t, int start, int end) {
        if (end >= t.length() || !Character.isIdeographic(t.charAt(end)) || blockedAfter(t, end, headBlockers)) {
            return false;
        }
        Matcher m = KIND_LABEL.matcher(t).region(start, end);
        while (m.find()) {
            if (m.end() == end) {
                int next = end;
                while (next < t.length() && next < end + 12 && Character.isIdeographic(t.charAt(next))) {
                    if (suffixAt(t, next) != null) {
                        return true; // a name follows in the same phrase
                    }
                    next++;
                }
            }
        }
        return false;
    }

    /** 湖南省重大水利工程|金塘冲水库: a kind of works (重大…工程, 重点…项目) labels the name after it. */
    private int cutAfterKindLabel(String t, int start, int end) {
        Matcher m = KIND_LABEL.matcher(t).region(start, end);
        int cut = start;
        while (m.find()) {
            if (suffixAt(t, m.end()) == null && m.end() < end) {
                cut = m.end();
            }
        }
        return cut;
    }

    /** Where a name starts after the labels before it (重点项目|…, 正式|项目|13号线西延伸), its head word at {@code headStart}. */
    private int afterNameLabels(String t, int start, int headStart) {
        for (String label : nameLabels) {
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
                return suffixAt(t, k + label.length()) == null ? k + label.length() : start;
            }
        }
        return start;
    }

    /** Overlapping candidates: the longest wins; exact duplicates collapse. */
    private static List<FoundFact> resolve(List<FoundFact> candidates) {
        candidates.sort(Comparator.comparingInt((FoundFact f) -> f.end() - f.start()).reversed()
                .thenComparingInt(FoundFact::start));
        List<FoundFact> kept = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (FoundFact f : candidates) {
            boolean clash = false;
            for (FoundFact k : kept) {
                if (k.overlaps(f)) {
                    clash = true;
                    break;
                }
            }
            if (!clash && seen.add(((long) f.start() << 32) | f.end())) {
                kept.add(f);
            }
        }
        kept.sort(Comparator.comparingInt(FoundFact::start));
        return kept;
    }
}
