package org.govfacts.extract.project;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.govfacts.lexicon.Lexicon;

/**
 * What the project finders know of words, read once from the lexicon's project-*.txt lists (head words, cut words,
 * generic words, list heads …) and the lookups over them, such as the head word that ends at an offset. One object,
 * built by {@link ProjectFinder} and passed to every stage, so that a word added to a list reaches all of them.
 */
final class ProjectWords {
    final List<String> suffixes;
    private final java.util.BitSet suffixStarts = new java.util.BitSet();
    final List<String> leftStops;
    /** Cut words by their last character, so a position is checked only against words that can end there. */
    final java.util.Map<Character, List<String>> cutWordsByLastChar = new java.util.HashMap<>();
    /** 含 of (含, from project-cut-words.txt: what opens a bracket before a name that starts inside it. */
    final List<String> bracketOpeners = new ArrayList<>();
    final List<String> generic;
    final List<String> known;
    final Pattern listHead;
    final List<String> suffixBlockers;
    final List<String> headBlockers;
    /** Blockers that hold after one head word only (城际|列车). */
    final java.util.Map<String, List<String>> blockersByHead = new java.util.HashMap<>();
    final Set<String> regions;
    final List<String> partWords;
    final List<String> roleWords;
    /** 交通, 水利: sectors, which name no work right before 项目 or 工程 (project-sector-words.txt). */
    final List<String> sectorWords;
    /** Institutions and industry chains (之江实验室, …全产业链): set up, not built. */
    final List<String> notWorksEndings;
    /** 大型, 中小型: a size class opens a category of works (project-category-openers.txt). */
    final List<String> categoryOpeners;
    /** 中国第一条海底隧道, 亚洲最大的斜拉桥: a superlative or a first describes a work (project-description-words.txt). */
    final List<String> descriptionWords;
    /** 市委书记, 市长: an official's title makes a person, not a work (project-official-titles.txt). */
    final List<String> officialTitles;
    /** Verbs that set a goal, each with the heads of the names that are its goal (project-goal-verbs.tsv). */
    final java.util.Map<String, List<String>> goalHeads = new java.util.LinkedHashMap<>();
    /** Of those, the ones a list the text calls projects makes works (…全产业链、…等项目). */
    final Set<String> worksWhenListed = new HashSet<>();
    /** 班列, 自驾游: words after a name that make it a service's (project-service-followers.txt). */
    final List<String> serviceFollowers;
    /** 以内, 以外: words after a name that make it a boundary drawn by works already there (project-boundary-followers.txt). */
    final List<String> boundaryFollowers;
    /** 交叉口, 交汇处: a crossing of streets after a name (project-crossing-words.txt). */
    final List<String> crossingWords;
    final List<String> companyEndings;
    /** 延安机场|建设开发|公司: what a company named after a work does, before 公司 (project-company-business.txt). */
    final Pattern companyBusiness;
    final Set<String> worksWords;
    final List<String> worksWordsLongestFirst;
    final Set<String> lineHeads;
    final Set<String> abstractHeads;
    final Set<String> structureHeads;
    /** 铁路, 高速: heads of lines two initials may name (project-abbreviated-line-heads.txt). */
    final List<String> abbreviatedLineHeads;
    /** Heads that end a name only after a place (沙坪坝|站, not 加油|站). */
    final Set<String> placeHeads;
    /** Heads of institutions (小学, 医院) that end a name only when a phase or works follow. */
    final Set<String> worksOnlyHeads;
    /** 生产线, 总装线: heads that end a name only after a place or an owner (project-owned-heads.txt). */
    final List<String> ownedHeads;
    /** 建成投用, 项目建设: what closes a clause that lists institutions as works (project-institution-built-cues.txt). */
    final List<String> institutionBuiltCues;
    /** Places with their short forms (香港 of 香港特别行政区): a head word inside one (港) ends no name. */
    final Set<String> places = new HashSet<>();
    /** Provinces and autonomous regions, full and short (新疆维吾尔自治区, 新疆): a network's scope, not a work's place. */
    final Set<String> provinces = new HashSet<>();
    final Set<String> networkHeads;
    /** 家园, 小区, 安置点: heads of housing estates, names only where the sentence speaks of housing. */
    final Set<String> estateHeads;
    final List<String> estateCues;
    /** 广场, 大厦: heads of buildings and plazas, names only where the sentence speaks of building. */
    final Set<String> builtHeads;
    final List<String> builtCues;
    /** 片区, 商圈: kinds of areas; a list that 等 closes with one names places. */
    final List<String> areaKinds;
    /** 片区, 开发区: the part of town a road's name may be preceded by (project-road-area-prefixes.txt). */
    final List<String> roadAreaPrefixes;
    /** 轨道交通, 地铁: a rail network's word, which before …线 makes one line of it (project-rail-line-prefixes.txt). */
    final List<String> railLinePrefixes;
    /** project-programme-heads.txt: heads of programmes and works alike (工程, 计画). */
    final List<String> programmeHeads;
    final Set<String> buildWords;
    final SpecificName specific;
    /** Which line breaks wrap a paragraph (a name runs over them) and which end one. */
    final org.govfacts.text.WrappedLines wrappedLines;
    /** Between 等 and 项目 in a list: no preposition, conjunction or verb of a new clause. */
    final List<String> listHeadBlockers;
    final List<String> listHeadExceptions;
    final Set<String> bracketQualifiers;
    /** 中国, 西南, 二级: words that with a bare head word name a network or a grade. */
    final List<String> kindPrefixes;
    /** 路, 大道: last words that only a list of three or more such names makes names. */
    final Pattern series;
    /** 路, 大道, 线: what a one-word name (京九线/nz) ends in when it is a line, not a company. */
    final List<String> seriesHeads;
    /** 桥: last words of names that only a list of three or more such names gives away (project-series-heads-of-three.txt). */
    final Set<String> seriesHeadsOfThree;
    /** 路, 桥: a road's or a bridge's last word, which the works done on it follow (project-bare-ends.txt). */
    final List<String> bareEnds;
    /** 东延, 南北延伸: a road's extension one way, which with the road's name names the work (project-road-extensions.txt). */
    final List<String> roadExtensions;
    /** 路, 环: what the name of a road that is extended ends in (project-extended-road-heads.txt). */
    final List<String> extendedRoadHeads;
    /** 国道主干线: a network's head word, which before a name is that name's label (project-label-heads.txt). */
    final Set<String> labelHeads;
    /** 重点项目, 预备项目: a label before a name, no part of it (project-name-labels.txt). */
    final List<String> nameLabels;
    /** 出海, 过江: what a corridor leads to or carries (project-corridor-words.txt). */
    final List<String> corridorWords;
    /** 水厂, 污水处理厂: facilities a city numbers (第二水厂), project-numbered-heads.txt. */
    final Set<String> numberedHeads;
    /** 酒吧街, 步行街: kinds of streets, no street's name alone (project-street-kinds.txt). */
    final List<String> streetKinds;
    /** 互通, 连接线: works that join two others (project-junction-heads.txt). */
    final List<String> junctionHeads;
    /** 一级路, 主干路: a road's grade, which labels the name after it (project-road-grade-labels.txt). */
    final List<String> roadGradeLabels;
    /** 快线, 快速路: heads of a city's own roads, which a part of town may name (project-city-road-heads.txt). */
    final Set<String> cityRoadHeads;
    /** 东路, 南路: streets by direction, which any word before them names (project-directional-streets.txt). */
    final Set<String> directionalStreets;
    /** 产业园, 小区: works that stand at an address, which a street before them gives (project-sited-heads.txt). */
    final Set<String> sitedHeads;
    /** 港, 港区: heads of a whole port (project-port-words.tsv, role port). */
    final Set<String> portHeads = new HashSet<>();
    /** 港, 港区, 作业区: a port or port area that holds the parts named after it (role holder). */
    final Set<String> portHolders = new HashSet<>();
    /** 码头, 泊位: what a port holds (role part). */
    final Set<String> portParts = new HashSet<>();
    /** 连接, 到: join a place to the work after them (project-route-words.txt). */
    final List<String> routeWords;
    /** 也, 已: adverbs between a name and its verb (project-trailing-adverbs.txt). */
    final String trailingAdverbs;
    /** 包括 …: opens a list of the projects a sentence has just counted. */
    final List<String> listOpeners;
    /** 分别是: opens a list of counted projects that runs to the next ；or 。, items parted by 、 or ，. */
    final List<String> closedListOpeners;
    final List<String> listHeads;
    /** 治理, 整治: a list of works of treatment names what is treated (project-treatment-words.txt). */
    final List<String> treatmentWords;
    /** 等10所学校, 等3家医院: a count of institutions that closes a list. */
    final Pattern institutionCount;
    /** 一批, 一系列: a batch of a kind, which no name right after follows (project-batch-words.txt). */
    final List<String> batchWords;
    /** 位于, 地处: what follows one is where something stands, not a work (project-location-cues.txt). */
    final List<String> locationCues;
    /** 部分子项目, 子项目: part of the work named before (project-trailing-parts.txt), no part of its name. */
    final List<String> trailingParts;
    /** 中, 内: a word of place after a head word (…基地|中|有机硅项目): what follows is inside it (project-locatives.txt). */
    final List<String> locatives;
    /** 新建铁路: the first words of a route line's official name (新建铁路朱家窑至中川线, project-line-openers.txt). */
    final List<String> lineOpeners;
    /** 建成投运, 已启用: what closes a clause that lists works as built or begun (project-completion-cues.txt). */
    final List<String> completionCues;
    /** 基本, 均已, 年内: words between such a list and its cue (project-completion-adverbs.txt). */
    final List<String> completionAdverbs;
    /** 西起, 东起: words that begin right after a name, whatever word the segmenter runs over its end (project-name-followers.txt). */
    final List<String> nameFollowers;
    /** 简称, 以下简称: before a quoted short name of a work (project-short-name-openers.txt). */
    final List<String> shortNameOpeners;
    /** 总投资, 全长: the second clause of an item that describes a work (project-detail-cues.txt). */
    final List<String> investmentCues;
    /** A second track, an extension or one branch of a line: 铁路二线, 铁路延伸线, 高速北线. */
    final Pattern linePart;
    /** 青藏铁路|西宁至格尔木|增建二线工程: the stretch between two places a line's part is built on, before the part. */
    final Pattern routePart;

