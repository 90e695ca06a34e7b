package org.govfacts.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.govfacts.fact.Basis;
import org.govfacts.fact.Fact;
import org.govfacts.fact.FactType;

/**
 * A gap in points against the two rates it lies between, when the sentence names the rate it is
 * measured from and that rate is stated: 全国城镇调查失业率为5.7%；其中25-59岁群体人口调查失业率为5.2%，
 * 低于全国城镇调查失业率0.5个百分点 says 5.2 − 5.7 = −0.5. The named rate must be stated before the gap in
 * its paragraph, under that name, for the same resolved period and place; the rate the gap is of is the
 * nearest figure of the same kind before the gap, with no semicolon between. A gap from a rate the text
 * does not state (高于全省10.8个百分点, 比5月份下降0.2个百分点) is not checked.
 */
final class GapCheck {
    private final CheckWords words;

    GapCheck(CheckWords words) {
        this.words = words;
    }

    List<Finding> check(DocumentView d) {
        List<Finding> out = new ArrayList<>();
        for (Placed g : d.placed()) {
            Fact gap = g.fact();
            if (gap.type() != FactType.GROWTH || gap.value() == null || !"pp".equals(gap.unit())) {
                continue;
            }
            String label = TextForms.bare(g.label());
            String cue = null;
            int at = -1;
            for (Map.Entry<String, String> e : words.gapCues().entrySet()) {
                if (e.getKey().indexOf('…') >= 0) {
                    continue; // a cue of two words (比…快), read below
                }
                int i = label.lastIndexOf(e.getKey());
                if (i > at) {
                    at = i;
                    cue = e.getKey();
                }
            }
            String named;
            if (at >= 0) {
                named = Figures.cutPrefixes(label.substring(at + cue.length()), words);
            } else {
                // 比全省GDP增速快0.7个百分点: the rate named between the two words of the cue (比…快)
                named = null;
                for (String c : words.gapCues().keySet()) {
                    int dots = c.indexOf('…');
                    if (dots < 0) {
                        continue;
                    }
                    String open = c.substring(0, dots);
                    String close = c.substring(dots + 1);
                    String l = label.endsWith("了") ? label.substring(0, label.length() - 1) : label;
                    int o = l.lastIndexOf(open);
                    if (l.endsWith(close) && o >= 0 && o + open.length() < l.length() - close.length()) {
                        cue = c;
                        named = Figures.cutPrefixes(l.substring(o + open.length(), l.length() - close.length()), words);
                        break;
                    }
                }
                if (cue == null) {
                    continue;
                }
            }
            // 高于全部规上工业增速: a rate named by an indicator the lexicon knows and a word for a rate (全部: the whole the part's
            // rate is compared with); an indicator it does not know must be named as stated
            String withoutRateWord = RATE_WORD_AFTER.matcher(named.startsWith("全部") ? named.substring(2) : named).replaceFirst("");
            String knownKey = withoutRateWord.length() >= 2 ? Figures.phraseKey(withoutRateWord, FactType.GROWTH, words) : null;
            if (knownKey != null && (words.knowsIndicator(knownKey) || words.knowsIndicator(knownKey + "增加值"))) {
                named = withoutRateWord;
            }
            if (named.length() < 2) {
                continue; // 高于全省: a place, not a rate that is stated
            }
            // 民营企业增长7.5%，外商企业增长8.5%，分别快于规模以上工业1.7个、2.7个百分点: a list of gaps goes with as many rates
            // before it, in order
            List<Placed> gaps = gapList(g);
            List<Placed> subjects = gaps.size() == 1 ? java.util.Collections.singletonList(subject(g)) : subjects(g, gaps.size());
            if (subjects == null || subjects.stream().anyMatch(java.util.Objects::isNull)) {
                continue;
            }
            for (int i = 0; i < gaps.size(); i++) {
                // 高技术制造业和装备制造业…分别增长29.1%和21.7%: a rate of the list is none of the others' benchmark
                Placed benchmark = benchmark(d, g, subjects.get(i), named, subjects);
                if (benchmark != null) {
                    out.add(judge(subjects.get(i).fact(), benchmark.fact(), gaps.get(i).fact(), words.gapCues().get(cue).equals("-") ? -1 : 1,
                            cue, named));
                }
            }
        }
        for (Placed g : d.placed()) {
            Fact gap = g.fact();
            if (gap.type() == FactType.GROWTH && gap.value() != null && "pp".equals(gap.unit()) && gap.basis() != Basis.CONTRIBUTION
                    && out.stream().noneMatch(f -> f.facts().contains(gap))) {
                Finding f = fromStatedRate(g);
                if (f == null) {
                    f = fromNamedPeriod(d, g);
                }
                if (f != null) {
                    out.add(f);
                }
            }
        }
        return out;
    }

