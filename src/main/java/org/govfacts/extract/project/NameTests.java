package org.govfacts.extract.project;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govfacts.extract.DocumentContext;
import org.govfacts.segment.Token;
import org.govfacts.text.Clauses;

/**
 * Tests of a whole candidate: a category (重大项目), an official or a role, a place or a region alone, a voltage
 * class, a province's network, a start that is no name's.
 */
final class NameTests {
    /** An office's level before a title (市委|书记, 市政协|主席, 市|长 of 市长), a deputy's 副 and 常务 (市委常务副书记). */
    private static final Pattern OFFICE_LEVEL = Pattern.compile("(?:[省市县区州旗镇乡]委|[省市县区州]政协|[省市县区州]人大常委会|[省市县区州])?(?:常务)?副?");
    /** 东西南北中部: directions, which with corridor words alone (西南内陆地区重要通道) name no corridor. */
    private static final Pattern DIRECTIONS_ONLY = Pattern.compile("[东西南北中部]+");
    /** 220千伏, 500kV: a voltage class at the start of a name. */
    private static final Pattern VOLTAGE_CLASS = Pattern.compile("[\\d.]+(?:" + ProjectFinder.VOLTAGE_UNITS + ")");
    /** 内河第一大港, 首座, 成都到贵阳最快高速公路, 重庆最浪漫隧道: a rank or a superlative describes, it names nothing. */
    private static final Pattern SUPERLATIVE = Pattern.compile("第[一二三四五六七八九十]大|首个|首座|首家|首条|最\\p{IsHan}|^(?:各|每|全部|本|该|此|其|这|那)");
    private static final Pattern ANAPHORIC_ORDINAL = Pattern.compile("第[一二三四五六七八九十\\d]+\\p{IsHan}+");
    /** 第三条高速公路, 第二座大桥, 第三长隧道: which one in a count or a ranking, not a name (第二西通道 has a word of its own). */
    /** 第五条, 第三座: an ordinal with a measure word, which counts things of a kind (not 第五大桥, a name's own). */
    private static final Pattern COUNTED_ORDINAL = Pattern.compile("第[一二三四五六七八九十\\d]+[条座个处所]");
    private static final Pattern ORDINAL_OF_KIND = Pattern.compile("^第[一二三四五六七八九十\\d]+[条座个处所项批长大高深宽]");

    private final ProjectWords projectWords;

    NameTests(ProjectWords projectWords) {
        this.projectWords = projectWords;
    }

    /**
     * Whether the word before {@code at} is a place's name (荃湾/ns) or one the language's dictionary hardly knows (黄竹坑), two
     * characters at least and no verb: before a head word that ends kinds after common words (加油站, 市区线, 两用线), it names one.
     */
    boolean unknownWordBefore(DocumentContext c, int at) {
        Token before = c.text().tokenEndingAt(at);
        return before != null && before.word().length() >= 2 && NameStart.endsWord(c, at) && !before.pos().startsWith("v")
                && (before.pos().startsWith("ns") || org.govfacts.segment.HanLpRuntime.coreFrequency(before.word()) <= 3);
    }

    /** 城市|道, 全省|: nothing but generic words before the head. */
    boolean genericOnly(String prefix) {
        return projectWords.withoutGenericWords(prefix).isEmpty();
    }

    /** Whether the clause before the name holds a goal verb whose heads end the name (project-goal-verbs.tsv). */
    boolean setAsGoal(String t, int start, String name) {
        String clause = t.substring(Clauses.start(t, start, 0), start);
        for (var e : projectWords.goalHeads.entrySet()) {
            if (clause.contains(e.getKey()) && e.getValue().stream().anyMatch(name::endsWith)) {
                return true;
            }
        }
        return false;
    }

