package org.govfacts.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govfacts.fact.Basis;
import org.govfacts.fact.Fact;
import org.govfacts.fact.FactType;
import org.govfacts.resolve.CalendarSpan;

/**
 * A growth over several years against the yearly average stated with it: 2007年，国内生产总值…比2002年增长65.5%，
 * 年均增长10.6% says 1.655^(1/5) − 1 = 10.6%. The years run from the base the comparison names (比2002年: a
 * comparison head of check_comparison_heads.txt, a year, a change word of change-cues.txt) to the last year
 * of the figure's resolved period (2007; 2001-2005 → 2005). The average is the next yearly average of the
 * sentence, with no semicolon between, of the same indicator, period, place and status; both figures exact
 * (no 以上, 左右). A growth with no base year named (增长1.71倍) is not checked.
 */
final class CompoundGrowthCheck {
    /** A year, with the part of it a release covers (比2019年一季度, 比2019年1-9月, 比2019年同期): the same part of a later year. */
    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*年(?:[一二三四]季度|上半年|下半年|前三季度|\\d{1,2}[-—至]\\d{1,2}月|\\d{1,2}月份?)?(?:同期)?");

    /** The longest span a yearly average is checked over: a region's 75 years since 1949 (是1949年的N倍，年均增长M%). */
    private static final int MAX_YEARS = 80;

    private final CheckWords words;

    /** Parts of a split whose whole grows in real terms (第三产业 of 生产总值): a bare part's level is its value added. */
    private final java.util.Set<String> realParts = new java.util.HashSet<>();

    CompoundGrowthCheck(CheckWords words) {
        this.words = words;
        for (PartitionBreakdowns.Partition p : PartitionBreakdowns.Partition.all(words)) {
            if (p.whole().stream().anyMatch(w -> CheckWords.firstIn(words.realGrowthWords(), w) != null)) {
                p.parts().forEach(realParts::addAll);
            }
        }
    }

    List<Finding> check(DocumentView d) {
        List<Finding> out = new ArrayList<>();
        for (Placed g : d.placed()) {
            Fact total = g.fact();
            if (!isRate(total) || total.basis() != null && total.basis() != Basis.YOY || total.periodNorm() == null) {
                continue;
            }
            Integer base = baseYear(g);
            CalendarSpan span = CalendarSpan.parse(total.periodNorm());
            if (base == null || span == null || span.stock()) {
                continue;
            }
            int years = span.lastYear() - base;
            if (years < 2 || years > MAX_YEARS) {
                continue; // one year is a growth on the year before, checked against its levels elsewhere
            }
            Placed average = averageAfter(g);
            if (average != null) {
                Finding f = judge(total, average.fact(), base, span.lastYear(), years);
                out.add(f.verdict() == Verdict.INCONSISTENT ? yearReadOffRelativeWord(f, total, average.fact(), years) : f);
            }
        }
        for (Placed from : d.placed()) {
            Finding total = totalFromTo(d, from);
            if (total == null) {
                total = endAsMultipleOfStart(from);
            }
            if (total != null) {
                out.add(total);
            }
            Finding f = fromTo(d, from);
            if (f == null) {
                f = multipleOfBase(d, from);
            }
            if (f == null) {
                f = levelAndChange(from);
            }
            if (f != null) {
                out.add(f);
            }
        }
        return out;
    }

    /** 是2010年的, 为1978年末的: the base year a multiple right after it is of. */
    static final Pattern MULTIPLE_OF = Pattern.compile("(?:是|为|相当于)((?:19|20)\\d{2})年(?:末|底)?的$");