    /** How far the comparison may open before the rate it states: 比1-4月增速 and the like, not a clause. */
    private static final int COMPARISON_REACH = 14;
    /** How many characters the change verb between the stated rate and the gap may take (提高了, 涨幅仅). */
    private static final int VERB_REACH = 6;

    /**
     * A change in points from a rate the comparison itself states: 增长12.6%，增幅比1-4月增速12.3%上升0.3个百分点
     * says 12.6 − 12.3 = 0.3; 比上年的7.7%回落0.2个百分点 likewise. The stated rate stands right before the
     * gap in its clause, after 比 or 较 (check_comparison_heads.txt); the rate the change is of is the
     * nearest rate of the same kind before the comparison, in the sentence, with no semicolon between. The
     * gap's sign is the one extraction read from its verb; when only the size agrees, the verb (涨幅仅)
     * may not say a direction, so nothing is said.
     */
    private Finding fromStatedRate(Placed g) {
        String text = g.sentence().text();
        Placed stated = g.sentence().figureBefore(g);
        if (stated == null || !isRate(stated.fact()) || g.start() - stated.end() > VERB_REACH
                || text.substring(stated.end(), g.start()).matches(".*[，,；;。、].*")) {
            return null;
        }
        // 高于全国(5.0%)1.8个百分点, 比一季度(6.2%)加快: a rate in brackets is the one the comparison's own words name
        boolean bracketed = stated.start() > 0 && "(（".indexOf(text.charAt(stated.start() - 1)) >= 0;
        int open = -1;
        for (String head : bracketed ? bracketOpeners() : words.comparisonHeads()) {
            int at = text.lastIndexOf(head, stated.start() - 1);
            if (at > open) {
                open = at;
            }
        }
        if (open < 0 || stated.start() - open > COMPARISON_REACH || text.substring(open, stated.start()).matches(".*[，,；;。、：:].*")) {
            return null;
        }
        if (text.substring(stated.end(), g.start()).contains("分别")
                || otherFigureBetween(g.sentence(), open, stated)) {
            return null; // 比全省(7.4%)和全国(6.3%)分别高1.7、2.8个百分点: the gaps go with the rates in order, read elsewhere
        }
        Placed subject = null;
        for (Placed q : g.sentence().facts()) {
            boolean comparedWith = q.start() > 0 && "(（".indexOf(text.charAt(q.start() - 1)) >= 0;
            if (q.end() <= open && isRate(q.fact()) && !comparedWith) {
                subject = q; // (not 比去年同期(46.9%)高出12.8个百分点，|比2019年…: an earlier comparison's own rate)
            }
        }
        // a bracketed rate is read as a share or a growth by its own words alone (全国(5.0%)): the comparison makes it the kind of
        // the rate it is compared with
        if (subject == null || !(bracketed ? isRate(subject.fact()) && subject.fact().basis() != Basis.ANNUAL_AVG
                : Figures.sameClass(subject.fact(), stated.fact(), words))
                || org.govfacts.text.Clauses.breaksGroup(text.substring(subject.end(), open))) {
            return null;
        }
        String comparison = TextForms.light(text.substring(open, g.end()));
        String cue = words.gapCues().get(text.substring(open, stated.start() - 1).replaceFirst("^(\\p{IsHan}{2}).*", "$1"));
        int direction = !bracketed || cue == null ? 0 : cue.equals("-") ? -1 : 1;
        return change(subject.fact(), stated.fact(), g.fact(), direction, comparison, null, "the comparison states the rate the change is from ("
                + TextForms.light(stated.fact().text()) + ") and the rate the change is of stands before it in the sentence, of the same kind");
    }

    /** Whether a figure other than {@code stated} stands between the comparison's opening and it (比全省(7.4%)和全国(6.3%)). */
    private static boolean otherFigureBetween(SentenceView sentence, int open, Placed stated) {
        return sentence.facts().stream().anyMatch(q -> q != stated && q.start() >= open && q.end() <= stated.start());
    }

    /** What opens a comparison whose rate stands in brackets: 比, 较, and the gap cues of one word (高于, 低于). */
    private List<String> bracketOpeners() {
        List<String> out = new ArrayList<>(words.comparisonHeads());
        words.gapCues().keySet().stream().filter(c -> c.indexOf('…') < 0).forEach(out::add);
        return out;
    }

