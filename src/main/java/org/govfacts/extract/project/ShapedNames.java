package org.govfacts.extract.project;

import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govfacts.extract.DocumentContext;
import org.govfacts.extract.FoundFact;
import org.govfacts.segment.Token;

/**
 * Names of a fixed shape: route lines (…至…线), bracketed initials, sized plants (2×66万千瓦…电厂), coded road sections
 * and extended roads.
 */
final class ShapedNames {
    /** 吐鲁番-库尔勒二线: a route between two places written with a dash, then the track it adds. */
    private static final Pattern ROUTE_LINE = Pattern.compile(
            "[-－—]{1,2}\\p{IsHan}{2,6}?(?:[二三]线|复线|双线)(?=[^\\p{IsHan}]|$|" + "改造|建设|工程|项目)");
    /**
     * 引滦入津工程, 引大入连工程, “引细入汤”工程, 引汉济渭工程: water led from one river or place into another, the two named by a
     * character or two each, then 工程 or 项目. The tagger reads such names as a verb phrase (引|大|入|连), so the shape finds them.
     */
    private static final Pattern DIVERSION = Pattern.compile("([“\"「]?)引\\p{IsHan}{1,2}[入济进补]\\p{IsHan}{1,2}([”\"」]?)(?:工程|项目)");
    /**
     * 广(州)梅(州)汕(头)铁路, 沈(阳)大(连)高速公路: a line named by the first characters of the places it joins, the rest of
     * each place's name in brackets after its character; two to four places, then a line's head word (project-line-heads.txt).
     */
    private static final Pattern BRACKETED_INITIALS = Pattern.compile("(?:\\p{IsHan}[(（]\\p{IsHan}{1,3}[)）]){2,4}");
    /** 20万千瓦风电, 100MW光伏: a plant's capacity and its kind, with no head word after them. */
    private static final Pattern SIZED_PLANT = Pattern.compile(
            "\\d+(?:\\.\\d+)?万?(?:千瓦|兆瓦|吉瓦|MW|GW)(?:风电|光伏发电|光伏|光热|风光同场|风光储)");
    /** G347, s207, G318线, 国道210线, 省道S307线: a national, provincial or county road by its number. */
    static final Pattern ROAD_CODE = Pattern.compile(
            "(?<![A-Za-z0-9])(?:[GSXgsx]\\d{1,4}线?|[国省县]道[GSXgsx]?\\d{1,4}线?|\\d{1,4}[国省县]道)");
    /**
     * S418花荄至雎水, G314线包库都克—玉尔滚公路: after a road's number, the two ends of its stretch (with 公路 or 段 or
     * nothing) up to the end of the item; S416绵中路, 省道304线泾甘线: the road's own short name.
     */
    private static final Pattern CODED_STRETCH = Pattern.compile(
            "(?:(?![和与及的至])\\p{IsHan}){2,8}?(?:至|[—－-]{1,2})\\p{IsHan}{2,8}?(?:高速公路|公路|段)?(?=[、，。；,;）)]|等|和|及|$)"
            + "|(?:(?![和与及的至])\\p{IsHan}){2,3}(?:路|线|大道)(?![\\p{IsHan}&&[段口桥线路]])");
    /** 沿江高铁武宜段, 呼南高铁(襄荆段), 太中银铁路太原南到柳林南段, 京福高速公路三明—南平—福州段: a section of a line (not 阶段, 手段, 片段). */
    static final Pattern SECTION = Pattern.compile(
            "(?![和与及的这那此该])[(（]?(?:(?:(?![和与及的])[\\u4e00-\\u9fa5]){2,6}(?:[(（][\\u4e00-\\u9fa5]{2,6}[)）])?(?:[至到][\\u4e00-\\u9fa5]{2,6}(?:[(（][\\u4e00-\\u9fa5]{2,6}[)）])?|(?:[—－][\\u4e00-\\u9fa5]{2,6}){1,3})|(?:(?!的)[\\u4e00-\\u9fa5]){1,4})(?<![阶手片])段[)）]?(?:建设项目|建设工程|工程|项目)?");

    private final NameAcceptance acceptance;
    private final NameEnd nameEnds;
    private final NameStart nameStarts;
    private final NameTests nameTests;
    private final ProjectWords projectWords;