    /**
     * 市委书记巴音朝鲁, 市长毛光烈: a title after an office's level, then a person's name of two to four characters and no head
     * word (not 忠县长江大桥, where 县长 only spans two words); or a name that ends in a title (高新区党工委书记).
     */
    boolean isOfficial(String name) {
        if (projectWords.headEndingAt(name, name.length()) != null) {
            return false;
        }
        Matcher level = OFFICE_LEVEL.matcher(name);
        int levelEnd = level.lookingAt() ? level.end() : 0;
        for (String title : projectWords.officialTitles) {
            if (name.length() > title.length() + 1 && name.endsWith(title)) {
                return true; // 高新区党工委书记: an office named by its title, a person
            }
            int at = name.startsWith(title, levelEnd) ? levelEnd : name.startsWith(title) ? 0 : -1;
            int person = at < 0 ? 0 : name.length() - at - title.length();
            if (person >= 2 && person <= 4) {
                return true;
            }
        }
        return false;
    }

    /** 宁波舟山国际航运中心, 遵义省域副中心: a role a place plays, unless a longer head word ends the name. */
    boolean isRole(String name) {
        Matcher rank = SUPERLATIVE.matcher(name);
        while (rank.find()) {
            // 南京长江第二大桥: 大 begins the head word (大桥), so 第二 numbers the bridge and ranks nothing
            if (!(rank.group().startsWith("第") && projectWords.suffixAt(name, rank.end() - 1) != null)
                    && !(rank.group().equals("本") && projectWords.specific.namedByInitials(name))) {
                // 内河第一大港, 东北地区首个双跑道运行机场: a rank, not a name; 本项目 points back (but 本宽高速 joins 本溪 and 宽甸)
                return true;
            }
        }
        for (String r : projectWords.roleWords) {
            if (name.endsWith(r)) {
                for (String s : projectWords.suffixes) {
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
    boolean ownFacilityName(String name) {
        int part = projectWords.specific.linePartStart(name);
        if (part > 0) {
            return ownFacilityName(name.substring(0, part)); // 天平铁路|北延伸线: a part of the line is named as the line is
        }
        String head = projectWords.headEndingAt(name, name.length());
        if (head == null || !ProjectWords.isFacilityHead(head) || projectWords.abstractHeads.contains(head) || projectWords.worksOnlyHeads.contains(head)
                || projectWords.estateHeads.contains(head) || projectWords.builtHeads.contains(head) || projectWords.placeHeads.contains(head)) {
            return false; // 城镇老旧|小区, 加油|站: heads that end names only where more is said
        }
        String prefix = name.substring(0, name.length() - head.length());
        return prefix.chars().allMatch(Character::isIdeographic) && projectWords.withoutGenericWords(prefix).length() >= 2
                && !projectWords.places.contains(prefix) && !projectWords.provinces.contains(prefix)
                && projectWords.suffixes.stream().noneMatch(prefix::contains); // 工业园区|老化管道: a kind of pipe in a kind of park
    }

    /**
     * 城市副中心站|综合交通枢纽, 环球影城北|交通枢纽: a station, or the side of a named place, before the role
     * word makes it the facility built there; a place plays a role (郑州|国际综合交通枢纽), a station does not.
     */
    private boolean facilityBeforeRole(String before) {
        String rest = before;
        for (boolean cut = true; cut; ) {
            cut = false;
            for (String g : projectWords.generic) {
                if (g.length() > 1 && rest.length() > g.length() && rest.endsWith(g)) {
                    rest = rest.substring(0, rest.length() - g.length());
                    cut = true;
                }
            }
        }
        if (rest.length() < 3) {
            return false;
        }
        String head = projectWords.headEndingAt(rest, rest.length());
        return head != null && ProjectWords.isFacilityHead(head) && !projectWords.abstractHeads.contains(head)
                || "东西南北".indexOf(rest.charAt(rest.length() - 1)) >= 0 && "东西南北".indexOf(rest.charAt(rest.length() - 2)) < 0
                        && !projectWords.places.contains(rest.substring(0, rest.length() - 1));
    }

    /** True when nothing but generic words and suffixes remains of the name. */
    boolean isGeneric(String name) {
        if (projectWords.suffixes.contains(name)) {
            return true;
        }
        if (name.endsWith("项目") || name.endsWith("工程")) {
            // 湖南交通项目, 水务水利项目: a sector before 项目 names none of its works
            String before = name.substring(0, name.length() - 2);
            for (String w : projectWords.sectorWords) {
                if (before.endsWith(w) && isGeneric(before.substring(0, before.length() - w.length()) + name.substring(before.length()))) {
                    return true;
                }
            }
        }
        for (String scope : projectWords.kindPrefixes) {
            String head = name.substring(Math.min(name.length(), scope.length()));
            // 西部快线, 东部快速路: a city's own roads are named by the part of town they serve
            if (name.startsWith(scope) && projectWords.suffixes.contains(head) && !projectWords.cityRoadHeads.contains(head)) {
                return true; // 中国铁路, 西南铁路, 二级公路: a network or a grade, not one work
            }
        }
        if (NameAcceptance.LINE_NUMBER.matcher(name).find()) {
            return false; // 12号线, 轨道交通九号线: a line's number picks one line out
        }
        String rest = name;
        for (String s : projectWords.suffixes) {
            if (rest.endsWith(s) && rest.length() > s.length()) {
                rest = rest.substring(0, rest.length() - s.length());
                break;
            }
        }
        if (projectWords.specific.placeBeforeHead(name, rest) && projectWords.withoutGenericWords(rest.substring(0, rest.length() - 1)).isEmpty()) {
            return false; // 土地岭|大桥: a common word and a place's last character name a place
        }
        rest = projectWords.withoutGenericWords(rest); // SpecificName weighs the one-character ones
        // 南港工业区, 东港: a direction before a one-character head word (港) is a place's two-character name, not a kind of
        // port (疏港铁路, 出站通道 are kinds: a verb before the head)
        boolean twoCharacterPlace = rest.length() == 2 && ProjectWords.isDirection(rest.charAt(0))
                && projectWords.suffixes.contains(rest.substring(1)) && !projectWords.suffixes.contains(rest);
        if (!twoCharacterPlace) {
            for (String s : projectWords.suffixes) {
                rest = rest.replace(s, "");
            }
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
        if (ANAPHORIC_ORDINAL.matcher(name).matches() && projectWords.suffixes.contains(numbered) && !projectWords.numberedHeads.contains(numbered)) {
            return true; // 第三跑道: the third runway of a facility named before (not 第二水厂, a city's own)
        }
        rest = rest.replaceAll("第?[一二三四五六七八九十\\d]+[期批]|[\\d.()（）]", ""); // not 三 of 三峡
        // a place and generic words (河南省重点项目) name no particular project; a place and a kind of
        // facility (周口电子信息产业园, 河南食品科创园项目) do
        boolean onlyPlace = isRegion(rest);
        // 云南省铁路: a province and nothing but a network's or a kind's head word is a kind of works;
        // a building or an institution of the province (甘肃省体育馆, 浙江商贸城) is one
        String head = name.substring(Math.min(name.length(), rest.length()));
        boolean province = (rest.endsWith("省") || rest.endsWith("自治区") || projectWords.regions.contains(rest + "省")
                || projectWords.regions.contains(rest + "自治区")) && name.startsWith(rest)
                && (projectWords.networkHeads.contains(head) || projectWords.abstractHeads.contains(head));
        // 重庆市高速公路, 漯河市铁路: any place before a network of lines is that network (an airport is one facility)
        boolean lineNetwork = name.startsWith(rest) && projectWords.networkHeads.contains(head) && !head.endsWith("机场");
        return rest.length() < 2 || onlyPlace && (!projectWords.hasFacilityWord(name) || province || lineNetwork) || provinceNetwork(name)
                || voltageClassOnly(name);
    }

    /** Works that lead somewhere or cross something (越江隧道, 跨海大桥), kinds when only where or what is said of them. */
    private static final java.util.List<String> CROSSING_HEADS = java.util.List.of("通道", "隧道", "大桥");

    /**
     * 出边大通道, 浙江省出省通道, 湾区通道, 越江隧道: a corridor or a crossing by where it leads or what it carries or crosses
     * (project-corridor-words.txt), in a province or a part of the country at most; 中南通道, 深中通道 and 军工路越江隧道, with
     * more than such words, are named.
     */
    boolean kindOfCorridor(String name) {
        String head = CROSSING_HEADS.stream().filter(name::endsWith).findFirst().orElse(null);
        if (head == null) {
            return false;
        }
        String rest = name.substring(0, name.length() - head.length());
        String bare = rest;
        for (String w : projectWords.corridorWords) {
            bare = bare.replace(w, "");
        }
        if (bare.equals(rest)) {
            return false;
        }
        bare = projectWords.withoutGenericWords(bare);
        return bare.isEmpty() || DIRECTIONS_ONLY.matcher(bare).matches() || projectWords.provinces.contains(bare); // 浙江省, 浙江
    }

    /** A place and nothing else (武汉市, 宜昌, 湖北省; 全国, 世界: generic words for the country or the world). */
    private boolean placeOnly(String s) {
        return isRegion(s) || projectWords.specific.isPlaceName(s) || !s.isEmpty() && projectWords.withoutGenericWords(s).isEmpty();
    }

    /** A region of regions.txt, written in full or without its 省 or 市 (湖北, 武汉). */
    private boolean isRegion(String s) {
        return projectWords.regions.contains(s) || projectWords.regions.contains(s + "省") || projectWords.regions.contains(s + "市");
    }

    /** 220千伏变电站, 500kV输电线路: a voltage class and the kind of facility alone name no particular one. */
    private boolean voltageClassOnly(String name) {
        Matcher m = VOLTAGE_CLASS.matcher(name);
        // what follows the voltage is the kind alone (变电站, 输电线路); a named one is longer (城北变电站)
        return m.lookingAt() && m.end() < name.length() && name.length() - m.end() <= 4 && projectWords.headEndingAt(name, name.length()) != null;
    }

    /** 新疆铁路, 新疆民用机场, 进出新疆公路: a province and generic words before a network's head word is that network. */
    private boolean provinceNetwork(String name) {
        String bare = projectWords.withoutGenericWords(name);
        for (String p : projectWords.provinces) {
            if (bare.startsWith(p) && projectWords.networkHeads.contains(bare.substring(p.length()))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a noun (a name's word, a number) begins at {@code at}: no verb, adverb or preposition of the sentence (将对…). */
    private static boolean nounAt(DocumentContext c, int at) {
        Token tok = c.text().tokenStartingAt(at);
        return tok != null && (tok.pos().startsWith("n") || tok.pos().equals("m") || tok.pos().equals("j") || tok.pos().equals("x"));
    }

    /** The words of a street, as the segmenter leaves them alone after its name. */
    private static final java.util.Set<String> STREET_WORDS = java.util.Set.of("大道", "大街", "路", "街");

    /** A street's name in a name: two to eight characters, then the word of a street. */
    private static final java.util.regex.Pattern STREET = java.util.regex.Pattern.compile("\\p{IsHan}{2,8}?(?:大道|大街|路|街)");

    /**
     * Where a name begins past the street it stands at (县创业大道|长安建筑工业化产业园): a street right at the candidate's start,
     * then a name of its own of three characters or more before a head word of project-sited-heads.txt; else {@code start}.
     */
    int afterStreetAddress(DocumentContext c, int start, int end) {
        String head = projectWords.headEndingAt(c.t(), end);
        if (head == null || !projectWords.sitedHeads.contains(head)) {
            return start;
        }
        java.util.regex.Matcher street = STREET.matcher(c.t()).region(start, end - head.length());
        if (!street.lookingAt() || end - head.length() - street.end() < 3 || !startsLikeAName(c, street.end(), end)) {
            return start;
        }
        // the street's word a word of its own (创业|大道, 人民|南路), not the end of another (郑州|铁路), and no category word in its
        // name (现代|丝|路 is no street)
        org.govfacts.segment.Token last = c.text().tokenEndingAt(street.end());
        String name = c.t().substring(start, street.end());
        if (last == null || !(STREET_WORDS.contains(last.word()) || projectWords.directionalStreets.contains(last.word()))
                || projectWords.withoutGenericWords(name).length() < name.length()) {
            return start;
        }
        return street.end();
    }

    /**
     * Where a name begins past a kind of works written before it (城市快速轨道交通工程|八通线): 工程 or 项目 inside the candidate
     * closing words that name no one work, with two characters or more after them, or a bare head word of two characters
     * or more opening a name with that same head (电站|苏洼龙水电站); else {@code start}.
     */
    int afterKindOfWorks(DocumentContext c, int start, int end) {
        String t = c.t();
        String lead = projectWords.suffixAt(t, start);
        // a head of one character opens place names too (港|澳空港 of 港澳空港)
        if (lead != null && lead.length() >= 2 && end - start - lead.length() >= lead.length() + 2 && t.startsWith(lead, end - lead.length())) {
            return start + lead.length();
        }
        for (String head : new String[] {"工程", "项目"}) {
            int at = t.indexOf(head, start);
            if (at > start && at + head.length() + 2 <= end && Character.isIdeographic(t.charAt(at + head.length()))
                    && isGeneric(t.substring(start, at + head.length())) && nounAt(c, at + head.length())) {
                return at + head.length();
            }
        }
        return start;
    }

    /**
     * 东有清/nr|澜港: a person's name the segmenter guesses over a word that stands before names (project-left-stops.txt)
     * and the name's first character is its mistake; the name still begins there.
     */
    private boolean personGuessOverLeftStop(DocumentContext c, int start) {
        int k = c.text().tokenIndexAt(start);
        if (k == 0) {
            return false;
        }
        Token over = c.text().tokens().get(k - 1);
        return over.end() > start && over.pos().startsWith("nr")
                && projectWords.leftStops.contains(c.t().substring(over.start(), start));
    }

    /**
     * A name begins with a company, brand or place, which the segmenter tags as a noun or cannot
     * place at all; a candidate beginning with a verb, adverb, preposition, pronoun, numeral or
     * time word is a description (协调解决项目), not a name.
     */
    boolean startsLikeAName(DocumentContext c, int start, int end) {
        Token first = c.text().tokenStartingAt(start);
        if (first == null) {
            return personGuessOverLeftStop(c, start);
        }
        String pos = first.pos();
        if (first.end() < end && (projectWords.specific.isPlaceName(first.word()) || projectWords.specific.isDivisionName(first.word()))
                || first.end() < start + projectWords.specific.countyLengthAt(c.t(), start, end)) {
            // 安康/a|机场, 兴县/v: a place whose name is a common word too; 从/p|化 of 从化: a county the segmenter splits
            return true;
        }
        if (pos.startsWith("v") && projectWords.specific.namesCityRoad(first, c.text().tokenStartingAt(first.end()), end)) {
            return true; // 解放|大道|跨线桥: a city road named with a verb
        }
        if (NameStart.intransitiveAfterDe(c, first) && first.end() < end) {
            return true;
        }
        if (NameStart.conjunctionAfterListMark(c.t(), start, first.word())) {
            return true; // 、和|山|巨力: a character of an unknown name, which no list's mark is followed by as a conjunction
        }
        if (first.end() >= end && pos.startsWith("ns")) {
            String head = projectWords.headEndingAt(c.t(), first.end());
            if (head != null && projectWords.portHeads.contains(head) && first.word().length() >= head.length() + 2
                    && !projectWords.places.contains(first.word()) && !projectWords.specific.isDivisionName(first.word())) {
                return true; // 洋浦港/ns, 蛇口港: a port the segmenter knows as a place (not 连云港, 防城港, cities of the gazetteer)
            }
            // a place alone (满洲里) is no project, but 长春站/ns is a city and the head word that needs one (站) in one word
            return head != null && projectWords.placeHeads.contains(head) && first.word().length() > head.length()
                    && projectWords.places.contains(first.word().substring(0, first.word().length() - head.length()));
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
}
