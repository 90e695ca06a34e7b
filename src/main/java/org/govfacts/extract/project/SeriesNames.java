package org.govfacts.extract.project;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govfacts.extract.DocumentContext;
import org.govfacts.extract.FoundFact;
import org.govfacts.segment.HanLpRuntime;
import org.govfacts.segment.Token;

/** Names in a series of one kind (…路、…路、…路), which a single one would not give away. */
final class SeriesNames {
    /** 华山路|等34条城市道路, 湟水路|等8条城市主次干道: a count of roads after 等 says that even one item before it is a road. */
    private static final Pattern COUNTED_ROADS = Pattern.compile("等(?:\\d+|[一二三四五六七八九十百]+)条\\p{IsHan}{0,6}?(?:道路|干道|街巷|街道)");
    /** What a list of roads closes with: 等道路, 等58条重要道路, 等工程前期工作. */
    private static final Pattern ROAD_OR_WORKS_KIND = Pattern.compile("[路道桥巷]|工程|项目");
    /** 北路, 中路, 八路: a direction or a number before 路, the common word the segmenter makes of a road's end. */
    private static final Pattern ROAD_ORDINAL = Pattern.compile("[东西南北中一二三四五六七八九十]路");

    private final ListParts listParts;
    private final NameEnd nameEnds;
    private final NameStart nameStarts;
    private final NameTests nameTests;
    private final ProjectWords projectWords;

    SeriesNames(ListParts listParts, NameEnd nameEnds, NameStart nameStarts, NameTests nameTests, ProjectWords projectWords) {
        this.listParts = listParts;
        this.nameEnds = nameEnds;
        this.nameStarts = nameStarts;
        this.nameTests = nameTests;
        this.projectWords = projectWords;
    }

    /**
     * 昌平路、京开路、京良路; 永泰路、朝阳路建成通车; 经二路、城西大道二期: a list in which two or more
     * items are names with a last word too common to be a head alone (路, 大道): each such item,
     * with its phase or section and without the works done on it (柳青南路|延伸), is a road's name.
     */
    void findSeries(DocumentContext c, List<FoundFact> out) {
        String t = c.t();
        // 政府批准兴建荃湾线 in a text on the underground railway: where the text speaks of a city's rail network, a name
        // ending in 线 that a word of building or opening takes is one of its lines, alone as in a list
        boolean railText = projectWords.railText(t);
        int clause = 0;
        for (int i = 0; i <= t.length(); i++) {
            if (i < t.length() && "，。；：,;:\n！？".indexOf(t.charAt(i)) < 0) {
                continue;
            }
            if (i - clause >= 4) {
                findSeriesIn(c, clause, i, railText, out);
            }
            clause = i + 1;
        }
    }

