package org.govfacts.extract.project;

import java.util.ArrayList;
import java.util.List;
import org.govfacts.extract.DocumentContext;
import org.govfacts.segment.Token;
import org.govfacts.text.Clauses;

/**
 * How the items of a list part: at 、 and commas outside brackets and figures, and at 和, 与 or 及 only where both
 * sides are works.
 */
final class ListParts {
    private static final String NUMERAL = "0123456789一二三四五六七八九十";

    private final NameEnd nameEnds;
    private final NameTests nameTests;
    private final ProjectWords projectWords;

    ListParts(NameEnd nameEnds, NameTests nameTests, ProjectWords projectWords) {
        this.nameEnds = nameEnds;
        this.nameTests = nameTests;
        this.projectWords = projectWords;
    }

    static int firstOf(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    static boolean oneWord(DocumentContext c, int start, int end) {
        Token tok = c.text().tokenStartingAt(start);
        return tok != null && tok.end() == end;
    }

    /**
     * G206和S332一级公路, A以及B: a conjunction the segmenter has as a word of its own joins two items
     * (和 inside a name — 和林格尔, 共和 — is part of a longer word).
     */
    List<int[]> splitAtConjunctions(DocumentContext c, List<int[]> items) {
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
                        && (projectWords.headEndingAt(c.t(), tok.start() + 1) != null || NameEnd.endsInSectionOrPhase(c.t(), tok.start() + 1)
                        || projectWords.seriesHeads.contains(tok.word().substring(0, 1)) && tok.start() - s >= 2)) {
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
        return Clauses.bracketDepth(t, from, at) > 0;
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
        if (conjunction.word().equals("与") && projectWords.junctionAhead(t, conjunction.end())) {
            return false; // 大广高速|与|通辽高铁站快速路互通工程: the works that join both, one name
        }
        // 红河蒙自机场|新建|及昭通机场迁建工程: the works done on the first facility stand before the conjunction
        int leftEnd = nameEnds.cutWorksOff(t, start, conjunction.start());
        String left = projectWords.headEndingAt(t, leftEnd);
        int rightEnd = nameEnds.cutWorksOff(t, conjunction.end(), end);
        String right = projectWords.headEndingAt(t, rightEnd);
        String second = t.substring(conjunction.end(), rightEnd);
        String first = t.substring(start, leftEnd);
        boolean leftHead = left != null && !projectWords.abstractHeads.contains(left);
        boolean rightHead = right != null && !projectWords.abstractHeads.contains(right);
        // 梅溪湖西延线|及|长沙三环线梅溪湖段: the extension of a road ends a name as a head word does
        String leftPart = projectWords.linePartEnding(first);
        if (!leftHead && leftPart != null) {
            left = leftPart;
            leftHead = true;
        }
        // 火车新站广场|及|迎宾南路: a street by direction is a name of its own
        String street = projectWords.directionalStreets.stream().filter(second::endsWith).findFirst().orElse(null);
        if (!rightHead && street != null && second.length() >= street.length() + 2) {
            right = street;
            rightHead = true;
        }
        // 兰州市轨道交通|工程: a network named with its works is one work, though the network alone is a kind
        boolean secondGeneric = nameTests.isGeneric(second) && nameTests.isGeneric(t.substring(conjunction.end(), end));
        if (leftHead && rightHead) {
            return second.length() > right.length() + 1 && !secondGeneric && !nameTests.isGeneric(first);
        }
        // 敦煌至格尔木铁路|及|兰州轨道交通试验段, 马家坪至中川|及|兰州市轨道交通工程: a named work or a route, then a work opened
        // by a place of its own (an adjunct, 灌区 or 第四跑道, names no place), whatever the head words
        int to = first.indexOf('至');
        boolean leftWork = leftHead ? first.length() > left.length() + 1 : to > 1 && to < first.length() - 2;
        return leftWork && opensWithPlace(c, conjunction.end()) && second.length() >= 5 && (leftHead || projectWords.headEndingAt(t, end) != null)
                && !secondGeneric && !nameTests.isGeneric(first);
    }

    /** A word naming a place (兰州, 西安) begins at {@code at}. */
    private boolean opensWithPlace(DocumentContext c, int at) {
        Token tok = c.text().tokenStartingAt(at);
        return tok != null && tok.word().length() >= 2 && (tok.pos().startsWith("ns") || projectWords.specific.isPlaceName(tok.word()));
    }

    /**
     * 哈尔滨至北安高速|及|齐齐哈尔|等机场改扩建项目: 及 or 与 between a facility with its head word and a place alone
     * joins two items; the place takes the list's head word.
     */
    private boolean joinsFacilityAndPlace(DocumentContext c, int start, Token conjunction, int end) {
        if (!jiOrYu(conjunction)) {
            return false;
        }
        String left = projectWords.headEndingAt(c.t(), conjunction.start());
        return left != null && !projectWords.abstractHeads.contains(left) && conjunction.start() - start > left.length()
                && projectWords.specific.onlyPlaces(c, conjunction.end(), end);
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
    int afterJoinedWorks(DocumentContext c, int start, int headStart, int end) {
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
    static List<int[]> splitItems(String t, int from, int to) {
        return splitItems(t, from, to, "、");
    }

    /** Items of a list in {@code [from, to)} parted by any of {@code separators}, parentheses kept whole. */
    static List<int[]> splitItems(String t, int from, int to, String separators) {
        // 三、四号机组: a mark between two numerals joins the numbers of one name
        return Clauses.spansOutsideBrackets(t, from, to, "", i -> separators.indexOf(t.charAt(i)) >= 0 && !betweenNumerals(t, i));
    }

    static boolean bracketsBalanced(String name) {
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
}
