package org.govfacts.check;

import java.util.ArrayList;
import java.util.List;
import org.govfacts.fact.Fact;
import org.govfacts.fact.FactType;

/**
 * A ratio that names the two figures before it by their order: 1978年江苏省GDP为249.24亿元，云南省是69.05亿元，前者是后者的
 * 3.61倍 says 249.24 / 69.05 = 3.61. The words before the ratio (check_former_latter.txt) pair it with the last two amounts
 * of its sentence, of one kind of unit, nothing numeric between them and it; the first over the second is the ratio.
 */
final class FormerLatterCheck {
    private final CheckWords words;

    FormerLatterCheck(CheckWords words) {
        this.words = words;
    }

    List<Finding> check(DocumentView d) {
        List<Finding> out = new ArrayList<>();
        for (SentenceView s : d.sentences()) {
            List<Placed> facts = s.facts();
            for (int i = 2; i < facts.size(); i++) {
                Placed r = facts.get(i);
                Fact ratio = r.fact();
                if (ratio.type() != FactType.RATIO || ratio.value() == null || !"%".equals(ratio.unit()) || !namesBoth(r)) {
                    continue;
                }
                Placed former = facts.get(i - 2);
                Placed latter = facts.get(i - 1);
                if (Figures.isAmount(former.fact()) && Figures.isAmount(latter.fact()) && Figures.sameClass(former.fact(), latter.fact(), words)
                        && latter.fact().value() != null && latter.fact().value() > 0 && former.fact().value() != null) {
                    out.add(judge(former.fact(), latter.fact(), ratio));
                }
            }
        }
        return out;
    }

    private boolean namesBoth(Placed r) {
        String label = TextForms.bare(TextForms.light(r.label()));
        return words.formerLatterLabels().stream().anyMatch(p -> p.matcher(label).matches());
    }

    private static Finding judge(Fact former, Fact latter, Fact ratio) {
        Interval implied = Amounts.interval(former).over(Amounts.interval(latter)).times(100);
        Interval stated = Amounts.interval(ratio);
        double exact = former.value() / latter.value() * 100;
        double tolerance = implied.halfWidth() + stated.halfWidth();
        boolean times = ratio.text() != null && ratio.text().contains("倍");
        String shown = times ? Amounts.format(exact / 100) + " times" : Amounts.format(exact) + "%";
        String pair = TextForms.light(former.text()) + " / " + TextForms.light(latter.text()) + " = " + shown;
        List<Fact> facts = List.of(former, latter, ratio);
        if (implied.meets(stated)) {
            return new Finding(FindingKind.SHARE, Verdict.CONSISTENT, facts, exact, ratio.value(), tolerance, "%",
                    "The former over the latter: " + pair + ", as the stated " + TextForms.light(ratio.text()) + " says, allowing ±"
                            + Amounts.format(tolerance) + "% for rounding.");
        }
        return new Finding(FindingKind.SHARE, Verdict.INCONSISTENT, facts, exact, ratio.value(), tolerance, "%",
                "The former over the latter: " + pair + ", not the stated " + TextForms.light(ratio.text()) + ", allowing ±"
                        + Amounts.format(tolerance) + "% for rounding. Compared because the ratio names the two figures right before it in"
                        + " its sentence (前者, 后者: check_former_latter.txt), amounts of one kind of unit.");
    }
}
