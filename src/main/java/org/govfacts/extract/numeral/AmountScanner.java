package org.govfacts.extract.numeral;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.govfacts.fact.Qualifier;

/**
 * Finds figures with their units in normalised text: Arabic numerals (1546.18, 1,234, with
 * spaces before the unit as in {@code 1546.18 亿元}) and Chinese numerals (十三, 两, 百), then
 * multipliers (万, 亿 …), the qualifier words around them (近, 余, 多, 以上 …) and a unit from
 * {@code units.tsv}. A figure with no unit is no amount. Ordinals (第N), parts of programme
 * names joined with '+' (2+4) and ranges (1-3) are passed over here; what an amount means is
 * for the dimension finders to decide.
 */
public final class AmountScanner {
    private final AmountLexicon lexicon;

    public AmountScanner(AmountLexicon lexicon) {
        this.lexicon = lexicon;
    }

    public AmountLexicon lexicon() {
        return lexicon;
    }

    public List<Amount> scan(String t) {
        List<Amount> out = new ArrayList<>();
        int n = t.length();
        int i = 0;
        List<int[]> bare = new ArrayList<>(); // Arabic numbers with no unit, waiting for a list's unit
        while (i < n) {
            char c = t.charAt(i);
            int numEnd;
            boolean chinese;
            if (isAsciiDigit(c) && (i == 0 || !isAsciiDigit(t.charAt(i - 1)) && t.charAt(i - 1) != '.')) {
                numEnd = arabicEnd(t, i);
                chinese = false;
            } else if (ChineseNumerals.isNumeralChar(c) && (c != '万' && c != '亿' || afterQualifier(t, i))
                    && (i == 0 || !ChineseNumerals.isNumeralChar(t.charAt(i - 1)))) {
                numEnd = i;
                while (numEnd < n && ChineseNumerals.isNumeralChar(t.charAt(numEnd))) {
                    numEnd++;
                }
                chinese = true;
            } else {
                i++;
                continue;
            }
            Amount a = amountAt(t, i, numEnd, chinese);
            if (a != null && !structuralNonFact(t, i, numEnd, a)) {
                shareUnit(t, bare, a, out);
                out.add(a);
                i = a.end();
            } else {
                if (a == null && !chinese && !structuralNonFact(t, i, numEnd, "")) {
                    bare.add(new int[] {i, numEnd});
                }
                i = numEnd;
            }
        }
        out.sort(java.util.Comparator.comparingInt(Amount::start));
        return out;
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
                value = new BigDecimal(t.substring(b[0], b[1]).replace(",", "")).multiply(a.factor());
            } catch (NumberFormatException e) {
                break;
            }
            out.add(new Amount(b[0], b[1], b[0], b[1], value, a.unit(), a.unitSurface(), a.kind(), null, false, a.factor()));
            next = b[0];
        }
        bare.clear();
    }

    private static boolean onlySeparators(String t, int from, int to) {
        if (to <= from) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if ("、和及与 ".indexOf(t.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    /** 突破万亿元, 超亿元: a bare 万 or 亿 is a numeral only right after a qualifier word. */
    private boolean afterQualifier(String t, int i) {
        AmountLexicon.QualifierWord q = lexicon.beforeQualifierEndingAt(t, i);
        return q != null && q.qualifier() != null;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** End of an Arabic number starting at {@code i}: digits, a decimal part, thousands commas. */
    private static int arabicEnd(String t, int i) {
        int n = t.length();
        int j = i;
        while (j < n && isAsciiDigit(t.charAt(j))) {
            j++;
        }
        // thousands separators: ",ddd" groups
        while (j + 3 < n + 0 && t.charAt(j) == ',' && isAsciiDigit(t.charAt(j + 1)) && isAsciiDigit(t.charAt(j + 2))
                && isAsciiDigit(t.charAt(j + 3)) && (j + 4 >= n || !isAsciiDigit(t.charAt(j + 4)))) {
            j += 4;
        }
        if (j + 1 < n && t.charAt(j) == '.' && isAsciiDigit(t.charAt(j + 1))) {
            j++;
            while (j < n && isAsciiDigit(t.charAt(j))) {
                j++;
            }
        }
        return j;
    }

    private static int skipSpaces(String t, int p) {
        while (p < t.length() && (t.charAt(p) == ' ' || t.charAt(p) == '\u3000' || t.charAt(p) == '\u00A0')) {
            p++;
        }
        return p;
    }

    private Amount amountAt(String t, int numStart, int numEnd, boolean chinese) {
        BigDecimal value;
        BigDecimal factor = BigDecimal.ONE;
        String numeral = t.substring(numStart, numEnd);
        try {
            value = chinese ? ChineseNumerals.parse(numeral) : new BigDecimal(numeral.replace(",", ""));
        } catch (IllegalArgumentException e) {
            return null;
        }
        Qualifier qualifier = null;
        int p = skipSpaces(t, numEnd);
        AmountLexicon.Unit unit = null;
        // multipliers and an inner qualifier (3万余份, 2800余万元, 10多次) until a unit
        for (int guard = 0; guard < 4 && p < t.length(); guard++) {
            unit = lexicon.unitAt(t, p);
            if (unit != null) {
                break;
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
            value = value.multiply(m.factor());
            factor = factor.multiply(m.factor());
            p = skipSpaces(t, p + m.surface().length());
        }
        if (unit == null) {
            return null;
        }
        int end = p + unit.surface().length();
        if (unit.kind() == UnitKind.DURATION && end < t.length() && t.charAt(end) == '半') {
            value = value.add(new BigDecimal("0.5"));
            end++;
        }
        int afterSpaces = skipSpaces(t, end);
        AmountLexicon.QualifierWord after = lexicon.afterQualifierAt(t, afterSpaces);
        if (after != null) {
            qualifier = after.qualifier();
            end = afterSpaces + after.surface().length();
        }
        int start = numStart;
        int beforeEnd = numStart;
        while (beforeEnd > 0 && t.charAt(beforeEnd - 1) == ' ') {
            beforeEnd--;
        }
        AmountLexicon.QualifierWord before = lexicon.beforeQualifierEndingAt(t, beforeEnd);
        if (before != null) {
            if (before.qualifier() != null) {
                qualifier = before.qualifier();
            }
            start = beforeEnd - before.surface().length();
        }
        return new Amount(start, end, numStart, numEnd, value, unit.unit(), unit.surface(), unit.kind(), qualifier, chinese, factor);
    }

    /** Ordinals, programme names with '+', ranges, codes such as G20. */
    private static boolean structuralNonFact(String t, int numStart, int numEnd, Amount a) {
        return structuralNonFact(t, numStart, numEnd, a == null ? "" : a.unit());
    }

    private static boolean structuralNonFact(String t, int numStart, int numEnd, String unit) {
        int b = numStart - 1;
        while (b >= 0 && t.charAt(b) == ' ') {
            b--;
        }
        if (b >= 0) {
            char prev = t.charAt(b);
            if (prev == '第' || prev == '+' || prev == '＋' || Character.isLetter(prev) && prev < 0x3000) {
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
            if ((prev == '-' || prev == '—' || prev == '~' || prev == '～' || prev == '至' || prev == '到')
                    && b > 0 && (isAsciiDigit(t.charAt(b - 1)) || ChineseNumerals.isNumeralChar(t.charAt(b - 1)))) {
                return true;
            }
        }
        if (numEnd < t.length()) {
            char next = t.charAt(numEnd);
            if (next == '+' || next == '＋' || next == '-' || next == '—' || next == '~' || next == '～') {
                return numEnd + 1 < t.length() && (isAsciiDigit(t.charAt(numEnd + 1)) || ChineseNumerals.isNumeralChar(t.charAt(numEnd + 1))
                        || next == '+' || next == '＋');
            }
        }
        return false;
    }
}
