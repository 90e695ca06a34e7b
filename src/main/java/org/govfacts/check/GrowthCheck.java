package org.govfacts.check;

import java.util.ArrayList;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import org.govfacts.fact.Basis;
import org.govfacts.fact.Fact;
import org.govfacts.fact.FactType;
import org.govfacts.fact.Status;

/**
 * Growth rates against the levels they imply: a report that gives 2024年 X = 120亿元, 增长20% and
 * (in it or another report of the same region) 2023年 X = 110亿元 says two different things,
 * since 120/110 is 9.1% up. Periods are the resolved period_norm (2024H1 against 2023H1); the
 * earlier level must have the same indicator, subject and region_norm.
 */
final class GrowthCheck {
    private final CheckWords words;

    GrowthCheck(CheckWords words) {
        this.words = words;
    }

    List<Finding> check(List<DocumentView> docs) {
        // Every level by its measure (indicator, subject, place, period, status), first stated first. A level per
        // head (人均可支配收入) grows like any other: only adding and dividing need a whole (Figures.isAddable).
        Map<String, Fact> levels = new HashMap<>();
        for (DocumentView d : docs) {
            for (Placed q : d.placed()) {
                Measure m = isLevel(q.fact()) || isRatioLevel(q.fact()) ? Measure.of(q, words) : null;
                if (m != null) {
                    levels.putIfAbsent(m.key(), q.fact());
                }
            }
        }
        List<Finding> out = new ArrayList<>();
        for (DocumentView d : docs) {
            for (Placed g : d.placed()) {
                Finding fromChange = fromChange(g);
                if (fromChange != null) {
                    out.add(fromChange);
                }
                Finding changeOnly = changeWithoutRate(g, levels);
                if (changeOnly != null) {
                    out.add(changeOnly);
                }
            }
        }
        for (DocumentView d : docs) {
            for (Placed r : d.placed()) {
                Finding f = multipleOfEarlierLevel(r, levels);
                if (f != null) {
                    out.add(f);
                }
            }
        }
        for (DocumentView d : docs) {
            for (Placed g : d.placed()) {
                Fact growth = g.fact();
                if (growth.type() != FactType.GROWTH || growth.value() == null || !"%".equals(growth.unit())
                        || growth.basis() != null && growth.basis() != Basis.YOY || growth.periodNorm() == null
                        || growth.regionNorm() == null || Measure.statusOf(growth) == Status.TARGET) {
                    continue;
                }
                String indicator = RespectiveScopes.indicatorOf(g, words);
                String earlierPeriod = PeriodNorms.yearEarlier(growth.periodNorm());
                if (indicator == null || earlierPeriod == null) {
                    continue;
                }
                // The level the growth is of: the last amount before it in its sentence with its indicator, place and period.
                Placed level = null;
                for (Placed q : g.sentence().facts()) {
                    if (q.end() <= g.start() && isLevel(q.fact()) && indicator.equals(RespectiveScopes.indicatorOf(q, words))
                            && growth.periodNorm().equals(q.fact().periodNorm()) && growth.regionNorm().equals(q.fact().regionNorm())) {
                        level = q;
                    }
                }
                Measure m = level == null ? null : Measure.of(level, words);
                if (m == null || m.status() == Status.TARGET || isReal(g, level, indicator)) {
                    continue;
                }
                Measure before = new Measure(m.indicator(), m.subject(), m.region(), earlierPeriod, Status.ACTUAL, m.unitClass());
                Fact earlier = levels.get(before.key());
                // else the year before as estimated (2018年预计完成252.14亿元), which the final figure may revise a little
                boolean estimated = earlier == null;
                if (estimated) {
                    earlier = levels.get(new Measure(m.indicator(), m.subject(), m.region(), earlierPeriod, Status.ESTIMATE, m.unitClass()).key());
                }
                if (earlier != null && earlier.value() > 0) {
                    Finding f = judge(growth, level.fact(), earlier, statedChange(g, level), m, !indicator.equals(Figures.indicatorKey(growth, words)));
                    out.add(estimated ? revisable(f, growth) : !earlier.doc().equals(level.fact().doc()) ? revisedElsewhere(f, BalanceCheck.isBalance(level.fact(), words)) : f);
                }
            }
        }
        return out;
    }

    /**
     * How far (as a share of the multiple) a multiple may stray from a base level that is an estimate (预计) or another
     * report's, past the rounding allowance, and still be explained by the base's revision.
     */
    private static final double BASE_REVISION = 0.02;

