package org.govfacts.extract.project;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govfacts.extract.DocumentContext;
import org.govfacts.extract.FoundFact;
import org.govfacts.extract.numeral.ChineseNumerals;
import org.govfacts.text.Clauses;

/**
 * Names in lists the text calls projects (A、B、C等N个项目, 包括…, counted colon and bracket lists, enumerated, described
 * and completed items).
 */
final class ListedNames {
    /** 二要实施…, 九是…, 17.…: the numbering of a list item. */
    static final Pattern LEADING_NUMBERING = Pattern.compile("^(?:[一二三四五六七八九十]{1,2}[是要]|\\d{1,2}[.．、])");
    /** 14个重点项目:|A、B、C。 a count of projects, then a colon. */
    private static final Pattern COUNTED_COLON = Pattern.compile(
            Counts.NUMBER + "个[^，。；,;：:]{0,10}?(?:项目|工程)[：:]$");
    /** 续建项目6个(, 3个新建项目（: a count of projects and the bracket that lists them. */
    private static final Pattern COUNTED_BRACKET = Pattern.compile(
            "(?:(?:项目|工程)(?<after>" + Counts.NUMBER + ")个|(?<before>" + Counts.NUMBER + ")个[^，。；,;：:(（]{0,10}?(?:项目|工程))[(（]");
    /** 园区产业项目10个，| 3个重点项目： a count of projects or works just before the opener. */
    private static final Pattern COUNTED_BEFORE = Pattern.compile(
            "(?:项目|工程)(?:\\d+|[一二三四五六七八九十百]+)[个项][，,]?$|(?:\\d+|[一二三四五六七八九十百]+)[个项][^，。；]{0,12}(?:项目|工程)[，,：:]?$");
    /** 3个项目, 两个重点工程: a count of projects right after a list's last item. */
    private static final Pattern COUNT_CLOSED = Pattern.compile("(?<count>\\d+|[两三四五六七八九十]+)[个项][^，。；：,;:、\\n]{0,8}?(?:项目|工程)");
    /** 三座新建大桥, 3条: a count and a measure word inside an item, which sums the list rather than naming one of it. */
    private static final Pattern COUNTED_KIND = Pattern.compile(Counts.NUMBER + "[座条个项处所家]");
    /** 一批, 一大批, 3个, 多个: a count that opens the words between 等 and 项目. */
    private static final Pattern LIST_COUNT = Pattern.compile("(?:一大?批|一系列|多个|" + Counts.NUMBER + "个)");

    private final ListParts listParts;
    private final NameAcceptance acceptance;
    private final NameEnd nameEnds;
    private final NameStart nameStarts;
    private final ProjectWords projectWords;

    ListedNames(ListParts listParts, NameAcceptance acceptance, NameEnd nameEnds, NameStart nameStarts, ProjectWords projectWords) {
        this.listParts = listParts;
        this.acceptance = acceptance;
        this.nameEnds = nameEnds;
        this.nameStarts = nameStarts;
        this.projectWords = projectWords;
    }

