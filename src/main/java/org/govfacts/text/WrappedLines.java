package org.govfacts.text;

/**
 * Line breaks that a paragraph wrapped at a fixed width puts inside running text (a typed or
 * scanned page: 李村河污\n水处理厂): they part no sentence and no word.
 */
public final class WrappedLines {
    /** Comparisons that wait for their change word (同比|减少, 比上年|增长: yoy-cues.txt): no line ends with one. */
    private final java.util.List<String> danglingWords;

    /** @param danglingWords comparisons no line ends with (the lexicon's yoy-cues) */
    public WrappedLines(java.util.List<String> danglingWords) {
        this.danglingWords = java.util.List.copyOf(danglingWords);
    }

    /** Lines narrower than this (20 Chinese characters) are headings or list items, not a wrapped paragraph's lines. */
    private static final int MIN_WIDTH = 40;
    /** How much two lines of one wrapped paragraph may differ: a page wraps before a character that does not fit. */
    private static final int SLACK = 3;
    /** How much a line may differ from the line beside it, counting half-width digits as half a character: three characters. */
    private static final int NEIGHBOUR_SLACK = 6;

    /**
     * True when the line break at {@code at} parts no sentence: it ends a line that is not short after a comma or 、;
     * or it stands between two characters of running text and parts a figure from its unit, or ends a line in a word no
     * line ends with (至, 同比), or ends a line that is not short and as wide (within a character and a half) as a line
     * beside it.
     */
    public boolean softBreak(String t, int at) {
        if (at <= 0 || at + 1 >= t.length() || t.charAt(at) != '\n' || !runningText(t.charAt(at + 1))) {
            return false;
        }
        if (CLAUSE_GOES_ON.indexOf(t.charAt(at - 1)) >= 0) {
            // 科目 850088.3 元,\n占支出总预算 78.33%: a comma ends no sentence, so the line it ends runs on, when it is no
            // short line of a list (一、…，\n二、…)
            return width(t, t.lastIndexOf('\n', at - 1) + 1, at, false) >= MIN_WIDTH;
        }
        if (!runningText(t.charAt(at - 1))) {
            return false;
        }
        if (partsFigureFromUnit(t, at)) {
            return true;
        }
        if (BYLINE_END.matcher(t.substring(t.lastIndexOf('\n', at - 1) + 1, at)).find()) {
            return false; // …开工活动现场。新甘肃·甘肃日报记者 王虎\n张掖市…: a caption's byline ends its line, whatever its width
        }
        // 大庆至\n广州高速公路: a line that ends in a word that cannot end one (至, 的) runs on, however wide
        return DANGLING.indexOf(t.charAt(at - 1)) >= 0 || danglingWords.stream().anyMatch(w -> t.startsWith(w, at - w.length()))
                || evenWithNeighbour(t, at, false) || evenWithNeighbour(t, at, true);
    }

    /** True when the line break at {@code at} stands between a figure and its unit (基本支出 1037103.63\n元): one word. */
    public static boolean partsFigureFromUnit(String t, int at) {
        return at > 0 && at + 1 < t.length() && t.charAt(at) == '\n' && Character.isDigit(t.charAt(at - 1))
                && UNIT_FIRST.indexOf(t.charAt(at + 1)) >= 0;
    }

    /** A name set off by a space at the end of a line (记者 王虎): a byline, which wrapping never makes. */
    private static final java.util.regex.Pattern BYLINE_END = java.util.regex.Pattern.compile("\\p{IsHan}[ \u3000]+\\p{IsHan}{2,4}$");

    /** Words no line can end with: a route's 至 and 经, a modifier's 的. */
    private static final String DANGLING = "至经的";

    /** A comma or an enumeration mark: what ends a clause inside a sentence, never the sentence. */
    private static final String CLAUSE_GOES_ON = "，,、";

    /** The first characters of an amount's unit (元, 万元, 亿元, %): a line that starts with one ends the figure before. */
    private static final String UNIT_FIRST = "元万亿%％";

    /** The line the break at {@code at} ends is not short and as wide as the line before or after it. */
    private static boolean evenWithNeighbour(String t, int at, boolean typed) {
        int lineStart = t.lastIndexOf('\n', at - 1) + 1;
        int width = width(t, lineStart, at, typed);
        if (width < MIN_WIDTH) {
            return false;
        }
        int nextEnd = t.indexOf('\n', at + 1);
        int next = width(t, at + 1, nextEnd < 0 ? t.length() : nextEnd, typed);
        int previous = lineStart > 0 ? width(t, t.lastIndexOf('\n', lineStart - 2) + 1, lineStart - 1, typed) : -1;
        // a typed page's lines differ more where digits and ASCII marks fill them (73 to 78 half-widths on one page)
        int slack = typed ? SLACK : NEIGHBOUR_SLACK;
        return Math.abs(next - width) <= slack || Math.abs(previous - width) <= slack;
    }

    /**
     * The width a page wraps its paragraphs at: the width of the most lines (three at least, not short), each
     * within a character and a half of it; -1 for a text with no such lines (a web page's paragraphs run long).
     */
    public static int pageWidth(String t) {
        // how many lines of each width; a page's text runs through every document, so no pairwise comparison
        java.util.TreeMap<Integer, Integer> lines = new java.util.TreeMap<>();
        int from = 0;
        while (from <= t.length()) {
            int end = t.indexOf('\n', from);
            int w = width(t, from, end < 0 ? t.length() : end, false);
            if (w >= MIN_WIDTH) {
                lines.merge(w, 1, Integer::sum);
            }
            if (end < 0) {
                break;
            }
            from = end + 1;
        }
        int best = -1;
        int bestCount = 2;
        for (int w : lines.keySet()) {
            int count = 0;
            for (int n : lines.subMap(w - SLACK, true, w + SLACK, true).values()) {
                count += n;
            }
            if (count > bestCount || count == bestCount && best >= 0) {
                best = w; // the widest of the widths most lines share
                bestCount = count;
            }
        }
        return best;
    }

    /**
     * Whether the line that the break at {@code at} ends is as wide as the page's wrap width: a line may fall
     * short of it by two characters and a half (a typed page justifies badly; 比上年|增长 does not fit).
     */
    public static boolean atWidth(String t, int at, int pageWidth) {
        int lineStart = t.lastIndexOf('\n', at - 1) + 1;
        int w = width(t, lineStart, at, false);
        int typed = width(t, lineStart, at, true);
        return pageWidth > 0 && (Math.abs(w - pageWidth) <= SLACK || typed - pageWidth <= SLACK && pageWidth - typed <= 2 * SLACK);
    }

    /**
     * Printed width: a digit or a Latin letter takes half the room of a Chinese character. On a page
     * {@code typed} again, a comma, colon, bracket or space typed as ASCII stands for the full-width mark printed.
     */
    private static int width(String t, int from, int to, boolean typed) {
        int w = 0;
        for (int i = from; i < to; i++) {
            char ch = t.charAt(i);
            w += ch < 128 && (!typed || FULL_WIDTH_ASCII.indexOf(ch) < 0) ? 1 : 2;
        }
        return w;
    }

    private static final String FULL_WIDTH_ASCII = ",;:()!? ";

    private static boolean runningText(char ch) {
        return Character.isIdeographic(ch) || Character.isDigit(ch);
    }
}
