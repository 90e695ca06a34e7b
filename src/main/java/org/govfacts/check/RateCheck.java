package org.govfacts.check;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.govfacts.fact.Fact;
import org.govfacts.fact.FactType;

/**
 * Rates against the counts they are computed from (已开复工107项 … 137个项目 → 开复工率78.1%;
 * 已解决3097条 of 3118条 → 解决率99%以上), and shares against the base they name
 * (完成投资X，占年度计划投资的Y% with 年度计划投资 stated nearby; 其中A …，占比Y% of the total).
 */
final class RateCheck {
    /** How many candidate bases are tried, nearest first, before a rate is called inconsistent. */
    private static final int BASES_TRIED = 3;

    private final CheckWords words;

    RateCheck(CheckWords words) {
        this.words = words;
    }

    List<Finding> check(DocumentView d, List<Breakdown> breakdowns) {
        Map<Placed, Placed> totalOfPart = new IdentityHashMap<>();
        for (Breakdown b : breakdowns) {
            for (Placed p : b.parts()) {
                totalOfPart.put(p, b.total());
            }
        }
        List<Finding> out = new ArrayList<>();
        for (Placed r : d.placed()) {
            Fact f = r.fact();
            if (f.type() != FactType.RATIO || f.value() == null || !"%".equals(f.unit())) {
                continue;
            }
            String label = r.label();
            Finding finding = label.indexOf('率') >= 0 ? rate(d, r, label) : share(d, r, label, totalOfPart);
            if (finding != null) {
                out.add(finding);
            }
        }
        return out;
    }

    private Finding rate(DocumentView d, Placed r, String label) {
        if (label.contains("分别")) {
            return null; // 入园率和普惠率分别达96%和94%: which rate is which is a matter of order, not checked
        }
        int at = label.lastIndexOf('率');
        int from = at;
        while (from > 0 && at - from < 4 && isStemChar(label.charAt(from - 1))) {
            from--;
        }
        String word = label.substring(from, at);
        int nameFrom = from;
        while (nameFrom > 0 && at - nameFrom < 8 && isStemChar(label.charAt(nameFrom - 1))) {
            nameFrom--;
        }
        if (word.length() < 2) {
            return null;
        }
        Placed numerator = null;
        for (int len = word.length(); len >= 2 && numerator == null; len--) {
            String stem = word.substring(word.length() - len);
            for (Placed q : d.before(r, 2)) {
                String ql = q.label();
                if (Figures.isAddable(q, words) && ql.contains(stem) && !ql.contains("未" + stem) && !ql.contains("率")) {
                    numerator = q;
                    break;
                }
            }
        }
        if (numerator == null) {
            return null;
        }
        List<Placed> bases = new ArrayList<>();
        for (Placed q : d.before(numerator, 2)) {
            if (bases.size() == BASES_TRIED) {
                break;
            }
            if (Figures.isAddable(q, words) && Figures.sameClass(q.fact(), numerator.fact(), words)
                    && q.fact().value() >= numerator.fact().value() && q.fact().value() > 0) {
                bases.add(q);
            }
        }
        if (bases.isEmpty()) {
            // No earlier count is as large as the numerator: the nearest one in its sentence is its base, and the rate is over 100%.
            for (Placed q : d.before(numerator, 1)) {
                if (Figures.isAddable(q, words) && Figures.sameClass(q.fact(), numerator.fact(), words) && q.fact().value() > 0) {
                    bases.add(q);
                    break;
                }
            }
        }
        if (bases.isEmpty()) {
            return null;
        }
        String name = label.substring(nameFrom, at + 1);
        Finding first = null;
        for (Placed base : bases) {
            Finding f = judge(FindingKind.RATE, name, r.fact(), numerator.fact(), base.fact());
            if (f.verdict() == Verdict.CONSISTENT) {
                return f;
            }
            if (first == null) {
                first = f;
            }
        }
        return first;
    }