    /** 比一季度加快, 比1-5月回落, 增速比上半年提高了: the period a change in points is from, named in its comparison. */
    private static final java.util.regex.Pattern FROM_PERIOD = java.util.regex.Pattern.compile(
            "比([^比，,；;。：:]{1,8}?(?:季度|半年|月份|月|年))(?:增速|增幅|增长|涨幅)?(?:加快|提高|回升|上升|扩大|加速|回落|下降|放缓|降低|收窄|减缓|下滑)了?$");

    /**
     * 上半年…同比增长5.5%，比一季度加快1.0个百分点, with 一季度…增长4.5% stated elsewhere in the report: a change in points
     * from the same indicator's rate of the period the comparison names. That rate is the one figure of the report for
     * that period (as written: 一季度) with the indicator, place, status and kind of the rate the change is of, the
     * nearest rate before the comparison in its sentence; null when there is none, or several that differ.
     */
    private Finding fromNamedPeriod(DocumentView d, Placed g) {
        java.util.regex.Matcher m = FROM_PERIOD.matcher(TextForms.bare(g.label()));
        if (!m.find()) {
            return null;
        }
        String period = m.group(1);
        Placed subject = rateOfChange(g);
        if (subject == null) {
            return null;
        }
        Fact s = subject.fact();
        String key = Figures.indicatorKey(s, words);
        if (key == null) {
            return null;
        }
        Placed earlier = null;
        for (Placed q : d.placed()) {
            Fact f = q.fact();
            if (q == subject || !isRate(f) || f.period() == null || !TextForms.bare(TextForms.light(f.period())).equals(period)
                    || !key.equals(Figures.indicatorKey(f, words)) || !Figures.sameClass(f, s, words)
                    || !java.util.Objects.equals(f.regionNorm(), s.regionNorm()) || !java.util.Objects.equals(f.status(), s.status())
                    || java.util.Objects.equals(f.periodNorm(), s.periodNorm()) || Figures.onPreviousPeriod(q, words)) {
                continue;
            }
            if (earlier != null && !earlier.fact().value().equals(f.value())) {
                return null; // two rates for that period: which one the change is from cannot be told
            }
            earlier = earlier == null ? q : earlier;
        }
        if (earlier == null) {
            return null;
        }
        String comparison = "“" + TextForms.light(m.group()) + TextForms.light(g.fact().text()) + "”";
        return change(s, earlier.fact(), g.fact(), comparison, period, "the comparison names the period (" + period
                + ") and the report states one rate for it of the same indicator “" + key + "”, place and status");
    }

    /**
     * 上半年…增长5.6%，比一季度提高2.0个百分点, with the 一季度 rate in another report (the first quarter's release): the
     * change against the rate of the same indicator, place, status and kind for that part of the same year in the other
     * reports, when the reports that state it agree on it (when they differ, which one the change is from cannot be told).
     * Changes judged within their own report are left out.
     */
    List<Finding> betweenDocuments(List<DocumentView> views, List<Finding> judged) {
        java.util.Set<Fact> done = new java.util.HashSet<>();
        judged.stream().filter(f -> f.kind() == FindingKind.GAP).forEach(f -> done.addAll(f.facts()));
        List<Finding> out = new ArrayList<>();
        Map<String, List<Placed>> ratesByPeriodAndPlace = null; // made on the first change that names an earlier part
        for (DocumentView d : views) {
            for (Placed g : d.placed()) {
                Fact gap = g.fact();
                if (gap.type() != FactType.GROWTH || gap.value() == null || !"pp".equals(gap.unit()) || gap.basis() == Basis.CONTRIBUTION
                        || done.contains(gap)) {
                    continue;
                }
                java.util.regex.Matcher m = FROM_PERIOD.matcher(TextForms.bare(g.label()));
                Placed subject = m.find() ? rateOfChange(g) : null;
                if (subject == null) {
                    continue;
                }
                Fact s = subject.fact();
                String key = Figures.indicatorKey(s, words);
                String own = s.periodNorm();
                if (key == null || s.regionNorm() == null || own == null || !own.matches("\\d{4}[HQM].*")) {
                    continue;
                }
                String from = org.govfacts.resolve.PeriodResolver.partOf(Integer.parseInt(own.substring(0, 4)), m.group(1));
                if (from == null || from.equals(own)) {
                    continue;
                }
                if (ratesByPeriodAndPlace == null) {
                    ratesByPeriodAndPlace = ratesByPeriodAndPlace(views);
                }
                List<Fact> earlier = new ArrayList<>();
                for (Placed q : ratesByPeriodAndPlace.getOrDefault(from + "|" + s.regionNorm(), List.of())) {
                    Fact f = q.fact();
                    if (!f.doc().equals(gap.doc()) && Objects.equals(f.status(), s.status()) && Figures.sameClass(f, s, words)
                            && key.equals(Figures.indicatorKey(f, words)) && !Figures.onPreviousPeriod(q, words)) {
                        earlier.add(f);
                    }
                }
                if (earlier.isEmpty() || earlier.stream().map(Fact::value).distinct().count() > 1) {
                    continue;
                }
                Fact b = earlier.get(0);
                String comparison = "“" + TextForms.light(m.group()) + TextForms.light(gap.text()) + "”";
                Finding f = change(s, b, gap, comparison, m.group(1), "the comparison names the period (" + m.group(1) + ", " + from
                        + ") and " + b.doc() + " states the rate for it of the same indicator “" + key + "”, place " + s.regionNorm()
                        + " and status");
                if (f != null) {
                    out.add(f);
                }
            }
        }
        return out;
    }