    ProjectWords(Lexicon lexicon) {
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
        this.shortNameOpeners = lexicon.words("project-short-name-openers");
        this.investmentCues = sorted(lexicon.words("project-detail-cues"), longestFirst);
        this.treatmentWords = lexicon.words("project-treatment-words");
        this.seriesHeads = sorted(lexicon.words("project-series-heads"), longestFirst);
        this.bareEnds = lexicon.words("project-bare-ends");
        this.roadExtensions = sorted(lexicon.words("project-road-extensions"), longestFirst);
        this.extendedRoadHeads = lexicon.words("project-extended-road-heads");
        this.labelHeads = Set.copyOf(lexicon.words("project-label-heads"));
        this.nameLabels = lexicon.words("project-name-labels");
        this.cityRoadHeads = Set.copyOf(lexicon.words("project-city-road-heads"));
        this.directionalStreets = Set.copyOf(lexicon.words("project-directional-streets"));
        this.sitedHeads = Set.copyOf(lexicon.words("project-sited-heads"));
        this.roadGradeLabels = sorted(lexicon.words("project-road-grade-labels"), longestFirst);
        this.streetKinds = lexicon.words("project-street-kinds");
        this.junctionHeads = lexicon.words("project-junction-heads");
        this.numberedHeads = Set.copyOf(lexicon.words("project-numbered-heads"));
        this.corridorWords = sorted(lexicon.words("project-corridor-words"), longestFirst);
        this.seriesHeadsOfThree = Set.copyOf(lexicon.words("project-series-heads-of-three"));
        String seriesHead = "(?:" + String.join("|", sorted(java.util.stream.Stream.concat(seriesHeads.stream(),
                seriesHeadsOfThree.stream()).toList(), longestFirst)) + ")";
        // one item: a name, its head, then a phase or a section (城西大道一期乐湖路至建设西路段), the part
        // of the road by its side (林科路北) or its ends in brackets (高升路(和升路-洞和路)); 阶段, 手段 and
        // 片段 are no sections (机场大道延伸线|正进行基础施工阶段), nor is a part of the road (富宁街|部分路段已通车)
        this.series = Pattern.compile("\\p{IsHan}{2,6}?(?<head>" + seriesHead + ")(?:[一二三四五六七八九十]{1,2}期|"
                + NameEnd.BRACKETED_PHASE.pattern() + "|" + NameEnd.BRACKETED_ENDS.pattern() + "|延伸线|[东西南北](?!\\p{IsHan}))?(?:(?!部分|个别|全部|全线)\\p{IsHan}{1,12}(?<![阶手片])段)?");
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
        this.crossingWords = lexicon.words("project-crossing-words");
        this.worksWords = Set.copyOf(lexicon.words("project-works-words"));
        // cut in a fixed order, longest first (改扩建 before 扩建): a Set.copyOf iterates in a new order each run
        this.worksWordsLongestFirst = sorted(lexicon.words("project-works-words"), longestFirst);
        this.lineHeads = Set.copyOf(lexicon.words("project-line-heads"));
        this.routeWords = lexicon.words("project-route-words");
        this.trailingAdverbs = String.join("", lexicon.words("project-trailing-adverbs"));
        for (String[] row : lexicon.table("project-port-words")) {
            Set<String> role = switch (row.length < 2 ? "" : row[1]) {
                case "port" -> portHeads;
                case "holder" -> portHolders;
                case "part" -> portParts;
                default -> throw new IllegalArgumentException("project-port-words.tsv: role of '" + row[0]
                        + "' must be port, holder or part");
            };
            role.add(row[0]);
        }
        this.networkHeads = Set.copyOf(lexicon.words("project-network-heads"));
        this.estateHeads = Set.copyOf(lexicon.words("project-estate-heads"));
        this.estateCues = lexicon.words("project-estate-cues");
        this.builtHeads = Set.copyOf(lexicon.words("project-built-heads"));
        this.builtCues = lexicon.words("project-built-cues");
        this.areaKinds = lexicon.words("project-area-kinds");
        this.roadAreaPrefixes = lexicon.words("project-road-area-prefixes");
        this.railLinePrefixes = lexicon.words("project-rail-line-prefixes");
        this.programmeHeads = lexicon.words("project-programme-heads");
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
        this.ownedHeads = lexicon.words("project-owned-heads");
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
        Set<String> roadLeadVerbs = new HashSet<>(buildWords);
        roadLeadVerbs.addAll(leftStops);
        this.specific = new SpecificName(lexicon, generic, suffixes, cityRoadHeads, directionalStreets, Set.copyOf(roadLeadVerbs), estateCues, linePart, lineHeads, programmeHeads);
        this.wrappedLines = org.govfacts.normalize.Normalizers.wrappedLines(lexicon);
    }