    private void findSeriesIn(DocumentContext c, int from, int to, boolean railText, List<FoundFact> out) {
        String t = c.t();
        List<int[]> items = listParts.splitAtConjunctions(c, ListParts.splitItems(t, from, to));
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
            e = nameEnds.cutWorksOff(t, s, e);
            if (projectWords.headEndingAt(t, e) != null || NameEnd.endsInSectionOrPhase(t, e)) {
                works++; // taken back below when the item is a road
            }
            Matcher m = projectWords.series.matcher(t);
            if (k == 0) { // 建成|体育场路, 现在有了|昌平路: the first word from which a road's name begins
                for (int p = s; p < e; p++) {
                    if (c.text().tokenStartingAt(p) != null && !NameStart.dateUnitAt(t, p) && m.region(p, e).matches() && nameTests.startsLikeAName(c, p, e)) {
                        s = p;
                        break;
                    }
                }
            }
            for (String grade : projectWords.roadGradeLabels) {
                if (t.startsWith(grade, s) && m.region(s + grade.length(), e).matches()) {
                    s += grade.length(); // 一级路|泉大路, 东出口|西江路: the road's grade or way labels it
                    break;
                }
            }
            if (!m.region(s, e).matches()) {
                continue;
            }
            boolean kindOfThree = projectWords.seriesHeadsOfThree.contains(m.group("head"));
            ofThree += kindOfThree ? 1 : 0; // counted before the tests of a name: 改造|解放桥 is still one of the list
            int cut = nameStarts.cutAfterLastCutWord(c, s, m.start("head")); // only before the head: 至建设西路段 is a section
            if (cut > s && !m.region(s = cut, e).matches()) {
                continue;
            }
            s = nameStarts.afterAreaOfTown(t, s, m.start("head"));
            s = nameTests.afterKindOfWorks(c, s, m.start("head")); // 轨道交通工程|八通线
            String prefix = t.substring(s, m.start("head"));
            String facility = projectWords.headEndingAt(t, m.end("head"));
            if (facility != null && facility.length() > m.group("head").length()) {
                continue; // 城际铁路, 农村公路: a facility word, which the head-word finder reads
            }
            String street = t.substring(s, m.end("head"));
            boolean streetKind = projectWords.streetKinds.stream().anyMatch(w -> street.endsWith(w) && nameTests.genericOnly(street.substring(0, street.length() - w.length())));
            if (!nameTests.genericOnly(prefix) && !streetKind && !c.quoted().anyQuoted(s, e) && !endsInCommonName(c, m.start("head"), m.end("head"))
                    && verbsIn(c, s, m.end("head")) < 2) { // 要坚持走新路: a clause
                roads.add(new int[] {s, e, kindOfThree ? 1 : 0});
                if (projectWords.headEndingAt(t, e) != null || NameEnd.endsInSectionOrPhase(t, e)) {
                    works--; // 生态景观大道 alone is one item, not a road and a works
                }
                if (m.end("head") < e && nameTests.startsLikeAName(c, s, e) || railLine(prefix, m.group("head"))
                        || railText && m.group("head").equals("线") && prefix.length() >= 2 && prefix.length() <= 4
                                && prefix.indexOf('至') < 0 && nameTests.startsLikeAName(c, s, m.start("head"))
                                && builtRightBefore(t, s)
                                && !endsInLinePart(t, s, m.end("head"))) {
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
            int s = NameStart.withRoadCode(t, nameEnds.withLineOpener(t, r[0], r[1]), r[1]); // G320|湘潭绕城线
            out.add(FoundFact.project(s, r[1], t.substring(s, r[1])));
        }
    }

    /** 批准兴建|荃湾线, 开通|港岛线: a word of building or opening (project-built-cues.txt) right before the item. */
    private boolean builtRightBefore(String t, int start) {
        return projectWords.builtCues.stream().anyMatch(w -> t.startsWith(w, start - w.length()));
    }

    /** 机场联络线, 客专双线: a part of some line (project-line-parts.txt, or a second track), not a line's own name. */
    private boolean endsInLinePart(String t, int start, int end) {
        return projectWords.linePartEnding(t.substring(start, end)) != null || t.startsWith("双线", end - 2);
    }

    /** 轨道交通|平谷|线: a rail network's word and a name before 线 make one line of that network. */
    private boolean railLine(String prefix, String head) {
        return head.equals("线") && projectWords.railLinePrefixes.stream().anyMatch(prefix::startsWith)
                && projectWords.specific.namedNetworkLine(prefix + head);
    }

    /** 朝阳路|建成通车, 吕东路|等道路建设: the last item of a list ends at a head word that 等 or a verb follows. */
    private int lastItemEnd(DocumentContext c, int start, int end) {
        Matcher m = projectWords.series.matcher(c.t()).region(start, end);
        for (int p = start; p < end; p++) {
            m.region(p, end);
            if (m.lookingAt() && endsList(c, m.end(), end)) {
                return m.end();
            }
        }
        return end;
    }

    /** 吕东路|等道路建设, 朝阳路|建成通车: what follows the last item of a list is 等 or a verb, or nothing. */
    private boolean endsList(DocumentContext c, int at, int end) {
        if (at == end || c.t().charAt(at) == '等' || projectWords.trailingParts.stream().anyMatch(w -> c.t().startsWith(w, at))) {
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

    /** 拓宽思路, 集成电路: a common word that runs over the head (思路), not the head word itself (大道). */
    private boolean endsInCommonName(DocumentContext c, int headStart, int headEnd) {
        Token last = c.text().tokenEndingAt(headEnd);
        if (last != null && ROAD_ORDINAL.matcher(last.word()).matches() && last.start() > 0
                && Character.UnicodeScript.of(c.t().charAt(last.start() - 1)) == Character.UnicodeScript.HAN) {
            return false; // 通道|北路, 环城|中路, 经|八路: a road's part or number after its name, not the common word
        }
        // 集成电路; 生态保护|红线, 安全|底线: a common noun of the dictionary, however rare, is no line's name (泉|大路: a
        // head word of its own, 大路, is none)
        return last != null && last.start() < headStart && !projectWords.seriesHeads.contains(last.word()) && (HanLpRuntime.coreFrequency(last.word()) > 10
                || last.pos().equals("n") && HanLpRuntime.coreFrequency(last.word()) > 0);
    }

    /** 正式|开|港, 修|路: a one-character head word whose word before is a verb of one character, alone. */
    static boolean objectOfOneCharacterVerb(DocumentContext c, int headStart, int headEnd) {
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

    static int verbsIn(DocumentContext c, int start, int end) {
        int verbs = 0;
        List<Token> tokens = c.text().tokens();
        for (int k = c.text().tokenIndexAt(start); k < tokens.size() && tokens.get(k).end() <= end; k++) {
            if (tokens.get(k).pos().startsWith("v")) {
                verbs++;
            }
        }
        return verbs;
    }
}