    /**
     * 社会消费品零售总额203.8亿元，增长13%，是2010年的2.3倍: a level stated as a multiple of the base year's, whose level
     * another sentence or report gives (same indicator, subject, place; the base year as its period). Levels at current
     * prices of a real-growth indicator (生产总值) may be stated as a real multiple, which is never above the nominal one
     * while prices rise: a stated multiple below the nominal ratio says nothing.
     */
    private Finding multipleOfEarlierLevel(Placed r, Map<String, Fact> levels) {
        Fact m = r.fact();
        if (m.type() != FactType.RATIO || m.value() == null || m.value() <= 100 || !"%".equals(m.unit()) || m.qualifier() != null
                || m.text() == null || !m.text().contains("倍") || m.periodNorm() == null || m.regionNorm() == null) {
            return null;
        }
        java.util.regex.Matcher named = CompoundGrowthCheck.MULTIPLE_OF.matcher(TextForms.bare(TextForms.light(r.label())));
        org.govfacts.resolve.CalendarSpan span = org.govfacts.resolve.CalendarSpan.parse(m.periodNorm());
        if (!named.find() || span == null || span.stock()) {
            return null;
        }
        int base = Integer.parseInt(named.group(1));
        String indicator = RespectiveScopes.indicatorOf(r, words);
        if (indicator == null || base >= span.firstYear()) {
            return null;
        }
        String text = r.sentence().text();
        Placed level = null;
        for (Placed q : r.sentence().facts()) {
            if (q.end() <= r.start() && isLevel(q.fact()) && indicator.equals(RespectiveScopes.indicatorOf(q, words))
                    && m.periodNorm().equals(q.fact().periodNorm()) && m.regionNorm().equals(q.fact().regionNorm())
                    && !org.govfacts.text.Clauses.breaksGroup(text.substring(q.end(), r.start()))) {
                level = q;
            }
        }
        Measure lm = level == null ? null : Measure.of(level, words);
        if (lm == null || lm.status() == Status.TARGET && Measure.statusOf(m) != Status.TARGET) {
            return null;
        }
        String year = String.valueOf(base);
        Fact actual = levels.get(new Measure(lm.indicator(), lm.subject(), lm.region(), year, Status.ACTUAL, lm.unitClass()).key());
        boolean estimated = actual == null;
        Fact earlier = estimated
                ? levels.get(new Measure(lm.indicator(), lm.subject(), lm.region(), year, Status.ESTIMATE, lm.unitClass()).key()) : actual;
        if (earlier == null || earlier.value() == null || earlier.value() <= 0 || r.sentence().facts().stream().anyMatch(q -> q.fact() == earlier)) {
            return null; // a base in the multiple's own sentence is read there (从…增长到…，是…的N倍)
        }
        Fact l = level.fact();
        Interval implied = Amounts.interval(l).over(Amounts.interval(earlier)).times(100);
        Interval stated = Amounts.interval(m);
        double exact = l.value() / earlier.value() * 100;
        double tolerance = implied.halfWidth() + stated.halfWidth();
        String how = located(l) + " over " + located(earlier) + " is " + Amounts.format(exact / 100) + " times";
        String why = ". Compared because the multiple names " + base + " as its base, and the base level has the same indicator “"
                + lm.indicator() + "”, place " + lm.region() + " and the period " + base + ".";
        List<Fact> facts = List.of(earlier, l, m);
        String what = "The multiple stated as " + Amounts.format(m.value() / 100) + "倍";
        if (implied.meets(stated)) {
            return new Finding(FindingKind.GROWTH, Verdict.CONSISTENT, facts, exact / 100, m.value() / 100, tolerance / 100, "倍",
                    what + " agrees with the two levels: " + how + BreakdownCheck.tolerancePhrase(tolerance / 100, "倍") + why);
        }
        boolean revisable = estimated || !earlier.doc().equals(l.doc());
        boolean realBelow = m.value() < exact && (CheckWords.firstIn(words.realGrowthWords(), lm.indicator()) != null
                || CheckWords.firstIn(words.realGrowthWords(), TextForms.light(text)) != null);
        if (realBelow || revisable && Math.abs(m.value() - exact) <= tolerance + BASE_REVISION * exact) {
            String reason = realBelow ? "; but a real-growth indicator's multiple may be at comparable prices, below the ratio of"
                    + " current-price levels, so nothing is said." : "; but the base level is " + (estimated ? "an estimate (预计)" : "another report's")
                    + ", which a revision may have moved by that much.";
            return new Finding(FindingKind.GROWTH, Verdict.CANNOT_TELL, facts, exact / 100, m.value() / 100, tolerance / 100, "倍",
                    what + " differs from the two levels: " + how + reason);
        }
        return new Finding(FindingKind.GROWTH, Verdict.INCONSISTENT, facts, exact / 100, m.value() / 100, tolerance / 100, "倍",
                what + " disagrees with the two levels: " + how + BreakdownCheck.allowance(tolerance / 100, "倍") + why);
    }

