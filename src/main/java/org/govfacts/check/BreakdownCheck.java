package org.govfacts.check;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.govfacts.fact.Fact;
import org.govfacts.fact.FactType;
import org.govfacts.text.Clauses;

/**
 * Finds totals broken down into parts and checks that the parts add up: 项目766个，其中 353个、
 * 296个、117个; 在库企业122家(60家、31家、18家、13家); 401.2亿元(248亿元 … 20亿元). Rounding
 * tolerance comes from the finest precision the figures are written to.
 */
final class BreakdownCheck {
    /** How far after a total its opening parenthesis or 其中 may stand (…401.2亿元,同比增长29.2%(…). */
    private static final int REACH = 24;
    /**
     * A 其中 list names some of the parts ("among them"), not always all: one that falls short of its
     * total is taken as a wrong sum only when what it leaves unnamed would be under 1% of the total.
     * At 0.6 the blind fifth round found false alarms (农作物总播种面积…其中粮食…油料…蔬菜…: 96%, the
     * other crops unnamed). Splits by definition (check_partitions.tsv) and lists in parentheses claim
     * to be complete whatever they cover.
     */
    static final double CUE_COMPLETE_SHARE = 0.99;
    /**
     * A list after a classification (按系统划分：经委系统…，二轻系统…) may name only the main kinds: below this share of the
     * total it says nothing (a 1985 gazetteer's six systems, 77% of industry); a slip of one figure moves a sum less.
     */
    static final double CLASSIFIED_COMPLETE_SHARE = 0.9;
    /** A bare list in parentheses right after a total claims to be complete, whatever it covers. */
    static final double PAREN_COMPLETE_SHARE = 0;

    private final CheckWords words;

    private final ClauseBreakdowns clauses;

    private final PartitionBreakdowns partitions;

    BreakdownCheck(CheckWords words) {
        this.words = words;
        this.partitions = new PartitionBreakdowns(words);
        this.clauses = new ClauseBreakdowns(words, partitions);
    }

    List<Breakdown> find(DocumentView d) {
        List<Breakdown> out = new ArrayList<>();
        for (SentenceView s : d.sentences()) {
            for (Placed t : s.facts()) {
                if (!Figures.isAddable(t, words) || t.fact().value() <= 0) {
                    continue;
                }
                Breakdown b = parenthesised(t);
                if (b == null) {
                    b = cued(d, t);
                }
                if (b == null) {
                    b = totalAfter(d, t);
                }
                if (b != null && isChange(b.total()) && b.parts().stream().anyMatch(p -> !isChange(p))) {
                    // 比上年末增加357万人。其中城镇从业人员20678万人: the change is not the total of levels,
                    // the list breaks down the level stated before it
                    b = null;
                }
                if (b != null && !b.parts().isEmpty()) {
                    out.add(b);
                }
            }
        }
        // One part a clause, unless the total already has a list of parts of another form.
        List<Breakdown> listed = List.copyOf(out);
        for (Breakdown c : clauses.find(d)) {
            if (listed.stream().noneMatch(b -> b.total() == c.total() && b.parts().size() >= 2)) {
                out.add(c); // a total may be broken down twice (按阶段划分 …; 按行业划分 …)
            }
        }
        // A split by definition named in full replaces the lists of its parts found above
        // (其中 before the first two parts, the third in the next sentence).
        for (Breakdown p : partitions.find(d)) {
            java.util.Set<Placed> whole = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            whole.addAll(p.parts());
            // The same list found by its cue (其中第一产业…，第二产业…，第三产业…) claims less than the split does: replaced too.
            out.removeIf(b -> b.total() == p.total() && whole.containsAll(b.parts()));
            out.add(p);
        }
        return out;
    }

    /** The splits by definition (check_partitions.tsv) this check reads, for the checks that read them too. */
    PartitionBreakdowns partitions() {
        return partitions;
    }

    List<Finding> check(List<Breakdown> breakdowns) {
        List<Finding> out = new ArrayList<>();
        for (Breakdown found : breakdowns) {
            Breakdown b = closesWithTheRest(found) ? new Breakdown(found.total(), found.parts(), found.form(), true) : found;
            Finding f = judge(b);
            String left = f != null && f.verdict() == Verdict.INCONSISTENT && f.expected() < f.stated() && b.form() != Breakdown.Form.PARTITION
                    ? partitions.partsLeftOut(b) : null;
            if (left != null) {
                // 农林牧渔业总产值54.80亿元，其中农业…，林业…，牧业…，渔业…: the split by definition has a part the list leaves out
                f = new Finding(FindingKind.SUM, Verdict.CANNOT_TELL, f.facts(), f.expected(), f.stated(), f.tolerance(), f.unit(),
                        "The " + b.parts().size() + " parts listed fall short of the stated total, but the total splits by definition into"
                                + " parts the list leaves out (" + left + ").");
            }
            if (f != null && f.verdict() == Verdict.INCONSISTENT && f.expected() > f.stated() && overlapsByDefinition(b)) {
                // 地下水资源量73410万m3，其中平原区31613万m3，山区42885万m3: the two areas' resources count their exchange twice
                f = new Finding(FindingKind.SUM, Verdict.CANNOT_TELL, f.facts(), f.expected(), f.stated(), f.tolerance(), f.unit(),
                        "The " + b.parts().size() + " parts listed add up to more than the stated total, but the parts of this total"
                                + " overlap by definition (check_overlapping_totals.txt: what they share is counted in each), so their"
                                + " sum may exceed it.");
            }
            if (f != null) {
                out.add(f);
            }
            Finding changes = f != null && f.verdict() == Verdict.CONSISTENT ? changesAddUp(b, f) : null;
            if (changes != null) {
                out.add(changes);
            }
        }
        return out;
    }

