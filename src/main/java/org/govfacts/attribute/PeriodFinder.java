package org.govfacts.attribute;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govfacts.lexicon.Lexicon;
import org.govfacts.text.YearShapes;

/**
 * Finds time expressions (2024年上半年, 今年前8个月, 1-3月, 截至6月底, 近三年, 过去五年 …) with the
 * patterns of {@code dictionaries/period-patterns.txt}. Where matches overlap the longest wins; a
 * year that is the base of a comparison (较2023年) is no period.
 */
public final class PeriodFinder {
    /** A time expression at {@code [start, end)} of the normalised text. */
    public record Period(int start, int end, String text) {
    }

    /**
     * The time expressions of a text, and apart from them those a comparison word holds as its base (比2016年末, 较上年同期):
     * no period of the figures after the comparison, but the period of a figure that is the base itself
     * (比2016年末常住人口5885万人增加17万人).
     */
    public record Found(List<Period> periods, List<Period> comparisonBases) {
    }

    private static final String NUMBER = "(?:\\d{1,3}|[一二两三四五六七八九十]{1,3})";
    /** No time expression is longer than this. */
    private static final int MAX_LENGTH = 48;
    private final List<Pattern> patterns = new ArrayList<>();
    /** For each pattern, the characters a match can begin with: only there is it tried. */
    private final List<BitSet> startChars = new ArrayList<>();
    private final BitSet anyStart = new BitSet();
    private final List<String> blockers;
    /** 不变价, 价格: words after a time expression that make it a price base (period-after-blockers.txt). */
    private final List<String> afterBlockers;
    private final List<String> planWords;
    /** 全年, 年度: before a plan word they date the planned figure (period-plan-years.tsv). */
    private final List<String> planYears;
    /** 年度, 本年度: they date only the plan right after them (period-plan-years.tsv, reach `plan`). */
    private final List<String> planOnlyYears;
    /** Opener and closer of the frames a comparison's base stands in (period-base-frames.tsv). */
    private final List<String[]> baseFrames;

    /** “十四五”规划, “十四五”圆满收官: the period names a plan or its end, it scopes no figure. */
    private boolean namesAPlan(String t, int start, int end) {
        if (planYears.contains(t.substring(start, end))) {
            return false;
        }
        int e = end < t.length() && (t.charAt(end) == '”' || t.charAt(end) == '"') ? end + 1 : end;
        for (String f : planWords) {
            if (t.startsWith(f, e)) {
                return true;
            }
        }
        return false;
    }

    /** 年度计划投资356亿元: a period that dates only the plan right after it, no other clause or sentence. */
    public boolean datesOnlyItsPlan(Period p) {
        return planOnlyYears.contains(p.text());
    }

    public PeriodFinder(Lexicon lexicon) {
        String parts = String.join("|", lexicon.words("period-parts"));
        String yearFollowers = String.join("|", lexicon.words("two-digit-year-followers").stream().map(Pattern::quote).toList());
        String rocFollowers = String.join("|", lexicon.words("roc-year-followers").stream().map(Pattern::quote).toList());
        for (String p : lexicon.words("period-patterns")) {
            Pattern pattern = Pattern.compile(p.replace("{PART}", parts).replace("{N}", NUMBER).replace("{YEAR2_AFTER}", yearFollowers)
                    .replace("{ROC_AFTER}", rocFollowers).replace("{FISCAL_YEAR}", YearShapes.FISCAL_YEAR).replace("{MONTH}", YearShapes.MONTH));
            BitSet starts = possibleStarts(pattern);
            patterns.add(pattern);
            startChars.add(starts);
            anyStart.or(starts);
        }
        this.blockers = lexicon.words("period-blockers");
        this.afterBlockers = lexicon.words("period-after-blockers");
        this.planWords = lexicon.words("period-plan-words");
        List<String[]> planYearRows = lexicon.table("period-plan-years");
        this.planYears = planYearRows.stream().map(r -> r[0].strip()).toList();
        this.planOnlyYears = planYearRows.stream().filter(r -> r.length > 1 && r[1].strip().equals("plan")).map(r -> r[0].strip()).toList();
        this.baseFrames = lexicon.table("period-base-frames").stream().filter(r -> r.length > 1)
                .map(r -> new String[] {r[0].strip(), r[1].strip()}).toList();
    }