    /**
     * 地方财政收入达261.33亿元，是2002年的4.75倍，年均增长36.6%: a level stated as a multiple of a base year's, over the
     * years from that base to the last of the figure's period (2003-2007: five), against the yearly average after it.
     */
    private Finding multipleOfBase(DocumentView d, Placed g) {
        Fact m = g.fact();
        if (m.type() != FactType.RATIO || m.value() == null || m.value() <= 100 || !"%".equals(m.unit()) || m.qualifier() != null
                || m.text() == null || !m.text().contains("倍") || m.periodNorm() == null) {
            return null;
        }
        Matcher named = MULTIPLE_OF.matcher(TextForms.bare(TextForms.light(g.label())));
        CalendarSpan span = CalendarSpan.parse(m.periodNorm());
        if (!named.find() || span == null || span.stock()) {
            return null;
        }
        int base = Integer.parseInt(named.group(1));
        int years = span.lastYear() - base;
        Placed average = years < 2 || years > MAX_YEARS ? null : averageAfter(g);
        if (average == null || realGrowth(g, average) && !constantPrices(d, g)) {
            // 生产总值是1999年的3.6倍，年均增长11.5%: a multiple of current-price levels against a real growth (but 按不变价格计算，
            // 是1965年的155倍 is a multiple of real levels)
            return null;
        }
        Interval times = Amounts.interval(m);
        Interval implied = yearly(times.lo() - 100, times.hi() - 100, years);
        double exact = yearly(m.value() - 100, years);
        String how = Amounts.format(m.value() / 100) + " times the level of " + base + " by " + span.lastYear() + " is " + Amounts.format(exact)
                + "% a year over its " + years + " years (" + Amounts.format(m.value() / 100) + "^(1/" + years + ") − 1)";
        return verdict(List.of(m, average.fact()), average.fact(), implied, exact, how,
                "the level is stated as a multiple of " + base + "'s and the average follows it with the same indicator “"
                        + TextForms.light(m.indicator()) + "”, place and period " + m.periodNorm());
    }

    /** Between the level reached and a multiple of the start: 是2016年的, 为上年的, 相当于期初的 (not 是全国平均水平的, another base). */
    private static final Pattern MULTIPLE_OF_START = Pattern.compile(
            "[，,]\\s*(?:是|为|相当于)(?:(?:19|20)\\d{2}年(?:末|底)?|上年|期初|基期)?的");

    /**
     * 地区生产总值从129.8亿元增长到325亿元，是2016年的2.5倍: the end over the start, stated right after the two levels in
     * their clause as a multiple of the start.
     */
    private Finding endAsMultipleOfStart(Placed from) {
        Placed to = Figures.riseEnd(from, words);
        if (to == null) {
            return null;
        }
        Placed multiple = firstFigureAfter(to);
        if (multiple == null) {
            return null;
        }
        Fact a = from.fact();
        Fact b = to.fact();
        Fact m = multiple.fact();
        String between = to.sentence().text().substring(to.end(), multiple.start());
        if (m.type() != FactType.RATIO || m.value() == null || !"%".equals(m.unit()) || m.qualifier() != null || m.text() == null
                || !m.text().contains("倍") || !MULTIPLE_OF_START.matcher(between).matches() || a.value() == null || a.value() <= 0) {
            return null;
        }
        Interval ratio = Amounts.interval(b).over(Amounts.interval(a));
        Interval implied = new Interval(ratio.lo() * 100, ratio.hi() * 100);
        double exact = b.value() / a.value() * 100;
        Interval stated = Amounts.interval(m);
        double tolerance = implied.halfWidth() + stated.halfWidth();
        String how = "From " + Amounts.show(a.value(), a) + " to " + Amounts.show(b.value(), b) + " is " + Amounts.format(exact / 100)
                + " times the start (" + Amounts.format(b.value() / Amounts.displayScale(b)) + " / "
                + Amounts.format(a.value() / Amounts.displayScale(a)) + ")";
        if (implied.meets(stated)) {
            return new Finding(FindingKind.GROWTH, Verdict.CONSISTENT, List.of(a, b, m), exact, m.value(), tolerance, "%",
                    how + ", as the stated " + Amounts.format(m.value() / 100) + "倍 says" + BreakdownCheck.tolerancePhrase(tolerance / 100, "倍") + ".");
        }
        return new Finding(FindingKind.GROWTH, Verdict.INCONSISTENT, List.of(a, b, m), exact, m.value(), tolerance, "%",
                how + ", not the stated " + Amounts.format(m.value() / 100) + "倍" + BreakdownCheck.allowance(tolerance / 100, "倍")
                        + ". Compared because the sentence says the level rose from the one to the other (从…到…) and states the end"
                        + " as a multiple of the start right after them, in the same clause.");
    }

