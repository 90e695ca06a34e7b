package org.govfacts.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.govfacts.fact.Basis;
import org.govfacts.fact.Fact;

/**
 * A level against the base it is compared with and the change between them, where the sentence states all three:
 * 常住人口为5902万人，比2016年末常住人口5885万人增加17万人 says 5885 + 17 = 5902, and 比上年的540亿元增加50亿元 after 580亿元
 * does not agree. The base stands right after 比 or 较 (a period and the measure's words may stand between, no other
 * figure), the change right after the base (a word of change, after a comma at most); the level is the nearest figure of the same
 * class before the 比, in its sentence, no semicolon and no other figure between, that is neither a change nor another comparison's base,
 * and names what the base names where both name something.
 */
final class ComparedBaseCheck {
    /** 比2016年末常住人口|5885万人, 比上年的|540亿元, 较去年同期|…: the words before a base, from the comparison word. */
    private static final Pattern COMPARED = Pattern.compile("[比较](?!重|例|为|好|快)[^，,；;。：:]{0,16}$");
    /** At most this many characters (a word of change) between the base and the change. */
    private static final int CHANGE_WORD_REACH = 4;

    private final CheckWords words;

    ComparedBaseCheck(CheckWords words) {
        this.words = words;
    }

    List<Finding> check(DocumentView d) {
        List<Finding> out = new ArrayList<>();
        for (SentenceView s : d.sentences()) {
            for (Placed change : s.facts()) {
                Finding f = Figures.isExactPercentRate(change.fact()) ? checkRate(s, change) : check(s, change);
                if (f != null) {
                    out.add(f);
                }
            }
        }
        return out;
    }

    private Finding check(SentenceView s, Placed change) {
        if (!Figures.isAmount(change.fact()) || change.fact().basis() != Basis.CHANGE || Figures.isConversion(change)) {
            return null;
        }
        Placed base = baseOf(s, change);
        if (base == null) {
            return null;
        }
        String text = s.text();
        Placed level = levelBefore(s, base);
        if (level == null) {
            return null;
        }
        Fact l = level.fact();
        Fact b = base.fact();
        Fact c = change.fact();
        boolean down = words.decreaseBefore(text, change.start());
        Interval implied = down ? Amounts.interval(b).minus(Amounts.interval(c)) : Amounts.interval(b).plus(Amounts.interval(c));
        Interval stated = Amounts.interval(l);
        double exact = down ? b.value() - c.value() : b.value() + c.value();
        double tolerance = implied.halfWidth() + stated.halfWidth();
        if ((l.value() - b.value()) * (down ? -1 : 1) < 0 && !implied.meets(stated)) {
            return null; // the level lies on the other side of the base: a word of direction was misread, or the level is another
        }
        List<Fact> all = List.of(l, b, c);
        String how = Amounts.show(b.value(), b) + (down ? " − " : " + ") + Amounts.show(c.value(), c) + " = "
                + Amounts.show(exact, l);
        if (implied.meets(stated)) {
            return BreakdownCheck.finding(Verdict.CONSISTENT, all, exact, l, tolerance,
                    "The level agrees with the base it is compared with and the change: " + how
                            + BreakdownCheck.tolerancePhrase(tolerance / Amounts.displayScale(l), Amounts.displayUnit(l)) + ".");
        }
        return BreakdownCheck.finding(Verdict.INCONSISTENT, all, exact, l, tolerance,
                "The level " + Amounts.show(l.value(), l) + " does not agree with the base it is compared with and the change: " + how
                        + BreakdownCheck.allowance(tolerance / Amounts.displayScale(l), Amounts.displayUnit(l))
                        + ". Compared because the sentence states the level, then the base after 比/较 and the change right after it,"
                        + " in one unit and of the same measure.");
    }

    /** At most this many characters (比上年的53310部|大幅减少|30.72%) between the base and its rate. */
    private static final int RATE_WORD_REACH = 6;

    /**
     * 汽车挂牌数为4万783部，比去年的5万3310部大幅减少30.72%: the level, the base after 比/较 and the rate right after it say
     * rate = level / base − 1 (here −23.50%). Not for a measure whose rate is real (生产总值: its levels are at current prices).
     */
    private Finding checkRate(SentenceView s, Placed rate) {
        Placed base = s.figureBefore(rate);
        if (base == null || !Figures.isAmount(base.fact()) || base.fact().basis() == Basis.CHANGE || base.fact().value() == null
                || base.fact().value() <= 0 || base.fact().qualifier() != null || !isComparedBase(s, base)) {
            return null;
        }
        String lead = TextForms.bare(s.text().substring(comparisonStart(s, base), base.start()));
        if (words.changeCues().stream().anyMatch(lead::endsWith) || words.growthWords().stream().anyMatch(lead::endsWith)) {
            return null; // 比上年增0.6336万亩，增0.8%: the figure after a word of change (rate-cues.tsv: 增) is the change, not the base
        }
        String between = TextForms.bare(s.text().substring(base.end(), rate.start()));
        if (between.length() > RATE_WORD_REACH || between.chars().anyMatch(c -> TextForms.isDigit((char) c))) {
            return null;
        }
        Placed level = levelBefore(s, base);
        if (level == null || level.fact().qualifier() != null) {
            return null;
        }
        String key = Figures.indicatorKey(level.fact(), words);
        if (key != null && CheckWords.firstIn(words.realGrowthWords(), key) != null) {
            return null;
        }
        Fact l = level.fact();
        Fact b = base.fact();
        Fact r = rate.fact();
        Interval implied = rounded(l).over(rounded(b)).minus(Interval.point(1)).times(100);
        Interval stated = Amounts.interval(r);
        double exact = (l.value() / b.value() - 1) * 100;
        double tolerance = implied.halfWidth() + stated.halfWidth();
        if (Math.signum(exact) != Math.signum(r.value()) && !implied.meets(stated)) {
            return null; // the rate's direction is not the levels': a word of direction misread, or another measure's rate
        }
        List<Fact> all = List.of(l, b, r);
        String how = Amounts.show(l.value(), l) + " over " + Amounts.show(b.value(), b) + " is " + Amounts.format(exact) + "%";
        if (implied.meets(stated)) {
            return new Finding(FindingKind.GROWTH, Verdict.CONSISTENT, all, exact, r.value(), tolerance, "%",
                    "Growth stated as " + Amounts.format(r.value()) + "% agrees with the level and the base it is compared with: " + how
                            + BreakdownCheck.tolerancePhrase(tolerance, "%") + ".");
        }
        return new Finding(FindingKind.GROWTH, Verdict.INCONSISTENT, all, exact, r.value(), tolerance, "%",
                "Growth stated as " + Amounts.format(r.value()) + "% disagrees with the level and the base it is compared with: " + how
                        + BreakdownCheck.allowance(tolerance, "%") + ". Compared because the sentence states the level, then the base"
                        + " after 比/较 and the rate right after it, in one unit and of the same measure.");
    }