    /** Every item of “…项目10个，分别是A，B，C；” (project-list-openers-closed.txt): a counted list to the clause group's end. */
    void findEnumerated(DocumentContext c, List<FoundFact> out) {
        String t = c.t();
        for (String opener : projectWords.closedListOpeners) {
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
                int comma = ListParts.firstOf(region, "，,");
                String parts = comma >= 0 ? "，," : "、";
                if (comma >= 0 && worksParted(region.substring(0, comma))) {
                    parts = "、";
                    close = from + comma;
                }
                for (int[] it : splitWorks(c, ListParts.splitItems(t, from, close, parts))) {
                    int st = nameStarts.trimLeading(c, it[0], it[1]);
                    if (st < it[1]) {
                        acceptance.accept(c, st, it[1], !projectWords.hasFacilityWord(t.substring(st, it[1])), true, true, out);
                    }
                }
            }
        }
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
            if (projectWords.hasFacilityWord(it)) {
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
    void findDescribedItems(DocumentContext c, List<FoundFact> out) {
        String t = c.t();
        for (String opener : projectWords.listOpeners) {
            for (int i = t.indexOf(opener); i >= 0; i = t.indexOf(opener, i + opener.length())) {
                int from = i + opener.length();
                if (from >= t.length() || "：:".indexOf(t.charAt(from)) < 0 || openedByLongerWord(t, opener, from)) {
                    continue;
                }
                var sentence = c.text().sentenceAt(i);
                String before = t.substring(sentence.start(), i);
                if (projectWords.listHeads.stream().noneMatch(before::contains)) {
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
                    int s = nameStarts.trimLeading(c, item[0], nameEnd);
                    boolean facility = s < nameEnd && projectWords.hasFacilityWord(t.substring(s, nameEnd));
                    // 林浦路，长3480米: a road or bridge with its size (not 优化营商环境，新增市场主体2000户)
                    if (s < nameEnd && (facility || nameEnds.bareEndAt(t, s, nameEnd) && measuredIn(c, nameEnd, item[1]))) {
                        acceptance.accept(c, s, nameEnd, !facility, true, true, out);
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
    void findCompletedLists(DocumentContext c, List<FoundFact> out) {
        String t = c.t();
        for (String cue : projectWords.completionCues) {
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
                    for (String w : projectWords.completionAdverbs) {
                        if (listEnd - w.length() > 0 && t.startsWith(w, listEnd - w.length())) {
                            listEnd -= w.length(); // …段|基本|建成通车
                            cut = true;
                            break;
                        }
                    }
                }
                int from = nameStarts.clauseStart(t, listEnd, false, 240);
                String region = t.substring(from, listEnd);
                if (region.indexOf('等') >= 0 || region.indexOf('“') >= 0) {
                    continue; // A、B等…: the list finders read a list 等 closes
                }
                List<int[]> items = listParts.splitAtConjunctions(c, ListParts.splitItems(t, from, listEnd));
                if (items.size() < 3) {
                    continue;
                }
                int works = 0;
                for (int[] it : items) {
                    if (it[1] - it[0] > 40) {
                        works = -99; // a long item is a clause, not a name
                    }
                    if (projectWords.hasFacilityWord(t.substring(it[0], it[1])) || projectWords.headEndingAt(t, it[1]) != null || NameEnd.endsInSectionOrPhase(t, it[1])) {
                        works++;
                    }
                }
                if (2 * works <= items.size()) {
                    continue; // 教育、卫生、文化…建成: kinds, not works named
                }
                List<int[]> names = new ArrayList<>();
                for (int k = 0; k < items.size(); k++) {
                    int[] it = items.get(k);
                    int s = k == 0 ? nameStarts.trimLeading(c, it[0], it[1]) : nameStarts.trimLeftStops(c, it[0], it[1]);
                    s = NameStart.cutAfterCountedAmount(c, s, it[1]);
                    s = nameStarts.cutAfterLastCutWord(c, s, it[1]);
                    if (s < it[1]) {
                        names.add(new int[] {s, it[1], projectWords.hasFacilityWord(t.substring(s, it[1])) ? 0 : 1});
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
            acceptance.accept(c, it[0], it[1], it[2] != 0, enumerated, listed, out);
            taken[k] = out.size() > before;
            names += taken[k] ? 1 : 0;
        }
        if (items.size() < 3 || names < 2 || 2 * names < items.size()) {
            return;
        }
        for (int k = 0; k < items.size(); k++) {
            int[] it = items.get(k);
            if (!taken[k] && vouchable(t, it[0], it[1])) {
                acceptance.accept(c, it[0], it[1], false, enumerated, listed, true, out);
            }
        }
    }

    /** 世纪大桥, 中兴通讯生产研发基地: a head word (not 项目 or 工程) after two or more characters that are no generic words, in one short run of characters. */
    private boolean vouchable(String t, int start, int end) {
        if (end - start < 4 || end - start > 20 || start > 0 && (org.govfacts.text.Clauses.CONJUNCTIONS.indexOf(t.charAt(start - 1)) >= 0 || t.charAt(start - 1) == '同')) {
            return false; // 东方1-1气田海上和|陆地终端主体工程: the rest of an item parted at its conjunction
        }
        String name = t.substring(start, end);
        String head = projectWords.headEndingAt(t, end);
        if (head == null || !ProjectWords.isFacilityHead(head) || !name.chars().allMatch(Character::isIdeographic)) {
            return false; // 汽车项目, 城市防洪工程: a kind of works may stand among names; only a facility's head word vouches
        }
        return projectWords.withoutGenericWords(name.substring(0, name.length() - head.length())).length() >= 2;
    }

    /**
     * 澳氹大桥、友谊大桥和西湾大桥: an item of a list of three or more, two of whose fellow items were found as names with the
     * same facility head word, names one of that kind too, though no word of its own proves it (友谊 is a common word).
     */
    void findPeers(DocumentContext c, List<FoundFact> found, List<FoundFact> out) {
        String t = c.t();
        java.util.Set<Integer> listsSeen = new java.util.HashSet<>();
        for (FoundFact f : found) {
            String head = projectWords.headEndingAt(t, f.end());
            if (head == null || !ProjectWords.isFacilityHead(head)) {
                continue;
            }
            int from = nameStarts.clauseStart(t, f.start(), false, 120);
            int to = org.govfacts.text.Clauses.end(t, f.end(), t.length());
            if (!listsSeen.add(from)) {
                continue;
            }
            List<int[]> items = listParts.splitAtConjunctions(c, ListParts.splitItems(t, from, to));
            if (items.size() < 3) {
                continue;
            }
            int peers = 0;
            for (int[] it : items) {
                // the last item may go on past its name (西湾大桥|横卧在海面上): a peer is a name found inside the item
                peers += found.stream().anyMatch(g -> g.start() >= it[0] && g.end() <= it[1] && t.startsWith(head, g.end() - head.length())) ? 1 : 0;
            }
            if (peers < 2) {
                continue;
            }
            for (int k = 1; k < items.size(); k++) {
                int[] it = items.get(k);
                int s = nameStarts.trimLeftStops(c, it[0], it[1]);
                if (found.stream().anyMatch(g -> g.start() < it[1] && it[0] < g.end()) || !t.startsWith(head, it[1] - head.length()) || !vouchable(t, s, it[1])
                        || COUNTED_KIND.matcher(t.substring(s, it[1])).find()) {
                    continue; // 礼嘉嘉陵江大桥三座新建大桥: the list's count and kind, not one more name
                }
                List<FoundFact> taken = new ArrayList<>();
                acceptance.accept(c, s, it[1], false, false, false, true, taken);
                // only the whole item: one trimmed to fit is not the peer the list vouches for
                taken.stream().filter(x -> x.start() == s && x.end() == it[1]).forEach(out::add);
            }
        }
    }

    private boolean longerCueEndsAt(String t, String cue, int end) {
        for (String w : projectWords.completionCues) {
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
    void findInvestedItems(DocumentContext c, List<FoundFact> out) {
        String t = c.t();
        for (int i = 0; i < t.length(); i++) {
            char ch = t.charAt(i);
            if (ch != '，' && ch != ',') {
                continue;
            }
            int at = i + 1;
            if (projectWords.investmentCues.stream().noneMatch(w -> t.startsWith(w, at))) {
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
            int s = nameStarts.trimLeading(c, from, i);
            s = nameStarts.cutAfterLastCutWord(c, s, i);
            if (s < i) {
                acceptance.accept(c, s, i, !projectWords.hasFacilityWord(t.substring(s, i)), true, false, out);
            }
        }
    }

    /**
     * “广州市今年安排14个重点项目:地铁二号钱、白云国际机场迁建、内环路放射线工程、…。”: after a count of projects
     * and a colon, items parted by 、 up to the sentence's or clause group's end name the projects counted.
     */
    void findCountedColonLists(DocumentContext c, List<FoundFact> out) {
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
            List<int[]> items = listParts.splitAtConjunctions(c, ListParts.splitItems(t, i + 1, close));
            if (items.size() < 3) {
                continue;
            }
            List<int[]> names = new ArrayList<>();
            for (int[] it : items) {
                int s = nameStarts.trimLeading(c, it[0], it[1]);
                s = nameStarts.cutAfterLastCutWord(c, s, it[1]);
                if (s < it[1] && it[1] - s <= 30) {
                    names.add(new int[] {s, it[1], projectWords.hasFacilityWord(t.substring(s, it[1])) ? 0 : 1});
                }
            }
            acceptList(c, names, true, true, out);
        }
    }

    /**
     * 有续建项目2个(酒泉市太阳能光伏发电项目、甘肃巨龙农产品综合批发市场): a bracket after a count of projects that holds
     * just as many items parted by 、 lists those projects by name, whatever their last words.
     */
    void findCountedBracketLists(DocumentContext c, List<FoundFact> out) {
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
            java.math.BigDecimal n = countOf(count);
            List<int[]> items = ListParts.splitItems(t, m.end(), close, "、");
            if (n == null || n.intValue() != items.size()) {
                continue; // 项目3个(其中省级1个): what the bracket says is no list of the counted projects
            }
            for (int[] it : items) {
                int st = nameStarts.trimLeading(c, it[0], it[1]);
                if (st < it[1] && it[1] - st <= 40) {
                    acceptance.accept(c, st, it[1], false, true, true, out);
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
            List<int[]> parts = listParts.splitAtConjunctions(c, List.of(it));
            boolean works = parts.stream().allMatch(p -> projectWords.headEndingAt(c.t(), nameEnds.cutWorksOff(c.t(), p[0], p[1])) != null
                    || NameEnd.endsInSectionOrPhase(c.t(), p[1]));
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

    /** Every item of “A、B、C等…项目”. */
    void findListed(DocumentContext c, List<FoundFact> out) {
        String t = c.t();
        Matcher m = projectWords.listHead.matcher(t);
        while (m.find()) {
            if (listHeadBlocked(c, m.start("between"), m.end("between"))) {
                continue;
            }
            acceptListed(c, m.group(), listedItems(c, m.start(), true), out);
        }
    }

    /**
     * 张掖新城出入口、太石服务区交旅融合、苏干湖游客服务中心3个项目: items parted by 、 closed by a count of projects
     * without 等 list those projects where the count is the number of items (not 建成3个项目, 其中2个项目, nor the parts
     * a project is made of: 由A、B和C3个子项目组成).
     */
    void findCountClosed(DocumentContext c, List<FoundFact> out) {
        String t = c.t();
        Matcher m = COUNT_CLOSED.matcher(t);
        while (m.find()) {
            if (m.start() == 0 || !Character.isIdeographic(t.charAt(m.start() - 1)) || t.charAt(m.start() - 1) == '等'
                    || t.startsWith("组成", m.end()) || t.startsWith("构成", m.end())) {
                continue; // 等3个项目: findListed reads it
            }
            String count = m.group("count");
            java.math.BigDecimal n = countOf(count);
            List<int[]> items = listedItems(c, m.start(), true);
            if (n == null || n.intValue() < 2 || n.intValue() != items.size()) {
                continue;
            }
            if (m.group().startsWith("项", m.group("count").length())) {
                // 6项重点工程 counts works, the works done on a road too (北京西北三环道路改造): only items that name a work whole
                items.removeIf(it -> nameEnds.cutTrailingWorks(t, it[0], it[1]) != it[1]);
            }
            acceptListed(c, m.group(), items, out);
        }
    }

    /** 3 or 三: a count of items written in digits or in Chinese numerals; null if it is neither. */
    private static java.math.BigDecimal countOf(String count) {
        return Character.isDigit(count.charAt(0)) ? new java.math.BigDecimal(count) : ChineseNumerals.parse(count);
    }

    /** The items of a list the text calls projects or works ({@code closing}: 等…项目, 3个项目). */
    private void acceptListed(DocumentContext c, String closing, List<int[]> items, List<FoundFact> out) {
        String t = c.t();
        List<int[]> accepted = new ArrayList<>();
        for (int[] it : items) {
            int s = it[0];
            String item = t.substring(s, it[1]);
            if (closing.endsWith("工程") && projectWords.headEndingAt(t, it[1]) == null && !projectWords.specific.namesWorks(item)
                    && !NameEnd.PHASE.matcher(item).find()) { // 引绰济辽二期: a phase is of works
                continue; // 中华优秀传统文化传承发展、文艺精品创优等工程: programmes of policy
            }
            if (projectWords.headEndingAt(t, it[1]) == null && !NameEnd.PHASE.matcher(item).find()
                    && projectWords.treatmentWords.stream().anyMatch(closing::contains)) {
                continue; // 毛乌素沙化土地、…等综合治理工程: the land or the river treated, not a work
            }
            // in a list the text calls projects, a facility word (铁路, 中心 …) is evidence enough
            accepted.add(new int[] {s, it[1], projectWords.hasFacilityWord(item) ? 0 : 1});
        }
        acceptList(c, accepted, false, true, out);
    }

    /**
     * The items of the list that ends at {@code listEnd} (A、B和C before 等…), each {start, end} with the words
     * before a name cut off: the clause's opening before the first item, a counted amount ({@code cutCounts})
     * and the last cut word (推进, 促进 …).
     */
    private List<int[]> listedItems(DocumentContext c, int listEnd, boolean cutCounts) {
        String t = c.t();
        List<int[]> items = listParts.splitAtConjunctions(c, ListParts.splitItems(t, nameStarts.clauseStart(t, listEnd, false, 240), listEnd));
        List<int[]> out = new ArrayList<>(items.size());
        for (int k = 0; k < items.size(); k++) {
            int[] it = items.get(k);
            // a later item drops only the stop words before it (、新建|柳州至梧州铁路项目); the clause's opening is the first's
            int s = k == 0 ? nameStarts.trimLeading(c, it[0], it[1]) : nameStarts.trimLeftStops(c, it[0], it[1]);
            if (cutCounts) {
                s = NameStart.cutAfterCountedAmount(c, s, it[1]);
            }
            out.add(new int[] {nameStarts.cutAfterLastCutWord(c, s, it[1]), it[1]});
        }
        return out;
    }

    /**
     * 职教中心园区分校、城东东方红小学和幼儿园、花桥第二小学等10所学校新建: a list that 等, a count of
     * institutions (project-works-only-heads.txt) and the works done on them close names each institution
     * built, as 等…项目 would (not 清华、北大等高校 or 等10所学校: a count of schools alone builds nothing).
     */
    void findInstitutionsListed(DocumentContext c, List<FoundFact> out) {
        String t = c.t();
        Matcher m = projectWords.institutionCount.matcher(t);
        while (m.find()) {
            if (!builtAfter(t, m.end())) {
                continue;
            }
            for (int[] it : listedItems(c, m.start(), false)) {
                int s = it[0];
                if (s < it[1]) {
                    acceptance.accept(c, s, it[1], !projectWords.hasFacilityWord(t.substring(s, it[1])), false, true, out);
                }
            }
        }
    }

    /** 新建, 改扩建, 建设, 建成投用: the works done or the build cue right at {@code at}. */
    private boolean builtAfter(String t, int at) {
        return ProjectWords.startsAt(projectWords.worksWordsLongestFirst, t, at) || ProjectWords.startsAt(projectWords.buildWords, t, at) || ProjectWords.startsAt(projectWords.institutionBuiltCues, t, at);
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
        for (String w : projectWords.listHeadExceptions) {
            between = between.replace(w, "\u0000".repeat(w.length())); // 在建: not the preposition 在
        }
        for (String b : projectWords.listHeadBlockers) {
            for (int i = between.indexOf(b); i >= 0; i = between.indexOf(b, i + 1)) {
                if (b.length() == 1 && org.govfacts.text.Clauses.CONJUNCTIONS.contains(b) && i >= 1 && i <= 4 && between.length() - i - 1 >= 1
                        && between.length() - i - 1 <= 4 && between.chars().allMatch(Character::isIdeographic)) {
                    continue; // 等工业和电力项目: two kinds of the projects listed, joined
                }
                if (b.length() > 1 || ListParts.oneWord(c, from + i, from + i + 1)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Every item of “…项目18个，包括A、B、C等，…”: a list that an opener (包括) begins and 等 closes,
     * in a sentence that has named projects (项目, 工程) before it.
     */
    void findIntroduced(DocumentContext c, List<FoundFact> out) {
        String t = c.t();
        for (String opener : projectWords.listOpeners) {
            for (int i = t.indexOf(opener); i >= 0; i = t.indexOf(opener, i + opener.length())) {
                int from = i + opener.length();
                if (openedByLongerWord(t, opener, from)) {
                    continue; // 其中|包括: the longer opener reads it
                }
                var sentence = c.text().sentenceAt(i);
                String before = t.substring(sentence.start(), i);
                if (projectWords.listHeads.stream().noneMatch(before::contains)) {
                    continue; // 包括 after no projects: 包括农业、工业等 lists kinds of things
                }
                int close = listClose(t, from, sentence.end());
                if (close < 0) {
                    continue;
                }
                List<int[]> items = listParts.splitAtConjunctions(c, ListParts.splitItems(t, from, close));
                List<int[]> names = new ArrayList<>();
                for (int[] it : items) {
                    int s = nameStarts.trimLeading(c, it[0], it[1]);
                    s = NameStart.cutAfterCountedAmount(c, s, it[1]);
                    s = nameStarts.cutAfterLastCutWord(c, s, it[1]);
                    if (s < it[1]) {
                        names.add(new int[] {s, it[1], projectWords.hasFacilityWord(t.substring(s, it[1])) ? 0 : 1});
                    }
                }
                acceptList(c, names, true, true, out);
            }
        }
    }

    private boolean openedByLongerWord(String t, String opener, int end) {
        for (String o : projectWords.listOpeners) {
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
}