    private static List<String> sorted(List<String> words, Comparator<String> order) {
        List<String> out = new ArrayList<>(words);
        out.sort(order);
        return List.copyOf(out);
    }

    /** The part of a line (西延线, 北延段: project-line-parts.txt) {@code name} ends with, or null. */
    String linePartEnding(String name) {
        for (int i = Math.max(0, name.length() - 8); i < name.length() - 1; i++) {
            if (linePart.matcher(name).region(i, name.length()).matches()) {
                return name.substring(i);
            }
        }
        return null;
    }

    /** Whether a text speaks of a city's rail network (港铁, 捷运, 地铁: project-rail-line-prefixes.txt): its lines and stations may stand alone. */
    boolean railText(String t) {
        return railLinePrefixes.stream().anyMatch(t::contains);
    }

    /** {@code s} without the generic words of two or more characters (not 大, 市 alone: 大理, 市民大道). */
    String withoutGenericWords(String s) {
        String rest = s;
        for (String g : generic) {
            if (g.length() > 1) {
                rest = rest.replace(g, "");
            }
        }
        return rest;
    }

    /** 东, 南, 西, 北: a direction, which may begin a place's own name (南港, 北沿江高铁). */
    static boolean isDirection(char c) {
        return "东南西北".indexOf(c) >= 0;
    }

