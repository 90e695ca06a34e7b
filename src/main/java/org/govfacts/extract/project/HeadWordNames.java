package org.govfacts.extract.project;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govfacts.extract.DocumentContext;
import org.govfacts.extract.FoundFact;
import org.govfacts.segment.Token;
import org.govfacts.text.Clauses;

/**
 * Names found by their last word (project-suffixes.txt: 项目, 产业园, 机场 …), running back to where the name starts.
 */
final class HeadWordNames {
    /** Names ending in a project word (…项目, …产业园). */
    /** A state builder's numbered bureau (中铁十一局, 中交二航局, 中建三局集团): a contractor, before the works it builds. */
    private static final Pattern BUILDER = Pattern.compile("中(?:铁|交|建|冶|电建|水电)[一二三四五六七八九十0-9]{1,3}(?:航|公)?局(?:集团)?(?:有限公司)?");
    /** 中山大学附属第七医院(深圳): the place of a branch, in brackets. */
    private static final Pattern BRACKETED_PLACE = Pattern.compile("[(（]\\p{IsHan}{2,6}[)）]");
    /** An ordinal (第四跑道): a work counted among others of its kind, not an adjunct of the one named before it. */
    private static final Pattern ORDINAL = Pattern.compile("第[一二三四五六七八九十0-9]");
    private static final Pattern STRETCH = Pattern.compile("(?:(?![和与及的])\\p{IsHan}){2,6}[至到](?:(?![和与及的])\\p{IsHan}){2,6}");
    /** 2×300MW机组, 两台60万千瓦超临界机组: a power plant's generating units by number and size. */
    private static final Pattern GENERATING_UNITS = Pattern.compile(
            "(?:[0-9一二两三四五六]+(?:[×xX*]|台))?[0-9.]+(?:万千瓦|千瓦|兆瓦|MW)级?(?:超超临界|超临界|燃煤|燃气|发电)?机组");
    /** 2×60万千瓦, 35万千瓦: the size of a plant's phase, before the works done on it. */
    private static final Pattern PLANT_SIZE = Pattern.compile("^(?:[0-9一二两三四五六]+[×xX*])?[0-9.]+(?:万千瓦|千瓦|兆瓦|MW)(?:级)?");
    private static final Pattern TONNAGE_CLASS = Pattern.compile("\\d+(?:\\.\\d+)?万?吨级");
    /**
     * 35万千瓦光热电站, 百万吨化工新材料基地: a name that opens with a size describes a facility; a
     * voltage (750千伏定靖西, a line by its voltage and its ends) or a number (12号线) does not.
     */
    private static final Pattern SIZE_FIRST = Pattern.compile("\\d(?![\\d.]*(?:号|" + ProjectFinder.VOLTAGE_UNITS + "))|[十百千万亿]{1,3}(?:吨|千瓦|兆瓦|立方米|平方米|亩|辆|台|套|头|只)");
    /** 桥宽22.5米, 长3公里, 长约3.9公里: a dimension inside a candidate describes the facility rather than naming it. */
    private static final Pattern DIMENSION = Pattern.compile("[宽长高深][约近逾达]?\\d");
    /** 高速(一级)公路: a road's grade in brackets, which makes a kind of road. */
    private static final Pattern GRADE = Pattern.compile("[(（][一二三四]级[)）]");
    /** (蓉昆), （屈原文化公园）: another name or a place in brackets inside a name, no list and no clause. */
    private static final Pattern BRACKETED_ASIDE = Pattern.compile("[(（][\\p{IsHan}A-Za-z0-9]{1,12}[)）]");

    private final ListParts listParts;
    private final NameAcceptance acceptance;
    private final NameEnd nameEnds;
    private final NameStart nameStarts;
    private final NameTests nameTests;
    private final ProjectWords projectWords;

