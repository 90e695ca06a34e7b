package org.govfacts.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.govfacts.fact.Basis;
import org.govfacts.fact.Fact;
import org.govfacts.fact.FactType;

/**
 * A total's growth against the growth of the parts it adds up to: 全社会固定资产投资520亿元，增长15.6%，其中地方项目258亿元，
 * 增长22.9%，中央项目262亿元，增长9.2% says last year's total was 258/1.229 + 262/1.092 = 449.9, so the total grew
 * 520/449.9 − 1 = 15.6%. Only a breakdown whose parts add up to its total (the sum check's verdict) is tried, and only
 * when the total and every part state their own growth: the first rate after the level in its clause, with no other
 * figure or semicolon between. Reports compute real growth (按可比价格) part by part at base-year prices while the levels
 * are at current prices, so the parts weigh slightly differently from what the text gives: agreement is allowed
 * {@link #PRICE_WEIGHTS} points beyond rounding, and a disagreement is reported only beyond {@link #DISAGREE} points.
 */
final class WeightedGrowthCheck {
    /** Points by which current-price weights may move a real growth away from the one its parts imply. */
    static final double PRICE_WEIGHTS = 0.3;
    /** Points beyond rounding from which the stated growth cannot be its parts' growth at any price weights. */
    static final double DISAGREE = 1.0;
    /**
     * Per point of spread between the parts' growth rates, how far current-price weights may move the total's growth: the
     * weights are off by the parts' relative price changes (a few per cent of each share), and that error counts in
     * proportion to how far the parts' rates lie apart (生产总值 −11.6% of parts at +1.5%, −37.5%, +0.1%).
     */
    static final double PRICE_SPREAD = 0.05;
    /** How every finding of this check opens. */
    private static final String HEAD = "Last year's parts, each level over its own growth (";

    /** Points beyond rounding a whole's growth may stand outside its parts' before it is reported. */
    static final double OUTSIDE_PARTS = 0.3;
    /** How every finding of the bound opens. */
    private static final String BOUND_HEAD = "A whole's growth is its parts' growths weighted by their shares, so it lies between them (";

    private final CheckWords words;
    private final PartitionBreakdowns partitions;

    /** With the splits by definition the breakdown check reads ({@code partitions}), read once for both. */
    WeightedGrowthCheck(CheckWords words, PartitionBreakdowns partitions) {
        this.words = words;
        this.partitions = partitions;
    }

    /**
     * A whole's growth against the growths of its parts when the text gives no levels to weigh them (工农业总产值增长30.4%，
     * 其中农业总产值增长40.9%，工业总产值增长1.7倍): whatever the shares, the whole's growth lies between the lowest and the
     * highest of its parts'. Only splits by definition (check_partitions.tsv) are tried, and a whole the level check above
     * has judged ({@code judged}) is left to it. Only a whole outside is reported: one between says nothing of the shares.
     */
    List<Finding> bounds(DocumentView d, List<Finding> judged) {
        java.util.Set<Fact> done = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        judged.forEach(f -> done.addAll(f.facts()));
        List<Finding> out = new ArrayList<>();
        for (Breakdown b : partitions.growthSplits(d)) {
            // a part with a level of its own (第一产业增加值338.4亿元，增长2.1%) is weighed by the check above, which also knows
            // when its levels are not a split at all
            if (!done.contains(b.total().fact()) && b.parts().stream().noneMatch(WeightedGrowthCheck::ofALevel)) {
                Finding f = bound(b);
                if (f != null) {
                    out.add(f);
                }
            }
        }
        return out;
    }

    private static Finding bound(Breakdown b) {
        Fact whole = b.total().fact();
        Interval stated = Amounts.interval(whole);
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        List<Fact> facts = new ArrayList<>(List.of(whole));
        StringBuilder parts = new StringBuilder();
        for (Placed p : b.parts()) {
            Interval g = Amounts.interval(p.fact());
            lo = Math.min(lo, g.lo());
            hi = Math.max(hi, g.hi());
            facts.add(p.fact());
            parts.append(parts.length() > 0 ? ", " : "").append(p.fact().indicator()).append(" ").append(Amounts.format(p.fact().value())).append("%");
        }
        String how = BOUND_HEAD + parts + ")";
        double mid = (lo + hi) / 2;
        if (widened(new Interval(lo, hi), OUTSIDE_PARTS).meets(stated)) {
            return null; // between them it may be, for any shares: that bears nothing out
        }
        return new Finding(FindingKind.GROWTH, Verdict.INCONSISTENT, facts, mid, whole.value(), (hi - lo) / 2 + OUTSIDE_PARTS, "%",
                how + ": the stated " + Amounts.format(whole.value()) + "% lies outside " + Amounts.format(lo) + "% to " + Amounts.format(hi)
                        + "% (the parts' rounding counted) by more than " + Amounts.format(OUTSIDE_PARTS) + " points. Compared because the parts split "
                        + "the whole by definition (check_partitions.tsv) and state their growths in one paragraph after the whole's, on its base, "
                        + "same place " + whole.regionNorm() + " and period " + whole.periodNorm() + ".");
    }