    /** A head word that names a kind of facility (水电站, 隧道); 项目 and 工程 say only that something is done. */
    static boolean isFacilityHead(String head) {
        return !head.equals("项目") && !head.equals("工程");
    }

    /**
     * R1线, S2线, M1线: a line of a rail or metro network named by letters and a number; 线 is then its head word. Not a
     * national road's number (G30线), which names a road long built, nor a provincial road's two or three digits (S25线,
     * S304线): a network's lines are numbered from one to nine, but for a metro's lines of three digits (北京M101线).
     */
    private static final Pattern CODED_LINE = Pattern.compile("(?<![A-Za-z0-9])(?:(?![Gg])[A-Za-z]{1,2}\\d|[Mm]\\d{3})$");

    static boolean codedLineAt(String t, int i) {
        return i < t.length() && t.charAt(i) == '线' && i >= 2 && CODED_LINE.matcher(t.substring(Math.max(0, i - 5), i)).find();
    }

    /** The end of (R1线), （S2线） right at {@code at}: a line's code in its network, in brackets; -1 if none. */
    static int codedAliasEnd(String t, int at) {
        if (at >= t.length() || (t.charAt(at) != '(' && t.charAt(at) != '（')) {
            return -1;
        }
        for (int i = at + 3; i <= Math.min(t.length() - 2, at + 4); i++) {
            char close = t.charAt(i + 1);
            if ((close == ')' || close == '）') && codedLineAt(t, i)) {
                return i + 2;
            }
        }
        return -1;
    }