    /**
     * 完成投资313.64亿元，较去年同期增长153.34亿元，同比增长95.66%: a level, its change and the growth
     * rate in one sentence say the rate is change / (level − change). The change is the amount right
     * before the rate (its clause or the one before, no semicolon between); the level the nearest
     * earlier amount of the same kind that is not a change, across a semicolon only with the same indicator.
     */
    private Finding fromChange(Placed g) {
        Fact growth = g.fact();
        if (growth.type() != FactType.GROWTH || growth.value() == null || !"%".equals(growth.unit())
                || growth.basis() != null && growth.basis() != Basis.YOY || growth.qualifier() != null) {
            return null;
        }
        List<Placed> facts = g.sentence().facts();
        String text = g.sentence().text();
        Placed change = null;
        // the rates listed after 分别 before this one are its fellows, not a change of its own
        int respectively = text.lastIndexOf("分别", g.start());
        for (Placed q : facts) {
            if (q.end() <= g.start() && q.fact().type().isNumeric() && !Figures.isConversion(q)
                    && !(respectively >= 0 && q.start() > respectively && Figures.isPercentRate(q.fact()))) {
                change = q;
            }
        }
        boolean after = false;
        if (change == null || !Figures.isAmount(change.fact()) || change.fact().basis() != Basis.CHANGE
                || org.govfacts.text.Clauses.breaksGroup(text.substring(change.end(), g.start()))
                || respectively >= change.end() && !lastOfRespectiveRates(g, change, respectively)) {
            // …增加4398万元),分别比上年增长82.7%、140.9%、58.9%: the rates go with the list's items in order
            change = respectively < 0 ? changeRightAfter(g) : null;
            if (change == null) {
                return null;
            }
            after = true;
        }
        Placed level = null;
        Placed named = null; // the nearest level the change's own indicator names, past the parts listed after it
        String changeNamed = Figures.indicatorKey(change.fact(), words);
        for (Placed q : facts) {
            if (q.end() <= change.start() && isChangedLevel(q, change) && q.fact().basis() != Basis.CHANGE
                    && Figures.sameClass(q.fact(), change.fact(), words) && !isEarlierBase(q) && !Figures.isShareBase(q)
                    && !isPlanGap(q)
                    && !org.govfacts.text.Clauses.asideClosedBefore(text, q.end(), change.start())) {
                level = q;
                String levelNamed = Figures.indicatorKey(q.fact(), words);
                if (changeNamed != null && levelNamed != null && (levelNamed.contains(changeNamed) || changeNamed.contains(levelNamed))) {
                    named = q;
                }
            }
        }
        if (named != null) {
            // 秋粮播种面积33.75万亩，其中…鲜薯类7268亩，秋粮播种面积比去年增加0.03万亩: the change of the area it names, not of
            // the last crop listed
            level = named;
        }
        Finding onBase = after ? null : fromComparedBase(g, change);
        if (onBase != null) {
            return onBase;
        }
        if (level == null || level.fact().value() <= change.fact().value() && !words.decreaseBefore(text, change.start())) {
            return null;
        }
        boolean semicolon = org.govfacts.text.Clauses.breaksGroup(text.substring(level.end(), change.start()));
        String key = Figures.indicatorKey(level.fact(), words);
        String changeKey = Figures.indicatorKey(change.fact(), words);
        if (semicolon && (key == null || changeKey == null || !(key.contains(changeKey) || changeKey.contains(key)))) {
            return null;
        }
        if (CheckWords.firstIn(words.adjustedBasisWords(), text.substring(level.end(), g.start())) != null) {
            return null; // 增收368.7亿元，若剔除留抵退税政策对收入的影响，按同口径计算增长53.5%: a rate on another base
        }
        if (CheckWords.firstIn(words.realGrowthWords(), text) != null && !isNominal(g)) {
            return null; // GDP grows at comparable prices, its levels are at current prices
        }
        Fact l = level.fact();
        Fact c = change.fact();
        // 比上年减少162万吨，下降1.2%: the change word before the amount gives its direction
        boolean down = words.decreaseBefore(text, change.start());
        Interval size = Amounts.interval(c).nonNegative(); // 增加近20000万吨: a bound on the size of the change
        Interval moved = down ? size.times(-1) : size;
        double signed = down ? -c.value() : c.value();
        Interval before = Amounts.interval(l).minus(moved);
        Interval implied = size.over(before).times(down ? -100 : 100); // over() wants positive ranges
        Interval stated = Amounts.interval(growth);
        double exact = signed / (l.value() - signed) * 100;
        double tolerance = implied.halfWidth() + stated.halfWidth();
        String bound = boundWords(c.qualifier());
        String levels = (down ? "a decrease of " : "an increase of ") + bound + Amounts.show(c.value(), c) + " to "
                + Amounts.show(l.value(), l) + " is " + Amounts.format(exact) + "% of the "
                + Amounts.show(l.value() - signed, l) + " before";
        String what = "Growth stated as " + Amounts.format(growth.value()) + "%";
        List<Fact> all = List.of(l, c, growth);
        if (implied.meets(stated)) {
            return new Finding(FindingKind.GROWTH, Verdict.CONSISTENT, all, exact, growth.value(), tolerance, "%",
                    what + " agrees with the level and its change: " + levels
                            + (bound.isEmpty() ? BreakdownCheck.tolerancePhrase(tolerance, "%") : ", the change a bound (" + bound.strip() + ")") + ".");
        }
        double step = Amounts.ulp(growth);
        Interval cut = growth.value() >= 0 ? new Interval(growth.value(), growth.value() + step) : new Interval(growth.value() - step, growth.value());
        if (step > 0 && growth.qualifier() == null && implied.meets(cut)) {
            // 12.5万吨 on 452.6万吨 is 2.76%, written 2.7%: statistical offices often cut a rate to its last digit
            return new Finding(FindingKind.GROWTH, Verdict.CONSISTENT, all, exact, growth.value(), tolerance, "%",
                    what + " agrees with the level and its change cut (not rounded) to its last digit: " + levels + ".");
        }
        if (exact * growth.value() < 0) {
            // 比上年减收1070万元，下降4.2%: the change and the rate each carry their direction in a word, which a changed
            // digit cannot turn; rates of opposite sign mean a direction word was misread, not a wrong figure
            return new Finding(FindingKind.GROWTH, Verdict.CANNOT_TELL, all, exact, growth.value(), tolerance, "%",
                    what + " and the level and its change (" + levels + ") go in opposite directions: the words of one of them"
                            + " were not read as the text means them, so nothing is said.");
        }
        return new Finding(FindingKind.GROWTH, Verdict.INCONSISTENT, all, exact, growth.value(), tolerance, "%",
                what + " disagrees with the level and its change: " + levels + BreakdownCheck.allowance(tolerance, "%")
                        + ". Compared because the change stands right " + (after ? "after" : "before")
                        + " the rate and the level is the nearest earlier amount of the same kind in the sentence, of the same indicator.");
    }