    /** Whether the total's indicator is one whose parts overlap by definition (check_overlapping_totals.txt). */
    private boolean overlapsByDefinition(Breakdown b) {
        String key = Figures.indicatorKey(b.total().fact(), words);
        return key != null && words.overlappingTotals().stream().anyMatch(key::endsWith);
    }

    /**
     * 粮食种植面积30906.4公顷，比上年增加1677.9公顷，其中，夏粮播种面积7708.9公顷，增加458.3公顷；秋粮播种面积23197.5公顷，
     * 增加1219.6公顷: parts that make up their total, each with its change on the year before, make up the total's change too.
     */
    private Finding changesAddUp(Breakdown b, Finding levels) {
        // the parts the levels were summed over (not a group counted across them after the list: 实现地方一般预算收入…)
        List<Placed> parts = b.parts().stream().filter(p -> levels.facts().contains(p.fact())).toList();
        if (parts.size() < 2 || !Figures.isAmount(b.total().fact())) {
            return null;
        }
        Placed totalChange = changeOf(b.total(), parts.get(0));
        if (totalChange == null) {
            return null;
        }
        List<Fact> facts = new ArrayList<>();
        facts.add(totalChange.fact());
        Interval sum = Interval.point(0);
        double exact = 0;
        StringBuilder terms = new StringBuilder();
        for (int i = 0; i < parts.size(); i++) {
            Placed c = changeOf(parts.get(i), i + 1 < parts.size() ? parts.get(i + 1) : null);
            if (c == null || !Figures.sameClass(c.fact(), totalChange.fact(), words)) {
                return null;
            }
            boolean down = words.decreaseBefore(c.sentence().text(), c.start());
            sum = sum.plus(down ? Amounts.interval(c.fact()).times(-1) : Amounts.interval(c.fact()));
            exact += down ? -c.fact().value() : c.fact().value();
            terms.append(terms.length() == 0 ? (down ? "−" : "") : down ? " − " : " + ").append(Amounts.show(c.fact().value(), c.fact()));
            facts.add(c.fact());
        }
        boolean totalDown = words.decreaseBefore(totalChange.sentence().text(), totalChange.start());
        Fact tc = totalChange.fact();
        Interval stated = totalDown ? Amounts.interval(tc).times(-1) : Amounts.interval(tc);
        double statedValue = totalDown ? -tc.value() : tc.value();
        double tolerance = sum.halfWidth() + stated.halfWidth();
        String shown = Amounts.show(tc.value(), tc);
        String sumShown = Amounts.show(exact, tc);
        if (sum.meets(stated)) {
            return new Finding(FindingKind.SUM, Verdict.CONSISTENT, facts, exact, statedValue, tolerance, tc.unit(),
                    "The parts' changes on the year before add up to the total's change " + (totalDown ? "−" : "") + shown + " ("
                            + terms + " = " + sumShown + tolerancePhrase(tolerance, tc.unit()) + ").");
        }
        if (Math.abs(exact - statedValue) <= REVISED_PARTS * b.total().fact().value()) {
            // 城镇户籍人口…增加23691人；乡村…增加565人 against 总人口…增加24259人: three persons in 414130 are last year's
            // parts revised, not a figure misstated
            return new Finding(FindingKind.SUM, Verdict.CANNOT_TELL, facts, exact, statedValue, tolerance, tc.unit(),
                    "The parts' changes on the year before add up to " + sumShown + " (" + terms + "), not quite the total's change "
                            + (totalDown ? "−" : "") + shown + ", but the gap is within " + Amounts.format(REVISED_PARTS * 100)
                            + "% of the total, as a revision of last year's parts would leave it.");
        }
        return new Finding(FindingKind.SUM, Verdict.INCONSISTENT, facts, exact, statedValue, tolerance, tc.unit(),
                "The parts' changes on the year before add up to " + sumShown + " (" + terms + "), not the total's change "
                        + (totalDown ? "−" : "") + shown + allowance(tolerance, tc.unit()) + ". Compared because the parts add up to"
                        + " the total and each, like the total, states its change right after its level.");
    }

    /** The share of a total by which its parts' changes may miss its change when last year's parts were revised. */
    private static final double REVISED_PARTS = 0.0005;

    /**
     * The change stated right after {@code level} in its group of clauses (比上年增加1677.9公顷), before {@code limit} and
     * before any other level of its kind; null if none.
     */
    private Placed changeOf(Placed level, Placed limit) {
        String text = level.sentence().text();
        for (Placed q : level.sentence().facts()) {
            if (q.start() < level.end() || !q.fact().type().isNumeric()) {
                continue;
            }
            if (limit != null && limit.sentence() == level.sentence() && q.start() >= limit.start()
                    || Clauses.breaksGroup(text.substring(level.end(), q.start()))) {
                return null;
            }
            if (Figures.isAmount(q.fact()) && Figures.sameClass(q.fact(), level.fact(), words)) {
                return q.fact().basis() == org.govfacts.fact.Basis.CHANGE ? q : null;
            }
        }
        return null;
    }