    String headEndingAt(String t, int end) {
        if (end > 0 && codedLineAt(t, end - 1)) {
            return "线";
        }
        for (String s : suffixes) {
            if (end - s.length() >= 0 && t.startsWith(s, end - s.length())) {
                return s;
            }
        }
        return null;
    }

    String suffixAt(String t, int i) {
        if (codedLineAt(t, i)) {
            return "线";
        }
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

    /** Whether a word of project-cut-words.txt (开通, 建成 …) ends anywhere inside {@code [from, to)}. */
    boolean cutWordWithin(String t, int from, int to) {
        for (int i = from + 1; i <= to; i++) {
            for (String w : cutWordsByLastChar.getOrDefault(t.charAt(i - 1), List.of())) {
                if (i - w.length() >= from && t.startsWith(w, i - w.length())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * True when a boundary word of project-boundary-followers.txt follows {@code end} (五环路|以内), or, after a street that is no
     * line, a crossing word of project-crossing-words.txt, at once or after a second road joined by 与 or 和 (创业大道|与纬三路交叉口):
     * the name before is a place.
     */
    boolean placeBoundaryAfter(String t, int start, int end) {
        if (startsAt(boundaryFollowers, t, end)) {
            return true;
        }
        String name = t.substring(start, end);
        if (lineHeads.stream().anyMatch(name::endsWith)) {
            return false; // 嫩多公路|与嫩黑公路交会处: the line is the works, the crossing where its ceremony is held
        }
        if (startsAt(crossingWords, t, end)) {
            return true;
        }
        if (end >= t.length() || t.charAt(end) != '与' && t.charAt(end) != '和') {
            return false;
        }
        for (int i = end + 2; i < Math.min(t.length(), end + 12); i++) {
            if (!Character.isLetterOrDigit(t.charAt(i))) {
                return false;
            }
            if (startsAt(crossingWords, t, i)) {
                return true;
            }
        }
        return false;
    }

    /** Whether one of {@code words} begins at {@code at}. */
    static boolean startsAt(java.util.Collection<String> words, String t, int at) {
        return words.stream().anyMatch(w -> t.startsWith(w, at));
    }

    boolean hasFacilityWord(String name) {
        if (NameEnd.PHASE.matcher(name).find()) {
            return true; // a phase (二期) belongs to one particular project
        }
        for (String s : suffixes) {
            if (!s.equals("项目") && name.contains(s)) {
                return true;
            }
        }
        return false;
    }

    /** The longest phrase a junction's name runs over after the conjunction (与通辽高铁站快速路互通). */
    private static final int JUNCTION_REACH = 16;

    /** Whether a junction's head word (互通, 连接线) stands ahead of {@code from} in the same list item. */
    boolean junctionAhead(String t, int from) {
        for (int i = from; i < t.length() && i < from + JUNCTION_REACH; i++) {
            if ("、，,；;。：:".indexOf(t.charAt(i)) >= 0) {
                return false;
            }
            for (String j : junctionHeads) {
                if (t.startsWith(j, i)) {
                    return true;
                }
            }
        }
        return false;
    }
}