    /** Every report's rates with a resolved period and place, by period and place ("2025Q1|重庆市"). */
    private static Map<String, List<Placed>> ratesByPeriodAndPlace(List<DocumentView> views) {
        Map<String, List<Placed>> out = new java.util.HashMap<>();
        for (DocumentView v : views) {
            for (Placed q : v.placed()) {
                Fact f = q.fact();
                if (isRate(f) && f.periodNorm() != null && f.regionNorm() != null) {
                    out.computeIfAbsent(f.periodNorm() + "|" + f.regionNorm(), k -> new ArrayList<>()).add(q);
                }
            }
        }
        return out;
    }

    /** The nearest rate before a change in points in its sentence, with no group break between; null where none. */
    private static Placed rateOfChange(Placed g) {
        Placed subject = null;
        for (Placed q : g.sentence().facts()) {
            if (q.end() <= g.start() && isRate(q.fact())) {
                subject = q;
            }
        }
        return subject == null || org.govfacts.text.Clauses.breaksGroup(g.sentence().text().substring(subject.end(), g.start()))
                ? null : subject;
    }

    /**
     * The change in points {@code gap} against the rate {@code s} it is of and the rate {@code b} it is from: consistent
     * when s − b is the change within rounding, inconsistent when it is not, null when only the size agrees (the verb,
     * 涨幅仅, may not say a direction). {@code period} names b's period when the comparison named no rate (else null).
     */
    private static Finding change(Fact s, Fact b, Fact gap, String comparison, String period, String why) {
        return change(s, b, gap, 0, comparison, period, why);
    }

    /** With {@code direction} +1 or −1, the comparison's own word (高于, 低于) says which way the gap goes, whatever sign it was read with. */
    private static Finding change(Fact s, Fact b, Fact gap, int direction, String comparison, String period, String why) {
        double exact = s.value() - b.value();
        Interval computed = Amounts.interval(s).minus(Amounts.interval(b));
        Interval said = Amounts.interval(gap);
        if (direction != 0 && Math.signum(gap.value()) != direction && gap.value() != 0) {
            said = said.times(-1);
        }
        double tolerance = computed.halfWidth() + said.halfWidth();
        String arithmetic = Amounts.format(s.value()) + " − " + Amounts.format(b.value()) + " = " + Amounts.format(exact) + " points";
        List<Fact> facts = List.of(b, s, gap);
        if (computed.meets(said)) {
            String from = period == null ? "" : ", and " + period + "'s " + TextForms.light(b.text());
            return new Finding(FindingKind.GAP, Verdict.CONSISTENT, facts, exact, gap.value(), tolerance, "pp",
                    "The change agrees with the rates: " + TextForms.light(s.text()) + ", " + comparison + from + " (" + arithmetic
                            + BreakdownCheck.tolerancePhrase(tolerance, " points") + ").");
        }
        if (direction == 0 && computed.meets(said.times(-1))) {
            return null;
        }
        String but = period == null ? "" : period + "'s rate is " + TextForms.light(b.text()) + " and ";
        return new Finding(FindingKind.GAP, Verdict.INCONSISTENT, facts, exact, gap.value(), tolerance, "pp",
                "The change does not agree with the rates: " + TextForms.light(s.text()) + ", " + comparison + ", but " + but + arithmetic
                        + BreakdownCheck.allowance(tolerance, " points") + ". Compared because " + why + ".");
    }