    /**
     * 一般公共预算收入完成1509.3亿元，比上年增长36.6%，增收404.5亿元: the change stated in the clause right after the rate,
     * nothing but its change word between, is the rate's own.
     */
    private Placed changeRightAfter(Placed g) {
        String text = g.sentence().text();
        Placed next = null;
        for (Placed q : g.sentence().facts()) {
            if (q.start() >= g.end() && q.fact().type().isNumeric()) {
                next = q;
                break;
            }
        }
        if (next == null || !Figures.isAmount(next.fact()) || next.fact().basis() != Basis.CHANGE || Figures.isConversion(next)) {
            return null;
        }
        String between = text.substring(g.end(), next.start());
        return between.length() <= 6 && !org.govfacts.text.Clauses.breaksGroup(between) && between.chars().filter(c -> c == '，' || c == ',').count() <= 1
                ? next : null;
    }

    /**
     * The level a change is of: any amount that adds up, or an amount per head or per unit (人均可支配收入43233元，
     * 比上年增加1789元) when the change names the same indicator, so that it is the same per-head figure moved.
     */
    private boolean isChangedLevel(Placed q, Placed change) {
        if (Figures.isAddable(q, words)) {
            return true;
        }
        String key = Figures.indicatorKey(q.fact(), words);
        return Figures.isAmount(q.fact()) && key != null && key.equals(Figures.indicatorKey(change.fact(), words));
    }

    /** 占年末常住人口的比重为54.81%: a share level, which a change in points (提高0.48个百分点) moves. */
    private static boolean isRatioLevel(Fact f) {
        return f.type() == FactType.RATIO && "%".equals(f.unit()) && f.value() != null && f.qualifier() == null;
    }