    ShapedNames(NameAcceptance acceptance, NameEnd nameEnds, NameStart nameStarts, NameTests nameTests, ProjectWords projectWords) {
        this.acceptance = acceptance;
        this.nameEnds = nameEnds;
        this.nameStarts = nameStarts;
        this.nameTests = nameTests;
        this.projectWords = projectWords;
    }

    /**
     * …扩建工程项目(简称“定州电厂三期扩建项目”): the short name a text defines for a work, in quotation marks, when it ends in a
     * head word (project-suffixes.txt); the marks that keep slogans out do not keep it out.
     */
    void findDefinedShortNames(DocumentContext c, List<FoundFact> out) {
        String t = c.t();
        for (String opener : projectWords.shortNameOpeners) {
            for (int at = t.indexOf(opener); at >= 0; at = t.indexOf(opener, at + 1)) {
                int open = at + opener.length();
                if (open >= t.length() || NameAcceptance.SHORT_NAME_OPENS.indexOf(t.charAt(open)) < 0) {
                    continue;
                }
                int close = open + 1;
                while (close < t.length() && close - open <= 40 && (NameAcceptance.SHORT_NAME_CLOSES + "\n。").indexOf(t.charAt(close)) < 0) {
                    close++;
                }
                if (close < t.length() && NameAcceptance.SHORT_NAME_CLOSES.indexOf(t.charAt(close)) >= 0 && projectWords.headEndingAt(t, close) != null) {
                    acceptance.accept(c, open + 1, close, false, out);
                }
            }
        }
    }

    /** A dash route that ends in a second track (吐鲁番-库尔勒二线), which no head word ends; it begins at a place. */
    void findRouteLines(DocumentContext c, List<FoundFact> out) {
        String t = c.t();
        Matcher m = ROUTE_LINE.matcher(t);
        while (m.find()) {
            Token from = c.text().tokenEndingAt(m.start());
            if (from != null && (from.pos().startsWith("ns") || projectWords.places.contains(from.word())) && from.word().length() >= 2) {
                out.add(FoundFact.project(from.start(), m.end(), t.substring(from.start(), m.end())));
            }
        }
    }

    void findBracketedInitials(DocumentContext c, List<FoundFact> out) {
        String t = c.t();
        Matcher m = BRACKETED_INITIALS.matcher(t);
        while (m.find()) {
            String head = projectWords.lineHeads.stream().filter(h -> t.startsWith(h, m.end())).max(Comparator.comparingInt(String::length)).orElse(null);
            if (head != null) {
                int after = m.end() + head.length();
                // …公路|联络线: a part of the line it names (project-line-parts.txt)
                Matcher part = projectWords.linePart.matcher(t).region(after, t.length());
                int end = part.lookingAt() ? part.end() : after;
                out.add(FoundFact.project(m.start(), end, t.substring(m.start(), end)));
            }
        }
    }

