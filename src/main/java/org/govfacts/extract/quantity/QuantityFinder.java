package org.govfacts.extract.quantity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.govfacts.extract.DocumentContext;
import org.govfacts.extract.FactFinder;
import org.govfacts.extract.FoundFact;
import org.govfacts.extract.numeral.Amount;
import org.govfacts.extract.numeral.ChineseNumerals;
import org.govfacts.extract.numeral.UnitKind;
import org.govfacts.fact.FactType;
import org.govfacts.fact.Qualifier;
import org.govfacts.lexicon.Lexicon;
import org.govfacts.text.YearShapes;

/**
 * Counts, measures and durations (766个, 3305 万吨, 两个月, 一年半, 近千家). Not facts: years
 * (2023年), spans of time that scope a figure rather than measure something (近三年, 前8个月,
 * 一年多来: periods), and small counts written in Chinese numerals, which in reports are almost
 * always rhetoric (三个路径, 五个方面) rather than how-many answers.
 */
public final class QuantityFinder implements FactFinder {
    private static final BigDecimal TEN = BigDecimal.TEN;
    private final Set<String> periodPrefixes;
    private final Set<String> periodSuffixes;
    /** Words after 18年 that make it the year 2018 (18年底, 18年实现): two-digit-year-followers.txt. */
    private final List<String> twoDigitYearFollowers;
    /** Words after 113年 that make it a year of the Republic era (113年度, 113年我国…): roc-year-followers.txt. */
    private final List<String> rocYearFollowers;

    public QuantityFinder(Lexicon lexicon) {
        this.periodPrefixes = Set.copyOf(lexicon.words("duration-period-prefixes"));
        this.periodSuffixes = Set.copyOf(lexicon.words("duration-period-suffixes"));
        this.twoDigitYearFollowers = List.copyOf(lexicon.words("two-digit-year-followers"));
        this.rocYearFollowers = List.copyOf(lexicon.words("roc-year-followers"));
    }

    @Override
    public List<FoundFact> find(DocumentContext c) {
        List<FoundFact> out = new ArrayList<>();
        String t = c.t();
        for (Amount a : c.amounts()) {
            UnitKind k = a.kind();
            if (k != UnitKind.COUNT && k != UnitKind.MEASURE && k != UnitKind.DURATION) {
                continue;
            }
            if (c.quoted().anyQuoted(a.numberStart(), a.numberEnd())) {
                continue;
            }
            String numeral = t.substring(a.numberStart(), a.numberEnd());
            if (k == UnitKind.DURATION && (isYear(a, numeral) || isTwoDigitYear(t, a, numeral) || isRocYear(t, a, numeral))) {
                continue;
            }
            if (k == UnitKind.DURATION && scopesAPeriod(t, a)) {
                continue;
            }
            if (yearBeforePart(t, a, numeral)) {
                continue;
            }
            if (a.chinese() && k != UnitKind.DURATION && a.value().compareTo(TEN) < 0) {
                continue;
            }
            // 这是…的五年, 百年奋斗目标: years counted in words are rhetoric, not measured durations
            // (一年半 keeps its half and stays)
            if (a.chinese() && a.unit().equals("年") && a.value().scale() <= 0) {
                continue;
            }
            out.add(FoundFact.numeric(FactType.QUANTITY, a.start(), a.end(), a.value().doubleValue(),
                    a.isRange() ? a.max().doubleValue() : null, a.unit(), a.qualifier(), null));
        }
        return out;
    }

    /** 18年底, 南宁18年实现: a year written with two digits, before a word of two-digit-year-followers.txt. */
    private boolean isTwoDigitYear(String t, Amount a, String numeral) {
        if (a.chinese() || numeral.length() != 2 || !a.unitSurface().equals("年") || a.start() != a.numberStart()) {
            return false;
        }
        return followedByOneOf(t, a.end(), twoDigitYearFollowers);
    }

    /** 2024工作回顾 2025部分重点工作: a year before 部分 (a part), no count of 2025 部 (films, vehicles). */
    private static boolean yearBeforePart(String t, Amount a, String numeral) {
        return !a.chinese() && a.unitSurface().equals("部") && t.startsWith("分", a.end()) && numeral.matches("(?:19|20)\\d{2}");
    }

    /** Whether one of {@code words} follows {@code end}, spaces skipped. */
    private static boolean followedByOneOf(String t, int end, List<String> words) {
        int e = end;
        while (e < t.length() && Character.isWhitespace(t.charAt(e))) {
            e++;
        }
        for (String w : words) {
            if (t.startsWith(w, e)) {
                return true;
            }
        }
        return false;
    }

    /**
     * 114年1月底, 民国89年, 113年度, 104年228亿: a year of the Republic of China era (period-patterns.txt); 2024/25年度: the year a fiscal
     * year ends in. No span of years.
     */
    private boolean isRocYear(String t, Amount a, String numeral) {
        if (a.chinese() || !a.unitSurface().equals("年") || a.start() != a.numberStart()) {
            return false;
        }
        if (YearShapes.inFiscalYear(t, a.start())) {
            return true; // 2024/25年度: the end of a fiscal year's name
        }
        String before = t.substring(Math.max(0, a.start() - 4), a.start()).strip();
        return before.endsWith("民国") || before.endsWith("民國")
                || numeral.matches("1[0-4][0-9]") && (YearShapes.monthAt(t, a.end())
                        || followedByOneOf(t, a.end(), rocYearFollowers) || figureAt(t, a.end()));
    }

    /** 与104年228亿相较: a figure right after the year, which no span of 104 years is written before. */
    private static boolean figureAt(String t, int at) {
        return at < t.length() && Character.isDigit(t.charAt(at));
    }

    private static boolean isYear(Amount a, String numeral) {
        if (!a.unit().equals("年") || !a.unitSurface().equals("年")) {
            return false;
        }
        if (a.chinese()) {
            return ChineseNumerals.isPositional(numeral) && numeral.length() >= 2;
        }
        return numeral.length() == 4;
    }

    /** 近三年, 前8个月, 过去五年, 一年多来, 三年以来: a span of time that scopes other figures. */
    private boolean scopesAPeriod(String t, Amount a) {
        if (a.qualifier() == Qualifier.LESS_THAN && a.start() < a.numberStart()
                && t.startsWith("近", a.start())) {
            return true;
        }
        for (String p : periodPrefixes) {
            int s = a.start() - p.length();
            // 提前两个月 is how much earlier, not a period
            if (s >= 0 && t.startsWith(p, s) && !(p.equals("前") && s > 0 && t.charAt(s - 1) == '提')) {
                return true;
            }
        }
        int e = a.end();
        for (String suffix : periodSuffixes) {
            if (t.startsWith(suffix, e)) {
                return true;
            }
        }
        return false;
    }
}