    /**
     * 城镇居民人均可支配收入11485元，比2002年增加4696元，年均增长11.1%: the level less the change is the base year's level,
     * and the two levels imply the yearly average over the years between (2002 to the level's year: five).
     */
    private Finding levelAndChange(Placed c) {
        Fact change = c.fact();
        if (!Figures.isAmount(change) || change.basis() != Basis.CHANGE || change.value() == null || change.value() <= 0
                || change.qualifier() != null || change.periodNorm() == null) {
            return null;
        }
        Integer base = baseYear(c);
        CalendarSpan span = CalendarSpan.parse(change.periodNorm());
        if (base == null || span == null || span.stock()) {
            return null;
        }
        int years = span.lastYear() - base;
        if (years < 2 || years > MAX_YEARS) {
            return null;
        }
        String key = Figures.indicatorKey(change, words);
        String text = c.sentence().text();
        Placed level = c.sentence().figureBefore(c);
        if (level == null || org.govfacts.text.Clauses.groupBreakBetween(text, level.end(), c.start())) {
            return null;
        }
        Fact l = level.fact();
        if (!Figures.isAmount(l) || l.basis() != null || l.qualifier() != null || l.value() == null || l.value() <= change.value()
                || !Figures.sameClass(l, change, words) || key == null || !key.equals(Figures.indicatorKey(l, words))
                || !java.util.Objects.equals(l.periodNorm(), change.periodNorm())) {
            return null;
        }
        Placed average = averageAfter(c);
        if (average == null) {
            return null;
        }
        if (realGrowth(level, average)) {
            return null; // a current-price change against a real growth
        }
        Interval now = Amounts.interval(l);
        Interval then = now.minus(Amounts.interval(change));
        if (then.lo() <= 0) {
            return null;
        }
        Interval ratio = now.over(then);
        Interval implied = yearly((ratio.lo() - 1) * 100, (ratio.hi() - 1) * 100, years);
        double before = l.value() - change.value();
        double exact = yearly((l.value() / before - 1) * 100, years);
        String how = Amounts.show(l.value(), l) + " less the change " + Amounts.show(change.value(), change) + " is " + Amounts.show(before, l)
                + " in " + base + "; from that to " + Amounts.show(l.value(), l) + " over " + years + " years is " + Amounts.format(exact) + "% a year";
        return verdict(List.of(l, change, average.fact()), average.fact(), implied, exact, how,
                "the change names its base year " + base + " and follows the level, and the average follows with the same indicator “"
                        + TextForms.light(l.indicator()) + "”, place and period");
    }

    private static final Pattern FROM = Figures.RISE_FROM;
    private static final Pattern TO = Figures.RISE_TO;