    /**
     * 年末常住人口3856万人，比上年末增加4万人 or 城镇化率54.81%，比上年末提高0.48个百分点, with no rate after the change:
     * the change must be the difference between the level and the same measure one year earlier, stated in
     * this report or another. The level is the nearest earlier figure of the sentence, no semicolon between,
     * same place and period; a change followed by its rate is judged with the rate (statedChange).
     */
    private Finding changeWithoutRate(Placed c, Map<String, Fact> levels) {
        Fact change = c.fact();
        boolean points = change.type() == FactType.GROWTH && "pp".equals(change.unit())
                && (change.basis() == null || change.basis() == Basis.YOY);
        boolean amount = Figures.isAmount(change) && change.basis() == Basis.CHANGE;
        if (!points && !amount || change.value() == null || change.qualifier() != null || change.periodNorm() == null
                || Measure.statusOf(change) == Status.TARGET) {
            return null;
        }
        String text = c.sentence().text();
        List<Placed> facts = c.sentence().facts();
        Placed level = null;
        Placed next = null;
        for (Placed q : facts) {
            if (q.end() <= c.start() && q.fact().type().isNumeric() && !Figures.isConversion(q)) {
                level = q;
            }
            if (next == null && q.start() >= c.end()) {
                next = q;
            }
        }
        if (level == null || (points ? !isRatioLevel(level.fact()) : !isLevel(level.fact()) || !Figures.sameClass(level.fact(), change, words))
                || !change.periodNorm().equals(level.fact().periodNorm())
                || org.govfacts.text.Clauses.breaksGroup(text.substring(level.end(), c.start()))) {
            return null;
        }
        if (next != null && next.fact().type() == FactType.GROWTH && !org.govfacts.text.Clauses.breaksGroup(text.substring(c.end(), next.start()))) {
            return null; // 增加1789元，增长4.3%: judged with its rate
        }
        Measure m = Measure.of(level, words);
        String earlierPeriod = PeriodNorms.yearEarlier(level.fact().periodNorm());
        if (m == null || m.status() == Status.TARGET || earlierPeriod == null) {
            return null;
        }
        // National accounts (生产总值, 增加值 and their shares) are revised after a year's bulletin: the next
        // report's 比上年 is against the revised figure, so last year's stated level cannot bear it out.
        String named = TextForms.light((level.fact().indicator() == null ? "" : level.fact().indicator()) + level.label());
        if (CheckWords.firstIn(words.realGrowthWords(), named) != null) {
            return null;
        }
        Fact earlier = levels.get(new Measure(m.indicator(), m.subject(), m.region(), earlierPeriod, Status.ACTUAL, m.unitClass()).key());
        if (earlier == null) {
            return null;
        }
        Fact l = level.fact();
        // a change in points is signed already (下降 → negative); an amount carries its direction in the word before it
        boolean down = !points && words.decreaseBefore(text, c.start());
        double signed = down ? -change.value() : change.value();
        Interval difference = Amounts.interval(l).minus(Amounts.interval(earlier));
        Interval said = down ? Amounts.interval(change).times(-1) : Amounts.interval(change);
        double gap = l.value() - earlier.value();
        double allowed = difference.halfWidth() + said.halfWidth();
        List<Fact> all = List.of(earlier, l, change);
        String unit = points ? "pp" : Amounts.displayUnit(l);
        double scale = points ? 1 : Amounts.displayScale(l);
        String shownChange = shown(signed, l, points);
        String levelsSaid = lessIs(l, earlier, gap, allowed, points);
        if (difference.meets(said)) {
            return new Finding(FindingKind.GROWTH, Verdict.CONSISTENT, all, gap / scale, signed / scale, allowed / scale, unit,
                    "The stated change of " + shownChange + " agrees with the levels: " + levelsSaid + ".");
        }
        if (gap * signed < 0) {
            return new Finding(FindingKind.GROWTH, Verdict.CANNOT_TELL, all, gap / scale, signed / scale, allowed / scale, unit,
                    "The stated change of " + shownChange + " and the levels (" + levelsSaid + ") go in opposite directions: a"
                            + " direction word may not have been read as the text means it, so nothing is said.");
        }
        return new Finding(FindingKind.GROWTH, Verdict.INCONSISTENT, all, gap / scale, signed / scale, allowed / scale, unit,
                "The stated change of " + shownChange + " disagrees with the levels: " + levelsSaid
                        + ". Compared because the levels have the same indicator “" + m.indicator() + "”"
                        + (m.subject().isEmpty() ? "" : " and subject “" + m.subject() + "”") + ", the same place " + m.region()
                        + ", and periods one year apart (" + earlier.periodNorm() + ", " + l.periodNorm() + ").");
    }

    /**
     * Whether the rate is real growth (GDP, 增加值, or said 实际增长 / 按可比价格): levels are at current
     * prices, so their change is nominal and says nothing about a real rate.
     */
    private boolean isReal(Placed g, Placed level, String indicator) {
        if (isNominal(g)) {
            return false;
        }
        String text = g.sentence().text();
        String between = text.substring(Math.min(level.start(), g.start()), Math.min(text.length(), g.end()));
        return CheckWords.firstIn(words.realGrowthWords(), indicator) != null
                || CheckWords.firstIn(words.realGrowthWords(), TextForms.light(g.fact().indicator() == null ? "" : g.fact().indicator())) != null
                || CheckWords.firstIn(words.realGrowthWords(), TextForms.light(between)) != null;
    }

    /** 比上年末增加14.29万人 is a change, not a level of the next year: only amounts that are not changes are levels. */
    private static boolean isLevel(Fact f) {
        return Figures.isAmount(f) && f.basis() != Basis.CHANGE;
    }

    /** 名义增长速度为8.62%: the rate says it is at current prices, as its levels are (check_nominal_growth_cues.txt). */
    private boolean isNominal(Placed g) {
        return CheckWords.firstIn(words.nominalGrowthWords(), TextForms.light(g.label())) != null;
    }