    private Finding share(DocumentView d, Placed r, String label, Map<Placed, Placed> totalOfPart) {
        int zhan = label.lastIndexOf('占');
        String baseName;
        if (zhan >= 0) {
            int de = label.indexOf('的', zhan);
            baseName = label.substring(zhan + 1, de > zhan ? de : label.length());
        } else {
            int wan = label.lastIndexOf("完成");
            int de = label.lastIndexOf('的');
            if (wan < 0 || de < wan) {
                return null;
            }
            baseName = label.substring(wan + 2, de);
        }
        baseName = stripPrefixes(TextForms.bare(baseName));
        Placed numerator = null;
        for (Placed q : r.sentence().facts()) {
            if (q.end() <= r.start() && Figures.isAddable(q, words)) {
                numerator = q;
            }
        }
        if (numerator == null) {
            return null;
        }
        Placed base = null;
        if (baseName.isEmpty() || baseName.equals("比") || baseName.equals("比重")) {
            base = totalOfPart.get(numerator);
        } else if (baseName.length() >= 2) {
            int bestDistance = Integer.MAX_VALUE;
            for (Placed q : d.placed()) {
                if (q == numerator || q.passage() != r.passage() || !Figures.isAddable(q, words)
                        || !Figures.sameClass(q.fact(), numerator.fact(), words)) {
                    continue;
                }
                String key = Figures.indicatorKey(q.fact(), words);
                if (TextForms.bare(q.label()).contains(baseName) || key != null && key.contains(baseName)) {
                    int distance = Math.abs(q.sentence().index() - r.sentence().index()) * 10_000 + Math.abs(q.start() - r.start());
                    if (distance < bestDistance) {
                        bestDistance = distance;
                        base = q;
                    }
                }
            }
        }
        if (base == null && baseName.length() >= 2) {
            // Elsewhere in the report, a figure whose indicator is exactly the base named, for the same period.
            String period = Figures.periodKey(r.fact());
            for (Placed q : d.placed()) {
                String qp = Figures.periodKey(q.fact());
                if (q != numerator && Figures.isAddable(q, words) && Figures.sameClass(q.fact(), numerator.fact(), words)
                        && baseName.equals(Figures.indicatorKey(q.fact(), words)) && (period == null || qp == null || period.equals(qp))) {
                    base = q;
                    break;
                }
            }
        }
        if (base == null || base.fact().value() <= 0) {
            return null;
        }
        return judge(FindingKind.SHARE, baseName.isEmpty() ? "占比" : "占" + baseName, r.fact(), numerator.fact(), base.fact());
    }

    /** Characters of the word before 率 (开复工 in 开复工率); 和/与/及 join two rates and end the word. */
    private static boolean isStemChar(char c) {
        return TextForms.isHan(c) && "和与及率".indexOf(c) < 0;
    }

    private String stripPrefixes(String s) {
        for (String p : words.indicatorPrefixes()) {
            if (s.startsWith(p)) {
                return s.substring(p.length());
            }
        }
        return s;
    }

    private static Finding judge(FindingKind kind, String name, Fact rate, Fact numerator, Fact base) {
        Interval stated = Amounts.interval(rate);
        boolean bound = !stated.bounded();
        if (kind == FindingKind.RATE && rate.value() < 100 && bound) {
            // 解决率99%以上: a part of a whole, so at most 100%.
            stated = new Interval(Math.max(stated.lo(), 0), Math.min(stated.hi(), 100));
        }
        Interval computed = Amounts.interval(numerator).over(Amounts.interval(base)).times(100);
        double exact = numerator.value() / base.value() * 100;
        // A bound has no rounding of its own: only the counts' rounding is allowed for.
        double tolerance = (bound ? 0 : stated.halfWidth()) + computed.halfWidth();
        List<Fact> facts = List.of(numerator, base, rate);
        String parts = Amounts.show(numerator.value(), numerator) + " of " + Amounts.show(base.value(), base)
                + " is " + Amounts.format(exact) + "%";
        String statedText = name + " " + Amounts.format(rate.value()) + "%" + boundWord(rate);
        if (stated.meets(computed)) {
            return new Finding(kind, Verdict.CONSISTENT, facts, exact, rate.value(), tolerance, "%",
                    statedText + " agrees with the figures it comes from: " + parts
                            + BreakdownCheck.tolerancePhrase(tolerance, "%") + ".");
        }
        return new Finding(kind, Verdict.INCONSISTENT, facts, exact, rate.value(), tolerance, "%",
                statedText + " does not agree with the figures it comes from: " + parts
                        + BreakdownCheck.tolerancePhrase(tolerance, "%") + ".");
    }

    static String boundWord(Fact f) {
        if (f.qualifier() == null) {
            return "";
        }
        return switch (f.qualifier()) {
            case MORE_THAN -> " or more";
            case LESS_THAN -> " or less";
            case ABOUT -> " (about)";
        };
    }
}