    /** A rate or growth rate in % (not a gap, not a contribution). */
    private static boolean isRate(Fact f) {
        return (f.type() == FactType.RATIO || f.type() == FactType.GROWTH) && f.value() != null && "%".equals(f.unit());
    }

    /** The gap and the gaps listed right after it (1.7个、2.7个百分点: only list marks and 个 between them). */
    private static List<Placed> gapList(Placed g) {
        List<Placed> out = new ArrayList<>(List.of(g));
        String text = g.sentence().text();
        Placed last = g;
        for (Placed q : g.sentence().facts()) {
            if (q.start() < last.end() || q == last) {
                continue;
            }
            Fact f = q.fact();
            String between = text.substring(Math.min(last.end(), q.start()), q.start()).replace("个", "").strip();
            if (f.type() != FactType.GROWTH || !"pp".equals(f.unit()) || between.length() != 1
                    || (org.govfacts.text.Clauses.LIST_JOINERS).indexOf(between.charAt(0)) < 0) {
                break;
            }
            out.add(q);
            last = q;
        }
        return out;
    }

    /** The last {@code n} rates before the gap in its sentence, in order, with no group break between; null when fewer. */
    private static List<Placed> subjects(Placed g, int n) {
        List<Placed> rates = new ArrayList<>();
        for (Placed q : g.sentence().facts()) {
            if (q.end() <= g.start() && isRate(q.fact())) {
                rates.add(q);
            }
        }
        if (rates.size() < n) {
            return null;
        }
        List<Placed> out = rates.subList(rates.size() - n, rates.size());
        String between = g.sentence().text().substring(Math.min(out.get(0).end(), g.start()), g.start());
        return org.govfacts.text.Clauses.breaksGroup(between) ? null : List.copyOf(out);
    }

    /** The nearest rate before the gap in its sentence, with no semicolon or full stop between. */
    private static Placed subject(Placed g) {
        Placed found = g.sentence().figureBefore(g);
        if (found != null && !isGrowthRate(found)
                && RATE_NAMED.matcher(g.sentence().text().substring(org.govfacts.text.Clauses.start(g.sentence().text(), g.start()), g.start())).lookingAt()) {
            // 增长12.7%，占全部规模以上工业增加值的45.9%，增速高于全部规上工业增速4.9个百分点: the clause names the growth (增速),
            // past a share or a pull in points stated between
            Placed growth = null;
            for (Placed q : g.sentence().facts()) {
                if (q.end() <= found.start() && isGrowthRate(q)) {
                    growth = q;
                }
            }
            found = growth;
        }
        if (found == null || !isRate(found.fact())) {
            return null;
        }
        String between = g.sentence().text().substring(Math.min(found.end(), g.start()), g.start());
        return org.govfacts.text.Clauses.breaksGroup(between) ? null : found;
    }

    /** A growth in per cent, not a share read as one (占全部规模以上工业增加值的45.9%). */
    private static boolean isGrowthRate(Placed q) {
        return q.fact().type() == FactType.GROWTH && isRate(q.fact()) && q.label().indexOf('占') < 0;
    }

    /** The words for a growth rate said after what grows (规上工业增速) or opening a clause on it (增速高于…). */
    private static final String RATE_WORDS = "(?:增速|增幅|增长速度)";
    /** A word for a rate after the name of what grows (规上工业增速, 全省平均增幅). */
    private static final java.util.regex.Pattern RATE_WORD_AFTER = java.util.regex.Pattern.compile("的?" + RATE_WORDS + "$");
    /** A clause that opens on the growth it compares (增速高于…, 增幅比…). */
    private static final java.util.regex.Pattern RATE_NAMED = java.util.regex.Pattern.compile("\\s*" + RATE_WORDS);