    /**
     * 华能20万千瓦风电|成功并网: an owner or a place, then the plant's capacity and kind, names one plant,
     * though no head word ends it; the size alone (建设20万千瓦风电) describes a kind of plant.
     */
    void findSizedPlants(DocumentContext c, List<FoundFact> out) {
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
            int start = nameStarts.trimLeading(c, nameStarts.clauseStart(t, m.start()), m.start());
            start = nameStarts.cutAfterLastCutWord(c, start, m.start());
            if (m.start() - start >= 2 && projectWords.specific.namesPlace(c, start, m.start()) || m.start() - start >= 2
                    && nameTests.startsLikeAName(c, start, m.start()) && !nameTests.isGeneric(t.substring(start, m.start()) + "项目")) {
                acceptance.accept(c, start, m.end(), true, out);
            }
        }
    }

    /** The water diversions of {@link #DIVERSION}'s shape. */
    void findDiversions(DocumentContext c, List<FoundFact> out) {
        Matcher m = DIVERSION.matcher(c.t());
        while (m.find()) {
            if (m.group(1).isEmpty() != m.group(2).isEmpty()) {
                continue; // a quote on one side only: the name is quoted longer, or the quote belongs to another
            }
            out.add(FoundFact.project(m.start(), m.end(), m.group().replaceAll("[“”\"「」]", "")));
        }
    }

    /** s207南湖段, G318线林芝至拉萨段: a road's number and a section of it name one stretch of works. */
    void findCodedSections(DocumentContext c, List<FoundFact> out) {
        String t = c.t();
        Matcher m = ROAD_CODE.matcher(t);
        while (m.find()) {
            Matcher sec = SECTION.matcher(t).region(m.end(), Math.min(t.length(), m.end() + 16));
            // 市域铁路S2线乐清段: the number inside a name; 开工|G347梓潼至江油段: a verb before it ends no name
            if (NameAcceptance.nameGoesOnBefore(c, m.start())) {
                continue;
            }
            if (sec.lookingAt() && t.charAt(sec.end() - 1) != ')' && t.charAt(sec.end() - 1) != '）') {
                out.add(FoundFact.project(m.start(), sec.end(), t.substring(m.start(), sec.end())));
                continue;
            }
            Matcher stretch = CODED_STRETCH.matcher(t).region(m.end(), Math.min(t.length(), m.end() + 20));
            if (stretch.lookingAt() && NameStart.endsWord(c, stretch.end())) {
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
    void findExtendedRoads(DocumentContext c, List<FoundFact> out) {
        String t = c.t();
        for (String ext : projectWords.roadExtensions) {
            for (int at = t.indexOf(ext); at >= 0; at = t.indexOf(ext, at + ext.length())) {
                int i = at;
                int end = i + ext.length();
                if (projectWords.roadExtensions.stream().anyMatch(w -> w.length() > ext.length() && w.endsWith(ext) && i >= w.length() - ext.length()
                        && t.startsWith(w, end - w.length()))) {
                    continue; // 南北|延伸: the longer word reads it
                }
                if (projectWords.roadExtensions.stream().anyMatch(w -> w.length() > ext.length() && w.startsWith(ext) && t.startsWith(w, i))) {
                    continue; // 北延|伸线: the longer word reads it
                }
                if (end < t.length() && (projectWords.suffixAt(t, end) != null || "线段".indexOf(t.charAt(end)) >= 0)) {
                    continue; // 北二环西延|工程, 2号线东延|线: a head word of its own follows
                }
                String head = projectWords.extendedRoadHeads.stream().filter(h -> i - h.length() >= 0 && t.startsWith(h, i - h.length()))
                        .findFirst().orElse(null);
                if (head == null || worksCutInList(t, i, end)) {
                    continue;
                }
                int headStart = i - head.length();
                int from = Math.max(nameStarts.clauseStart(t, i), i - 10);
                int start = -1;
                // 8号线南延伸: a line's number may be one digit; a road's name has two characters at least
                int shortest = "号线".equals(head) && headStart > 0 && Character.isDigit(t.charAt(headStart - 1)) ? 1 : 2;
                for (int p = from; p <= headStart - shortest; p++) {
                    boolean han = true;
                    for (int q = p; q < i; q++) {
                        han &= Character.isIdeographic(t.charAt(q)) || t.charAt(q) < 128 && Character.isLetterOrDigit(t.charAt(q)); // S26高速公路
                    }
                    if (han && c.text().tokenStartingAt(p) != null && nameTests.startsLikeAName(c, p, i)) {
                        start = p;
                        break;
                    }
                }
                if (start < 0) {
                    continue;
                }
                start = nameStarts.afterNameLabels(t, nameStarts.cutAfterLastCutWord(c, start, headStart), headStart);
                String prefix = t.substring(start, headStart);
                if (prefix.length() < shortest || nameTests.genericOnly(prefix) || c.quoted().anyQuoted(start, end)
                        || !nameTests.startsLikeAName(c, start, i) || SeriesNames.verbsIn(c, start, i) >= 2) {
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
        int from = nameStarts.clauseStart(t, at, false, 120);
        int to = end;
        while (to < t.length() && "，。；：,;:\n等".indexOf(t.charAt(to)) < 0) { // …、南外环西延|等34条道路及…
            to++;
        }
        for (int[] it : ListParts.splitItems(t, from, to)) {
            if (it[0] <= at && at < it[1]) {
                continue;
            }
            int e = it[1];
            int closed = t.substring(it[0], e).indexOf('等');
            if (closed > 0) {
                e = it[0] + closed;
            }
            int works = nameEnds.cutWorksOff(t, it[0], e);
            int itemEnd = e;
            // 15号线南延伸: an item that ends in an extension is one more extended line, not one with its works cut off
            if (works < e && projectWords.roadExtensions.stream().noneMatch(w -> t.startsWith(w, works) || t.startsWith(w, itemEnd - w.length()))) {
                return true;
            }
        }
        return false;
    }
}
