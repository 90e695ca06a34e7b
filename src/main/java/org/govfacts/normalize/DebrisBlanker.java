package org.govfacts.normalize;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.govfacts.lexicon.Lexicon;

/**
 * Blanks what is not report text: download-site markers ({@code ---此处隐藏1065字，下载后查看---})
 * and bylines, whether a whole line ({@code 记者 李凤霞 李莉/文 刘俊涛 王映/图}, {@code 责编：瘦马})
 * or a bracketed lead ({@code (记者 刘 丹)今年以来…}). Each blanked stretch becomes one {@code '\n'},
 * mapped to the whole stretch, so the sentences on either side stay apart.
 *
 * <p>Runs after script conversion and width folding, so the words in {@code dictionaries/debris.tsv}
 * are simplified and clause punctuation is Chinese. A line counts as a byline only when it starts
 * with a role word followed by a separator and reads like a list of names (short, no sentence
 * punctuation), so {@code 记者从市发改委获悉，…} stays.
 */
public final class DebrisBlanker implements NormalizationStage {
    /** The dictionary's name: rows of kind TAB word, kinds {@code hidden}, {@code role}, {@code lead}. */
    public static final String TABLE = "debris";

    /** A line holding a hidden-content marker is dropped whole up to this length; longer, just the marker. */
    static final int SHORT_MARKER_LINE = 80;
    /** Longest line taken for a byline. */
    static final int MAX_BYLINE_LINE = 60;
    /** Longest line of names taken after a role line that ends in its separator ("责任编辑：" / "李莎莎"). */
    static final int MAX_NAME_LINE = 12;
    /** Longest bracketed byline, brackets included. */
    static final int MAX_BRACKET_BYLINE = 40;

    /** A stretch of the input to blank, {@code [start, end)}, never empty. */
    private record Span(int start, int end) {
    }

    private final List<String> hiddenMarkers;
    private final List<String> roles;
    private final List<String> leads;

    public DebrisBlanker(Lexicon lexicon) {
        List<String> hidden = new ArrayList<>();
        List<String> role = new ArrayList<>();
        List<String> lead = new ArrayList<>();
        for (String[] row : lexicon.table(TABLE)) {
            if (row.length < 2 || row[1].isEmpty()) {
                throw new IllegalStateException(TABLE + ".tsv in " + lexicon.origin()
                        + ": each row needs kind<TAB>word, got: " + String.join("\t", row));
            }
            switch (row[0]) {
                case "hidden" -> hidden.add(row[1]);
                case "role" -> role.add(row[1]);
                case "lead" -> lead.add(row[1]);
                default -> throw new IllegalStateException(TABLE + ".tsv in " + lexicon.origin()
                        + ": unknown kind '" + row[0] + "' (hidden, role or lead)");
            }
        }
        // Longest first, so 责任编辑 is tried before 编辑.
        Comparator<String> longestFirst = Comparator.comparingInt(String::length).reversed();
        hidden.sort(longestFirst);
        role.sort(longestFirst);
        lead.sort(longestFirst);
        this.hiddenMarkers = List.copyOf(hidden);
        this.roles = List.copyOf(role);
        this.leads = List.copyOf(lead);
    }

    @Override
    public StageResult apply(String text) {
        List<Span> spans = new ArrayList<>();
        addHiddenMarkers(text, spans);
        addBylineLines(text, spans);
        addBracketBylines(text, spans);
        if (spans.isEmpty()) {
            return StageResult.oneToOne(text);
        }
        spans.sort(Comparator.comparingInt(Span::start).thenComparing(Comparator.comparingInt(Span::end).reversed()));
        OffsetMap.Builder b = new OffsetMap.Builder(text.length());
        int copied = 0;
        int k = 0;
        while (k < spans.size()) {
            int start = spans.get(k).start();
            int end = spans.get(k).end();
            k++;
            while (k < spans.size() && spans.get(k).start() < end) { // overlapping stretches become one
                end = Math.max(end, spans.get(k).end());
                k++;
            }
            b.copy(text, copied, start);
            b.append('\n', start, end);
            copied = end;
        }
        b.copy(text, copied, text.length());
        return new StageResult(b.text(), b.map());
    }

    // ---- hidden-content markers ----

    private void addHiddenMarkers(String text, List<Span> spans) {
        for (String marker : hiddenMarkers) {
            for (int hit = text.indexOf(marker); hit >= 0; hit = text.indexOf(marker, hit + marker.length())) {
                int lineStart = lineStart(text, hit);
                int lineEnd = lineEnd(text, hit);
                if (lineEnd - lineStart <= SHORT_MARKER_LINE) {
                    spans.add(new Span(lineStart, withTerminator(text, lineEnd)));
                    continue;
                }
                int left = hit;
                while (left > lineStart && isDecor(text.charAt(left - 1))) {
                    left--;
                }
                int right = hit + marker.length();
                while (right < lineEnd) {
                    char c = text.charAt(right);
                    if (isDecor(c)) {
                        right++;
                    } else if (CjkChars.isDigit(c)) { // "1065字": a count of what is hidden
                        int d = right;
                        while (d < lineEnd && CjkChars.isDigit(text.charAt(d))) {
                            d++;
                        }
                        if (d < lineEnd && (text.charAt(d) == '字' || text.charAt(d) == '页')) {
                            right = d + 1;
                        } else {
                            break;
                        }
                    } else {
                        break;
                    }
                }
                spans.add(new Span(left, right));
            }
        }
        mergeTouching(spans);
    }