    /** The rate the gap names: stated before the subject in the paragraph under that name, same kind, period and place. */
    private Placed benchmark(DocumentView d, Placed g, Placed subject, String named, List<Placed> listed) {
        Fact s = subject.fact();
        // 快于规模以上工业增速: the rate of a sector is that of its value added (规模以上工业增加值), the name said without it
        String namedRate = Figures.phraseKey(named, FactType.GROWTH, words);
        for (Placed q : d.before(subject, 3)) {
            Fact x = q.fact();
            if (listed.contains(q) || !isRate(x) || x.type() != s.type() || !Objects.equals(x.periodNorm(), s.periodNorm())
                    || !Objects.equals(x.regionNorm(), s.regionNorm()) || Figures.overNamedYear(q) != Figures.overNamedYear(subject)) {
                continue;
            }
            String key = Figures.indicatorKey(x, words);
            String ownLabel = Figures.cutPrefixes(TextForms.bare(q.label()), words);
            // 快于规模以上工业(增加值)2.8个百分点, 快于城镇居民(人均可支配收入): the rate named short, by the start of its name
            if (named.equals(key) || ownLabel.endsWith(named) || ownLabel.equals(named + "为")
                    || key != null && named.length() >= 4 && key.startsWith(named)
                    || key != null && namedRate != null && namedRate.length() >= 4 && key.equals(namedRate + "增加值")) {
                return q;
            }
        }
        // 比全省GDP增速快: a rate of an indicator the lexicon knows, named by one of its names, may stand anywhere before
        // it in the report, for the same period and place (the nearest wins)
        String namedKey = Figures.phraseKey(named, s.type(), words);
        if (namedKey == null) {
            return null;
        }
        // 快于规模以上工业增速 in the paragraph after the release's 规模以上工业增加值…增长8.6%: a sector's rate is that of its value
        // added, here too
        String known = words.knowsIndicator(namedKey) ? namedKey
                : words.knowsIndicator(namedKey + "增加值") ? namedKey + "增加值" : null;
        // of the subject's own kind: 两年平均增长9.6% after 同比增长19.0% is not the rate a 同比 gap is from
        java.util.function.Predicate<Fact> comparable = x -> isRate(x) && x.type() == s.type() && Figures.sameClass(x, s, words)
                && Objects.equals(x.periodNorm(), s.periodNorm()) && Objects.equals(x.regionNorm(), s.regionNorm());
        if (known != null) {
            String canonical = words.canonical(known);
            return d.nearestPlaced(s, x -> !listed.contains(x) && comparable.test(x.fact()) && Figures.isIndicator(x.fact(), canonical, words)
                    && Figures.overNamedYear(x) == Figures.overNamedYear(subject), false);
        }
        // a rate the lexicon does not know, named exactly as it was stated earlier in the report (the data paragraph before
        // its reading): the nearest before, of the same period and place
        return d.nearestPlaced(s, x -> comparable.test(x.fact()) && x.fact() != s && !listed.contains(x)
                && (namedKey.equals(Figures.indicatorKey(x.fact(), words)) || (namedKey + "增加值").equals(Figures.indicatorKey(x.fact(), words))), false);
    }

    private static Finding judge(Fact subject, Fact benchmark, Fact gap, int sign, String cue, String named) {
        double stated = sign * Math.abs(gap.value());
        double exact = subject.value() - benchmark.value();
        Interval computed = Amounts.interval(subject).minus(Amounts.interval(benchmark));
        // The gap as the cue signs it, whatever sign extraction gave it: 低于 … 0.5个百分点 is −0.5.
        Interval said = Amounts.interval(gap).times(stated * gap.value() < 0 ? -1 : 1);
        double tolerance = computed.halfWidth() + said.halfWidth();
        String what = TextForms.light(subject.text()) + " " + cue + " " + named + " " + TextForms.light(benchmark.text()) + " by "
                + Amounts.format(Math.abs(gap.value())) + " points";
        String arithmetic = Amounts.format(subject.value()) + " − " + Amounts.format(benchmark.value()) + " = " + Amounts.format(exact)
                + " points";
        List<Fact> facts = List.of(benchmark, subject, gap);
        if (computed.meets(said)) {
            return new Finding(FindingKind.GAP, Verdict.CONSISTENT, facts, exact, stated, tolerance, "pp",
                    "The gap agrees with the rates: " + what + " (" + arithmetic + BreakdownCheck.tolerancePhrase(tolerance, " points") + ").");
        }
        return new Finding(FindingKind.GAP, Verdict.INCONSISTENT, facts, exact, stated, tolerance, "pp",
                "The gap does not agree with the rates: " + what + ", but " + arithmetic + BreakdownCheck.allowance(tolerance, " points")
                        + ". Compared because the sentence names the rate the gap is from (“" + named + "”), stated before it in the report"
                        + " for the same period " + subject.periodNorm() + " and place " + subject.regionNorm()
                        + ", and the rate the gap is of stands right before it.");
    }
}