    /**
     * 由1325万元增至73126万元，增长54.2倍: the change over the whole period, stated right after the two levels in their
     * clause (a percentage, or 倍 above the start), against the one the levels give.
     */
    private Finding totalFromTo(DocumentView d, Placed from) {
        Placed to = Figures.riseEnd(from, words);
        if (to == null) {
            return null;
        }
        Placed total = totalAfter(to);
        if (total == null) {
            return null;
        }
        if (realGrowth(from, total) && !constantPrices(d, from)) {
            return null; // 生产总值由…增加到…，增长45%: current-price levels against a growth at comparable prices
        }
        Fact a = from.fact();
        Fact b = to.fact();
        Fact g = total.fact();
        Interval ratio = Amounts.interval(b).over(Amounts.interval(a));
        Interval implied = new Interval((ratio.lo() - 1) * 100, (ratio.hi() - 1) * 100);
        double exact = (b.value() / a.value() - 1) * 100;
        Interval stated = Amounts.interval(g);
        double tolerance = implied.halfWidth() + stated.halfWidth();
        boolean times = inTimes(g);
        String how = "From " + Amounts.show(a.value(), a) + " to " + Amounts.show(b.value(), b) + " is a rise of "
                + (times ? Amounts.format(exact / 100) + " times the start (" : Amounts.format(exact) + "% (")
                + Amounts.format(b.value() / Amounts.displayScale(b)) + " / " + Amounts.format(a.value() / Amounts.displayScale(a)) + " − 1)";
        String said = said(g);
        double shown = times ? tolerance / 100 : tolerance; // 增长N倍 is allowed for in 倍, a percentage in points
        String unit = times ? "倍" : "%";
        if (implied.meets(stated)) {
            return new Finding(FindingKind.GROWTH, Verdict.CONSISTENT, List.of(a, b, g), exact, g.value(), tolerance, "%",
                    how + ", as the stated " + said + " says" + BreakdownCheck.tolerancePhrase(shown, unit) + ".");
        }
        if (times && new Interval(ratio.lo() * 100, ratio.hi() * 100).meets(stated)) {
            // 从6.8亿元增加到25.3亿元，增长3.7倍: many writers say 增长N倍 for 是…的N倍, the end over the start
            return new Finding(FindingKind.GROWTH, Verdict.CONSISTENT, List.of(a, b, g), exact + 100, g.value(), tolerance, "%",
                    how + "; the stated " + said + " is the end over the start (" + Amounts.format(b.value() / a.value())
                            + "), the common reading of 增长N倍 as N times the start" + BreakdownCheck.tolerancePhrase(shown, unit) + ".");
        }
        if (pricesMayExplain(d, from, g.value(), exact, yearsOf(d, from, to))) {
            return pricesCannotTell(List.of(a, b, g), g, exact, how);
        }
        return new Finding(FindingKind.GROWTH, Verdict.INCONSISTENT, List.of(a, b, g), exact, g.value(), tolerance, "%",
                how + ", not the stated " + said + BreakdownCheck.allowance(shown, unit) + ". Compared because the sentence says the level"
                        + " rose from the one to the other (由…到…) and states the rise right after them, in the same clause.");
    }

    /** The years a 由…到 spans when named (由1949年的…到2008年的, or a frame before it), else 0. */
    private int yearsOf(DocumentView d, Placed from, Placed to) {
        Matcher m = FROM.matcher(TextForms.bare(TextForms.light(from.label())));
        Matcher n = TO.matcher(TextForms.bare(TextForms.light(to.label())));
        if (m.find() && n.find() && m.group(1) != null && n.group(1) != null) {
            return Integer.parseInt(n.group(1)) - Integer.parseInt(m.group(1));
        }
        int[] earlier = yearsNamedBefore(d, from);
        return earlier == null ? 0 : earlier[1] - earlier[0];
    }

    /**
     * 人均生产总值由1949年的50元增加到2008年的19593元，增长了53倍，年均递增7.0%: sums of money at current prices rise with
     * prices too, so over ten years or more a stated growth below the levels' is a real growth beside nominal levels, not
     * a slip (unless the levels are at a base year's prices).
     */
    private boolean pricesMayExplain(DocumentView d, Placed from, Double stated, double implied, int years) {
        if (stated == null || stated >= implied || !"元".equals(from.fact().unit()) || constantPrices(d, from)) {
            return false;
        }
        return years >= PRICE_YEARS;
    }

    /** Over this many years or more, prices alone move sums of money far beyond any rounding. */
    private static final int PRICE_YEARS = 10;

    private static Finding pricesCannotTell(List<Fact> facts, Fact stated, double exact, String how) {
        return new Finding(FindingKind.GROWTH, Verdict.CANNOT_TELL, facts, exact, stated.value(), 0.0, "%",
                how + ", above the stated " + said(stated) + ": the levels are sums of money at current prices,"
                        + " which rose with prices too, and the stated growth may be at comparable prices, so the two say nothing of each other.");
    }

    /** 增长54.2倍: a rise stated as a multiple of the start (not a yearly average that a slip wrote in 倍). */
    private static boolean inTimes(Fact g) {
        return g.text() != null && g.text().contains("倍") && g.basis() != Basis.ANNUAL_AVG;
    }

    /** A stated rise as the report words it: 增长54.2倍, or 27.9%. */
    private static String said(Fact g) {
        return inTimes(g) ? "增长" + Amounts.format(g.value() / 100) + "倍" : Amounts.format(g.value()) + "%";
    }