    List<Finding> check(List<Breakdown> breakdowns) {
        return breakdowns.stream().map(this::judge).filter(Objects::nonNull).toList();
    }

    /** Whether the total grows in real terms (生产总值, 按可比价格计算: check_real_growth_indicators.txt) on current-price levels. */
    private boolean realGrowth(Placed total) {
        String indicator = total.fact().indicator() == null ? "" : TextForms.light(total.fact().indicator());
        return CheckWords.firstIn(words.realGrowthWords(), indicator + "|" + total.sentence().text()) != null;
    }

    private Finding judge(Breakdown b) {
        Fact total = b.total().fact();
        if (!Figures.isAmount(total) || b.parts().size() < 2) {
            return null;
        }
        Finding sum = BreakdownCheck.judge(b);
        if (sum == null || sum.verdict() != Verdict.CONSISTENT) {
            return null; // a list that does not add up is the sum check's finding, and may not be a split at all
        }
        Placed totalGrowth = ownGrowth(b.total());
        if (totalGrowth == null) {
            return null;
        }
        List<Fact> facts = new ArrayList<>(List.of(total, totalGrowth.fact()));
        Interval before = Interval.point(0);
        double exactBefore = 0;
        double lowest = Double.POSITIVE_INFINITY;
        double highest = Double.NEGATIVE_INFINITY;
        StringBuilder terms = new StringBuilder();
        double scale = Amounts.displayScale(total);
        for (Placed p : b.parts()) {
            Placed g = ownGrowth(p);
            Fact part = p.fact();
            if (g == null || part.value() == null || part.value() <= 0 || !sameFrame(total, part) || !sameFrame(total, g.fact())) {
                return null;
            }
            Interval level = Amounts.interval(part);
            Interval factor = Amounts.interval(g.fact()).times(0.01).plus(Interval.point(1));
            if (factor.lo() <= 0) {
                return null;
            }
            before = before.plus(level.over(factor));
            exactBefore += part.value() / (1 + g.fact().value() / 100);
            lowest = Math.min(lowest, g.fact().value());
            highest = Math.max(highest, g.fact().value());
            facts.add(part);
            facts.add(g.fact());
            if (terms.length() > 0) {
                terms.append(" + ");
            }
            terms.append(Amounts.format(part.value() / scale)).append("/").append(Amounts.format(1 + g.fact().value() / 100));
        }
        double spread = highest - lowest;
        Interval implied = Amounts.interval(total).over(before).plus(Interval.point(-1)).times(100);
        double exact = (total.value() / exactBefore - 1) * 100;
        Interval stated = Amounts.interval(totalGrowth.fact());
        double rounding = implied.halfWidth() + stated.halfWidth();
        String how = HEAD + terms + " = " + Amounts.format(exactBefore / scale)
                + Amounts.displayUnit(total) + "), put the total's growth at " + Amounts.format(total.value() / scale) + " / "
                + Amounts.format(exactBefore / scale) + " − 1 = " + Amounts.format(exact) + "%";
        if (widened(implied, PRICE_WEIGHTS).meets(stated)) {
            return new Finding(FindingKind.GROWTH, Verdict.CONSISTENT, facts, exact, totalGrowth.fact().value(), rounding + PRICE_WEIGHTS, "%",
                    how + ", as the stated " + Amounts.format(totalGrowth.fact().value()) + "% says, allowing ±" + Amounts.format(rounding)
                            + "% for rounding and ±" + Amounts.format(PRICE_WEIGHTS) + " points for current-price weights.");
        }
        // current-price output (产值) grows exactly as its parts do; only a real growth's weights are open
        double disagree = realGrowth(b.total()) ? Math.max(DISAGREE, PRICE_SPREAD * spread) : DISAGREE;
        if (widened(implied, disagree).meets(stated)) {
            return null; // near enough that price weights of an unusual year could explain it
        }
        return new Finding(FindingKind.GROWTH, Verdict.INCONSISTENT, facts, exact, totalGrowth.fact().value(), rounding + disagree, "%",
                how + ", not the stated " + Amounts.format(totalGrowth.fact().value()) + "%, allowing ±" + Amounts.format(rounding)
                        + "% for rounding and ±" + Amounts.format(disagree) + " point(s) for current-price weights. Compared because the parts "
                        + "add up to the total (" + BreakdownCheck.whyParts(b.form()) + ") and each growth follows its own level in its clause, "
                        + "same place " + total.regionNorm() + " and period " + total.periodNorm() + ".");
    }