    /** 较“十三五”末的9323.1亿元: the level compared against, not the level reached. */
    private static boolean isEarlierBase(Placed q) {
        String label = q.label();
        return (label.startsWith("较") || label.startsWith("比")) && !q.tail().isEmpty() || q.tail().startsWith("增") || q.tail().startsWith("减")
                || comparedWith(q);
    }

    /**
     * 比1957年的|三百二十七斤, or 与2010年第六次全国人口普查的|59500468人|相比: the level a comparison is made with, named in the
     * words around it.
     */
    private static boolean comparedWith(Placed q) {
        String label = TextForms.bare(q.label());
        return COMPARED_WITH.matcher(label).find()
                || COMPARED_WITH_BEFORE_SIDE.matcher(label).find() && COMPARED_AFTER.matcher(q.tail()).lookingAt();
    }

    /**
     * 工业总产值20.6亿元、主营业务收入26.9亿元、财政总收入1.2亿元(比上年的7602万元增加4398万元)，分别比上年增长82.7%、140.9%、58.9%:
     * the rates after 分别 (at {@code respectively}) go with the levels before it in order, so a change stated with the last
     * level is that of the last rate, when the two lists are as long.
     */
    private boolean lastOfRespectiveRates(Placed g, Placed change, int respectively) {
        List<Placed> levels = new ArrayList<>();
        List<Placed> rates = new ArrayList<>();
        for (Placed q : g.sentence().facts()) {
            if (q.end() <= change.start() && Figures.isAmount(q.fact()) && q.fact().basis() != Basis.CHANGE && !isEarlierBase(q)
                    && Figures.sameClass(q.fact(), change.fact(), words)) {
                levels.add(q);
            } else if (q.start() > respectively && Figures.isPercentRate(q.fact())) {
                rates.add(q);
            }
        }
        return !levels.isEmpty() && levels.size() == rates.size() && rates.get(rates.size() - 1) == g;
    }

    /**
     * 单位面积产量比1957年的三百二十七斤，增加二百六十九斤，即增长82%: the level compared with is named right before the change,
     * so the rate is the change over it, whatever level was reached.
     */
    private Finding fromComparedBase(Placed g, Placed change) {
        String text = g.sentence().text();
        Placed base = g.sentence().figureBefore(change);
        if (base == null || !Figures.isAmount(base.fact()) || !comparedWith(base)
                || !Figures.sameClass(base.fact(), change.fact(), words) || base.fact().value() <= 0
                || org.govfacts.text.Clauses.breaksGroup(text.substring(base.end(), change.start()))
                || text.substring(base.end(), change.start()).chars().filter(ch -> ch == '，' || ch == ',').count() > 1) {
            return null;
        }
        Fact b = base.fact();
        Fact c = change.fact();
        Fact growth = g.fact();
        boolean down = words.decreaseBefore(text, change.start());
        double signed = down ? -c.value() : c.value();
        Interval implied = Amounts.interval(c).over(Amounts.interval(b)).times(down ? -100 : 100);
        Interval stated = Amounts.interval(growth);
        double exact = signed / b.value() * 100;
        double tolerance = implied.halfWidth() + stated.halfWidth();
        String how = (down ? "a decrease of " : "an increase of ") + Amounts.show(c.value(), c) + " on the " + Amounts.show(b.value(), b)
                + " compared with is " + Amounts.format(exact) + "%";
        List<Fact> all = List.of(b, c, growth);
        if (implied.meets(stated)) {
            return new Finding(FindingKind.GROWTH, Verdict.CONSISTENT, all, exact, growth.value(), tolerance, "%",
                    "Growth stated as " + Amounts.format(growth.value()) + "% agrees with the change and the level it is compared with: "
                            + how + BreakdownCheck.tolerancePhrase(tolerance, "%") + ".");
        }
        if (exact * growth.value() < 0) {
            return null; // the direction words of one of them were misread
        }
        return new Finding(FindingKind.GROWTH, Verdict.INCONSISTENT, all, exact, growth.value(), tolerance, "%",
                "Growth stated as " + Amounts.format(growth.value()) + "% disagrees with the change and the level it is compared with: "
                        + how + BreakdownCheck.allowance(tolerance, "%") + ". Compared because the sentence names the level compared with"
                        + " (比…的) right before the change, and the rate follows the change.");
    }