    /** Joins hidden-marker stretches that touch, so "此处隐藏…" and "…下载后查看" blank as one. */
    private static void mergeTouching(List<Span> spans) {
        if (spans.size() < 2) {
            return;
        }
        spans.sort(Comparator.comparingInt(Span::start));
        List<Span> merged = new ArrayList<>();
        Span current = spans.get(0);
        for (int k = 1; k < spans.size(); k++) {
            Span s = spans.get(k);
            if (s.start() <= current.end()) {
                current = new Span(current.start(), Math.max(current.end(), s.end()));
            } else {
                merged.add(current);
                current = s;
            }
        }
        merged.add(current);
        spans.clear();
        spans.addAll(merged);
    }

    /** Dashes, dots, brackets and clause marks that frame a marker. */
    private static boolean isDecor(char c) {
        return switch (c) {
            case ' ', '\t', '-', '—', '–', '_', '=', '~', '·', '.', '…', '*', '#', '【', '】', '[', ']',
                    '<', '>', '「', '」', '(', ')', '（', '）', ',', '，', ':', '：' -> true;
            default -> false;
        };
    }

    // ---- bylines ----

    private void addBylineLines(String text, List<Span> spans) {
        int n = text.length();
        int lineStart = 0;
        while (lineStart <= n) {
            int lineEnd = lineEnd(text, lineStart);
            int s = lineStart;
            int e = lineEnd;
            while (s < e && Character.isWhitespace(text.charAt(s))) {
                s++;
            }
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            int role = e > s && e - s <= MAX_BYLINE_LINE ? roleAt(text, s, e) : 0;
            if (role > 0 && !hasSentencePunctuation(text, s, e)) {
                int spanEnd = withTerminator(text, lineEnd);
                if (s + role + 1 == e && spanEnd < n) {
                    // "责任编辑：" alone: the name stands on the next line
                    int nextEnd = lineEnd(text, spanEnd);
                    String next = text.substring(spanEnd, nextEnd).strip();
                    if (!next.isEmpty() && next.length() <= MAX_NAME_LINE && !hasSentencePunctuation(next, 0, next.length())
                            && next.chars().noneMatch(CjkChars::isDigit)) {
                        lineEnd = nextEnd;
                        spanEnd = withTerminator(text, nextEnd);
                    }
                }
                spans.add(new Span(lineStart, spanEnd));
            }
            if (lineEnd >= n) {
                break;
            }
            lineStart = withTerminator(text, lineEnd);
        }
    }

    private void addBracketBylines(String text, List<Span> spans) {
        int n = text.length();
        for (int o = 0; o < n; o++) {
            char c = text.charAt(o);
            if (c != '(' && c != '（' && c != '【' && c != '[' && c != '〔') {
                continue;
            }
            int inner = o + 1;
            while (inner < n && text.charAt(inner) == ' ') {
                inner++;
            }
            int limit = Math.min(n, o + MAX_BRACKET_BYLINE);
            if (roleAt(text, inner, limit) <= 0) {
                continue;
            }
            int close = closer(text, inner, limit);
            if (close < 0) {
                continue;
            }
            spans.add(new Span(leadStart(text, o), close + 1));
            o = close;
        }
    }

    /** Length of the role word at {@code at} when a byline separator follows it before {@code end}, else 0. */
    private int roleAt(String text, int at, int end) {
        for (String role : roles) {
            int after = at + role.length();
            if (after < end && text.startsWith(role, at) && isBylineSeparator(text.charAt(after), role.length() == 1)) {
                return role.length();
            }
        }
        return 0;
    }

    /** A single-character role (文, 图, 摄) counts only before ： or /, so "图 1 …" is no byline. */
    private static boolean isBylineSeparator(char c, boolean singleCharRole) {
        if (c == '：' || c == ':' || c == '/') {
            return true;
        }
        return !singleCharRole && (c == ' ' || c == '\t' || c == '|' || c == '丨');
    }

    private static boolean hasSentencePunctuation(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            switch (text.charAt(i)) {
                case '。', '，', '；', '！', '？', ',', ';', '!', '?':
                    return true;
                default:
                    break;
            }
        }
        return false;
    }

    /** Index of the closing bracket of a short byline, or -1 (a sentence end or line break first). */
    private static int closer(String text, int from, int limit) {
        for (int i = from; i < limit; i++) {
            char c = text.charAt(i);
            if (c == ')' || c == '）' || c == '】' || c == ']' || c == '〕') {
                return i;
            }
            if (c == '。' || c == '\n' || c == '(' || c == '（') {
                return -1;
            }
        }
        return -1;
    }

    /** Start of a lead such as 本报讯 right before a bracketed byline at the start of a line, else {@code open}. */
    private int leadStart(String text, int open) {
        int lineStart = lineStart(text, open);
        int end = open;
        while (end > lineStart && text.charAt(end - 1) == ' ') {
            end--;
        }
        for (String lead : leads) {
            int start = end - lead.length();
            if (start >= lineStart && text.startsWith(lead, start) && text.substring(lineStart, start).isBlank()) {
                return start;
            }
        }
        return open;
    }

    // ---- lines ----

    private static int lineStart(String text, int at) {
        return text.lastIndexOf('\n', at - 1) + 1;
    }

    /** End of the line holding {@code at}, before its "\n" or "\r\n". */
    private static int lineEnd(String text, int at) {
        int nl = text.indexOf('\n', at);
        int end = nl < 0 ? text.length() : nl;
        return end > at && text.charAt(end - 1) == '\r' ? end - 1 : end;
    }

    /** {@code lineEnd} moved past the line's terminator, if any. */
    private static int withTerminator(String text, int lineEnd) {
        int i = lineEnd;
        if (i < text.length() && text.charAt(i) == '\r') {
            i++;
        }
        if (i < text.length() && text.charAt(i) == '\n') {
            i++;
        }
        return i;
    }
}
