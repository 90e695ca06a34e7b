package org.govfacts.extract.numeral;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.govfacts.fact.Qualifier;

/**
 * Finds figures with their units in normalised text: Arabic numerals (1546.18, 1,234 and
 * 33，212 with thousands separators, 3 5 5 5 with typesetting gaps, spaces before the unit as in
 * {@code 1546.18 亿元}) and Chinese numerals (十三, 两, 百, 十一点八), then multipliers (万, 亿 …),
 * the qualifier words around them (近, 余, 多, 以上 …) and a unit from {@code units.tsv}. The
 * forms of {@code numeral-forms.tsv} are read too: fractions (百分之十一点八, 三分之一), tenths
 * (五成), doublings (翻两番) and ranges written as one figure (6.5%-7%, 百分之八至九), whose upper
 * bound is the amount's {@code max}. A figure with no unit is no amount. Ordinals (第N), parts of
 * programme names joined with '+' (2+4) and ranges of time (1-3月) are passed over here; what an
 * amount means is for the dimension finders to decide.
 */
public final class AmountScanner {
    // roles in numeral-forms.tsv
    private static final String FRACTION = "fraction";
    private static final String TENTHS = "tenths";
    private static final String TENTHS_LEAD_IN = "tenths-lead-in";
    private static final String TENTHS_BLOCKER = "tenths-blocker";
    private static final String DOUBLING_VERB = "doubling-verb";
    private static final String DOUBLING_UNIT = "doubling-unit";
    private static final String DOUBLING_WORD = "doubling-word";
    private static final String RANGE = "range";
    private static final String RANGE_BLOCKER = "range-blocker";
    private static final String NAME_AFTER = "name-after";
    private static final String WORD_AFTER_MULTIPLIER = "word-after-multiplier";
    private static final String INDICATOR_LETTERS = "indicator-letters";
    private static final String MONEY_WORD = "money-word";
    private static final String MONEY_WORD_LINK = "money-word-link";
    private static final BigDecimal MYRIAD = BigDecimal.valueOf(10_000);

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);
    /** 翻十番 is already a factor of 1024; more is no report's figure. */
    private static final int MAX_DOUBLINGS = 10;

    private final AmountLexicon lexicon;

    public AmountScanner(AmountLexicon lexicon) {
        this.lexicon = lexicon;
    }

    public AmountLexicon lexicon() {
        return lexicon;
    }

    /** A numeral in the text: its span and value (null when its characters make no number). */
    private record Numeral(int start, int end, BigDecimal value, boolean chinese) {
    }

    /** What follows a numeral: multipliers, an inner qualifier (3万余份) and the unit at {@code stop}. */
    private record Tail(BigDecimal factor, Qualifier qualifier, AmountLexicon.Unit unit, int stop) {
    }

    public List<Amount> scan(String t) {
        List<Amount> out = new ArrayList<>();
        int n = t.length();
        int i = 0;
        List<int[]> bare = new ArrayList<>(); // Arabic numbers with no unit, waiting for a list's unit
        while (i < n) {
            AmountLexicon.Form word = lexicon.formAt(DOUBLING_WORD, t, i);
            if (word != null) {
                Amount a = doublingWord(t, i, word);
                if (a != null) {
                    out.add(a);
                    i = a.end();
                    continue;
                }
            }
            Numeral num = numeralAt(t, i);
            if (num == null) {
                i++;
                continue;
            }
            if (num.value() == null) {
                i = num.end();
                continue;
            }
            Amount a = special(t, num);
            if (a == null) {
                a = amountAt(t, num);
            }
            if (a != null && !structuralNonFact(t, a.numberStart(), a.numberEnd(), a.unit()) && !namePart(t, a)) {
                shareUnit(t, bare, a, out);
                pointsOfAList(t, a, out);
                out.add(a);
                i = a.end();
            } else {
                if (a == null && !num.chinese() && !structuralNonFact(t, num.start(), num.end(), "")) {
                    // 0.15、-5.64、1.34个百分点: a minus sign after a list separator is the number's own
                    boolean minus = num.start() >= 2 && "-－−".indexOf(t.charAt(num.start() - 1)) >= 0
                            && org.govfacts.text.Clauses.LIST_JOINERS.indexOf(t.charAt(num.start() - 2)) >= 0;
                    bare.add(new int[] {minus ? num.start() - 1 : num.start(), num.end()});
                }
                i = num.end();
            }
        }
        out.sort(Comparator.comparingInt(Amount::start));
        return out;
    }

    /** The forms that are not "numeral + unit": fractions, doublings and tenths. */
    private Amount special(String t, Numeral num) {
        Amount a = fraction(t, num);
        if (a == null) {
            a = doubling(t, num);
        }
        if (a == null) {
            a = tenths(t, num);
        }
        return a;
    }

    /** The numeral starting at {@code i}, or null when none starts there. */
    private Numeral numeralAt(String t, int i) {
        char c = t.charAt(i);
        if (isAsciiDigit(c)) {
            if (i > 0 && (isAsciiDigit(t.charAt(i - 1)) || t.charAt(i - 1) == '.')) {
                return null;
            }
            return arabicAt(t, i);
        }
        if (ChineseNumerals.isNumeralChar(c) && (i == 0 || !ChineseNumerals.isNumeralChar(t.charAt(i - 1)))
                && (c != '万' && c != '亿' || afterQualifier(t, i) || lexicon.formAt(FRACTION, t, i + 1) != null)) {
            return chineseAt(t, i);
        }
        return null;
    }

    /** The numeral at {@code i} of the same script as {@code like}, without looking at what precedes it. */
    private Numeral numeralLike(String t, int i, Numeral like) {
        if (i >= t.length()) {
            return null;
        }
        char c = t.charAt(i);
        Numeral n = like.chinese()
                ? ChineseNumerals.isNumeralChar(c) ? chineseAt(t, i) : null
                : isAsciiDigit(c) ? arabicAt(t, i) : null;
        return n == null || n.value() == null ? null : n;
    }

    private Numeral anyNumeral(String t, int i) {
        if (i >= t.length()) {
            return null;
        }
        char c = t.charAt(i);
        Numeral n = isAsciiDigit(c) ? arabicAt(t, i) : ChineseNumerals.isNumeralChar(c) ? chineseAt(t, i) : null;
        return n == null || n.value() == null ? null : n;
    }

    private static Numeral chineseAt(String t, int i) {
        int end = ChineseNumerals.end(t, i);
        try {
            return new Numeral(i, end, ChineseNumerals.parse(t.substring(i, end)), true);
        } catch (IllegalArgumentException e) {
            return new Numeral(i, end, null, true);
        }
    }

    private Numeral arabicAt(String t, int i) {
        int end = arabicEnd(t, i);
        if (end == i + 1) {
            int spaced = spacedDigitsEnd(t, i);
            if (spaced > end) {
                end = spaced;
            }
        }
        try {
            return new Numeral(i, end, new BigDecimal(digitsOf(t.substring(i, end))), false);
        } catch (NumberFormatException e) {
            return new Numeral(i, end, null, false);
        }
    }

    /** The digits of an Arabic numeral as written, without thousands separators and typesetting gaps. */
    private static String digitsOf(String numeral) {
        StringBuilder b = new StringBuilder(numeral.length());
        for (int k = 0; k < numeral.length(); k++) {
            char ch = numeral.charAt(k);
            if (ch != ',' && ch != '，' && !isGroupSpace(ch)) {
                b.append(ch);
            }
        }
        return b.toString();
    }

    /**
     * 分别为12、15和20亿元, 增长5.3、6.2和7.1%: numbers listed before a figure share its unit and
     * multiplier, when only list separators stand between them.
     */
    private void shareUnit(String t, List<int[]> bare, Amount a, List<Amount> out) {
        int next = a.numberStart();
        for (int k = bare.size() - 1; k >= 0; k--) {
            int[] b = bare.get(k);
            if (!onlySeparators(t, b[1], next)) {
                break;
            }
            BigDecimal value;
            try {
                boolean minus = "-－−".indexOf(t.charAt(b[0])) >= 0;
                value = new BigDecimal(digitsOf(t.substring(minus ? b[0] + 1 : b[0], b[1]))).multiply(a.factor());
                value = minus ? value.negate() : value;
            } catch (NumberFormatException e) {
                break;
            }
            out.add(new Amount(b[0], b[1], b[0], b[1], value, a.unit(), a.unitSurface(), a.kind(), null, false, a.factor(), null));
            next = b[0];
        }
        bare.clear();
    }

    /**
     * 分别拉动GDP增长0.7个、5.1个、6.5个百分点: items of a list written with the first character of the
     * last item's unit (个 of 个百分点) are in that unit, not counts of 个.
     */
    private static void pointsOfAList(String t, Amount a, List<Amount> out) {
        if (a.kind() != UnitKind.PP || a.unitSurface() == null || a.unitSurface().length() < 2) {
            return;
        }
        String head = a.unitSurface().substring(0, 1);
        int next = a.numberStart();
        for (int k = out.size() - 1; k >= 0; k--) {
            Amount b = out.get(k);
            if (b.end() > next) {
                continue; // a figure the list shared its unit with just now
            }
            if (!head.equals(b.unitSurface()) || b.isRange() || !onlySeparators(t, b.end(), next)) {
                break;
            }
            out.set(k, new Amount(b.start(), b.end(), b.numberStart(), b.numberEnd(), b.value(), a.unit(), b.unitSurface(),
                    a.kind(), b.qualifier(), b.chinese(), b.factor(), null));
            next = b.numberStart();
        }
    }

    private static boolean onlySeparators(String t, int from, int to) {
        if (to <= from) {
            return false;
        }
        return org.govfacts.text.Clauses.onlyListJoiners(t.substring(from, to));
    }

    /** 突破万亿元, 超亿元: a bare 万 or 亿 is a numeral only right after a qualifier word. */
    private boolean afterQualifier(String t, int i) {
        AmountLexicon.QualifierWord q = lexicon.beforeQualifierEndingAt(t, i);
        return q != null && q.qualifier() != null;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * End of an Arabic number starting at {@code i}: digits, thousands groups, a decimal part. A
     * thousands separator (',' or the full-width '，') joins groups only when the first group has at
     * most 3 digits and every later group exactly 3, so that a list 12，15 stays two numbers; as
     * '，' also separates clauses, it joins only when a multiplier or unit follows the number
     * (33，212万吨).
     */
    private int arabicEnd(String t, int i) {
        int n = t.length();
        int j = i;
        while (j < n && isAsciiDigit(t.charAt(j))) {
            j++;
        }
        int grouped = groupsEnd(t, i, j);
        if (grouped > j) {
            int end = decimalEnd(t, grouped);
            if (t.charAt(j) == ',' || unitOrMultiplierAt(t, skipSpaces(t, end))) {
                return end;
            }
        }
        int myriads = myriadGroupsEnd(t, i, j);
        if (myriads > j && unitOrMultiplierAt(t, skipSpaces(t, myriads))) {
            return myriads;
        }
        return decimalEnd(t, j);
    }

    /**
     * 95,2866,000元, 314,5876,000元 (a Taiwan county's accounts): commas after groups of four digits as well as three, at
     * least one of four; read as one number only where a unit or multiplier follows, and never after a first group of four
     * (2019,2020年 lists two years).
     */
    private static int myriadGroupsEnd(String t, int i, int j) {
        int n = t.length();
        if (j - i > 3 || j >= n || t.charAt(j) != ',') {
            return j;
        }
        int k = j;
        boolean four = false;
        while (k + 1 < n && t.charAt(k) == ',' && isAsciiDigit(t.charAt(k + 1))) {
            int g = k + 1;
            while (g < n && isAsciiDigit(t.charAt(g))) {
                g++;
            }
            int len = g - (k + 1);
            if (len != 3 && len != 4) {
                return j;
            }
            four |= len == 4;
            k = g;
        }
        return four ? k : j;
    }

    /** End of the thousands groups after the leading digits {@code [i, j)}, or j when they are none. */
    private static int groupsEnd(String t, int i, int j) {
        int n = t.length();
        if (j - i > 3 || j >= n || t.charAt(j) != ',' && t.charAt(j) != '，' && !isGroupSpace(t.charAt(j))) {
            return j;
        }
        char sep = t.charAt(j);
        int k = j;
        while (k < n && t.charAt(k) == sep && k + 1 < n && isAsciiDigit(t.charAt(k + 1))) {
            int g = k + 1;
            while (g < n && isAsciiDigit(t.charAt(g))) {
                g++;
            }
            if (g - (k + 1) != 3) {
                return j; // a group of another length: a list, not one number
            }
            k = g;
        }
        return k;
    }

    /**
     * A space between groups of digits (116 093万元, 64 618万元 in a 1980s yearbook): a thousands separator when
     * every later group has exactly 3 digits and a unit or multiplier follows, as with '，'.
     */
    private static boolean isGroupSpace(char c) {
        return c == ' ' || c == '\u2009' || c == '\u00A0';
    }

    private static int decimalEnd(String t, int j) {
        int n = t.length();
        if (j + 1 < n && t.charAt(j) == '.' && isAsciiDigit(t.charAt(j + 1))) {
            j++;
            while (j < n && isAsciiDigit(t.charAt(j))) {
                j++;
            }
        }
        return j;
    }

    /**
     * 3 5 5 5 万人: single digits each separated by one space, as PDF typesetting leaves them, read
     * as one number when a multiplier or unit follows; the end of the last digit, or -1.
     */
    private int spacedDigitsEnd(String t, int i) {
        int n = t.length();
        if (i >= 2 && t.charAt(i - 1) == ' ' && isAsciiDigit(t.charAt(i - 2))) {
            return -1;
        }
        int j = i + 1;
        int digits = 1;
        while (j + 1 < n && t.charAt(j) == ' ' && isAsciiDigit(t.charAt(j + 1))
                && (j + 2 >= n || !isAsciiDigit(t.charAt(j + 2)) && t.charAt(j + 2) != '.' && t.charAt(j + 2) != ',')) {
            j += 2;
            digits++;
        }
        return digits >= 2 && unitOrMultiplierAt(t, skipSpaces(t, j)) ? j : -1;
    }

    private boolean unitOrMultiplierAt(String t, int p) {
        return p < t.length() && (lexicon.unitAt(t, p) != null || lexicon.multiplierAt(t, p) != null);
    }

    private static int skipSpaces(String t, int p) {
        while (p < t.length() && (t.charAt(p) == ' ' || t.charAt(p) == '\u3000' || t.charAt(p) == '\u00A0')) {
            p++;
        }
        return p;
    }

    /** Multipliers and an inner qualifier (3万余份, 2800余万元, 10多次) from {@code p} until a unit. */
    private Tail tail(String t, int p, boolean chinese) {
        BigDecimal factor = BigDecimal.ONE;
        Qualifier qualifier = null;
        p = skipSpaces(t, p);
        for (int guard = 0; guard < 4 && p < t.length(); guard++) {
            AmountLexicon.Unit unit = lexicon.unitAt(t, p);
            if (unit != null && factor.compareTo(BigDecimal.ONE) != 0 && lexicon.formAt(WORD_AFTER_MULTIPLIER, t, p) != null) {
                break; // 超30亿项目: a money threshold before its noun, not 3 billion items
            }
            if (unit != null) {
                return new Tail(factor, qualifier, unit, p);
            }
            AmountLexicon.QualifierWord q = lexicon.insideQualifierAt(t, p);
            if (q != null) {
                qualifier = q.qualifier();
                p = skipSpaces(t, p + q.surface().length());
                continue;
            }
            AmountLexicon.Multiplier m = chinese ? null : lexicon.multiplierAt(t, p);
            if (m == null) {
                break;
            }
            factor = factor.multiply(m.factor());
            p = skipSpaces(t, p + m.surface().length());
        }
        return new Tail(factor, qualifier, null, p);
    }

    /** Kinds of figure a range may have: not time (1-3月, 2021-2025年 are periods) nor anniversaries. */
    private static boolean rangeKind(UnitKind k) {
        return k != UnitKind.DURATION && k != UnitKind.ANNIVERSARY && k != UnitKind.DOUBLING && k != UnitKind.NON_UNIT;
    }

    /** After {@code p}: a range joiner and the numeral it leads to, or null. */
    private Numeral rangeSecond(String t, int p, Numeral first) {
        if (rangeBlocked(t, first.start())) {
            return null;
        }
        int q = skipSpaces(t, p);
        AmountLexicon.Form joiner = lexicon.formAt(RANGE, t, q);
        return joiner == null ? null : numeralLike(t, skipSpaces(t, q + joiner.surface().length()), first);
    }

    /** 由8%到10%: after 由/从 two figures joined by 到 are a change, not a range. */
    private boolean rangeBlocked(String t, int numStart) {
        int b = numStart;
        while (b > 0 && t.charAt(b - 1) == ' ') {
            b--;
        }
        AmountLexicon.QualifierWord q = lexicon.beforeQualifierEndingAt(t, b);
        if (q != null) {
            b -= q.surface().length();
        }
        return lexicon.formEndingAt(RANGE_BLOCKER, t, b) != null;
    }

    private Amount amountAt(String t, Numeral num) {
        Tail first = tail(t, num.end(), num.chinese());
        AmountLexicon.Unit unit = first.unit();
        BigDecimal factor = first.factor();
        BigDecimal value = num.value().multiply(factor);
        BigDecimal max = null;
        Qualifier qualifier = first.qualifier();
        int unitAt = first.stop();
        int numberEnd = num.end();
        LowerGroup lower = unit == null ? lowerGroup(t, num, first) : null;
        if (lower != null) {
            // 13亿4735万人, 1亿零200万元: a number written in two groups; 24万6619亿元: 万 before 亿 is 万亿
            BigDecimal lowerFactor = lower.tail().factor();
            value = lowerFactor.compareTo(factor) > 0
                    ? num.value().multiply(factor).add(lower.digits()).multiply(lowerFactor)
                    : value.add(lower.digits().multiply(lowerFactor));
            factor = lowerFactor; // the figure is written to the second group's step either way
            unit = lower.tail().unit();
            unitAt = lower.tail().stop();
            numberEnd = lower.digitsEnd();
        }
        if (unit == null) {
            // 6-7%, 5-10亿元, 8至9%: two numerals sharing the second one's multiplier and unit
            Numeral second = rangeSecond(t, first.stop(), num);
            if (second == null) {
                return impliedYuan(t, num, factor, unitAt) ? new Amount(num.start(), unitAt, num.start(), numberEnd, value,
                        "元", "", UnitKind.MONEY, qualifiers(t, new int[] {num.start(), unitAt}, qualifier), num.chinese(),
                        factor, null) : null;
            }
            Tail tail = tail(t, second.end(), second.chinese());
            if (tail.unit() == null || !rangeKind(tail.unit().kind())) {
                return null;
            }
            factor = tail.factor();
            value = num.value().multiply(first.factor().compareTo(BigDecimal.ONE) != 0 ? first.factor() : factor);
            max = second.value().multiply(factor);
            if (max.compareTo(value) <= 0) {
                return null;
            }
            unit = tail.unit();
            unitAt = tail.stop();
            numberEnd = second.end();
            if (tail.qualifier() != null) {
                qualifier = tail.qualifier();
            }
        }
        int end = unitAt + unit.surface().length();
        if (unit.kind() == UnitKind.DURATION && end < t.length() && t.charAt(end) == '半') {
            value = value.add(new BigDecimal("0.5"));
            end++;
        }
        if (max == null && rangeKind(unit.kind())) {
            // 6.5%-7%, 8%至9%: a second figure of the same unit right after the first
            Numeral second = rangeSecond(t, end, num);
            if (second != null) {
                Tail tail = tail(t, second.end(), second.chinese());
                if (tail.unit() != null && tail.unit().surface().equals(unit.surface())
                        && second.value().multiply(tail.factor()).compareTo(value) > 0) {
                    max = second.value().multiply(tail.factor());
                    numberEnd = second.end();
                    end = tail.stop() + unit.surface().length();
                }
            }
        }
        int[] span = {num.start(), end};
        qualifier = qualifiers(t, span, qualifier);
        return new Amount(span[0], span[1], num.start(), numberEnd, value, unit.unit(), unit.surface(), unit.kind(),
                qualifier, num.chinese(), factor, max);
    }

    /**
     * 总投资50亿，: a figure with a multiplier (万, 亿, 兆) and no unit, right after a money word (numeral-forms.tsv) with
     * at most a link word and a qualifier between, and punctuation or the text's end after it, is in 元.
     */
    private boolean impliedYuan(String t, Numeral num, BigDecimal factor, int after) {
        boolean multiplied = num.chinese()
                ? "万亿兆".indexOf(t.charAt(num.end() - 1)) >= 0
                : factor.compareTo(MYRIAD) >= 0;
        if (!multiplied || after < t.length() && "，。；、,;)）！？\n".indexOf(t.charAt(after)) < 0) {
            return false;
        }
        int p = num.start();
        for (int step = 0; step < 2; step++) {
            AmountLexicon.QualifierWord q = lexicon.beforeQualifierEndingAt(t, p);
            AmountLexicon.Form link = q == null ? lexicon.formEndingAt(MONEY_WORD_LINK, t, p) : null;
            if (q == null && link == null) {
                break;
            }
            p -= q != null ? q.surface().length() : link.surface().length();
        }
        return lexicon.formEndingAt(MONEY_WORD, t, p) != null;
    }

    /** The second group of a number written in two: its digits, where they end, and its multiplier and unit. */
    private record LowerGroup(BigDecimal digits, int digitsEnd, Tail tail) {
    }

    /**
     * The second group of a number written in two (13亿|4735万人, 1亿零|200万元, 24万|6619亿元): Arabic
     * digits right after the first group's multiplier (a 零 between them allowed), with a multiplier of
     * their own and the unit; null where the digits are not below the first multiplier's step.
     */
    private LowerGroup lowerGroup(String t, Numeral num, Tail first) {
        BigDecimal high = first.factor();
        if (num.chinese() || high.compareTo(BigDecimal.ONE) == 0 || first.stop() >= t.length()) {
            return null;
        }
        int p = skipZero(t, first.stop());
        if (p >= t.length() || !isAsciiDigit(t.charAt(p))) {
            return null;
        }
        int end = p;
        while (end < t.length() && (isAsciiDigit(t.charAt(end)) || t.charAt(end) == ',' && end > p && thousandsGroupAt(t, end + 1))) {
            end++;
        }
        Tail second = tail(t, end, false);
        BigDecimal rest = new BigDecimal(t.substring(p, end).replace(",", ""));
        if (second.unit() == null && second.qualifier() == null && second.factor().compareTo(BigDecimal.ONE) > 0
                && second.factor().compareTo(high) < 0 && rest.multiply(second.factor()).compareTo(high) < 0) {
            // 1,929亿6,554万4千元, 351亿7884万2千元: a third group below the second; the two lower ones are read as one, in
            // the third's step (6554万4千 = 65544千)
            LowerGroup third = lowerGroup(t, new Numeral(num.start(), end, rest, false), second);
            if (third != null && third.tail().factor().compareTo(second.factor()) < 0) {
                BigDecimal step = second.factor().divide(third.tail().factor());
                return new LowerGroup(rest.multiply(step).add(third.digits()), third.digitsEnd(), third.tail());
            }
        }
        // no unit after the lower group's multiplier (歲出2兆8,814億，): the caller decides whether the number is in 元
        boolean multiplierOnly = second.unit() == null && second.factor().compareTo(BigDecimal.ONE) > 0;
        if (second.unit() == null && !multiplierOnly || second.qualifier() != null
                || second.stop() != skipSpaces(t, end) + multiplierWidth(t, skipSpaces(t, end))) {
            return null;
        }
        if (second.factor().compareTo(BigDecimal.ONE) == 0) {
            // 2,339萬4,547人, 1萬0,357人: a count written in myriads and the units after them (Taiwan's and Hong Kong's way)
            return rest.compareTo(high) < 0 && high.compareTo(BigDecimal.valueOf(10000)) >= 0 ? new LowerGroup(rest, end, second) : null;
        }
        BigDecimal ten4 = BigDecimal.valueOf(10000);
        boolean fits = second.factor().compareTo(high) < 0
                // the lower group fills the first multiplier's step: 4735万 < 1亿
                ? rest.multiply(second.factor()).compareTo(high) < 0
                // 24万6619亿: the first group counts 万 of the second multiplier
                : high.compareTo(ten4) == 0 && rest.compareTo(ten4) < 0;
        return fits ? new LowerGroup(rest, end, second) : null;
    }

    /** Exactly three digits at {@code p}, then no digit: a group after a thousands comma (4,547). */
    private static boolean thousandsGroupAt(String t, int p) {
        return p + 3 <= t.length() && isAsciiDigit(t.charAt(p)) && isAsciiDigit(t.charAt(p + 1)) && isAsciiDigit(t.charAt(p + 2))
                && (p + 3 == t.length() || !isAsciiDigit(t.charAt(p + 3)));
    }

    /** The width of one multiplier at {@code p}, 0 where none. */
    private int multiplierWidth(String t, int p) {
        AmountLexicon.Multiplier m = lexicon.multiplierAt(t, p);
        return m == null ? 0 : m.surface().length();
    }

    private static int skipZero(String t, int p) {
        return p < t.length() && (t.charAt(p) == '零' || t.charAt(p) == '〇') ? p + 1 : p;
    }

    /**
     * Widens {@code span} over the qualifier words after (以上, 左右) and before (近, 超过) the figure
     * and returns the qualifier they give ({@code inner} when they give none).
     */
    private Qualifier qualifiers(String t, int[] span, Qualifier inner) {
        Qualifier qualifier = inner;
        int afterSpaces = skipSpaces(t, span[1]);
        AmountLexicon.QualifierWord after = lexicon.afterQualifierAt(t, afterSpaces);
        if (after != null) {
            qualifier = after.qualifier();
            span[1] = afterSpaces + after.surface().length();
        }
        int beforeEnd = span[0];
        while (beforeEnd > 0 && t.charAt(beforeEnd - 1) == ' ') {
            beforeEnd--;
        }
        AmountLexicon.QualifierWord before = lexicon.beforeQualifierEndingAt(t, beforeEnd);
        if (before != null) {
            if (before.qualifier() != null) {
                qualifier = before.qualifier();
            }
            span[0] = beforeEnd - before.surface().length();
        }
        return qualifier;
    }

    /**
     * M分之N as a percentage: 百分之十一点八 → 11.8, 三分之一 → 33.33…; 千分之五 in ‰ (5), as 5‰ is; with a range,
     * 百分之八至九 or 百分之八至百分之九 → 8 up to 9.
     */
    private Amount fraction(String t, Numeral den) {
        AmountLexicon.Form form = lexicon.formAt(FRACTION, t, den.end());
        if (form == null || den.value().signum() <= 0) {
            return null;
        }
        Numeral num = anyNumeral(t, den.end() + form.surface().length());
        if (num == null) {
            return null;
        }
        // 千分之五: a fraction of a thousand is a rate per mille, kept in ‰ as written (5), like 5‰
        AmountLexicon.Unit permille = den.value().compareTo(THOUSAND) == 0 ? lexicon.unitOfKind(UnitKind.PERMILLE) : null;
        BigDecimal value = partOf(num.value(), den.value(), permille);
        BigDecimal max = null;
        int end = num.end();
        if (!rangeBlocked(t, den.start())) {
            AmountLexicon.Form joiner = lexicon.formAt(RANGE, t, end);
            Numeral second = joiner == null ? null : anyNumeral(t, end + joiner.surface().length());
            if (second != null) {
                AmountLexicon.Form again = lexicon.formAt(FRACTION, t, second.end());
                if (again != null) {
                    // 百分之八至百分之九: the same denominator written again
                    Numeral num2 = second.value().compareTo(den.value()) == 0
                            ? anyNumeral(t, second.end() + again.surface().length()) : null;
                    if (num2 != null && num2.value().compareTo(num.value()) > 0) {
                        max = partOf(num2.value(), den.value(), permille);
                        end = num2.end();
                    }
                } else if (second.value().compareTo(num.value()) > 0) {
                    max = partOf(second.value(), den.value(), permille);
                    end = second.end();
                }
            }
        }
        int numberEnd = end;
        int[] span = {den.start(), end};
        Qualifier qualifier = qualifiers(t, span, null);
        return new Amount(span[0], span[1], den.start(), numberEnd, value, permille == null ? "%" : permille.unit(), form.surface(),
                permille == null ? UnitKind.PERCENT : UnitKind.PERMILLE, qualifier, num.chinese(), BigDecimal.ONE, max);
    }

    /** N/M as a percentage, or as N itself when M is a thousand and the fraction is read in ‰ ({@code permille} not null). */
    private static BigDecimal partOf(BigDecimal numerator, BigDecimal denominator, AmountLexicon.Unit permille) {
        if (permille != null) {
            return numerator.stripTrailingZeros();
        }
        return numerator.multiply(HUNDRED).divide(denominator, MathContext.DECIMAL64).stripTrailingZeros();
    }

    /** 翻一番 → a multiple of 1 (+100%), 翻两番 → 3 (+300%): 翻N番 multiplies by 2^N. */
    private Amount doubling(String t, Numeral num) {
        AmountLexicon.Form verb = lexicon.formEndingAt(DOUBLING_VERB, t, num.start());
        AmountLexicon.Form unit = verb == null ? null : lexicon.formAt(DOUBLING_UNIT, t, num.end());
        if (unit == null || num.value().signum() <= 0 || num.value().stripTrailingZeros().scale() > 0
                || num.value().intValue() > MAX_DOUBLINGS) {
            return null;
        }
        BigDecimal multiple = BigDecimal.valueOf((1L << num.value().intValue()) - 1);
        int[] span = {num.start() - verb.surface().length(), num.end() + unit.surface().length()};
        Qualifier qualifier = qualifiers(t, span, null);
        return new Amount(span[0], span[1], num.start(), num.end(), multiple, "倍", unit.surface(), UnitKind.DOUBLING,
                qualifier, num.chinese(), BigDecimal.ONE, null);
    }

    /** 实现翻番: a doubling written without a numeral (the number of doublings is the form's argument). */
    private Amount doublingWord(String t, int at, AmountLexicon.Form word) {
        int doublings;
        try {
            doublings = Integer.parseInt(word.argument());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("numeral-forms.tsv: doubling-word " + word.surface()
                    + " needs a number of doublings, not " + word.argument());
        }
        int end = at + word.surface().length();
        int[] span = {at, end};
        Qualifier qualifier = qualifiers(t, span, null);
        return new Amount(span[0], span[1], at, end, BigDecimal.valueOf((1L << doublings) - 1), "倍", word.surface(),
                UnitKind.DOUBLING, qualifier, true, BigDecimal.ONE, null);
    }

    /**
     * 五成以上 → 50%: a single-digit numeral before 成, when 成 does not start a word (成立, 成本) and,
     * for a Chinese numeral, a qualifier or punctuation closes it (八成以上) or what precedes it
     * cannot make it part of a word (统一成…).
     */
    private Amount tenths(String t, Numeral num) {
        AmountLexicon.Form form = lexicon.formAt(TENTHS, t, num.end());
        if (form == null || num.end() - num.start() != 1 || num.value().signum() <= 0) {
            return null;
        }
        if (lexicon.formAt(TENTHS_BLOCKER, t, num.end() + form.surface().length()) != null) {
            return null;
        }
        int after = num.end() + form.surface().length();
        boolean closed = after >= t.length() || !Character.isIdeographic(t.charAt(after))
                || lexicon.afterQualifierAt(t, after) != null; // 八成以上, 三成。
        if (num.chinese() && !closed && !tenthsLeadIn(t, num.start())) {
            return null;
        }
        int[] span = {num.start(), num.end() + form.surface().length()};
        Qualifier qualifier = qualifiers(t, span, null);
        return new Amount(span[0], span[1], num.start(), num.end(), num.value().multiply(new BigDecimal(form.argument())),
                "%", form.surface(), UnitKind.PERCENT, qualifier, num.chinese(), BigDecimal.ONE, null);
    }

    private boolean tenthsLeadIn(String t, int at) {
        int b = at;
        while (b > 0 && t.charAt(b - 1) == ' ') {
            b--;
        }
        return b == 0 || !Character.isIdeographic(t.charAt(b - 1))
                || lexicon.beforeQualifierEndingAt(t, b) != null
                || lexicon.formEndingAt(TENTHS_LEAD_IN, t, b) != null;
    }

    /** 1%人口抽样调查, 5‰人口变动抽样调查: a figure followed by words that make it part of a name (numeral-forms.tsv name-after). */
    private boolean namePart(String t, Amount a) {
        return lexicon.formAt(NAME_AFTER, t, skipSpaces(t, a.end())) != null;
    }

    /** Whether the Latin letters ending at {@code end} are a whole word of numeral-forms.tsv's indicator letters (GDP). */
    private boolean indicatorLetters(String t, int end) {
        int start = end;
        while (start > 0 && t.charAt(start - 1) < 128 && Character.isLetter(t.charAt(start - 1))) {
            start--;
        }
        AmountLexicon.Form f = lexicon.formAt(INDICATOR_LETTERS, t, start);
        return f != null && start + f.surface().length() == end;
    }

    /** Ordinals, programme names with '+', ranges of what has no range here (1-3月), codes such as G20. */
    private boolean structuralNonFact(String t, int numStart, int numEnd, String unit) {
        int b = numStart - 1;
        while (b >= 0 && t.charAt(b) == ' ') {
            b--;
        }
        if (b >= 0) {
            char prev = t.charAt(b);
            if (prev == '第' || prev == '+' || prev == '＋' || Character.isLetter(prev) && prev < 0x3000 && !indicatorLetters(t, b + 1)) {
                return true;
            }
            // 每千人, 每万元: the base of a rate per unit, not an amount
            if (prev == '每') {
                return true;
            }
            // 前10位, 前三名: the top of a ranking, not a count
            if (prev == '前' && (unit.equals("位") || unit.equals("名"))) {
                return true;
            }
            AmountLexicon.Form joiner = lexicon.formEndingAt(RANGE, t, b + 1);
            if (joiner != null) {
                int before = b + 1 - joiner.surface().length() - 1;
                if (before >= 0 && (isAsciiDigit(t.charAt(before)) || ChineseNumerals.isNumeralChar(t.charAt(before)))) {
                    return true;
                }
            }
        }
        if (numEnd < t.length()) {
            char next = t.charAt(numEnd);
            if (next == '+' || next == '＋') {
                return true;
            }
            AmountLexicon.Form joiner = lexicon.formAt(RANGE, t, numEnd);
            if (joiner != null && joiner.surface().length() == 1 && !Character.isIdeographic(next)) {
                int after = numEnd + 1;
                return after < t.length() && (isAsciiDigit(t.charAt(after)) || ChineseNumerals.isNumeralChar(t.charAt(after)));
            }
        }
        return false;
    }
}