    /**
     * The one figure of a finding of this check that moves its verdict point for point: the total's growth (a part's growth
     * counts only by the part's weight, so a part can change far more than the tolerance and leave the total's growth
     * within it); null for a finding of another check.
     */
    private static Fact pointForPoint(Finding f) {
        if (f.kind() != FindingKind.GROWTH || !f.message().startsWith(HEAD) || f.stated() == null) {
            return null;
        }
        return f.facts().stream().filter(x -> x.type() == FactType.GROWTH && f.stated().equals(x.value())).findFirst().orElse(null);
    }

    /** The figures of {@code f} that move its verdict point for point: the total's growth for a finding of this check, else all. */
    static List<Fact> pointForPointFigures(Finding f) {
        Fact total = pointForPoint(f);
        return total == null ? f.facts() : List.of(total);
    }

    private static Interval widened(Interval i, double by) {
        return new Interval(i.lo() - by, i.hi() + by);
    }

    private static boolean sameFrame(Fact a, Fact b) {
        return Objects.equals(a.periodNorm(), b.periodNorm()) && Objects.equals(a.regionNorm(), b.regionNorm())
                && Measure.statusOf(a) == Measure.statusOf(b);
    }

    /** Whether the growth is the own growth of a level before it in its sentence. */
    private static boolean ofALevel(Placed growth) {
        return growth.sentence().facts().stream().anyMatch(q -> q.end() <= growth.start() && Figures.isAmount(q.fact()) && ownGrowth(q) == growth);
    }

    /**
     * The growth a level states of itself: the next figure of its sentence, a year-on-year rate in % with no bound
     * (以上, 左右), with only words between it and the level (no semicolon, no full stop, no other figure).
     */
    static Placed ownGrowth(Placed level) {
        Placed next = nextGrowth(level);
        return next != null ? next : respectiveGrowth(level);
    }

    private static Placed nextGrowth(Placed level) {
        String text = level.sentence().text();
        for (Placed q : level.sentence().facts()) {
            if (q.start() < level.end()) {
                continue;
            }
            String between = text.substring(Math.min(level.end(), text.length()), Math.min(q.start(), text.length()));
            if (org.govfacts.text.Clauses.groupBreakBetween(text, level.end(), q.start()) || between.contains("(") || between.contains("（")
                    || between.contains("分别")) {
                return null; // …和170.4亿元，分别增长6.9%、…: the first of a list of rates, one for each level of the list before
            }
            return isPlainRate(q) ? q : null;
        }
        return null;
    }

    private static boolean isPlainRate(Placed q) {
        Fact f = q.fact();
        return Figures.isExactPercentRate(f) && (f.basis() == null || f.basis() == Basis.YOY);
    }

    /**
     * 一、二、三产业增加值分别为41.0亿元、38.6亿元和170.4亿元，分别增长6.9%、8.6%和8.3%: the level's growth is the rate in the
     * same place of the list of rates that follows the list of levels, the two lists as long as each other, only 、和及与
     * between the items of each, and a comma and 分别 (no other figure, no semicolon) between the lists.
     */
    private static Placed respectiveGrowth(Placed level) {
        String text = level.sentence().text();
        List<Placed> facts = level.sentence().facts();
        int at = facts.indexOf(level);
        if (at < 0) {
            return null;
        }
        int first = at;
        while (first > 0 && listed(text, facts.get(first - 1), facts.get(first)) && sameKind(facts.get(first - 1), level)) {
            first--;
        }
        int last = at;
        while (last + 1 < facts.size() && listed(text, facts.get(last), facts.get(last + 1)) && sameKind(facts.get(last + 1), level)) {
            last++;
        }
        int n = last - first + 1;
        if (n < 2 || last + n >= facts.size()) {
            return null;
        }
        Placed firstRate = facts.get(last + 1);
        String between = text.substring(Math.min(facts.get(last).end(), text.length()), Math.min(firstRate.start(), text.length()));
        if (!between.contains("分别") || org.govfacts.text.Clauses.groupBreakBetween(text, facts.get(last).end(), firstRate.start())) {
            return null;
        }
        for (int k = last + 1; k <= last + n; k++) {
            if (!isPlainRate(facts.get(k)) || k > last + 1 && !listed(text, facts.get(k - 1), facts.get(k))) {
                return null;
            }
        }
        if (last + n + 1 < facts.size() && listed(text, facts.get(last + n), facts.get(last + n + 1))) {
            return null; // more rates than levels: not one list for the other
        }
        return facts.get(last + 1 + (at - first));
    }

    /** Two figures next to each other in one list: only 、和及与 (and spaces) between them. */
    private static boolean listed(String text, Placed a, Placed b) {
        return org.govfacts.text.Clauses.joinsListItems(text.substring(Math.min(a.end(), text.length()), Math.min(b.start(), text.length())));
    }

    private static boolean sameKind(Placed a, Placed b) {
        return a.fact().type() == b.fact().type() && Objects.equals(a.fact().unit(), b.fact().unit());
    }
}