    /**
     * The characters a match of {@code p} can begin with, found by letting the regex engine try
     * each character of the ranges reports use: a character can begin a match when matching it
     * alone succeeds or runs out of input ({@link Matcher#hitEnd()}).
     */
    private static BitSet possibleStarts(Pattern p) {
        BitSet out = new BitSet();
        int[][] ranges = {{0x20, 0x7F}, {0x2000, 0x206F}, {0x3000, 0x303F}, {0x4E00, 0x9FFF}, {0xFF00, 0xFFEF}};
        Matcher m = p.matcher("");
        for (int[] r : ranges) {
            for (int c = r[0]; c <= r[1]; c++) {
                m.reset(String.valueOf((char) c));
                if (m.lookingAt() || m.hitEnd()) {
                    out.set(c);
                }
            }
        }
        return out;
    }

    /** Time expressions in text order; where several overlap, the leftmost longest is kept. */
    public List<Period> find(String t) {
        return findAll(t).periods();
    }

    /** {@link #find} and, apart, the time expressions a comparison word holds as its base. */
    public Found findAll(String t) {
        List<Period> out = new ArrayList<>();
        List<Period> bases = new ArrayList<>();
        Matcher[] matchers = new Matcher[patterns.size()];
        int n = t.length();
        int i = 0;
        while (i < n) {
            char c = t.charAt(i);
            if (!anyStart.get(c)) {
                i++;
                continue;
            }
            int best = -1;
            for (int k = 0; k < matchers.length; k++) {
                if (!startChars.get(k).get(c)) {
                    continue;
                }
                if (matchers[k] == null) {
                    matchers[k] = patterns.get(k).matcher(t);
                }
                Matcher m = matchers[k].region(i, Math.min(n, i + MAX_LENGTH)).useTransparentBounds(true);
                if (m.lookingAt() && m.end() > best) {
                    best = m.end();
                }
            }
            if (best > i) {
                Period p = new Period(i, best, t.substring(i, best).replaceAll("\\s+", ""));
                if (blocked(t, i) || priceBase(t, best)) {
                    // a comparison's base (比上年年初) is no period, nor is any tail of it (年初); nor a price base (1990年不变价)
                    bases.add(p);
                } else if (!namesAPlan(t, i, best) && !inBaseFrame(t, i, best)) {
                    out.add(p);
                }
                i = best;
            } else {
                i++;
            }
        }
        return new Found(List.copyOf(out), List.copyOf(bases));
    }

    /** 在去年较快增长的基础上: the time a figure grows from, framed by an opener and a closer (period-base-frames.tsv). */
    private boolean inBaseFrame(String t, int start, int end) {
        String after = t.substring(end, org.govfacts.text.Clauses.end(t, end, end + 16));
        for (String[] frame : baseFrames) {
            if (t.startsWith(frame[0], start - frame[0].length()) && after.contains(frame[1])) {
                return true;
            }
        }
        return false;
    }

    /** 1990年|不变价: the time expression ending at {@code end} is the year of the prices a figure is reckoned at. */
    private boolean priceBase(String t, int end) {
        for (String w : afterBlockers) {
            if (t.startsWith(w, end)) {
                return true;
            }
        }
        return false;
    }

    private boolean blocked(String t, int start) {
        // 较“十三五”末: a quotation mark stands between the comparison word and the period
        if (start > 0 && (t.charAt(start - 1) == '“' || t.charAt(start - 1) == '"')) {
            start--;
        }
        for (String b : blockers) {
            if (start >= b.length() && t.startsWith(b, start - b.length())) {
                return true;
            }
        }
        return false;
    }
}
