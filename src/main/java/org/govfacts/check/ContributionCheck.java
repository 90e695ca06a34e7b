package org.govfacts.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.govfacts.fact.Basis;
import org.govfacts.fact.Fact;
import org.govfacts.fact.FactType;

/**
 * A part's pull on the growth of the whole against its contribution and that growth: 工业对经济增长的贡献率为41.3%，
 * 拉动经济增长1.9个百分点, where 地区生产总值增长4.5%, says 41.3% × 4.5 = 1.86 points. The contribution (a word of
 * check_contribution_words.txt in its indicator) stands beside the pull in its group of clauses, before or after it; the
 * growth is the one of the indicator the pull names (经济增长 is 地区生产总值), stated anywhere before in the report
 * (else after) for the same period and place. A pull with no such growth stated is not checked.
 */
final class ContributionCheck {
    private final CheckWords words;

    ContributionCheck(CheckWords words) {
        this.words = words;
    }

    List<Finding> check(DocumentView d) {
        List<Finding> out = new ArrayList<>();
        if (words.contributionWords().isEmpty()) {
            return out;
        }
        java.util.Set<SentenceView> seen = new java.util.HashSet<>();
        for (Placed p : d.placed()) {
            if (!seen.add(p.sentence())) {
                continue;
            }
            for (Placed[] pair : pairs(p.sentence())) {
                Placed whole = growthOfWhole(d, pair[1].fact());
                if (whole != null) {
                    out.add(judge(pair[0].fact(), whole.fact(), pair[1].fact()));
                }
            }
        }
        return out;
    }

    private static boolean isPull(Fact f) {
        return f.type() == FactType.GROWTH && f.basis() == Basis.CONTRIBUTION && "pp".equals(f.unit()) && f.value() != null
                && f.valueMax() == null && f.qualifier() == null;
    }

    private boolean isContribution(Fact f) {
        return f.type() == FactType.RATIO && "%".equals(f.unit()) && f.value() != null && f.valueMax() == null && f.qualifier() == null
                && f.indicator() != null && CheckWords.firstIn(words.contributionWords(), TextForms.bare(TextForms.light(f.indicator()))) != null;
    }

    /**
     * Contributions and the pulls they go with, in one group of clauses (no semicolon or full stop between): one each,
     * or lists of as many (贡献率分别为12.8%、61.4%和25.8%，分别拉动经济增长2.3、11.1和4.6个百分点), paired in order.
     */
    private List<Placed[]> pairs(SentenceView s) {
        List<Placed[]> out = new ArrayList<>();
        List<Placed> shares = new ArrayList<>();
        List<Placed> pulls = new ArrayList<>();
        Placed last = null;
        Boolean pullsFirst = null; // the kind that opened the pairing: either may come first (拉动…1.94个百分点，贡献度为30.5%)
        for (Placed q : s.facts()) {
            Fact f = q.fact();
            boolean pull = isPull(f);
            boolean share = !pull && isContribution(f);
            if (!pull && !share) {
                continue;
            }
            if (last != null && org.govfacts.text.Clauses.breaksGroup(s.text().substring(Math.min(last.end(), q.start()), q.start()))) {
                flush(shares, pulls, out);
                pullsFirst = null;
            }
            if (pullsFirst != null && pull == pullsFirst && !(pull ? shares : pulls).isEmpty()) {
                flush(shares, pulls, out); // the opening kind again after the other: the next pairing
                pullsFirst = null;
            }
            if (pullsFirst == null) {
                pullsFirst = pull;
            }
            (pull ? pulls : shares).add(q);
            last = q;
        }
        flush(shares, pulls, out);
        return out;
    }

    private static void flush(List<Placed> shares, List<Placed> pulls, List<Placed[]> out) {
        if (!shares.isEmpty() && shares.size() == pulls.size()) {
            for (int i = 0; i < shares.size(); i++) {
                out.add(new Placed[] {shares.get(i), pulls.get(i)});
            }
        }
        shares.clear();
        pulls.clear();
    }

    /** The growth rate of what the pull is on, same period, place and status: the nearest before it, else the first after. */
    private Placed growthOfWhole(DocumentView d, Fact pull) {
        String key = words.canonical(Figures.indicatorKey(pull, words));
        if (key.isEmpty() || !words.knowsIndicator(key)) {
            return null;
        }
        return d.nearest(pull, x -> x.type() == FactType.GROWTH && "%".equals(x.unit()) && x.value() != null && x.valueMax() == null
                && x.qualifier() == null && (x.basis() == null || x.basis() == Basis.YOY)
                && Objects.equals(x.periodNorm(), pull.periodNorm()) && Objects.equals(x.regionNorm(), pull.regionNorm())
                && Objects.equals(x.status(), pull.status()) && Figures.isIndicator(x, key, words), true);
    }

    private static Finding judge(Fact share, Fact whole, Fact pull) {
        Interval computed = Amounts.interval(share).times(Amounts.interval(whole)).times(0.01);
        Interval said = Amounts.interval(pull);
        double exact = share.value() * whole.value() / 100;
        double tolerance = computed.halfWidth() + said.halfWidth();
        String arithmetic = Amounts.format(share.value()) + "% × " + Amounts.format(whole.value()) + "% = " + Amounts.format(exact)
                + " points";
        List<Fact> facts = List.of(share, whole, pull);
        if (computed.meets(said)) {
            return new Finding(FindingKind.GROWTH, Verdict.CONSISTENT, facts, exact, pull.value(), tolerance, "pp",
                    "The pull agrees with the contribution and the growth: " + arithmetic + " against "
                            + TextForms.light(pull.text()) + BreakdownCheck.tolerancePhrase(tolerance, " points") + ".");
        }
        return new Finding(FindingKind.GROWTH, Verdict.INCONSISTENT, facts, exact, pull.value(), tolerance, "pp",
                "The pull does not agree with the contribution and the growth: " + arithmetic + ", not " + TextForms.light(pull.text())
                        + BreakdownCheck.allowance(tolerance, " points") + ". Compared because a part's pull on a growth is its"
                        + " contribution to that growth times the growth, and the sentence states the contribution (“"
                        + TextForms.light(share.indicator()) + "”) with the pull on “" + TextForms.light(pull.indicator())
                        + "”, whose growth is stated for the same period " + pull.periodNorm() + " and place " + pull.regionNorm() + ".");
    }
}