    /**
     * 单位面积产量比1957年的|三百二十七斤, 较上年|21012万元，增收2980万元: the level a comparison is made with, named right before it
     * (比…的, 较…的, or 较上年 and the level itself).
     */
    private static final java.util.regex.Pattern COMPARED_WITH = java.util.regex.Pattern.compile(
            "[比较](?!重|例)[^，,；;。]{0,10}的$|[比较](?:上年|去年|前一年|上年同期|去年同期|同期)(?:决算数?|实绩)?$"
                    // 较114年度法定预算数|277.27亿元 (Taiwan): the budget or accounts of a year before, by their name
                    + "|[比较](?:\\d{2,4}|上|去|前一)年度?(?:法定)?(?:预算|决算)数?$");
    /** 与…的, 同…的: the first half of 与…的N相比, whose second half ({@link #COMPARED_AFTER}) follows the level. */
    private static final java.util.regex.Pattern COMPARED_WITH_BEFORE_SIDE = java.util.regex.Pattern.compile("[与同和跟][^，,；;。]{0,24}的$");
    private static final java.util.regex.Pattern COMPARED_AFTER = java.util.regex.Pattern.compile("\\s*(?:相比|相较|比较|对比)");

    /**
     * 年末总人口324.84万人，比上年末增加14.29万人，增长4.6%: the change stated between the level and its
     * rate (same indicator, no semicolon), which the two years' levels must bear out as well; null if none.
     */
    private Fact statedChange(Placed g, Placed level) {
        String text = g.sentence().text();
        Placed change = null;
        for (Placed q : g.sentence().facts()) {
            if (q.start() >= level.end() && q.end() <= g.start() && Figures.isAmount(q.fact()) && q.fact().basis() == Basis.CHANGE
                    && Figures.sameClass(q.fact(), level.fact(), words)) {
                change = q;
            }
        }
        if (change == null || org.govfacts.text.Clauses.breaksGroup(text.substring(level.end(), g.start())) || words.decreaseBefore(text, change.start())) {
            return null;
        }
        return change.fact();
    }

    /**
     * 3856万人 (..2022-12, in a.txt) less 3852万人 (..2021-12, in b.txt) is 4万人, allowing ±1.5万人 for rounding: the
     * difference of two years' levels, in points for shares.
     */
    private static String lessIs(Fact level, Fact earlier, double gap, double allowed, boolean points) {
        return located(level) + " less " + located(earlier) + " is " + shown(gap, level, points)
                + (allowed > 0 ? ", allowing ±" + shown(allowed, level, points) + " for rounding" : "");
    }

    /** An amount in the level's unit, or a number of points. */
    private static String shown(double amount, Fact level, boolean points) {
        return points ? Amounts.format(amount) + " points" : Amounts.show(amount, level);
    }

    /** 310.56万人 (..2018-12, in bingtuan_2018.txt): a level with its period and its report. */
    private static String located(Fact f) {
        return Amounts.show(f.value(), f) + " (" + f.periodNorm() + ", in " + f.doc() + ")";
    }

    /**
     * How far (in percentage points) a growth may stray from an estimated level of the year before and still be
     * explained by the final figure revising the estimate: beyond it, the two disagree whatever the revision.
     */
    private static final double ESTIMATE_REVISION = 2.0;

    /**
     * How far (in percentage points, past the rounding allowance) a growth may stray from the final level another report
     * gave for the year before: the next year's 比上年 is against the revised level (北京 imports 24319.9亿元 in the 2021
     * bulletin; the 2022 bulletin's 25.7% is against a level revised since).
     */
    private static final double FINAL_REVISION = 0.1;

    /**
     * How far (in percentage points, past the rounding allowance) the growth of a balance (贸易顺差: check_balances.tsv) may
     * stray from another report's level of the year before: a balance is the small difference of two large flows, so a
     * revision of either by a few tenths of a per cent moves it by a point or more (顺差3.34万亿元 of exports 12.71 and
     * imports 9.37: a 0.3% revision of the exports is 1.1% of the surplus).
     */
    private static final double BALANCE_REVISION = 3.0;

    /** How a change's qualifier bounds it, in the words a message puts before its amount (近20000万吨: "at most "). */
    private static String boundWords(org.govfacts.fact.Qualifier q) {
        if (q == null) {
            return "";
        }
        return switch (q) {
            case LESS_THAN -> "at most ";
            case MORE_THAN -> "at least ";
            case ABOUT -> "about ";
        };
    }

    /** A finding against the year before's level of another report: a gap within a revision of the level says nothing for sure. */
    private static Finding revisedElsewhere(Finding f, boolean balance) {
        if (f.verdict() != Verdict.INCONSISTENT || f.expected() == null || f.stated() == null || !"%".equals(f.unit())
                || Math.abs(f.expected() - f.stated()) > f.tolerance() + (balance ? BALANCE_REVISION : FINAL_REVISION)) {
            return f;
        }
        return new Finding(f.kind(), Verdict.CANNOT_TELL, f.facts(), f.expected(), f.stated(), f.tolerance(), f.unit(),
                f.message().replaceFirst("\\. Compared because.*$", "") + "; but the level of the year before is another report's,"
                        + " which a later revision may have moved by that much.");
    }