    /** A figure's range of values; money in whole units (35元, 9289万元) is rounded to its last digit, not exact. */
    private static Interval rounded(Fact f) {
        return Amounts.ulp(f) == 0 && f.type() == org.govfacts.fact.FactType.MONEY && f.value() != null && f.value() == Math.rint(f.value())
                ? Amounts.interval(f, 1) : Amounts.interval(f);
    }

    /**
     * The level a base is compared with: the nearest amount of the base's kind before the comparison word, no other figure and no
     * semicolon between, naming what the base names; null otherwise.
     */
    private Placed levelBefore(SentenceView s, Placed base) {
        int compared = comparisonStart(s, base);
        Placed level = null;
        for (Placed q : s.facts()) {
            if (q.end() <= compared && Figures.isAmount(q.fact()) && q.fact().basis() != Basis.CHANGE && !Figures.isConversion(q)
                    && Figures.sameClass(q.fact(), base.fact(), words) && !isBase(s, q)) {
                level = q;
            }
        }
        for (Placed q : s.facts()) {
            if (level != null && q != level && q.start() >= level.end() && q.end() <= compared && q.fact().type().isNumeric()
                    && !isBase(s, q) && !(q.fact().basis() == Basis.CHANGE && baseOf(s, q) != null)) {
                // 其中包括统筹分配税196.47亿，较上年度…: a figure between (a share, an amount of another unit) may be what is compared,
                // and one before it is not; an earlier comparison's base and change between (比2016年末…5885万人增加17万人，比2010年末…)
                // leave the level the same
                return null;
            }
        }
        return level == null || org.govfacts.text.Clauses.breaksGroup(s.text().substring(level.end(), compared))
                || !namesTheSame(level.fact(), base.fact()) ? null : level;
    }

    /** The base a change is of: the figure right before it, after a comparison word with no other figure between. */
    private Placed baseOf(SentenceView s, Placed change) {
        Placed base = s.figureBefore(change);
        if (base == null || !Figures.isAmount(base.fact()) || base.fact().basis() == Basis.CHANGE || base.fact().value() == null
                || base.fact().value() <= 0 || !Figures.sameClass(base.fact(), change.fact(), words)) {
            return null;
        }
        String between = s.text().substring(base.end(), change.start());
        if (between.length() > 1 && "，,".indexOf(between.charAt(0)) >= 0) {
            between = between.substring(1); // 较114年度法定预算数277.27亿元，增加24.85亿元: a comma, then the word of change
        }
        if (between.length() > CHANGE_WORD_REACH || between.chars().anyMatch(ch -> "，,；;。、".indexOf(ch) >= 0)) {
            return null;
        }
        return isComparedBase(s, base) ? base : null;
    }

    private boolean isComparedBase(SentenceView s, Placed q) {
        int at = comparisonStart(s, q);
        if (at < 0) {
            return false;
        }
        for (Placed other : s.facts()) {
            if (other != q && other.start() >= at && other.start() < q.start() && other.fact().type().isNumeric()) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code q} is the base of a comparison with a change after it (比2010年末常住人口5723.8万人增加178.2万人). */
    private boolean isBase(SentenceView s, Placed q) {
        for (Placed c : s.facts()) {
            if (c.start() >= q.end() && Figures.isAmount(c.fact()) && c.fact().basis() == Basis.CHANGE) {
                return baseOf(s, c) == q;
            }
        }
        return false;
    }

    /** Where the comparison word before the base stands in its sentence, or −1. */
    private static int comparisonStart(SentenceView s, Placed base) {
        String text = s.text();
        int clause = org.govfacts.text.Clauses.start(text, base.start());
        String before = text.substring(clause, base.start());
        java.util.regex.Matcher m = COMPARED.matcher(before);
        return m.find() ? clause + m.start() : -1;
    }

    /** Whether the level and the base name one measure, where both name one (比上年的540亿元增加: the base's only word is the change). */
    private boolean namesTheSame(Fact level, Fact base) {
        String a = Figures.indicatorKey(level, words);
        String b = Figures.indicatorKey(base, words);
        // 较114年度法定预算数|277.27亿元: a base named only as a year's account names no other measure
        // 比去年的5万3310部|大幅减少: the words after a base, a change with its adverb, name no measure either
        return a == null || b == null || a.isEmpty() || b.isEmpty() || words.changeCues().stream().anyMatch(b::endsWith)
                || words.budgetAmountBases().contains(b)
                || a.contains(b) || b.contains(a);
    }
}