    HeadWordNames(ListParts listParts, NameAcceptance acceptance, NameEnd nameEnds, NameStart nameStarts, NameTests nameTests, ProjectWords projectWords) {
        this.listParts = listParts;
        this.acceptance = acceptance;
        this.nameEnds = nameEnds;
        this.nameStarts = nameStarts;
        this.nameTests = nameTests;
        this.projectWords = projectWords;
    }

    /** 新华社香港, 由香港: the head word (港) is the end of a place's name, not a facility's. */
    private boolean insidePlace(String t, int headStart, int headEnd) {
        for (int from = Math.max(0, headStart - 6); from < headStart; from++) {
            for (int to = headEnd; to <= Math.min(t.length(), headStart + 6); to++) {
                if (projectWords.places.contains(t.substring(from, to))) {
                    return true;
                }
            }
        }
        return false;
    }

    void findBySuffix(DocumentContext c, List<FoundFact> out) {
        String t = c.t();
        boolean railText = projectWords.railText(t);
        int previousEnd = -1;
        int chainStart = -1; // where a name began that follows an earlier one in its clause
        int partEnd = -1; // where a part of a work ended (…高速公路|全线控制工程|): it labels what follows, not continued
        for (int i = 0; i < t.length(); i++) {
            String suffix = projectWords.suffixAt(t, i);
            if (suffix == null) {
                continue;
            }
            int end = i + suffix.length();
            if (insidePlace(t, i, end)) {
                continue;
            }
            if (!NameStart.endsWord(c, end) && projectWords.suffixAt(t, end) == null && !personGuessOverHead(c, i, end)
                    && !ProjectWords.startsAt(projectWords.nameFollowers, t, end)) { // 十堰至西安高铁|西起: not 铁西
                continue; // 中国工程院, 中心城区, 港口: the head word is part of a longer word
            }
            if (beginsInsideWord(c, i, end)) {
                continue; // 港口|岸电: 口岸 begins inside the word 港口
            }
            if (SeriesNames.objectOfOneCharacterVerb(c, i, end)) {
                continue; // 东港区正式|开|港: a verb of one character takes the head word as its object
            }
            if (projectWords.placeHeads.contains(suffix) && (!placeEndsAt(c, i) && !(railText && stationOfItsName(c, i))
                    || provinceEndsAt(c, i))) {
                continue; // 加油站, 工作站: a kind of facility; 新疆|站在新的起点上: a province stands, no station bears its name
            }
            if (projectWords.estateHeads.contains(suffix) && !housingSaid(c, i)) {
                continue; // 建设美丽家园, 老旧小区: no estate where the sentence says nothing of housing
            }
            if (projectWords.builtHeads.contains(suffix) && !sentenceSaysAny(c, i, projectWords.builtCues)) {
                continue; // 以天安门广场为中心: a plaza or building named as a place, not built
            }
            if (projectWords.worksOnlyHeads.contains(suffix) && !worksFollow(t, end) && !listedAsBuilt(t, end)) {
                continue; // 莲湖小学 alone is the school; 莲湖小学扩建, …医院二期 are works
            }
            int start = nameStarts.clauseStart(t, i);
            // a name runs back over an earlier name only when it continues it (工业园|全产业链项目,
            // 清洁能源基地|电力外送|通道), not when a generic word stands between (实验室|新|实验室大楼)
            int earlierEnd = previousEnd;
            if (previousEnd > start && previousEnd <= i && (previousEnd == partEnd || !continuesName(c, previousEnd, i))) {
                start = previousEnd;
                if (start < i && "和与及、".indexOf(t.charAt(start)) >= 0) {
                    start++; // 昆仑山隧道和|风火山隧道
                } else if (projectWords.headEndingAt(t, start) != null) {
                    start += locativeAt(c, start, i); // …基地中|有机硅项目
                }
                if (NameEnd.endsInSectionOrPhase(t, previousEnd)) {
                    chainStart = start; // a section or phase ended the earlier name: what follows is a name of its own
                }
            } else if (previousEnd > start && previousEnd <= i && chainStart > start) {
                start = chainStart; // 中环线浦东段和|嘉闵高架|南北延伸项目: the name continued began after 和
            }
            if (previousEnd > start && previousEnd <= i && t.startsWith("项目", previousEnd - 2)) {
                start = previousEnd;
            }
            String nextHead = projectWords.suffixAt(t, end);
            if (suffix.equals("项目") && NameEnd.blockedAfter(t, end, projectWords.suffixBlockers) || NameEnd.blockedAfter(t, end, projectWords.headBlockers)
                    || NameEnd.blockedAfter(t, end, projectWords.blockersByHead.getOrDefault(suffix, List.of()))
                    || nextHead != null && NameEnd.blockedAfter(t, end + nextHead.length(), projectWords.headBlockers)) { // 国际枢纽|港|地位
                i = end - 1;
                continue;
            }
            start = NameStart.cutAfterCountedAmount(c, start, i);
            // 三条|主要干道分别为北都公路: what a count is said to be, one by one, are names (but 7个|为烟水援建项目 is a kind)
            if (NameStart.countedBefore(c, start) && t.substring(start, i).indexOf("分别") < 0) {
                previousEnd = nameEnds.extendByPhase(t, end);
                i = end - 1;
                continue; // 三个|一号旅游公路支线: several of a kind counted, not one work named
            }
            start = NameStart.afterLeadingDate(t, start, i); // 3月|宁蒗至永胜高速公路: a date, not a size that describes the works
            start = nameStarts.cutAfterLastCutWord(c, start, i);
            start = nameStarts.afterPartOfWorks(t, start, i);
            start = NameStart.afterTakenAs(t, start, i, end);
            int beforeMadeOf = start;
            start = NameStart.afterMadeOf(t, start, i);
            if (start != beforeMadeOf && nameTests.genericOnly(t.substring(start, i).replace("及", "").replace("和", ""))) {
                previousEnd = nameEnds.extendByPhase(t, end);
                i = end - 1;
                continue; // …由水库大坝及输水管线组成: the parts a work is made of, by kind (but 由石头峡水库…组成 names them)
            }
            if (nextHead != null && t.startsWith("为", end + nextHead.length()) && t.lastIndexOf('以', i - 1) >= start) {
                i = end - 1;
                continue; // 以南港|工业区为: what 以 takes goes on past this head word
            }
            if (nameStarts.batchBefore(t, start)) {
                previousEnd = nameEnds.extendByPhase(t, end);
                i = end - 1;
                continue; // 培育一批|国家林下经济示范基地: several of a kind, not one work named
            }
            start = NameStart.cutAfterInnerSpace(t, start, i);
            start = NameStart.afterLength(t, start, i);
            start = listParts.afterJoinedWorks(c, start, i, end);
            start = nameStarts.afterNameLabels(t, start, i);
            start = nameStarts.cutAfterKindLabel(t, start, i);
            if (projectWords.labelHeads.contains(suffix) && nameEnds.nameFollows(t, end)) {
                i = end - 1;
                continue; // 国道主干线|四五线清水至嘉峪关高速公路: the network a name that follows belongs to
            }
            if (nameStarts.endsInKindLabel(t, start, end)) {
                i = end - 1;
                continue; // 湖南省重大水利工程|金塘冲水库: the label of the name that follows
            }
            start = nameStarts.trimLeading(c, start, i);
            int company = t.lastIndexOf("公司", i - 1);
            if (company >= start && company + 2 < i && ProjectWords.isFacilityHead(suffix)) {
                start = company + 2; // 华能雅江公司|加查水电站: the owner builds the facility, which has a name of its own
            }
            Matcher builder = BUILDER.matcher(t).region(start, i);
            while (builder.find()) {
                start = builder.end(); // 中铁十一局|双柳长江大桥: the contractor's bureau builds the works, no part of their name
            }
            start = startAtKnownName(c, start, end);
            int nameEnd = nameEnds.extendByPhase(t, end);
            Matcher branch = BRACKETED_PLACE.matcher(t).region(end, Math.min(t.length(), end + 10));
            if (nameEnd == end && branch.lookingAt() && NameEnd.PHASE.matcher(t).region(branch.end(), t.length()).lookingAt()) {
                nameEnd = nameEnds.extendByPhase(t, branch.end()); // 中山大学附属第七医院(深圳)二期: the branch's phase
            }
            // 35万千瓦光热电站: a facility described by its size is not named (unless a list calls it a project)
            if (start < nameEnd && !SIZE_FIRST.matcher(t).region(start, nameEnd).lookingAt() && !listOfAreas(t, nameEnd)
                    && !DIMENSION.matcher(t).region(start, nameEnd).find()) { // 一座|桥宽22.5米四线铁路桥: described by its width
                acceptance.accept(c, start, nameEnd, true, out);
            }
            previousEnd = nameEnd; // 川藏铁路雅安至林芝段|全线控制性工程: the next name starts after the section
            partEnd = start == earlierEnd && start < i && partBetween(t.substring(start, i)) ? nameEnd : -1;
            i = end - 1;
        }
    }

