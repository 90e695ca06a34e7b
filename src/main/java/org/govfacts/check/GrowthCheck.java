package org.govfacts.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.govfacts.fact.Basis;
import org.govfacts.fact.Fact;
import org.govfacts.fact.FactType;

/**
 * Growth rates against the levels they imply: a report that gives 2024年 X = 120亿元, 增长20% and
 * (in it or another report of the same region) 2023年 X = 110亿元 says two different things,
 * since 120/110 is 9.1% up. Only periods that name their year are paired.
 */
final class GrowthCheck {
    private final CheckWords words;

    GrowthCheck(CheckWords words) {
        this.words = words;
    }

    List<Finding> check(List<DocumentView> docs) {
        List<Finding> out = new ArrayList<>();
        for (DocumentView d : docs) {
            for (Placed g : d.placed()) {
                Fact growth = g.fact();
                if (growth.type() != FactType.GROWTH || growth.value() == null || !"%".equals(growth.unit())
                        || growth.basis() != null && growth.basis() != Basis.YOY) {
                    continue;
                }
                String indicator = Figures.indicatorKey(growth, words);
                String period = Figures.periodKey(growth);
                if (indicator == null || !Figures.isAbsolute(period)) {
                    continue;
                }
                Placed level = null;
                for (Placed q : g.sentence().facts()) {
                    if (q.end() <= g.start() && Figures.isAddable(q, words) && indicator.equals(Figures.indicatorKey(q.fact(), words))
                            && (q.fact().period() == null || period.equals(Figures.periodKey(q.fact())))) {
                        level = q;
                    }
                }
                if (level == null) {
                    continue;
                }
                Fact earlier = earlierLevel(docs, d, level.fact(), indicator, Figures.yearEarlier(period));
                if (earlier != null && earlier.value() > 0) {
                    out.add(judge(growth, level.fact(), earlier));
                }
            }
        }
        return out;
    }

    private Fact earlierLevel(List<DocumentView> docs, DocumentView home, Fact level, String indicator, String earlierPeriod) {
        // The same report first, then others of the same region, in document order.
        List<DocumentView> order = new ArrayList<>();
        order.add(home);
        for (DocumentView d : docs) {
            if (d != home) {
                order.add(d);
            }
        }
        for (DocumentView d : order) {
            for (Placed q : d.placed()) {
                Fact f = q.fact();
                if (Figures.isAmount(f) && earlierPeriod.equals(Figures.periodKey(f)) && indicator.equals(Figures.indicatorKey(f, words))
                        && Figures.sameClass(f, level, words) && (d == home || level.region() != null
                        && Objects.equals(TextForms.light(level.region()), TextForms.light(f.region())))) {
                    return f;
                }
            }
        }
        return null;
    }

    private static Finding judge(Fact growth, Fact level, Fact earlier) {
        Interval implied = Amounts.interval(level).over(Amounts.interval(earlier)).minus(Interval.point(1)).times(100);
        Interval stated = Amounts.interval(growth);
        double exact = (level.value() / earlier.value() - 1) * 100;
        double tolerance = implied.halfWidth() + stated.halfWidth();
        String levels = Amounts.show(level.value(), level) + " (" + level.period() + ", in " + level.doc() + ") against "
                + Amounts.show(earlier.value(), earlier) + " (" + earlier.period() + ", in " + earlier.doc() + ") is a change of "
                + Amounts.format(exact) + "%";
        String what = "Growth of “" + TextForms.light(growth.indicator()) + "” stated as " + Amounts.format(growth.value()) + "%"
                + RateCheck.boundWord(growth);
        List<Fact> facts = List.of(earlier, level, growth);
        if (implied.meets(stated)) {
            return new Finding(FindingKind.GROWTH, Verdict.CONSISTENT, facts, exact, growth.value(), tolerance, "%",
                    what + " agrees with the levels: " + levels + BreakdownCheck.tolerancePhrase(tolerance, "%") + ".");
        }
        return new Finding(FindingKind.GROWTH, Verdict.INCONSISTENT, facts, exact, growth.value(), tolerance, "%",
                what + " disagrees with the levels: " + levels + BreakdownCheck.tolerancePhrase(tolerance, "%") + ".");
    }
}