    private Breakdown parenthesised(Placed t) {
        String text = t.sentence().text();
        for (int i = t.end(); i < text.length() && i - t.end() <= REACH; i++) {
            char c = text.charAt(i);
            if (c == '。' || c == '；' || c == ';' || startsSameClass(t, i)) {
                return null;
            }
            if (c == '(' || c == '（') {
                int close = closing(text, i);
                List<Placed> parts = partsIn(t, t.sentence(), i + 1, close);
                // (其中 …) names some of the parts, like 其中 outside parentheses; a bare list names them all.
                boolean cued = CheckWords.at(words.breakdownCues(), text, i + 1) != null;
                if (!cued && parts.size() < 2) {
                    return null; // 工业总产值43266万元(90年不变价为43515万元): one figure alone restates the total another way
                }
                if (!cued && parts.stream().anyMatch(p -> CheckWords.at(words.adjustedTotalOpeners(), p.label(), 0) != null)) {
                    return null; // 总财力37106万元(含上年净结余165万元后的总财力为37271万元): the total again, with one item added
                }
                return new Breakdown(t, parts, cued ? Breakdown.Form.CUE : Breakdown.Form.PARENTHESES);
            }
        }
        return null;
    }

    private Breakdown cued(DocumentView d, Placed t) {
        SentenceView s = t.sentence();
        String text = s.text();
        for (int i = t.end(); i < text.length() && i - t.end() <= REACH; i++) {
            char c = text.charAt(i);
            if (c == '。' || c == '；' || c == ';' || c == '(' || c == '（' || startsSameClass(t, i) && !startsChange(t, i)
                    || startsOtherAmount(t, i)) {
                break; // (but 常住人口2690.73万人，比上年末净减少13.33万人，其中…: the change of the total is passed over)
            }
            String cue = CheckWords.at(words.breakdownCues(), text, i);
            if (cue != null) {
                return new Breakdown(t, listAfterCue(t, s, i + cue.length()), Breakdown.Form.CUE);
            }
        }
        // 项目766个。其中 …: the total ends its sentence and the next one opens with the cue.
        if (endsSentence(t) || onlyRatesAfter(t)) {
            SentenceView n = d.next(s);
            if (n != null) {
                String nt = n.text();
                int i = 0;
                while (i < nt.length() && (Character.isWhitespace(nt.charAt(i)) || "“\"".indexOf(nt.charAt(i)) >= 0)) {
                    i++;
                }
                String cue = CheckWords.at(words.breakdownCues(), nt, i);
                if (cue != null) {
                    return new Breakdown(t, listAfterCue(t, n, i + cue.length()), Breakdown.Form.CUE);
                }
            }
        }
        return null;
    }

    /** 10个、20个，合计30个: the total's own words carry 合计/共计, and a 、 list of parts stands right before it. */
    private Breakdown totalAfter(DocumentView d, Placed t) {
        String label = t.label();
        if (CheckWords.firstIn(words.totalCues(), label) == null) {
            return null;
        }
        SentenceView s = t.sentence();
        List<Placed> before = new ArrayList<>();
        for (Placed q : s.facts()) {
            if (q.end() <= t.start() && q != t && Figures.isAddable(q, words) && Figures.sameClass(q.fact(), t.fact(), words)
                    && Clauses.bracketDepth(s.text(), 0, q.start()) == Clauses.bracketDepth(s.text(), 0, t.start())) {
                before.add(q); // (包括…0.95亿元，…1.10亿元)，收入合计64.76亿元: an aside's items are not the list the total closes
            }
        }
        if (before.size() < 2) {
            return null;
        }
        Placed last = before.get(before.size() - 1);
        String gap = s.text().substring(last.end(), t.start());
        if (gap.contains("。") || gap.contains("；") || gap.contains(";")) {
            return null;
        }
        List<Placed> parts = new ArrayList<>();
        parts.add(last);
        for (int i = before.size() - 2; i >= 0; i--) {
            String between = s.text().substring(before.get(i).end(), parts.get(0).start());
            if (!listGlue(between) && !namedItemGlue(between)) {
                break;
            }
            parts.add(0, before.get(i));
        }
        if (parts.size() < 2) {
            return null;
        }
        String text = s.text();
        int clause = parts.get(0).start();
        while (clause > 0 && !SentenceView.breaksPhrase(text.charAt(clause - 1))) {
            clause--;
        }
        if (ADDED_TO.matcher(text.substring(clause, parts.get(0).start()).strip()).lookingAt()) {
            // 本级收入43096万元，加上级补助收入…、上年结余…，收入总计…: the list adds to the figure before 加; without one
            // in this sentence (加上解上级支出…、调出资金…，支出总计…) the first addend is elsewhere and the sum cannot be made
            Placed first = clause > 0 && "，,".indexOf(text.charAt(clause - 1)) >= 0 ? lastBefore(before, parts.get(0)) : null;
            if (first == null) {
                return null;
            }
            parts.add(0, first);
        }
        Breakdown b = new Breakdown(t, parts, Breakdown.Form.TOTAL_AFTER);
        return parts.get(0) == before.get(0) ? withFirstAddendBefore(d, b) : b;
    }

    /**
     * 地方一般公共预算收入完成48535万元…。上级转移支付收入181748万元，…，调入资金1777万元，收入总计242499万元: a list that opens its
     * sentence and falls short of the total it closes may have its first addend in the sentence before; the level there (of
     * the total's kind, not a change) that makes the list add up is that addend. Else the list stands as found.
     */
    private Breakdown withFirstAddendBefore(DocumentView d, Breakdown b) {
        Finding alone = judge(b);
        if (alone == null || alone.verdict() != Verdict.INCONSISTENT || alone.expected() >= alone.stated()) {
            return b;
        }
        SentenceView previous = d.sentenceBefore(b.total().sentence());
        if (previous == null || previous.passage() != b.total().sentence().passage()) {
            return b;
        }
        for (Placed q : previous.facts()) {
            if (Figures.isAddable(q, words) && Figures.sameClass(q.fact(), b.total().fact(), words) && !isChange(q)
                    && q.fact().value() > 0 && q.fact().value() < b.total().fact().value()) {
                List<Placed> parts = new ArrayList<>(b.parts());
                parts.add(0, q);
                Breakdown with = new Breakdown(b.total(), parts, b.form());
                Finding f = judge(with);
                if (f != null && f.verdict() == Verdict.CONSISTENT) {
                    return with;
                }
            }
        }
        return b;
    }