    /** Between the level reached and the total change: only a comma and the change word (，增长 / ，增加了 / ，下降). */
    private static final Pattern TOTAL_CHANGE = Pattern.compile("[，,、]\\s*(?:共|累计|总共)?(?:增长|增加|提高|上升|下降|减少)了?");

    /**
     * 国民生产总值(按1990年不变价，下同)由1325万元增至…: the levels are at a base year's prices, so they may be set against
     * a real growth; said in the figure's sentence before it, or earlier with 下同 (the same below).
     */
    private static boolean constantPrices(DocumentView d, Placed from) {
        for (SentenceView s : d.backwards(from.sentence(), 6)) {
            String text = s == from.sentence() ? s.text().substring(0, Math.min(from.start(), s.text().length())) : s.text();
            Matcher m = CONSTANT_PRICES.matcher(text);
            if (m.find() && (s == from.sentence() || text.contains("下同"))) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern CONSTANT_PRICES = Pattern.compile("按(?:(?:19|20)\\d{2}年)?不变价");

    /**
     * 社会消费品零售总额由21亿元增加到41.5亿元，年均增长14.6%: the levels at the two ends of the period and the yearly
     * average between them. The years are those from the year the 由 names (由2010年的…) to the last of the
     * figure's period, else the years of its period (五年来, 2011-2015: five).
     */
    private Finding fromTo(DocumentView d, Placed from) {
        Placed to = Figures.riseEnd(from, words);
        if (to == null) {
            return null;
        }
        Fact a = from.fact();
        Matcher m = FROM.matcher(TextForms.bare(TextForms.light(from.label())));
        Matcher toWords = TO.matcher(TextForms.bare(TextForms.light(to.label())));
        if (!m.find() || !toWords.find()) {
            return null;
        }
        int years;
        boolean fromPeriodWord = false;
        int[] earlier = null;
        if (m.group(1) == null && toWords.group(1) == null) {
            // the years resolve gave the two levels, else those a 由…到 before it names
            earlier = resolvedYears(from, to);
            if (earlier == null) {
                earlier = yearsNamedBefore(d, from);
            }
        }
        boolean named = m.group(1) != null && toWords.group(1) != null || earlier != null;
        if (m.group(1) != null && toWords.group(1) != null) {
            years = Integer.parseInt(toWords.group(1)) - Integer.parseInt(m.group(1)); // 由2000年的…增加到2005年的…
        } else if (earlier != null) {
            years = earlier[1] - earlier[0];
        } else {
            CalendarSpan span = to.fact().periodNorm() == null ? null : CalendarSpan.parse(to.fact().periodNorm());
            if (span == null || span.stock()) {
                return null;
            }
            years = m.group(1) != null ? span.lastYear() - Integer.parseInt(m.group(1)) : span.lastYear() - span.firstYear() + 1;
            fromPeriodWord = m.group(1) == null;
        }
        // a gazetteer's 1949 to 1992 names its years; a span read off a period word stays within a plan's length
        if (years < 2 || years > (named ? 80 : 30)) {
            return null;
        }
        Placed average = respectiveAverage(from, to);
        if (average == null) {
            average = averageAfter(to);
        }
        if (average == null) {
            Placed total = totalAfter(to);
            average = total == null ? null : averageAfter(total);
        }
        if (average == null) {
            return null;
        }
        if (realGrowth(from, average) && !constantPrices(d, from)) {
            return null; // 生产总值由2003亿元增加到4070亿元，按可比价格计算年均增长11.6%: current-price levels, a real growth
        }
        Fact b = to.fact();
        Interval ratio = Amounts.interval(b).over(Amounts.interval(a));
        Interval implied = yearly((ratio.lo() - 1) * 100, (ratio.hi() - 1) * 100, years);
        // 五年来…从7.84亿元增加到9.37亿元，年均增长4.5%: a span read off a period word leaves open whether the first level is
        // of the year before it (five steps) or of its first year (four); the writer's count is the one the average fits
        if (fromPeriodWord && years > 2 && !implied.meets(Amounts.interval(average.fact()))) {
            Interval shorter = yearly((ratio.lo() - 1) * 100, (ratio.hi() - 1) * 100, years - 1);
            if (shorter.meets(Amounts.interval(average.fact()))) {
                years--;
                implied = shorter;
            }
        }
        double exact = yearly((b.value() / a.value() - 1) * 100, years);
        String how = "From " + Amounts.show(a.value(), a) + " to " + Amounts.show(b.value(), b) + " over " + years + " years is "
                + Amounts.format(exact) + "% a year ((" + Amounts.format(b.value() / Amounts.displayScale(b)) + " / "
                + Amounts.format(a.value() / Amounts.displayScale(a)) + ")^(1/" + years + ") − 1)";
        if (!implied.meets(Amounts.interval(average.fact())) && pricesMayExplain(d, from, average.fact().value(), exact, years)) {
            return pricesCannotTell(List.of(a, b, average.fact()), average.fact(), exact, how);
        }
        return verdict(List.of(a, b, average.fact()), average.fact(), implied, exact, how,
                "the sentence says the level rose from the one to the other (由…到…) over "
                        + (earlier != null ? "the years " + earlier[0] + " to " + earlier[1] + " named before it" : "its period " + b.periodNorm())
                        + " and the average follows with the same indicator “" + TextForms.light(b.indicator()) + "”, place and period");
    }

    private static final Pattern NAMED_SPAN = Pattern.compile("由((?:19|20)\\d{2})年[^；;。]*?(?:到|至)((?:19|20)\\d{2})年");
    /** 1992年与1949年比较: the later year set against the earlier, which frames the 由…到 after it. */
    private static final Pattern COMPARED_SPAN = Pattern.compile("((?:19|20)\\d{2})年(?:同|与|和)((?:19|20)\\d{2})年(?:相)?比(?:较)?");

    /** The total change right after a level reached (由…增至…，增长54.2倍), its clause's next figure; null when none. */
    private Placed totalAfter(Placed to) {
        String text = to.sentence().text();
        Placed q = firstFigureAfter(to);
        boolean total = q != null && isRate(q.fact()) && (q.fact().basis() == null || q.fact().basis() == Basis.YOY)
                && !org.govfacts.text.Clauses.groupBreakBetween(text, to.end(), q.start())
                && TOTAL_CHANGE.matcher(text.substring(to.end(), q.start())).matches();
        return total ? q : null;
    }

    /** The first figure of {@code to}'s sentence after it, or null. */
    private static Placed firstFigureAfter(Placed to) {
        for (Placed q : to.sentence().facts()) {
            if (q.start() >= to.end() && q.fact().type().isNumeric()) {
                return q;
            }
        }
        return null;
    }

    /**
     * The years the resolve stage gave the two ends of a change, each one calendar year, the first before the second
     * (城镇居民人均可支配收入从28993元增加到45794元 listed under 从2011年的…增加到2016年的…); null otherwise.
     */
    private static int[] resolvedYears(Placed from, Placed to) {
        String a = from.fact().periodNorm();
        String b = to.fact().periodNorm();
        if (a == null || b == null || !a.matches("\\d{4}") || !b.matches("\\d{4}") || a.compareTo(b) >= 0) {
            return null;
        }
        return new int[] {Integer.parseInt(a), Integer.parseInt(b)};
    }

    /**
     * 生产总值由2011年的18.9亿元提高到2016年的28.4亿元，…；财政收入由2.3亿元提高到4.3亿元: a later 由…到 that names no
     * years runs over the years the last one before it named, in its sentence or, failing that, in an earlier sentence
     * of its paragraph (全省生产总值由2002年的13502亿元到2007年…。…地方一般预算收入由1201亿元增加到2710亿元); null when none did.
     */
    private static int[] yearsNamedBefore(DocumentView d, Placed from) {
        for (SentenceView s : d.backwards(from.sentence(), 6)) {
            String text = s.text();
            String before = s == from.sentence() ? text.substring(0, Math.min(from.start(), text.length())) : text;
            Matcher m = NAMED_SPAN.matcher(before);
            int[] found = null;
            int at = -1;
            while (m.find()) {
                found = new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))};
                at = m.start();
            }
            Matcher compared = COMPARED_SPAN.matcher(before);
            while (compared.find()) {
                int later = Integer.parseInt(compared.group(1));
                int earlier = Integer.parseInt(compared.group(2));
                if (compared.start() > at && later > earlier) {
                    found = new int[] {earlier, later};
                    at = compared.start();
                }
            }
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /**
     * 游客接待量由767.1万人次提高到1441万人次，旅游总收入由56.8亿元提高到109亿元，年均分别增长9.2%、9.8%: the k-th 由…到 of
     * the clause run before a 分别 list of yearly averages takes the k-th average; null when the counts differ or there
     * is no such list.
     */
    private Placed respectiveAverage(Placed from, Placed to) {
        SentenceView s = from.sentence();
        String text = s.text();
        int runStart = org.govfacts.text.Clauses.groupStart(text, from.start());
        List<Placed> froms = new ArrayList<>();
        List<Placed> averages = new ArrayList<>();
        for (Placed q : s.facts()) {
            if (q.start() < runStart) {
                continue;
            }
            if (org.govfacts.text.Clauses.groupBreakBetween(text, to.end(), q.start())) {
                break;
            }
            Fact f = q.fact();
            if (f.type() == FactType.GROWTH && f.basis() == Basis.ANNUAL_AVG && isRate(f)) {
                if (averages.isEmpty() && !q.label().contains("分别")) {
                    return null;
                }
                averages.add(q);
            } else if (!averages.isEmpty()) {
                break;
            } else if (Figures.isAmount(f) && FROM.matcher(TextForms.bare(TextForms.light(q.label()))).find()) {
                froms.add(q);
            }
        }
        int k = froms.indexOf(from);
        return froms.size() >= 2 && froms.size() == averages.size() && k >= 0 ? averages.get(k) : null;
    }

    /**
     * Whether the average is a real growth while the levels from {@code level} on are at current prices: the
     * indicator is one of check_real_growth_indicators.txt (生产总值), or its words stand between the two.
     */
    private boolean realGrowth(Placed level, Placed average) {
        String text = level.sentence().text();
        String span = text.substring(Math.max(0, level.start()), Math.min(text.length(), average.end()));
        String key = Figures.indicatorKey(level.fact(), words);
        // 第三产业由2011年的12.75亿元增加到2021年的25.25亿元，年均增长9.85%: a part of GDP named bare is its value added
        return CheckWords.firstIn(words.realGrowthWords(), key == null ? "" : key) != null
                || CheckWords.firstIn(words.realGrowthWords(), span) != null
                || level.fact().type() == org.govfacts.fact.FactType.MONEY && realParts.contains(key);
    }

    /** The stated yearly average against the one the figures imply, with how that was reckoned and why they were compared. */
    private static Finding verdict(List<Fact> facts, Fact average, Interval implied, double exact, String how, String why) {
        Interval stated = Amounts.interval(average);
        double tolerance = implied.halfWidth() + stated.halfWidth();
        if (implied.meets(stated)) {
            return new Finding(FindingKind.GROWTH, Verdict.CONSISTENT, facts, exact, average.value(), tolerance, "%",
                    how + ", as the stated yearly average " + Amounts.format(average.value()) + "% says"
                            + BreakdownCheck.tolerancePhrase(tolerance, "%") + ".");
        }
        return new Finding(FindingKind.GROWTH, Verdict.INCONSISTENT, facts, exact, average.value(), tolerance, "%",
                how + ", not the stated yearly average " + Amounts.format(average.value()) + "%" + BreakdownCheck.allowance(tolerance, "%")
                        + ". Compared because " + why + ".");
    }

    private static boolean isRate(Fact f) {
        return f.type() == FactType.GROWTH && f.value() != null && "%".equals(f.unit()) && f.qualifier() == null;
    }

    /** 比2002年增长: the year a comparison head names right before the change word that ends the label; else null. */
    private Integer baseYear(Placed g) {
        String label = TextForms.bare(TextForms.light(g.label()));
        String cue = null;
        for (String c : words.changeCues()) {
            if (label.endsWith(c)) {
                cue = c;
                break;
            }
        }
        if (cue == null) {
            return null;
        }
        String before = label.substring(0, label.length() - cue.length());
        Matcher m = YEAR.matcher(before);
        Integer year = null;
        int end = -1;
        int start = -1;
        while (m.find()) {
            year = Integer.valueOf(m.group(1));
            start = m.start();
            end = m.end();
        }
        if (year == null || end != before.length()) {
            return null;
        }
        String head = before.substring(0, start);
        for (String h : words.comparisonHeads()) {
            if (head.endsWith(h)) {
                return year;
            }
        }
        return null;
    }

    /** The next yearly average of the same indicator, period, place and status in the sentence, no semicolon between. */
    private Placed averageAfter(Placed g) {
        Fact total = g.fact();
        String key = Figures.indicatorKey(total, words);
        String text = g.sentence().text();
        for (Placed q : g.sentence().facts()) {
            Fact a = q.fact();
            if (q.start() < g.end() || !a.type().isNumeric()) {
                continue;
            }
            if (org.govfacts.text.Clauses.groupBreakBetween(text, g.end(), q.start())) {
                return null;
            }
            if (a.type() != FactType.GROWTH) {
                continue;
            }
            if (a.basis() != Basis.ANNUAL_AVG || !isRate(a)) {
                return null; // another rate between: the average after it is of something else
            }
            boolean same = key != null && key.equals(Figures.indicatorKey(a, words))
                    && (Objects.equals(total.periodNorm(), a.periodNorm()) || a.periodNorm() == null && a.period() == null)
                    && Objects.equals(total.regionNorm(), a.regionNorm()) && Measure.statusOf(total) == Measure.statusOf(a);
            return same ? q : null;
        }
        return null;
    }

    /** A time said relative to the report (去年, 今年): its year rests on the report's date, which may be a year off. */
    private static final Pattern RELATIVE_YEAR = Pattern.compile("去年|今年|上年|本年|当年|前年");

    /**
     * 去年，PM2.5平均浓度…比2013年下降18.4%，年均下降6.6%: where the last year of the span was read off 去年 and the average
     * fits a span one year longer or shorter, the report's date (not the text) is in doubt: cannot tell, not a wrong figure.
     */
    private static Finding yearReadOffRelativeWord(Finding f, Fact total, Fact average, int years) {
        if (total.period() == null || !RELATIVE_YEAR.matcher(total.period()).find()) {
            return f;
        }
        Interval t = Amounts.interval(total);
        for (int n : new int[] {years - 1, years + 1}) {
            if (n >= 1 && yearly(t.lo(), t.hi(), n).meets(Amounts.interval(average))) {
                return new Finding(FindingKind.GROWTH, Verdict.CANNOT_TELL, f.facts(), f.expected(), f.stated(), f.tolerance(), f.unit(),
                        f.message().replaceFirst("\\. Compared because.*$", "") + "; but its last year was read off “"
                                + TextForms.light(total.period()) + "” and over " + n + " years the average fits, so the report's date may be a year off.");
            }
        }
        return f;
    }

    private static Finding judge(Fact total, Fact average, int base, int last, int years) {
        Interval t = Amounts.interval(total);
        Interval implied = yearly(t.lo(), t.hi(), years);
        double exact = yearly(total.value(), years);
        String how = "Growth of " + Amounts.format(total.value()) + "% from " + base + " to " + last + " is "
                + Amounts.format(exact) + "% a year over its " + years + " years ((1 + " + Amounts.format(total.value()) + "%)^(1/"
                + years + ") − 1)";
        return verdict(List.of(total, average), average, implied, exact, how,
                "the average follows the growth in its sentence with the same indicator “" + TextForms.light(total.indicator())
                        + "”, place " + total.regionNorm() + " and period " + total.periodNorm() + ", and the growth names its base year " + base);
    }

    /** The yearly rates, in %, that compound to the total growths from {@code loPercent} to {@code hiPercent} over {@code years}. */
    private static Interval yearly(double loPercent, double hiPercent, int years) {
        return new Interval(yearly(loPercent, years), yearly(hiPercent, years));
    }

    /** The yearly rate, in %, that compounds to {@code totalPercent} over {@code years}. */
    private static double yearly(double totalPercent, int years) {
        double factor = 1 + totalPercent / 100;
        return factor <= 0 ? Double.NaN : (Math.pow(factor, 1.0 / years) - 1) * 100;
    }
}