    /**
     * 哈尔滨至伊春高铁(哈伊高铁): a bracket opening at {@code open} whose every character is taken from the words before
     * it holds their short name, a name of its own, not part of a longer one.
     */
    private static boolean abbreviatesBefore(String t, int open, int close) {
        String before = t.substring(Math.max(0, open - 16), open);
        return t.substring(open + 1, close).chars().allMatch(ch -> before.indexOf(ch) >= 0);
    }

    /**
     * True when the bracket closing at {@code close}, after {@code from} inside it, opened right after a word and holds
     * a name alone (天问岛(屈原文化公园)).
     */
    private static boolean asideCloses(String t, int from, int close) {
        if (close < from || ")）".indexOf(t.charAt(close)) < 0) {
            return false;
        }
        int open = Math.max(t.lastIndexOf('(', close - 1), t.lastIndexOf('（', close - 1));
        return open > 0 && open < from && Character.isIdeographic(t.charAt(open - 1)) && !abbreviatesBefore(t, open, close)
                && BRACKETED_ASIDE.matcher(t).region(open, close + 1).matches();
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
        return !kind.contains("项目") && !kind.contains("工程") && projectWords.areaKinds.stream().anyMatch(kind::endsWith);
    }

    /** True when the sentence around {@code at} speaks of housing built or rebuilt (安置, 保障房, 还建 …). */
    private boolean housingSaid(DocumentContext c, int at) {
        return sentenceSaysAny(c, at, projectWords.estateCues);
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
        for (String cue : projectWords.institutionBuiltCues) {
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
        if (nameEnds.extendByPhase(t, at) > at) {
            return true;
        }
        for (String w : projectWords.worksWordsLongestFirst) {
            if (t.startsWith(w, end)) {
                return true;
            }
        }
        return t.startsWith("项目", end) || t.startsWith("工程", end);
    }

    /** 内|青藏铁路: a known name inside a candidate begins it, unless a place stands before it (长江|三峡三期工程). */
    private int startAtKnownName(DocumentContext c, int start, int end) {
        String t = c.t();
        for (String k : projectWords.known) {
            int at = t.indexOf(k, start);
            if (at > start && at + k.length() <= end) {
                // 昌福厦高铁: a known name (福厦) inside a word of the text is only part of a longer name;
                // 北|沿江高铁: a direction just before it is the first character of the name
                boolean direction = at - 1 >= start && ProjectWords.isDirection(t.charAt(at - 1));
                if (direction && (at - 1 == start || NameStart.endsWord(c, at - 1))) { // not 河|南|小浪底
                    return at - 1;
                }
                boolean joined = (org.govfacts.text.Clauses.CONJUNCTIONS + "经").indexOf(t.charAt(at - 1)) >= 0
                        && c.text().tokenStartingAt(at - 1) != null && NameStart.endsWord(c, at);
                if (joined || t.charAt(at - 1) == '段') {
                    // 连通天津与|北京大兴国际机场, 天津经|雄安新区: the place before is another, joined or passed; 天津西段|京沪高速:
                    // a section of another line ends before it
                    return at;
                }
                var before = c.text().tokenStartingAt(at - 1);
                if (before != null && before.end() == at && before.pos().length() == 2 && before.pos().endsWith("g")) {
                    return at - 1; // 加快|昌|福厦高铁: a bound morpheme alone before the known name is its first initial
                }
                return projectWords.specific.namesPlace(c, start, at) || !NameStart.endsWord(c, at)
                        || ShapedNames.ROAD_CODE.matcher(t).region(start, at).matches() ? start : at; // G60|沪昆高速: the road's number
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
        return tok.end() > headStart && tok.end() < headEnd && projectWords.suffixAt(tok.word(), 0) != null;
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

    /** True when the word ending at {@code at} is a province (新疆, 广东省): stations bear the names of cities and towns. */
    private boolean provinceEndsAt(DocumentContext c, int at) {
        Token before = c.text().tokenEndingAt(at);
        return before != null && projectWords.provinces.contains(before.word());
    }

    /**
     * 拟建的黄竹坑站, 古洞站 in a text on a city's rail network: a station named after a place the segmenter does not know. The word
     * before the head is no common word of the language (加油站, 工作站, 服务站 are kinds) and no single character.
     */
    private boolean stationOfItsName(DocumentContext c, int at) {
        if (org.govfacts.text.Clauses.bracketDepth(c.t(), Math.max(0, at - 40), at) > 0) {
            return false; // 地铁2号线西延(轮渡站—泰山路站)项目: stations in brackets say where a line's part runs
        }
        // 经七宝站, 北至方家营站: a station a route passes is no works; one built or opened is (拟建的黄竹坑站)
        if (!nameTests.unknownWordBefore(c, at) || !sentenceSaysAny(c, at, projectWords.builtCues)) {
            return false;
        }
        // the name stands alone: after a mark, 的, a conjunction or a verb (包括金钟站), not after other words it would belong to
        // (一期工程|南王站, 公共|资讯站, 东至水上公园|西路站)
        int from = c.text().tokenEndingAt(at).start();
        if (from == 0 || "，,、；;：:。的和及与".indexOf(c.t().charAt(from - 1)) >= 0) {
            return true;
        }
        Token previous = c.text().tokenEndingAt(from);
        return previous != null && previous.pos().startsWith("v") && "经至到由从往".indexOf(c.t().charAt(from - 1)) < 0;
    }

    /** True when a place name the segmenter knows ends right at {@code at}. */
    private boolean placeEndsAt(DocumentContext c, int at) {
        Token before = c.text().tokenEndingAt(at);
        if (before != null && NameStart.endsWord(c, at) && before.pos().startsWith("ns")) {
            return true;
        }
        int k = c.text().tokenIndexAt(at) - 1; // 沈阳站/nz: one word of the segmenter's, a city's name and the head word
        Token over = k >= 0 ? c.text().tokens().get(k) : null;
        return over != null && over.start() < at && over.end() > at && projectWords.places.contains(c.t().substring(over.start(), at));
    }

    /** 片区改造提升, 片区综合开发: a kind of area (project-area-kinds.txt), then the works done on it. */
    private boolean areaWorks(String between) {
        for (String k : projectWords.areaKinds) {
            if (between.startsWith(k)) {
                String rest = between.substring(k.length());
                return projectWords.worksWords.contains(rest) || projectWords.buildWords.contains(rest);
            }
        }
        return false;
    }

    private boolean continuesName(DocumentContext c, int previousEnd, int suffixStart) {
        String t = c.t();
        if (previousEnd == suffixStart) {
            // 嘉陵江利泽航运枢纽工程|船闸: a structure right after the works names a part of them
            return !("工程".equals(projectWords.headEndingAt(t, previousEnd)) && projectWords.structureHeads.contains(projectWords.suffixAt(t, suffixStart)));
        }
        String between = t.substring(previousEnd, suffixStart);
        if (BRACKETED_ASIDE.matcher(between).matches() && !GRADE.matcher(between).matches() && !abbreviatesBefore(t, previousEnd, suffixStart - 1)
                || asideCloses(t, previousEnd, suffixStart - 1)) {
            // 川南城际|(蓉昆)|高速铁路, 天问岛(屈原文化公园|)|项目, 陇东区域医疗中心(庆阳市人民医院|改扩建)|项目: a name's
            // other name in brackets, inside it
            return true;
        }
        if (between.charAt(0) == '·' && between.length() > 1 && Character.isIdeographic(between.charAt(1))) {
            return true; // 浙南水运中心·燕子山游艇产业综合开发项目: a place label and the project, one name
        }
        if (NameStart.PARTS_BY_NUMBER.matcher(between).matches()) {
            return true; // 拉萨贡嘎机场|T1和T2|航站楼: the facility's parts by their numbers, joined, then what they are
        }
        if (between.charAt(0) == '是') {
            return false; // 包头至银川高铁|是京呼银兰大通道: a copula between two names, each its own
        }
        String previousHead = projectWords.headEndingAt(t, previousEnd);
        String head = projectWords.suffixAt(t, suffixStart);
        if (previousHead != null && head != null && housing(previousHead) && housing(head) && between.length() <= 3
                && nameTests.genericOnly(between)) {
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
                && nameTests.isGeneric(between.substring(1) + head)) {
            return true; // 燕矶长江大桥及连接线, 驮英水库及灌区: the facility and its unnamed adjunct, one work
        }
        if ("与和及".indexOf(between.charAt(0)) >= 0 && NameEnd.endsInSectionOrPhase(t, previousEnd)) {
            return false; // 中环线浦东段|和嘉闵高架南北延伸项目: a section or phase ends its name
        }
        String joined = projectWords.headEndingAt(t, previousEnd);
        if (between.charAt(0) == '与' && joined != null && projectWords.lineHeads.contains(joined) && projectWords.junctionAhead(t, suffixStart)) {
            return true; // 大广高速|与通辽高铁站快速路|互通工程: the works that join a road to another, one name (not 长江大桥和…立交桥)
        }
        if ("与和及".indexOf(between.charAt(0)) >= 0 && head != null && !projectWords.abstractHeads.contains(head)) {
            return false; // 贵阳综合保税区|与贵阳国际陆港: two facilities (but 京杭运河与小清河航道连通工程 is one work)
        }
        if (previousHead != null && projectWords.lineHeads.contains(previousHead) && head != null && projectWords.structureHeads.contains(head)
                && between.length() > 0) {
            return false; // 深中通道|伶仃洋大桥: a structure on the line, named on its own
        }
        if ("与及和".indexOf(between.charAt(between.length() - 1)) >= 0) {
            return false; // 渝东新城与|中心: a head word alone after a conjunction begins no name
        }
        if (projectWords.worksWords.contains(between)) {
            return true; // 凤凰颈泵站|改造|工程: the works done on the facility
        }
        if (("工程".equals(head) || "项目".equals(head)) && areaWorks(between)) {
            return true; // 六盘水火车站|片区改造提升|工程: the works on the area around the facility
        }
        if (projectWords.buildWords.contains(between) && ("项目".equals(head) || "工程".equals(head))) {
            return true; // 小城子水库|建设|工程: the name's own closing words
        }
        if (NameEnd.endsInSectionOrPhase(t, previousEnd) && t.charAt(previousEnd - 1) != '期' && head != null && ProjectWords.isFacilityHead(head)) {
            return false; // 川藏铁路拉萨至林芝段|第三长隧道: a structure on the section, not a longer name (but 港区二期|集装箱码头工程)
        }
        if (partBetween(between) || head != null && partBetween(between + head)) {
            return false; // 川青铁路|全线重难点控制性工程, 仙女山机场|主体工程: a part of the work, not a longer name
        }
        if (projectWords.suffixAt(t, previousEnd) != null && previousEnd + projectWords.suffixAt(t, previousEnd).length() == suffixStart) {
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
        Matcher phase = NameEnd.PHASE.matcher(between);
        if (phase.lookingAt() && ("工程".equals(head) || "项目".equals(head))) {
            String rest = PLANT_SIZE.matcher(between.substring(phase.end())).replaceFirst("");
            if (rest.isEmpty() || projectWords.worksWords.contains(rest)) {
                return true; // 七台河电厂|二期2×60万千瓦扩建|工程: the works of the plant's phase, by its size
            }
        }
        String units = GENERATING_UNITS.matcher(between).replaceAll("");
        if (units.length() < between.length() && (units.isEmpty() || projectWords.worksWords.contains(units))) {
            return true; // 永济热电厂|2×300MW机组改扩建|工程: the plant's units and the works on them
        }
        if (between.matches("[A-Z]{1,2}[0-9]{1,2}[A-Z]?|[0-9]{1,2}号|[一二三四五六七八九十]号")) {
            return true; // 哈尔滨机场|T2|航站楼, 虹桥机场|2号|航站楼: a building's code within the facility continues its name
        }
        if (previousHead != null && projectWords.portHolders.contains(previousHead) && head != null
                && projectWords.portParts.contains(head) && !head.equals(previousHead) && nameTests.genericOnly(between)) {
            return true; // 合肥港|综合|码头, 董家口港区|集装箱|码头: a terminal of the port or port area named before
        }
        if (previousHead != null && projectWords.lineHeads.contains(previousHead) && sectionWorks(between)) {
            return true; // 清连高速公路|连州至凤埠|升级改造|工程: the works on a stretch of the line named before
        }
        if (between.length() > 8 || !between.chars().allMatch(Character::isIdeographic)) {
            return false;
        }
        String rest = between;
        for (String g : projectWords.generic) {
            rest = rest.replace(g, "");
        }
        return !rest.isEmpty();
    }

    /** 连州至凤埠升级改造: a stretch between two places, then the works done on it (or none). */
    private boolean sectionWorks(String between) {
        for (int k = between.length(); k >= 5; k--) {
            String works = between.substring(k);
            if ((works.isEmpty() || projectWords.worksWords.contains(works)) && STRETCH.matcher(between.substring(0, k)).matches()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Length of a word of place (中, 内) at {@code at}, right after a head word, with a name still to come
     * before {@code limit} (not 中心, a head word of its own); else 0.
     */
    private int locativeAt(DocumentContext c, int at, int limit) {
        String t = c.t();
        if (projectWords.suffixAt(t, at) != null) {
            return 0;
        }
        for (String w : projectWords.locatives) {
            // a word of its own (not 内 of 内蒙古, 中 of 中关村)
            if (t.startsWith(w, at) && ListParts.oneWord(c, at, at + w.length()) && at + w.length() + 1 < limit
                    && Character.isIdeographic(t.charAt(at + w.length()))) {
                return w.length();
            }
        }
        return 0;
    }

    /** 花园, 小区, 大厦: the head of an estate or a building. */
    private boolean housing(String head) {
        return projectWords.estateHeads.contains(head) || projectWords.builtHeads.contains(head);
    }

    /** True when {@code between} holds a word naming a part or stage of a work (全线, 主体工程). */
    private boolean partBetween(String between) {
        return projectWords.partWords.stream().anyMatch(between::contains);
    }
}