    /** 加上级补助收入, 再加上年结余: a clause that adds to what stands before it (not 加强, 加快, 加工 …). */
    private static final java.util.regex.Pattern ADDED_TO = java.util.regex.Pattern.compile("(?:再|另)?加(?:上)?(?![强快大工速紧深油盟班入剧密固重热以之倍码价减载注宽长高])");

    /** The figure of {@code before} just before {@code part}, or null when it is the first. */
    private static Placed lastBefore(List<Placed> before, Placed part) {
        int at = before.indexOf(part);
        return at > 0 ? before.get(at - 1) : null;
    }

    /** A change against an earlier time (比上年增加357万人), not a level. */
    private static boolean isChange(Placed p) {
        return p.fact().basis() == org.govfacts.fact.Basis.CHANGE;
    }

    /** Whether a change (比上年末净减少13.33万人) starts at {@code at} in the sentence of {@code t}. */
    private static boolean startsChange(Placed t, int at) {
        return t.sentence().facts().stream().anyMatch(q -> q.start() == at && isChange(q));
    }

    /**
     * 水路37万吨 -61.5 旅客运输量942万人 5.8 其中:…: a level in another unit that is not said of the same thing (joined by
     * 、 or ，, as 项目100个、总投资500亿元) stands between a figure and 其中, and owns the 其中.
     */
    private boolean startsOtherAmount(Placed t, int at) {
        for (Placed q : t.sentence().facts()) {
            if (q != t && q.start() == at && Figures.isAmount(q.fact()) && !isChange(q)
                    && !Figures.sameClass(q.fact(), t.fact(), words)) {
                String gap = t.sentence().text().substring(Math.min(t.end(), at), at).strip();
                return gap.isEmpty() || "、，,和及".indexOf(gap.charAt(0)) < 0;
            }
        }
        return false;
    }

    private boolean startsSameClass(Placed t, int at) {
        for (Placed q : t.sentence().facts()) {
            if (q != t && q.start() == at && Figures.isAddable(q, words) && Figures.sameClass(q.fact(), t.fact(), words)) {
                return true;
            }
        }
        return false;
    }

    /** How many characters of rates may follow a total to the end of its sentence (，比上年增长2.7%). */
    private static final int RATES_AFTER_REACH = 24;

    /**
     * 猪牛羊禽肉产量285.4万吨，比上年增长2.7%。其中，猪肉…: the total is the last figure of its kind in its
     * sentence and only its rates follow it, in a short stretch.
     */
    private boolean onlyRatesAfter(Placed t) {
        String text = t.sentence().text();
        if (text.length() - t.end() > RATES_AFTER_REACH) {
            return false;
        }
        boolean rate = false;
        for (Placed q : t.sentence().facts()) {
            if (q.start() >= t.end()) {
                if (Figures.isAmount(q.fact()) && Figures.sameClass(q.fact(), t.fact(), words)) {
                    return false; // (GDP实现82亿元，…，五年再造了3个铁岭县。其中…: a count is no part of a sum of money)
                }
                rate = true;
            }
        }
        return rate;
    }

    private static boolean endsSentence(Placed t) {
        String rest = t.sentence().text().substring(Math.min(t.end(), t.sentence().text().length())).strip();
        return rest.isEmpty() || rest.length() <= 2 && rest.chars().noneMatch(c -> TextForms.isHan((char) c));
    }

    /** The parts of {@code t} in {@code [from, to)} of sentence {@code s}: same class, not inside a nested parenthesis. */
    private List<Placed> partsIn(Placed t, SentenceView s, int from, int to) {
        List<Placed> parts = new ArrayList<>();
        String text = s.text();
        for (Placed q : s.facts()) {
            if (q == t || q.start() < from || q.start() >= to || !Figures.isAddable(q, words)
                    || !Figures.sameClass(q.fact(), t.fact(), words)) {
                continue;
            }
            if (Clauses.bracketDepth(text, from, q.start()) == 0 && !overlapsAny(parts, q)) {
                parts.add(q);
            }
        }
        return parts;
    }

