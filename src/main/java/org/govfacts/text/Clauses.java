package org.govfacts.text;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * Clause boundaries: where the clause holding an offset begins. One place for the punctuation
 * that ends a clause, so that every stage cuts text alike.
 */
public final class Clauses {
    /**
     * Punctuation that ends a clause: ，；：。！？ and their ASCII forms, line breaks, and the bar of a headline's
     * column tag or a table's cell (两会｜2025年国内GDP增长5%), also typed as the stroke 丨 (政在发布丨上半年…), which
     * no running text uses as a character.
     */
    public static boolean endsClause(char ch) {
        return ch == '，' || ch == '；' || ch == '：' || ch == '。' || ch == '！' || ch == '？' || ch == '\n'
                || ch == ',' || ch == ';' || ch == ':' || ch == '!' || ch == '?' || ch == '|' || ch == '｜' || ch == '丨';
    }

    /** ；, ; or 。 on one line: what parts a sentence's groups of clauses (.*[；;。].*, a line break stopping it). */
    private static final java.util.regex.Pattern GROUP_BREAK = java.util.regex.Pattern.compile(".*[；;。].*");

    private Clauses() {
    }

    /** The marks that join the items of a list inside a clause (A、B和C): the list mark and the conjunctions. */
    public static final String LIST_JOINERS = "、和及与";
    /** The conjunctions among them: 和, 及, 与. */
    public static final String CONJUNCTIONS = "和及与";

    /** Whether {@code between} (the text between two items) holds list joiners and spaces only (、, 和 及 与; none at all too). */
    public static boolean onlyListJoiners(String between) {
        return between.chars().allMatch(c -> c == ' ' || LIST_JOINERS.indexOf(c) >= 0);
    }

    /** Whether {@code between} (the text between two items) is one list joiner alone, spaces aside. */
    public static boolean joinsListItems(String between) {
        String b = between.strip();
        return b.length() == 1 && LIST_JOINERS.indexOf(b.charAt(0)) >= 0;
    }

    /**
     * Whether {@code between} (the text between two figures) holds a semicolon or a full stop, so that the two
     * stand in different groups of clauses and one does not speak of the other.
     */
    public static boolean breaksGroup(String between) {
        return GROUP_BREAK.matcher(between).matches();
    }