    /** A finding against an estimated earlier level: a disagreement a revision of the estimate explains says nothing for sure. */
    private static Finding revisable(Finding f, Fact growth) {
        if (f.verdict() != Verdict.INCONSISTENT || f.expected() == null || f.kind() != FindingKind.GROWTH || !"%".equals(f.unit())
                || Math.abs(f.expected() - growth.value()) > ESTIMATE_REVISION) {
            return f.verdict() == Verdict.INCONSISTENT ? new Finding(f.kind(), f.verdict(), f.facts(), f.expected(), f.stated(), f.tolerance(),
                    f.unit(), f.message() + " The earlier level is an estimate (预计); the gap is more than a revision of "
                            + Amounts.format(ESTIMATE_REVISION) + " percentage points would explain.") : f;
        }
        return new Finding(f.kind(), Verdict.CANNOT_TELL, f.facts(), f.expected(), f.stated(), f.tolerance(), f.unit(),
                f.message().replaceFirst("\\. Compared because.*$", "") + "; but the earlier level is an estimate (预计), which the final"
                        + " figure may revise by that much.");
    }

    private static Finding judge(Fact growth, Fact level, Fact earlier, Fact change, Measure m, boolean item) {
        Interval implied = Amounts.interval(level).over(Amounts.interval(earlier)).minus(Interval.point(1)).times(100);
        Interval stated = Amounts.interval(growth);
        double exact = (level.value() / earlier.value() - 1) * 100;
        double tolerance = implied.halfWidth() + stated.halfWidth();
        String levels = located(level) + " against " + located(earlier) + " is a change of " + Amounts.format(exact) + "%";
        List<Fact> facts = change == null ? List.of(earlier, level, growth) : List.of(earlier, level, change, growth);
        if (change != null) {
            // the stated increase must be the difference of the levels, within the rounding of all three
            Interval difference = Amounts.interval(level).minus(Amounts.interval(earlier));
            Interval said = Amounts.interval(change);
            double gap = level.value() - earlier.value();
            if (!difference.meets(said)) {
                double scale = Amounts.displayScale(level);
                double allowed = difference.halfWidth() + said.halfWidth();
                return new Finding(FindingKind.GROWTH, Verdict.INCONSISTENT, facts, gap / scale, change.value() / scale,
                        allowed / scale, Amounts.displayUnit(level),
                        "The stated increase of " + Amounts.show(change.value(), change) + " disagrees with the levels: "
                                + lessIs(level, earlier, gap, allowed, false) + ". Compared because the levels have the same indicator “" + m.indicator() + "”, the same place "
                                + m.region() + ", and periods one year apart.");
            }
            levels += ", and the stated increase " + Amounts.show(change.value(), change) + " is their difference";
        }
        String named = TextForms.light(growth.indicator());
        // 城乡居民…分别增长8.3%和9.7%: say which item of the combined indicator the rate is (check_respective_scopes.tsv)
        String of = item ? "“" + m.indicator() + "” (its item of “" + named + "”)" : "“" + named + "”";
        String what = "Growth of " + of + " stated as " + Amounts.format(growth.value()) + "%" + RateCheck.boundWord(growth);
        if (implied.meets(stated)) {
            return new Finding(FindingKind.GROWTH, Verdict.CONSISTENT, facts, exact, growth.value(), tolerance, "%",
                    what + " agrees with the levels: " + levels + BreakdownCheck.tolerancePhrase(tolerance, "%") + ".");
        }
        if (!level.doc().equals(earlier.doc()) && level.value().equals(earlier.value())) {
            // 231.1亿元 as 今年's in one news item and as 去年's in another, a growth of 17.8% stated: one figure dated two
            // ways (each report's 今年 and 去年 read from its own date), far likelier than a level that did not move
            return new Finding(FindingKind.GROWTH, Verdict.CANNOT_TELL, facts, exact, growth.value(), tolerance, "%",
                    what + " disagrees with the levels: " + levels + "; but the two reports state the same figure, more likely one"
                            + " figure dated two ways than a level that did not change.");
        }
        return new Finding(FindingKind.GROWTH, Verdict.INCONSISTENT, facts, exact, growth.value(), tolerance, "%",
                what + " disagrees with the levels: " + levels + BreakdownCheck.allowance(tolerance, "%")
                        + ". Compared because the levels have the same indicator “" + m.indicator() + "”"
                        + (m.subject().isEmpty() ? "" : " and subject “" + m.subject() + "”") + ", the same place " + m.region()
                        + ", and periods one year apart (" + earlier.periodNorm() + ", " + level.periodNorm() + ").");
    }

    /** 完成预算的85.0%，短收7431万元: a gap against the plan (check_plan_gap_words.tsv), neither a level nor its change. */
    private boolean isPlanGap(Placed q) {
        return words.planGapWordOf(q.label()) != null;
    }
}