    private static boolean overlapsAny(List<Placed> parts, Placed q) {
        for (Placed p : parts) {
            if (p.start() < q.end() && q.start() < p.end()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The parts after 其中: the first figure of the cue's own phrase, and the figures joined to it by
     * 、. A comma ends the list, since what follows is as often a new statement as a further part
     * (其中 353个、296个、117个，已建成达效项目523个; 其中高铁370公里，新增高速公路2600公里 …).
     */
    private List<Placed> listAfterCue(Placed t, SentenceView s, int from) {
        List<Placed> parts = partsIn(t, s, from, clauseEnd(s.text(), from));
        if (parts.isEmpty()) {
            return parts;
        }
        int opened = from;
        while (opened < s.text().length() && "，,：: ".indexOf(s.text().charAt(opened)) >= 0) {
            opened++; // 其中，京津冀协同发展项目88个、…: the cue's own comma or colon opens its phrase
        }
        String lead = s.text().substring(opened, Math.max(opened, parts.get(0).start()));
        if (opened > from && !java.util.Objects.equals(parts.get(0).fact().periodNorm(), t.fact().periodNorm())) {
            return List.of(); // 上半年…。其中，二季度地区生产总值7986.93亿元: after its comma the cue turns to a part of the period
        }
        if (lead.chars().anyMatch(c -> "，,；;。".indexOf(c) >= 0)) {
            return List.of(); // the cue's phrase has no figure of the total's kind (其中规模工业增加值增长6.2%，…)
        }
        String text = s.text();
        List<Placed> out = new ArrayList<>(List.of(parts.get(0)));
        for (int i = 1; i < parts.size(); i++) {
            if (!listGlue(text.substring(parts.get(i - 1).end(), parts.get(i).start()))) {
                break;
            }
            out.add(parts.get(i));
        }
        return ofAnotherMeasure(t, s, out.get(out.size() - 1)) ? List.of() : out;
    }

    /**
     * 实际利用外资1.336亿美元，其中经济开发区注册协议外资2.45亿美元，实际利用外资1.063亿美元: the cue opens the subset's
     * figures, one for each measure; a part whose indicator is not the total's, followed in the sentence (no semicolon or
     * full stop between) by a figure whose indicator is, is of another measure.
     */
    private boolean ofAnotherMeasure(Placed t, SentenceView s, Placed last) {
        String key = Figures.indicatorKey(t.fact(), words);
        String partKey = Figures.indicatorKey(last.fact(), words);
        if (key == null || partKey == null || partKey.equals(key) || partKey.endsWith(key)) {
            return false;
        }
        String text = s.text();
        for (Placed q : s.facts()) {
            if (q.start() < last.end() || q == t) {
                continue;
            }
            if (Clauses.groupBreakBetween(text, last.end(), q.start())) {
                return false;
            }
            if (Figures.isAddable(q, words) && Figures.sameClass(q.fact(), t.fact(), words) && key.equals(Figures.indicatorKey(q.fact(), words))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Text between two items of a list a total closes (…收入315.6亿元，中央和省税收返还113.4亿元，…，收入总计599.2亿元): one comma,
     * then the next item's name alone, short, with no word of change (增长), comparison (比) or parts cue (其中) in it, and not
     * added on (加上年结余: a running account, which check_running_accounts.tsv reads).
     */
    private boolean namedItemGlue(String between) {
        String b = between.strip();
        return NAMED_ITEM.matcher(b).matches() && CheckWords.firstIn(words.breakdownCues(), b) == null && !ITEM_BLOCKERS.matcher(b).find()
                && !ADDED_TO.matcher(b.substring(1).strip()).lookingAt(); // 加上年结余…，再加…: a running account, read as one
    }

    private static final java.util.regex.Pattern NAMED_ITEM = java.util.regex.Pattern.compile("[，,]\\s*[\\p{IsHan}]{2,20}");
    private static final java.util.regex.Pattern ITEM_BLOCKERS = java.util.regex.Pattern.compile("增长|下降|增加|减少|比|同比|占|达|为");

    /** Text between two items of one 、 list: has a 、 and no comma, semicolon or full stop. */
    private static boolean listGlue(String between) {
        // 15.5亿元、53亿元|和|13.5亿元: a conjunction alone joins the last item as 、 joins the others
        // 国有企业12家|和民营企业|9家, 12项预期性指标|和|9项: the conjunction opens the next item's words or closes this one's
        String joiner = between.strip();
        boolean conjunction = !joiner.isEmpty() && (Clauses.CONJUNCTIONS.indexOf(joiner.charAt(0)) >= 0
                || Clauses.CONJUNCTIONS.indexOf(joiner.charAt(joiner.length() - 1)) >= 0 || joiner.startsWith("以及"));
        return (between.indexOf('、') >= 0 || conjunction) && between.chars().noneMatch(c -> "，,；;。".indexOf(c) >= 0);
    }

    private static int closing(String text, int open) {
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(' || c == '（') {
                depth++;
            } else if (c == ')' || c == '）') {
                depth--;
                if (depth == 0) {
                    return i;
                }
            }
        }
        return text.length();
    }

    /** Where a 其中 list ends: the next semicolon or full stop outside parentheses. */
    private static int clauseEnd(String text, int from) {
        return Clauses.spansOutsideBrackets(text, from, "；;。").get(0)[1];
    }

    /**
     * How far above their total the parts of a list after 其中 may add up and still be read as a slip without a
     * misprint of one digit of one figure to mend it (314.1 against parts of 474.14 would take two): beyond a tenth
     * more, they overlap or belong to another total
     * (其中一般公共预算收入18.6亿元，税收收入23.3亿元 after 财政收入32.8亿元).
     */
    private static final double OVERLAP_EXCESS = 1.1;
    /** The lists after 其中 or 包括, which need not split their total: a classification or a list in parentheses claims to. */
    private static final Set<Breakdown.Form> MAY_OVERLAP = EnumSet.of(Breakdown.Form.CUE, Breakdown.Form.CLAUSES,
            Breakdown.Form.CLAUSE_LISTS);

    /**
     * 国有企业9720万元，占全县工业产值的52.8%；…集体企业6210万元，占…33.75%；乡镇企业…5620万元，占…30.55%: each part's own
     * share of the total, stated after it, adds up to well over 100, so the writer counts the kinds across one another.
     */
    private static boolean sharesOverlap(Breakdown b) {
        double shares = 0;
        for (Placed part : b.parts()) {
            Placed share = null;
            for (Placed q : part.sentence().facts()) {
                if (q.start() < part.end()) {
                    continue;
                }
                if (q.fact().type() == FactType.RATIO && "%".equals(q.fact().unit()) && q.fact().value() != null
                        && q.label().contains("占")) {
                    share = q;
                }
                break; // only the figure right after the part
            }
            if (share == null) {
                return false;
            }
            shares += share.fact().value();
        }
        return shares > 100.5;
    }

    /** The verdict on a breakdown: its parts against its total, within the rounding of the figures. */
    static Finding judge(Breakdown b) {
        return judge(b, whyParts(b.form()) + (b.closedByTheRest() ? ", and its last part is what is left (其他…), so the list names every part" : ""));
    }

    /** The verdict on a breakdown whose reason for reading the list as its parts is {@code why}. */
    static Finding judge(Breakdown b, String why) {
        Fact total = b.total().fact();
        List<Fact> parts = b.parts().stream().map(Placed::fact).toList();
        // Rates keep their own rounding: 增长4.1% is to a tenth however finely its contributions are written
        // (0.15、-5.64、1.34个百分点); amounts are taken to the finest step of the list (248亿元 beside 37.2亿元).
        boolean rates = total.type() == org.govfacts.fact.FactType.GROWTH;
        double groupUlp = finestRounding(total, parts);
        // 总产668.6亿斤，其中玉米512亿斤,稻谷124亿斤…: where no part is written finer than whole, the parts are rounded
        // to whole, and the total's decimal sets no step for them
        boolean partsAllWhole = parts.stream().allMatch(p -> Amounts.ulp(p) == 0 || Amounts.ulp(p) >= Amounts.displayScale(p));
        Interval stated = Amounts.interval(total); // a total is often rounded coarser than its parts (3702.8 of 3702.76)
        Interval sum = Interval.point(0);
        StringBuilder terms = new StringBuilder();
        for (Fact p : parts) {
            // only a whole number may have dropped its ".0" (248亿元 beside 37.2亿元); 473.8 beside 1.53 is rounded to 0.1
            boolean whole = Amounts.ulp(p) >= Amounts.displayScale(p);
            sum = sum.plus(Amounts.interval(p, Amounts.ulp(p) == 0 || rates || !whole || partsAllWhole ? Amounts.ulp(p) : groupUlp));
            double shown = p.value() / Amounts.displayScale(total);
            if (terms.length() > 0) {
                terms.append(shown < 0 ? " − " : " + "); // 9.04 − 2.65: a part below zero (人口自然增长率﹣2.65‰)
                shown = Math.abs(shown);
            }
            terms.append(Amounts.format(shown));
        }
        double scale = Amounts.displayScale(total);
        String unit = Amounts.displayUnit(total);
        double tolerance = stated.halfWidth() + sum.halfWidth();
        List<Fact> facts = new ArrayList<>(parts);
        facts.add(total);
        String totalShown = Amounts.show(total.value(), total);
        double sumValue = parts.stream().mapToDouble(Fact::value).sum();
        String sumShown = Amounts.show(sumValue, total);
        if (parts.size() == 1) {
            if (sum.lo() > stated.hi()) {
                return finding(Verdict.INCONSISTENT, facts, sumValue, total, tolerance,
                        "The part " + sumShown + " is larger than the total " + totalShown + " it is said to be part of"
                                + allowance(tolerance / scale, Amounts.displayUnit(total)) + ". Compared because " + why + ".");
            }
            return null;
        }
        if (sum.meets(stated)) {
            return finding(Verdict.CONSISTENT, facts, sumValue, total, tolerance,
                    "The " + parts.size() + " parts add up to the stated total " + totalShown + " (" + terms + " = "
                            + Amounts.format(sumValue / scale) + unit + tolerancePhrase(tolerance / scale, unit) + ").");
        }
        if (sum.lo() > stated.hi()) {
            Finding leading = leadingPartsAddUp(b, why);
            if (leading != null) {
                return leading;
            }
            Finding over = finding(Verdict.INCONSISTENT, facts, sumValue, total, tolerance,
                    "The " + parts.size() + " parts add up to " + sumShown + " (" + terms + "), more than the stated total "
                            + totalShown + " by " + Amounts.format((sumValue - total.value()) / scale) + unit
                            + allowance(tolerance / scale, unit) + ". Compared because " + why + ".");
            if (MAY_OVERLAP.contains(b.form()) && total.value() > 0 && parts.stream().allMatch(p -> p.value() >= 0)
                    && (sumValue > OVERLAP_EXCESS * total.value() && !Plausibility.mendedByOneDigit(over) || sharesOverlap(b))) {
                Finding misprinted = leadingPartsMisprinted(b, why);
                if (misprinted != null) {
                    return misprinted;
                }
                // 财政总收入178625万元，其中：地方一般预算收入123307万元；税收总收入104717万元: clauses after 其中, far above
                // their total and mended by no misprint of one figure, are counted across one another (税收 within 一般预算收入)
                return finding(Verdict.CANNOT_TELL, facts, sumValue, total, tolerance,
                        "The " + parts.size() + " parts listed add up to " + sumShown + " (" + terms + "), far more than the stated total "
                                + totalShown + ", and no misprint of one figure mends that: they may be counted across one another"
                                + " (one within another), so the list says nothing for sure.");
            }
            return over;
        }
        double share = sumValue / total.value();
        double complete = switch (b.form()) {
            case PARENTHESES -> PAREN_COMPLETE_SHARE;
            case CUE -> CUE_COMPLETE_SHARE;
            case TOTAL_AFTER, PARTITION, IDENTITY -> 0;
            case CLASSIFIED -> CLASSIFIED_COMPLETE_SHARE;
            case CLAUSES, CLAUSE_LISTS -> CUE_COMPLETE_SHARE;
        };
        if (b.closedByTheRest()) {
            complete = 0; // 其中粮豆播种面积为4080万亩，其他作物为130万亩: a list ending on 其他 names every part
        }
        String shortBy = Amounts.format((total.value() - sumValue) / scale) + unit;
        String unlisted = unlistedKinds(b.total(), b.parts());
        if (unlisted != null) {
            return finding(Verdict.CANNOT_TELL, facts, sumValue, total, tolerance,
                    "The " + parts.size() + " parts listed add up to " + sumShown + " (" + terms + "), short of the stated total "
                            + totalShown + ", but the total names kinds the list leaves out (" + unlisted + ").");
        }
        if (share >= complete) {
            Finding shortfall = finding(Verdict.INCONSISTENT, facts, sumValue, total, tolerance,
                    "The " + parts.size() + " parts add up to " + sumShown + " (" + terms + "), short of the stated total "
                            + totalShown + " by " + shortBy + allowance(tolerance / scale, unit) + ". Compared because " + why + ".");
            if (complete > 0 && !Plausibility.mendedByOneMisprint(shortfall)) {
                // 粮食总产量1396.33万吨。其中，稻谷1126.57万吨；玉米79.70万吨；薯类167.35万吨；大豆15.26万吨 (小麦 left out): a list that may
                // be partial falls a little short; only a slip of a digit or two of one figure says the text is wrong
                return finding(Verdict.CANNOT_TELL, facts, sumValue, total, tolerance,
                        "The " + parts.size() + " parts listed add up to " + sumShown + " (" + terms + "), short of the stated total "
                                + totalShown + " by " + shortBy + ", and no misprint of one figure mends that: the list may leave a small part out.");
            }
            return shortfall;
        }
        return finding(Verdict.CANNOT_TELL, facts, sumValue, total, tolerance,
                "The " + parts.size() + " parts listed add up to " + sumShown + " (" + terms + "), "
                        + Math.round(share * 100) + "% of the stated total " + totalShown
                        + ": the list may name only some of the parts.");
    }

    /**
     * Whether the last part of a list of two or more is what is left of the total (其他作物 of 农作物播种面积, 其余): it opens on the
     * words for the rest (check_rest_categories.txt, check_remaining_cues.txt) and names nothing narrower than the total (其他谷物 of 粮食作物播种面积 is the
     * rest of the cereals only, as 粮食 holds beans and tubers too).
     */
    private boolean closesWithTheRest(Breakdown b) {
        if (b.parts().size() < 2) {
            return false;
        }
        String label = TextForms.bare(b.parts().get(b.parts().size() - 1).label()).replaceFirst("^[，,、；;和及与]", "");
        String whole = TextForms.bare(b.total().label()) + "|" + java.util.Objects.toString(b.total().fact().indicator(), "");
        String cue = CheckWords.at(words.restCategories(), label, 0);
        if (cue == null) {
            cue = CheckWords.at(words.remainingCues(), label, 0);
        }
        if (cue == null) {
            return false;
        }
        String rest = TextForms.withoutCopula(label.substring(cue.length()));
        return rest.length() < 2 || whole.contains(rest.substring(0, 2));
    }

    /**
     * The verdict on the first parts of a list that overruns its total, where those alone add up to it:
     * 82679处，其中已开发31053处；未开发51626处；优良级7607处 splits the whole in its first two clauses and
     * then counts a group across them. Null where no shorter run of at least two parts adds up.
     */
    private static Finding leadingPartsAddUp(Breakdown b, String why) {
        if (b.form() == Breakdown.Form.PARENTHESES || b.form() == Breakdown.Form.PARTITION) {
            return null; // a list in parentheses claims to be complete, a split by definition is: an overrun is an error
        }
        Finding f = longestLeadingRun(b, why, r -> r.verdict() == Verdict.CONSISTENT);
        if (f == null) {
            return null;
        }
        int after = b.parts().size() - (f.facts().size() - 1); // a sum's facts are its parts, then its total
        return new Finding(f.kind(), f.verdict(), f.facts(), f.expected(), f.stated(), f.tolerance(), f.unit(),
                f.message().replaceFirst("\\.$", "") + "; the " + after
                        + " figure(s) after them count a group across those parts, not a further part.");
    }

    /**
     * 已开发3150处；未开发5990处；优良级760处 against 8240处: where the whole list overruns its total as overlapping kinds do,
     * but its first parts miss the total by what one misprint of one figure explains (5990 for 5090), those parts are
     * the split and the misprint an error; null where no run of at least two first parts is so mended.
     */
    private static Finding leadingPartsMisprinted(Breakdown b, String why) {
        return longestLeadingRun(b, why, r -> r.verdict() == Verdict.INCONSISTENT && Plausibility.mendedByOneMisprint(r));
    }

    /** The verdict on the longest run of the list's first parts (two at least, not all) that {@code accept} takes; or null. */
    private static Finding longestLeadingRun(Breakdown b, String why, java.util.function.Predicate<Finding> accept) {
        for (int k = b.parts().size() - 1; k >= 2; k--) {
            Finding f = judge(new Breakdown(b.total(), b.parts().subList(0, k), b.form()), why);
            if (f != null && accept.test(f)) {
                return f;
            }
        }
        return null;
    }

    /**
     * The kinds a total names one character each (猪牛羊禽肉总产量: 猪, 牛, 羊, 禽) that no part is of,
     * when every part's name opens with one of them (猪肉产量, 禽肉产量); or null. A shortfall of such
     * a list is the kinds left out, not an error.
     */
    static String unlistedKinds(Placed whole, List<Placed> parts) {
        String total = TextForms.bare(whole.label() + "|" + (whole.fact().indicator() == null ? "" : TextForms.light(whole.fact().indicator())));
        StringBuilder firsts = new StringBuilder();
        for (Placed p : parts) {
            String l = TextForms.bare(p.label());
            for (String cue : List.of("其中", "包括")) {
                if (l.startsWith(cue)) {
                    l = l.substring(cue.length());
                }
            }
            if (l.isEmpty() || !TextForms.isHan(l.charAt(0))) {
                return null;
            }
            firsts.append(l.charAt(0));
        }
        for (int i = 0; i < total.length(); i++) {
            int j = i;
            while (j < total.length() && TextForms.isHan(total.charAt(j))) {
                j++;
            }
            // the shortest run of the total's words holding every part's first character
            for (int from = i; from < j; from++) {
                for (int to = from + 1; to <= j; to++) {
                    String run = total.substring(from, to);
                    if (firsts.chars().allMatch(c -> run.indexOf(c) >= 0) && to - from <= 6 && to - from > parts.size()
                            && firsts.chars().distinct().count() == parts.size() && run.indexOf(run.charAt(0), 1) < 0) {
                        boolean contiguousKinds = firsts.indexOf(String.valueOf(run.charAt(0))) >= 0
                                && firsts.indexOf(String.valueOf(run.charAt(run.length() - 1))) >= 0;
                        if (contiguousKinds) {
                            StringBuilder left = new StringBuilder();
                            run.chars().filter(c -> firsts.indexOf(String.valueOf((char) c)) < 0).forEach(c -> left.append((char) c));
                            return left.toString();
                        }
                    }
                }
            }
            i = j;
        }
        return null;
    }

    /**
     * A sum's finding in the total's display unit (亿元 for 401.2亿元): {@code expected} and {@code tolerance} in base units,
     * scaled as the report writes the total.
     */
    static Finding finding(Verdict v, List<Fact> facts, double expected, Fact total, double tolerance, String message) {
        double scale = Amounts.displayScale(total);
        return new Finding(FindingKind.SUM, v, facts, expected / scale, total.value() / scale, tolerance / scale,
                Amounts.displayUnit(total), message);
    }

    /** Why a list is read as the parts of a total, for a finding's message. */
    static String whyParts(Breakdown.Form form) {
        return switch (form) {
            case PARENTHESES -> "the parts stand in parentheses right after the total, in its unit, as a complete list";
            case CUE -> "the parts follow the total after 其中/包括, in its unit, joined by 、";
            case TOTAL_AFTER -> "the parts are a 、 list right before the total that says 合计/共计";
            case CLAUSES -> "the parts follow the total after 其中/包括, one a clause, each the first figure of its clause in the total's unit";
            case CLASSIFIED -> "the parts follow a classification (按…划分), one a clause, each the first figure of its clause in the total's unit";
            case CLAUSE_LISTS -> "the parts are the figures of one clause after 其中, in the total's unit, and each clause there lists"
                    + " several figures of that unit, so each is a split of the whole";
            case PARTITION -> "the parts name every part of a classification that splits the total by definition (a line of"
                    + " check_partitions.tsv, as 第一、第二、第三产业 split 生产总值), each once, in the paragraph after the total, for the same"
                    + " period, status and place";
            case IDENTITY -> identityWhy(null);
        };
    }

    /** Why the figures of an identity are its terms, quoting the line of check_identities.txt where there is one. */
    static String identityWhy(String line) {
        return "the total and the parts are the terms of an identity that holds by definition (check_identities.txt"
                + (line == null ? "" : ": " + line) + "), each indicator stated with one value in the report,"
                + " for the same place, period and status, in one unit";
    }

    /** The rounding allowance, said also when there is none (exact counts, bounds), for inconsistent findings. */
    static String allowance(double tolerance, String unit) {
        return tolerance > 0 ? tolerancePhrase(tolerance, unit) : ", with no allowance for rounding (the figures are exact or bounds)";
    }

    static String tolerancePhrase(double tolerance, String unit) {
        return tolerance > 0 ? ", allowing ±" + Amounts.format(tolerance) + unit + " for rounding" : "";
    }

    /**
     * The finest step any rounded figure of the group is written to: a report that writes 37.2亿元
     * and 401.2亿元 writes 248亿元 to the same 0.1亿 and drops the ".0". Exact figures stay exact.
     */
    static double finestRounding(Fact total, List<Fact> parts) {
        double finest = Double.POSITIVE_INFINITY;
        double scale = Amounts.displayScale(total);
        for (Fact f : concat(total, parts)) {
            if (Amounts.displayScale(f) < scale) {
                continue; // 民航1879.1万吨公里 beside 铁路216亿吨公里: a small part written in a smaller unit sets no step for the list
            }
            double u = Amounts.ulp(f);
            if (u > 0) {
                finest = Math.min(finest, u);
            }
        }
        return Double.isInfinite(finest) ? 0 : finest;
    }

    private static List<Fact> concat(Fact a, List<Fact> rest) {
        List<Fact> all = new ArrayList<>(rest);
        all.add(a);
        return all;
    }
}