    /**
     * Whether a semicolon or a full stop (；; 。) stands between offsets {@code from} and {@code to}, line breaks or not:
     * two figures so parted belong to different groups of clauses.
     */
    public static boolean groupBreakBetween(String t, int from, int to) {
        for (int i = Math.max(0, from); i < Math.min(to, t.length()); i++) {
            if ("；;。".indexOf(t.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Where the group of clauses holding offset {@code at} begins: after the last ；; or 。 before it, else 0. */
    public static int groupStart(String t, int at) {
        for (int i = Math.min(at, t.length() - 1); i >= 0; i--) {
            if ("；;。".indexOf(t.charAt(i)) >= 0) {
                return i + 1;
            }
        }
        return 0;
    }

    /**
     * The clause ending in the last colon between {@code floor} and offset {@code at} (我县2023年度预算为：…), the label of
     * the list a figure at {@code at} stands in; "" when there is no colon.
     */
    public static String labelBeforeLastColon(String t, int floor, int at) {
        for (int i = at - 1; i >= floor; i--) {
            if (t.charAt(i) == '：' || t.charAt(i) == ':') {
                return t.substring(start(t, i, floor), i);
            }
        }
        return "";
    }

    /** Whether a sentence ends between offsets {@code from} and {@code to}: 。！？ (or ASCII !?) or a line break. */
    public static boolean sentenceBreakBetween(String t, int from, int to) {
        for (int i = Math.max(0, from); i < Math.min(to, t.length()); i++) {
            char ch = t.charAt(i);
            if (ch == '。' || ch == '！' || ch == '？' || ch == '!' || ch == '?' || ch == '\n') {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the colon at {@code i} stands right after a figure and before words (下降1.3%:林业总产值3.59亿元): no
     * label ends in a figure, so it parts the items of a list as a semicolon does (scanned texts misread ； as :).
     */
    public static boolean colonAfterFigure(String t, int i) {
        if (i <= 0 || i + 1 >= t.length() || t.charAt(i) != ':' && t.charAt(i) != '：') {
            return false;
        }
        char before = t.charAt(i - 1);
        char after = t.charAt(i + 1);
        return (before == '%' || before == '‰' || before == '％') && Character.UnicodeScript.of(after) == Character.UnicodeScript.HAN;
    }

    /**
     * Whether offset {@code from} stands inside brackets that close before {@code to}: 62339万元(其中旗本级52031万元,工业园区
     * 10308万元),同比增收9437万元 — the figures in the aside are not what the words after it speak of.
     */
    public static boolean asideClosedBefore(String t, int from, int to) {
        int depth = 0;
        for (int i = Math.max(0, from); i < Math.min(to, t.length()); i++) {
            char ch = t.charAt(i);
            if (ch == '(' || ch == '（') {
                depth++;
            } else if (ch == ')' || ch == '）') {
                if (--depth < 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * How many brackets ( or （ opened in {@code t} between offsets {@code from} and {@code to} are still open at {@code to}; a
     * closing bracket with none open is ignored. A figure at depth above 0 is an aside (62339万元(其中旗本级52031万元)).
     */
    public static int bracketDepth(String t, int from, int to) {
        int depth = 0;
        for (int i = Math.max(0, from); i < Math.min(to, t.length()); i++) {
            char c = t.charAt(i);
            if (c == '(' || c == '（') {
                depth++;
            } else if ((c == ')' || c == '）') && depth > 0) {
                depth--;
            }
        }
        return depth;
    }

    /**
     * The clauses of {@code t} after offset {@code from}, as spans [start, end) parted at each of {@code marks} that stands
     * outside brackets (an aside's own semicolon parts nothing around it), and at each offset {@code alsoParts} accepts
     * there. The mark itself belongs to no span; the last span ends at the text's end.
     */
    public static List<int[]> spansOutsideBrackets(String t, int from, String marks, IntPredicate alsoParts) {
        return spansOutsideBrackets(t, from, t.length(), marks, alsoParts);
    }

    /** As {@link #spansOutsideBrackets(String, int, String, IntPredicate)}, within {@code [from, to)}: the last span ends at {@code to}. */
    public static List<int[]> spansOutsideBrackets(String t, int from, int to, String marks, IntPredicate alsoParts) {
        List<int[]> spans = new ArrayList<>();
        int depth = 0;
        int start = Math.max(0, from);
        int end = Math.min(to, t.length());
        for (int i = start; i < end; i++) {
            char c = t.charAt(i);
            if (c == '(' || c == '（') {
                depth++;
            } else if ((c == ')' || c == '）') && depth > 0) {
                depth--;
            } else if (depth == 0 && (marks.indexOf(c) >= 0 || alsoParts.test(i))) {
                spans.add(new int[] {start, i});
                start = i + 1;
            }
        }
        spans.add(new int[] {start, end});
        return spans;
    }

    /** The clauses of {@code t} after {@code from} parted at {@code marks} outside brackets: {@link #spansOutsideBrackets}. */
    public static List<int[]> spansOutsideBrackets(String t, int from, String marks) {
        return spansOutsideBrackets(t, from, marks, i -> false);
    }

    /** Start of the clause holding {@code at}, not before {@code floor}. */
    public static int start(String t, int at, int floor) {
        for (int i = Math.min(at, t.length()) - 1; i >= floor; i--) {
            if (endsClause(t.charAt(i))) {
                return i + 1;
            }
        }
        return Math.max(0, floor);
    }

    /** Start of the clause holding {@code at}: just after the punctuation that ends the clause before it, or 0. */
    public static int start(String t, int at) {
        int i = Math.min(Math.max(0, at), t.length());
        while (i > 0 && !endsClause(t.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    /** End of the clause holding {@code at} (exclusive, before its punctuation), not after {@code ceiling}. */
    public static int end(String t, int at, int ceiling) {
        int limit = Math.min(ceiling, t.length());
        for (int i = Math.max(0, at); i < limit; i++) {
            if (endsClause(t.charAt(i))) {
                return i;
            }
        }
        return limit;
    }
}
