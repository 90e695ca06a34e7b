package org.govfacts.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.govfacts.fact.Fact;
import org.govfacts.fact.FactType;
import org.govfacts.fact.Qualifier;

/**
 * The same figure stated more than once: within a report (kind DUPLICATE) and between reports
 * (kind CROSS_DOCUMENT). Two figures are taken to state the same thing when either
 * <ul>
 * <li>they have one indicator and one period (between reports: one region and a period that names
 *     its year, since 今年 in two reports may be two different years), or</li>
 * <li>they are worded alike: the same sentence but for its figures (全市共收集企业问题 # 条，已解决
 *     # 条，问题动态解决率保持在 # %以上 …), long enough to identify what is counted, and no
 *     conflicting period or region.</li>
 * </ul>
 * A target or forecast (主要预期目标是：…) is never compared with a result.
 * Items of one list (分别增长13.4%、13.4%、7.2%) and figures after a semicolon (a new subject) are
 * not restatements of each other, and indicators that name no subject (总投资, 开工建设) are
 * never compared between sentences.
 */
final class RestatementCheck {
    /** Han characters a sentence needs for its wording to identify what its figures count. */
    static final int MIN_WORDING = 12;

    private final CheckWords words;

    RestatementCheck(CheckWords words) {
        this.words = words;
    }

    /** The measure key of a figure of measure {@code m}, or null when it has none (unresolved period or region, unspecific indicator). */
    private static String indicatorGroup(Placed p, Measure m) {
        return m == null ? null : m.key() + changeMark(p);
    }

    /** Whether two quantities are in two units of one base (公顷 and 亩), so that one may restate the other. */
    private boolean converts(Fact a, Fact b) {
        if (a.type() != FactType.QUANTITY || b.type() != FactType.QUANTITY || a.unit() == null || b.unit() == null) {
            return false;
        }
        CheckWords.UnitConversion ca = conversion(a);
        CheckWords.UnitConversion cb = conversion(b);
        return ca.per() != cb.per() && ca.base().equals(cb.base());
    }

    /** A quantity's unit as a number of its base unit (亩: 15 to the 公顷); a unit no conversion names is its own base, 1 to 1. */
    private CheckWords.UnitConversion conversion(Fact f) {
        return words.conversion(TextForms.light(f.unit()));
    }

    /**
     * The measure key between reports, a result and an estimate of one period in one group (the next year's
     * work report estimates what the bulletin then states); a target stays apart. Indicators by their canonical name
     * (居民消费价格总水平 in one report is the 居民消费价格 of another: names of one row of indicator-synonyms.tsv).
     */
    private static String resultGroup(Measure m, Placed p) {
        return m.keyWithoutStatus() + (m.status() == org.govfacts.fact.Status.TARGET ? "|target" : "|result") + changeMark(p);
    }

    /** A change of a level (比上年多增38万人) restates only a change, never the level it is a change of. */
    private static String changeMark(Placed p) {
        return p.fact().basis() == org.govfacts.fact.Basis.CHANGE ? "|change" : "";
    }

    /** Where and when a figure is, for wording keys: null when the resolve stage left either open. */
    private static String placeAndTime(Fact f) {
        if (f.periodNorm() == null) {
            return null;
        }
        return Measure.placeOf(f) + "|" + f.periodNorm() + "|" + Measure.statusOf(f).id();
    }

    /**
     * The sentence a figure stands in, digits masked, with the figure's place in it: two figures with
     * one wording state the same thing (a report restating its own sentence, or a report copying
     * another's). A leading period (截至目前，) is left out, so that a restatement that drops it still
     * matches; a sentence too short to identify what it counts gives null.
     */
    private String wording(Placed p) {
        Fact f = p.fact();
        if (f.type() == FactType.PROJECT || f.type() == FactType.RANKING || Figures.number(f) == null) {
            return null;
        }
        String text = p.sentence().text();
        int from = 0;
        String period = f.period() == null ? null : TextForms.light(f.period());
        String lead = text.stripLeading();
        if (period != null && !period.isEmpty() && lead.startsWith(period)) {
            from = text.length() - lead.length() + period.length();
            while (from < text.length() && (Character.isWhitespace(text.charAt(from)) || "，,：:".indexOf(text.charAt(from)) >= 0)) {
                from++;
            }
        }
        int at = Math.min(Math.max(p.start(), from), text.length());
        // Every figure of the sentence becomes #, those in words (翻一番, 二十五亿元) too, then any digits left.
        StringBuilder figuresMasked = new StringBuilder(text);
        for (Placed q : p.sentence().facts()) {
            if (q.fact().type().isNumeric() && q.start() >= 0 && q.end() <= text.length() && q.start() < q.end()) {
                figuresMasked.setCharAt(q.start(), '0');
                for (int i = q.start() + 1; i < q.end(); i++) {
                    figuresMasked.setCharAt(i, '\u0000');
                }
            }
        }
        String maskedText = figuresMasked.toString();
        String masked = mask(TextForms.bare(maskedText.substring(from).replace("\u0000", "")));
        if (han(masked) < MIN_WORDING || !Figures.isSpecific(TextForms.bare(p.label()), words)) {
            return null;
        }
        long place = mask(TextForms.bare(maskedText.substring(from, at).replace("\u0000", ""))).chars().filter(c -> c == '#').count();
        String where = placeAndTime(f);
        return where == null ? null : Figures.unitClass(f, words) + "|" + place + "|" + masked + "|" + where;
    }

    private static int han(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (TextForms.isHan(s.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    private static String mask(String s) {
        return s.replaceAll("[0-9][0-9.,]*", "#");
    }

    /** Within one report. */
    List<Finding> withinDocument(DocumentView d, List<Breakdown> breakdowns, List<LabelledPartsCheck.ScopedRun> scopedRuns) {
        List<Placed> all = d.placed();
        Map<Placed, Placed> totalOfPart = new java.util.IdentityHashMap<>();
        for (Breakdown b : breakdowns) {
            b.parts().forEach(p -> totalOfPart.putIfAbsent(p, b.total()));
        }
        // 国有资本权益总额58.7万亿元。其中，中央国有企业资产总额…、国有资本权益总额16.7万亿元: a scope's item is not its total
        // restated, nor the same item of another scope (事业单位…负债总额1837.6亿元 and 教育行业…负债总额173亿元)
        scopedRuns.forEach(r -> totalOfPart.putAll(r.totalOfPart()));
        java.util.Set<Placed> scoped = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        scopedRuns.forEach(r -> scoped.addAll(r.allParts()));
        List<Measure> measures = new ArrayList<>();
        List<String> groups = new ArrayList<>();
        List<String> wordings = new ArrayList<>();
        for (Placed p : all) {
            Measure m = Measure.of(p, words);
            measures.add(m);
            groups.add(indicatorGroup(p, m));
            wordings.add(wording(p));
        }
        // Earlier figures sharing a key, so each figure meets only its candidates.
        Map<String, List<Integer>> byKey = new java.util.HashMap<>();
        // each figure's earlier statements of the same value, which a later different value contradicts as much
        Map<Placed, List<Fact>> agreeing = new java.util.IdentityHashMap<>();
        List<Finding> out = new ArrayList<>();
        for (int j = 0; j < all.size(); j++) {
            Placed before = j > 0 ? all.get(j - 1) : null;
            if (before != null && Figures.isConversion(all.get(j)) && converts(before.fact(), all.get(j).fact())) {
                // 67.78万公顷(1016.72万亩): the figure in brackets is the one before it in another unit (check_unit_conversions.tsv)
                Finding f = compareWithin(before, all.get(j), true, false, List.of());
                if (f != null) {
                    out.add(f);
                }
                continue;
            }
            // a level and the bound it passes, in one sentence: judged as such, and each still meets its other statements
            // (a headline's 168.3亿斤 beside the body's 突破160亿斤大关，达到163.3亿斤)
            Placed boundPartner = null;
            Finding bound = before == null ? null : boundThenLevel(before, all.get(j));
            if (bound != null) {
                boundPartner = before;
            } else {
                int level = levelBeforeBound(all, j);
                if (level >= 0) {
                    boundPartner = all.get(level);
                    bound = passed(all.get(j), boundPartner, "the level comes first and the bound closes its sentence");
                }
            }
            if (bound != null) {
                out.add(bound);
            }
            java.util.TreeSet<Integer> candidates = new java.util.TreeSet<>(java.util.Comparator.reverseOrder());
            for (String k : new String[] {groups.get(j) == null ? null : "i|" + groups.get(j), wordings.get(j) == null ? null : "w|" + wordings.get(j)}) {
                if (k != null) {
                    List<Integer> earlier = byKey.computeIfAbsent(k, x -> new ArrayList<>());
                    candidates.addAll(earlier);
                    earlier.add(j);
                }
            }
            for (int i : candidates) {
                if (all.get(i) == boundPartner) {
                    continue; // judged above as a level and its bound
                }
                boolean sameIndicator = groups.get(j) != null && groups.get(j).equals(groups.get(i));
                boolean sameWording = wordings.get(j) != null && wordings.get(j).equals(wordings.get(i));
                if (partsOfDifferentTotals(totalOfPart.get(all.get(i)), totalOfPart.get(all.get(j)))
                        || totalOfPart.get(all.get(j)) == all.get(i) || totalOfPart.get(all.get(i)) == all.get(j)
                        || scoped.contains(all.get(i)) || scoped.contains(all.get(j))) {
                    continue;
                }
                if (Figures.startsAChange(all.get(i)) != Figures.startsAChange(all.get(j))) {
                    continue; // 经济总量从千亿元跃上万亿元: where a change started is an earlier level, not the one stated elsewhere
                }
                Finding f = compareWithin(all.get(i), all.get(j), sameIndicator, sameWording, agreeing.getOrDefault(all.get(i), List.of()));
                if (f != null) {
                    out.add(f);
                    if (f.verdict() == Verdict.CONSISTENT && f.kind() == FindingKind.DUPLICATE) {
                        List<Fact> chain = new ArrayList<>(agreeing.getOrDefault(all.get(i), List.of()));
                        chain.add(all.get(i).fact());
                        agreeing.put(all.get(j), chain);
                    }
                    break;
                }
            }
        }
        out.addAll(headlineRestatements(d, all, measures, out));
        return out;
    }

    /** How many non-empty lines at a text's start may hold its headline (a dateline may come first). */
    private static final int HEADLINE_LINES = 2;
    /** The longest line read as a headline. */
    private static final int HEADLINE_LENGTH = 60;

    /**
     * 黑龙江上半年民生支出2150.5亿元 占一般公共预算支出比重达86.8% over a body's 全省财政民生支出2150.5亿元: a headline states a
     * figure of the body in fewer words. Each headline figure not yet compared is paired with the body's figure of the same
     * place, period, status and unit whose indicator ends in the headline's (the body's of equal value first, else the only
     * one), and found consistent or not.
     */
    private List<Finding> headlineRestatements(DocumentView d, List<Placed> all, List<Measure> measures, List<Finding> found) {
        java.util.Set<SentenceView> headline = headlineSentences(d);
        if (headline.isEmpty()) {
            return List.of();
        }
        java.util.Set<Fact> compared = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        found.forEach(f -> compared.addAll(f.facts()));
        List<Finding> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            Placed h = all.get(i);
            Measure mh = headline.contains(h.sentence()) && !compared.contains(h.fact()) ? measures.get(i) : null;
            if (mh == null || mh.indicator().length() < 2) {
                continue;
            }
            Placed same = null;
            List<Placed> others = new ArrayList<>();
            for (int j = 0; j < all.size(); j++) {
                Placed b = all.get(j);
                // (经济总量从千亿元跃上万亿元: where a change started is no restatement of the headline's level)
                Measure mb = headline.contains(b.sentence()) || Figures.startsAChange(b) ? null : measures.get(j);
                if (mb == null || !mb.indicator().endsWith(mh.indicator()) || !mb.unitClass().equals(mh.unitClass())
                        || !mb.region().equals(mh.region()) || !mb.period().equals(mh.period()) || !headlineStatus(mh.status(), mb.status())
                        || !Figures.sameClass(h.fact(), b.fact(), words) || h.fact().qualifier() != b.fact().qualifier()) {
                    continue; // 中国GDP突破40万亿元 over 39.7983万亿元: a headline's round bound is no restatement
                }
                if (compare(h.fact(), b.fact()).agree) {
                    same = same == null ? b : same;
                } else {
                    others.add(b);
                }
            }
            Placed body = same != null ? same : others.size() == 1 ? others.get(0) : null;
            if (body == null) {
                continue;
            }
            Comparison c = compare(h.fact(), body.fact());
            String what = describe(h.fact(), h);
            out.add(c.agree
                    ? new Finding(FindingKind.DUPLICATE, Verdict.CONSISTENT, List.of(h.fact(), body.fact()), c.expected, c.stated, c.tolerance,
                            c.unit, what + " in the headline is stated again in the text, both times as " + c.shownA + ".")
                    : new Finding(FindingKind.DUPLICATE, Verdict.INCONSISTENT, List.of(h.fact(), body.fact()), c.expected, c.stated,
                            c.tolerance, c.unit, what + " is " + c.shownA + " in the headline and " + c.shownB + " in the text"
                                    + BreakdownCheck.allowance(c.tolerance, c.unit) + ". Compared because the headline names it by the"
                                    + " last words of the text's indicator “" + mh.indicator() + "”, same place " + mh.region()
                                    + ", same period " + mh.period() + ", and the text states no other figure so named."));
        }
        return out;
    }

    /**
     * Whether a headline figure of one status may restate the body's of another: the same, or a headline's bare figure
     * (茂名市GDP达1460亿元) over the body's estimate (预计全年实现生产总值1460亿元), as a headline drops 预计.
     */
    private static boolean headlineStatus(org.govfacts.fact.Status headline, org.govfacts.fact.Status body) {
        return headline == body || headline == org.govfacts.fact.Status.ACTUAL && body == org.govfacts.fact.Status.ESTIMATE;
    }

    /** 原标题: a page's note of the title the story first ran under, a second headline. */
    private static final java.util.regex.Pattern ORIGINAL_TITLE = java.util.regex.Pattern.compile("^\\s*原[标標][题題]\\s*[:：]");
    /** How many lines at a text's start may hold the original title. */
    private static final int ORIGINAL_TITLE_LINES = 6;

    /**
     * The sentences of the headline: the first non-empty line that is short with no sentence's end (。) in it, and a line of
     * the original title (原标题：…) near the start, which the headline is not checked against.
     */
    private static java.util.Set<SentenceView> headlineSentences(DocumentView d) {
        String original = d.originalText();
        java.util.Set<SentenceView> out = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        if (original == null) {
            return out;
        }
        int lines = 0;
        int at = 0;
        int headlineStart = -1;
        int headlineEnd = -1;
        while (at < original.length() && lines < HEADLINE_LINES) {
            int nl = original.indexOf('\n', at);
            int end = nl < 0 ? original.length() : nl;
            String line = original.substring(at, end).strip();
            if (!line.isEmpty()) {
                lines++;
                if (line.length() <= HEADLINE_LENGTH && line.indexOf('。') < 0 && line.chars().anyMatch(c -> TextForms.isHan((char) c))) {
                    headlineStart = at;
                    headlineEnd = end;
                    break;
                }
            }
            at = end + 1;
        }
        List<int[]> spans = new ArrayList<>();
        if (headlineStart >= 0) {
            spans.add(new int[] {headlineStart, headlineEnd});
        }
        at = 0;
        for (int line = 0; line < ORIGINAL_TITLE_LINES && at < original.length(); line++) {
            int nl = original.indexOf('\n', at);
            int end = nl < 0 ? original.length() : nl;
            if (ORIGINAL_TITLE.matcher(original.substring(at, end)).find()) {
                spans.add(new int[] {at, end});
            }
            at = end + 1;
        }
        for (SentenceView s : d.sentences()) {
            for (int[] span : spans) {
                if (s.originalStart() >= span[0] && s.originalStart() < span[1]) {
                    out.add(s);
                }
            }
        }
        return out;
    }

    /**
     * 地区生产总值250.0亿元，其中一、二、三产业增加值分别为…38.6亿元…；区本级地区生产总值204.3亿元，其中…32.4亿元: parts of two
     * totals of different size are of two scopes, whatever words the parts share.
     */
    private static boolean partsOfDifferentTotals(Placed a, Placed b) {
        return a != null && b != null && a != b && !java.util.Objects.equals(a.fact().value(), b.fact().value());
    }

    /**
     * Between a bound and the level right after it: a comma and a verb of reaching (粮豆总产首次突破3亿公斤，|达到|3.016亿公斤),
     * after the mark the bound names, if any (突破20亿元|大关，达|21.5亿元).
     */
    private static final java.util.regex.Pattern REACHED = java.util.regex.Pattern.compile("\\p{IsHan}{0,3}[，,]\\s*(?:达到|达|为|至|实现|完成)\\s*");

    /**
     * 粮豆总产首次突破3亿公斤，达到3.016亿公斤: a bound passed (突破, 超过) and the level reached, stated one after the other of
     * one indicator, say the same thing only if the level is past the bound.
     */
    private Finding boundThenLevel(Placed a, Placed b) {
        Fact bound = a.fact();
        Fact level = b.fact();
        if (a.sentence() != b.sentence() || bound.qualifier() != Qualifier.MORE_THAN || level.qualifier() != null
                || bound.value() == null || level.value() == null || !Figures.sameClass(bound, level, words)
                || !REACHED.matcher(a.sentence().text().substring(a.end(), b.start())).matches()) {
            return null;
        }
        String key = Figures.indicatorKey(bound, words);
        if (key == null || !key.equals(Figures.indicatorKey(level, words))) {
            return null;
        }
        String between = a.sentence().text().substring(a.end(), b.start()).strip();
        return passed(a, b, "the level follows the bound right after a comma and a verb of reaching (“" + between + "”)");
    }

    /** How far after a level the bound it passes may close its sentence (314.04亿元|，增长6.5%，首次|突破300亿元). */
    private static final int BOUND_AFTER_LEVEL = 16;

    /**
     * 全县地区生产总值314.04亿元，增长6.5%，首次突破300亿元: a level, then in its sentence a bound of the same indicator passed
     * (突破, 超过), with no figure of their kind between them: the level must be past the bound. The level's index, or -1.
     */
    private int levelBeforeBound(List<Placed> all, int j) {
        Placed b = all.get(j);
        if (b.fact().qualifier() != Qualifier.MORE_THAN || b.fact().value() == null) {
            return -1;
        }
        for (int i = j - 1; i >= 0 && all.get(i).sentence() == b.sentence(); i--) {
            Placed a = all.get(i);
            if (!Figures.sameClass(a.fact(), b.fact(), words)) {
                continue;
            }
            String between = b.sentence().text().substring(Math.min(a.end(), b.start()), b.start());
            if (a.fact().qualifier() != null || a.fact().value() == null || between.contains("；") || between.contains(";")
                    || CheckWords.firstIn(words.breakdownCues(), between) != null) {
                return -1; // 其中…: a part's bound, not the level's
            }
            String key = Figures.indicatorKey(a.fact(), words);
            boolean passing = !Character.isDigit(b.fact().text().charAt(0)); // 突破300亿元, not 500余人 (about 500)
            String text = a.sentence().text();
            String lead = text.substring(Math.max(org.govfacts.text.Clauses.start(text, a.start()), a.start() - 8), a.start());
            // 由1749美元突破5000美元, 从人均8.7万元提高到12万元以上, 由2800亿元到突破7000亿元: where it started, not the level
            boolean starting = lead.contains("由") || lead.contains("从") || between.contains("到") || between.contains("至");
            boolean sameTime = a.fact().status() == b.fact().status() && a.fact().periodNorm() != null
                    && a.fact().periodNorm().equals(b.fact().periodNorm()); // not 开工率达65%，预计上半年…将突破80%
            boolean close = between.length() <= BOUND_AFTER_LEVEL && a.fact().basis() == null; // not 净增98万户 (a change)
            return passing && !starting && sameTime && close && key != null && key.equals(Figures.indicatorKey(b.fact(), words)) ? i : -1;
        }
        return -1;
    }

    /** Whether {@code level} is past {@code bound} (a figure with 突破, 超过, 以上), said of one indicator. */
    private Finding passed(Placed boundAt, Placed levelAt, String because) {
        Fact bound = boundAt.fact();
        Fact level = levelAt.fact();
        String key = Figures.indicatorKey(bound, words);
        Interval reached = Amounts.interval(level);
        double scale = Amounts.displayScale(level);
        double tolerance = reached.halfWidth() / scale;
        String what = describe(level, levelAt) + " is said to reach " + TextForms.light(level.text()) + " and pass " + TextForms.light(bound.text());
        if (reached.hi() > bound.value()) {
            return new Finding(FindingKind.DUPLICATE, Verdict.CONSISTENT, List.of(bound, level), level.value() / scale, bound.value() / scale,
                    tolerance, Amounts.displayUnit(level), what + ", which it is past.");
        }
        return new Finding(FindingKind.DUPLICATE, Verdict.INCONSISTENT, List.of(bound, level), level.value() / scale, bound.value() / scale,
                tolerance, Amounts.displayUnit(level), what + ", which it is not past" + BreakdownCheck.allowance(tolerance, Amounts.displayUnit(level))
                        + ". Compared because " + because
                        + ", with the same indicator “" + key + "”.");
    }

    /**
     * Two statements of a figure in one report compared. {@code earlier} are the statements of {@code a}'s value before it: a
     * different value in {@code b} is shown with all of them (10.2% in the abstract, 10.2% in the lead, 10.6% in point two), so a
     * reader sees every place the figure stands and which of them differs.
     */
    private Finding compareWithin(Placed a, Placed b, boolean sameIndicator, boolean sameWording, List<Fact> earlier) {
        boolean converted = converts(a.fact(), b.fact());
        if (a.start() == b.start() && a.sentence() == b.sentence() || !Figures.sameClass(a.fact(), b.fact(), words) && !converted) {
            return null;
        }
        boolean sameSentence = a.sentence() == b.sentence();
        boolean bracketed = converted && sameSentence && Figures.isConversion(b);
        if (bracketed) {
            sameSentence = false; // 67.78万公顷(1016.72万亩): the figure in brackets restates the one before it in another unit
        }
        String itemA = Figures.enumerator(a);
        String itemB = Figures.enumerator(b);
        if (!sameSentence && itemA != null && itemB != null && !itemA.equals(itemB)) {
            return null; // 一是…提出6项指标；二是…提出5项指标: items of one list, each about its own thing
        }
        if (!sameSentence) {
            List<Placed> listA = RespectiveScopes.listOf(a, words);
            List<Placed> listB = RespectiveScopes.listOf(b, words);
            int[] place = placeInSharedList(a, listA);
            if (!java.util.Arrays.equals(place, placeInSharedList(b, listB))) {
                return null; // 三次产业比重分别为0.8%、29%和70.2% … 1.8%、28.7%和69.5%: the 1st item restates only a 1st item
            }
            if (place != null && itemsDiffer(listA, listB) > 1) {
                return null; // the two lists differ in more than one item: two scopes (全区, then 区属), not one figure misprinted
            }
        }
        if (sameSentence && !sameIndicator) {
            return null; // a sentence is worded like itself: wording identifies restatements in other sentences only
        }
        if (sameSentence) {
            if (!(ownsLabel(a) && ownsLabel(b))) {
                return null; // 分别增长13.4%、13.4%、7.2%: items of one list, not restatements
            }
            for (Placed q : a.sentence().facts()) {
                if (q.fact().type().isNumeric() && q.start() > a.start() && q.start() < b.start()) {
                    return null; // 增长6.7%、高于全国0.8个百分点，…增长4%、高于全国7.8个百分点: each belongs to its own figure
                }
            }
            if (org.govfacts.text.Clauses.bracketDepth(a.sentence().text(), Math.min(a.end(), b.end()), Math.max(a.start(), b.start())) > 0) {
                return null; // 城乡生活、环境综合用水48.06亿立方米(城市生活、环境综合用水30.86亿立方米): a part in an aside, not a restatement
            }
            String between = a.sentence().text().substring(Math.min(a.end(), b.start()), Math.max(a.end(), b.start()));
            if (CheckWords.firstIn(words.breakdownCues(), between) != null) {
                return null; // 五年合计财政支出为6098亿元，其中一九八五年为1304亿元: a part of it, not a restatement
            }
            if (between.contains("；") || between.contains(";")) {
                return null; // …，开工建设3个；50亿级项目…，开工建设10个: a new subject after the semicolon
            }
            if (between.chars().noneMatch(ch -> org.govfacts.text.Clauses.endsClause((char) ch) || ch == '、') && !Figures.isConversion(b)) {
                return null; // 5个计划新开工项目已开工4个: two figures of one phrase are of two things (of the five, four)
            }
        }
        Comparison c = compare(a.fact(), b.fact());
        if (!c.agree && !sameSentence && !bracketed && mayBeTwoThings(a, b, sameWording)) {
            return null; // (a figure in brackets in another unit is the same figure whatever its digits: 11606.4万公顷(17409.5万亩))
        }
        String what = describe(a.fact(), a);
        String why = bracketed ? "the figure in brackets right after the other restates it in another unit" : why(a, b, sameIndicator);
        if (c.agree) {
            if (!converted && !sameStatement(a.fact(), b.fact()) && !(sameIndicator && boundOfLevel(a.fact(), b.fact()))
                    || converted && a.fact().qualifier() != b.fact().qualifier()) {
                return null; // 5亿元以上 and 3亿元以上 overlap without saying the same thing
            }
            return new Finding(FindingKind.DUPLICATE, Verdict.CONSISTENT, List.of(a.fact(), b.fact()), c.expected, c.stated,
                    c.tolerance, c.unit, what + " is stated twice in this report, " + (converted ? "in two units that agree: " + c.shownA
                            + " and " + c.shownB : "both times as " + c.shownA) + ".");
        }
        if (!converted && (cutOff(a.fact(), b.fact()) || cutOff(b.fact(), a.fact()))) {
            // 实现旅游收入428亿元 beside 428.56亿元: the round figure drops the decimals rather than rounding them, a habit of
            // write-ups, not a figure misstated
            return new Finding(FindingKind.DUPLICATE, Verdict.CANNOT_TELL, List.of(a.fact(), b.fact()), c.expected, c.stated,
                    c.tolerance, c.unit, what + " is stated twice in this report: " + c.shownA + " and " + c.shownB
                            + "; the shorter figure is the longer one with its last digits dropped, not rounded.");
        }
        List<Fact> facts = new ArrayList<>();
        String stated = "twice";
        String repeated = "";
        // a goal restated in the summary and the body is often last year's result misread: left as one pair
        if (!earlier.isEmpty() && Measure.statusOf(a.fact()) == org.govfacts.fact.Status.ACTUAL
                && Measure.statusOf(b.fact()) == org.govfacts.fact.Status.ACTUAL) {
            facts.addAll(earlier);
            stated = (earlier.size() + 2) + " times";
            repeated = " The first value stands " + (earlier.size() == 1 ? "twice" : (earlier.size() + 1) + " times") + " before the second.";
        }
        facts.add(a.fact());
        facts.add(b.fact());
        return new Finding(FindingKind.DUPLICATE, Verdict.INCONSISTENT, List.copyOf(facts), c.expected, c.stated,
                c.tolerance, c.unit, what + " is stated " + stated + " in this report with different values: "
                        + c.shownA + " and then " + c.shownB + BreakdownCheck.allowance(c.tolerance, c.unit) + ". Compared because: "
                        + why + "." + repeated);
    }

    /**
     * Whether two differing figures may well be two different things rather than one misstated: their
     * indicator says nothing of what is measured (两年平均, 高出全市; unless the same wording ties them), or
     * their neighbours differ with them ({@link #companionsDiffer}).
     */
    private boolean mayBeTwoThings(Placed a, Placed b, boolean sameWording) {
        // 第三产业…拉动经济增长2.9个百分点 and 工业…拉动经济增长1.6个百分点: a pull is named by the whole it pulls, not by the part
        boolean pulls = a.fact().basis() == org.govfacts.fact.Basis.CONTRIBUTION || b.fact().basis() == org.govfacts.fact.Basis.CONTRIBUTION;
        return !sameWording && (pulls || !words.namesMeasure(Figures.indicatorKey(a.fact(), words))) || companionsDiffer(a, b)
                || digitsFarApart(a.fact().text(), b.fact().text()) || !java.util.Objects.equals(topic(a), topic(b))
                || a.sentence().doc().equals(b.sentence().doc()) && !java.util.Objects.equals(label(a), label(b))
                || levelsOfOtherKinds(a, b);
    }

    /**
     * 谷物方面，上半年共进口734.3万吨…: the topic the figure's paragraph has opened by then (check_topic_markers.txt), or
     * null. The imports of grain and of edible oil, each under its topic, are two figures, not one restated.
     */
    private String topic(Placed p) {
        for (SentenceView s = p.sentence(); s != null && s.passage() == p.passage(); s = s.previous()) {
            String text = s.text().stripLeading();
            for (String marker : words.topicMarkers()) {
                int at = text.indexOf(marker);
                if (at > 0 && at <= 12 && at + marker.length() < text.length()
                        && "，,：:".indexOf(text.charAt(at + marker.length())) >= 0 && text.substring(0, at).chars().allMatch(c -> TextForms.isHan((char) c))) {
                    return text.substring(text.startsWith("在") ? 1 : 0, at);
                }
            }
        }
        return null;
    }

    /**
     * A paragraph's label: a dash, a bullet or an item's number, then two to five characters (——小学。, （一）小学：, 1.小学。); a
     * sentence with no such mark (一是经济增长企稳回升。) or a longer one (——发展质效稳步提升。) opens a topic, it labels no scope.
     */
    private static final java.util.regex.Pattern LABEL = java.util.regex.Pattern.compile(
            "^\\s*(?:[—–\\-·•]+|[(（][一二三四五六七八九十\\d]{1,3}[)）]|[一二三四五六七八九十\\d]{1,3}[、.．])\\s*(\\p{IsHan}{2,5})\\s*[。：:]");

    /**
     * ——小学。校数3308所… then ——初中。校数1748所…: the label the figure's paragraph opens with, naming what its figures are of,
     * or null. Read within one report only: another report labels its paragraphs its own way.
     */
    private static String label(Placed p) {
        return paragraphLabel(p.sentence().lead());
    }

    static String paragraphLabel(String firstSentence) {
        java.util.regex.Matcher m = LABEL.matcher(firstSentence);
        return m.lookingAt() && (m.end() == firstSentence.stripTrailing().length() || firstSentence.charAt(m.end() - 1) != '。') ? m.group(1) : null;
    }

    /**
     * 进口547.2亿美元，同比增28.8% against 进口734.3万吨，同比增283.7%: rates of levels of two kinds (a value, a weight) are
     * the growth of two things, whatever their words.
     */
    private boolean levelsOfOtherKinds(Placed a, Placed b) {
        if (Figures.isAmount(a.fact()) || Figures.isAmount(b.fact())) {
            return false;
        }
        Placed x = a.sentence().figureBefore(a);
        Placed y = b.sentence().figureBefore(b);
        return x != null && y != null && Figures.isAmount(x.fact()) && Figures.isAmount(y.fact())
                && !Figures.sameClass(x.fact(), y.fact(), words);
    }

    /**
     * 一般公共预算收入 85 亿元 for the district, then 18. 08 亿元 under the heading of one industry: a slip of the pen changes
     * a digit or two (1267.24 for 1287.24, 7.2% for 7.7%); figures more than three times apart and more than two digits
     * different, or more than two digits apart at the coarser one's precision, are two figures of two scopes that the words
     * around them (a heading, a level of government) tell apart.
     */
    static boolean digitsFarApart(String a, String b) {
        if (!a.replaceAll("[0-9.,，\\s]", "").equals(b.replaceAll("[0-9.,，\\s]", ""))) {
            return false; // 67.78万公顷(1096.72万亩): in two units the digits say nothing of a slip
        }
        String x = a.replaceAll("[^0-9.]", "");
        String y = b.replaceAll("[^0-9.]", "");
        if (!x.matches("[0-9]+(\\.[0-9]+)?") || !y.matches("[0-9]+(\\.[0-9]+)?")) {
            return false;
        }
        java.math.BigDecimal bx = new java.math.BigDecimal(x);
        java.math.BigDecimal by = new java.math.BigDecimal(y);
        double vx = bx.doubleValue();
        double vy = by.doubleValue();
        if (vx > 0 && vy > 0 && Math.max(vx, vy) / Math.min(vx, vy) > 3 && editDistance(x.replace(".", ""), y.replace(".", "")) > 2) {
            return true; // 85 and 18.08: not one figure with a digit wrong (5.7% for 0.7% is)
        }
        // at the coarser figure's precision: 11241.8 and 11424 are 11242 and 11424, two digits apart
        int scale = Math.min(bx.scale(), by.scale());
        return editDistance(bx.setScale(scale, java.math.RoundingMode.HALF_UP).toPlainString().replace(".", ""),
                by.setScale(scale, java.math.RoundingMode.HALF_UP).toPlainString().replace(".", "")) > 2;
    }

    /** How many digits must be put in, taken out or changed to make one string the other. */
    private static int editDistance(String x, String y) {
        int[] prev = new int[y.length() + 1];
        int[] cur = new int[y.length() + 1];
        for (int j = 0; j <= y.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= x.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= y.length(); j++) {
                int same = x.charAt(i - 1) == y.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + same);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[y.length()];
    }

    /**
     * Whether the two figures' clauses give another figure of one kind that differs too (33个重点项目完成投资
     * 89.9亿元 against 91个重点项目完成投资306亿元; 全国财政收入39343.62亿元，增长24.3% against the same after
     * an adjustment, 38730.62亿元，增长22.4%): two figures that differ together describe two different groups
     * or scopes, not one figure misstated. A slip changes one figure; its neighbours still agree.
     */
    private boolean companionsDiffer(Placed a, Placed b) {
        for (Placed x : clauseFigures(a)) {
            if (Figures.sameClass(x.fact(), a.fact(), words)) {
                continue;
            }
            for (Placed y : clauseFigures(b)) {
                if (Figures.sameClass(x.fact(), y.fact(), words) && nearest(x, a) && nearest(y, b)) {
                    return !compare(x.fact(), y.fact()).agree;
                }
            }
        }
        return continuationsDiffer(a, b);
    }

    /**
     * Whether both figures stand in sentences that go on from the one before (加上补充中央预算稳定调节基金…，
     * 支出总量为…: check_continuation_openers.txt) and those sentences' first figures of the kind differ
     * (全国一般公共预算支出220906.07亿元 against 中央一般公共预算支出102381.8亿元): the totals are of two scopes.
     */
    private boolean continuationsDiffer(Placed a, Placed b) {
        SentenceView pa = continued(a);
        SentenceView pb = continued(b);
        if (pa == null || pb == null) {
            return false;
        }
        Placed x = firstOfClass(pa, a);
        Placed y = firstOfClass(pb, b);
        return x != null && y != null && !compare(x.fact(), y.fact()).agree;
    }

    /** The sentence {@code p}'s sentence goes on from, when it opens with a continuation word; else null. */
    private SentenceView continued(Placed p) {
        String text = p.sentence().text().stripLeading();
        return CheckWords.at(words.continuationOpeners(), text, 0) != null ? p.sentence().previous() : null;
    }

    private Placed firstOfClass(SentenceView s, Placed like) {
        for (Placed q : s.facts()) {
            if (Figures.sameClass(q.fact(), like.fact(), words) && q.fact().basis() != org.govfacts.fact.Basis.CHANGE) {
                return q;
            }
        }
        return null;
    }

    /** Whether {@code x} is the figure of its kind closest to {@code p} in their clause. */
    private boolean nearest(Placed x, Placed p) {
        int d = Math.abs(x.start() - p.start());
        for (Placed q : clauseFigures(p)) {
            if (q != x && Figures.sameClass(q.fact(), x.fact(), words) && Math.abs(q.start() - p.start()) < d) {
                return false;
            }
        }
        return true;
    }

    /** The other figures of {@code p}'s clause group (its sentence, between semicolons). */
    private static List<Placed> clauseFigures(Placed p) {
        String text = p.sentence().text();
        int from = Math.max(text.lastIndexOf('；', Math.max(0, p.start() - 1)), text.lastIndexOf(';', Math.max(0, p.start() - 1))) + 1;
        int to = text.length();
        for (char sep : new char[] {'；', ';'}) {
            int k = text.indexOf(sep, p.end());
            if (k >= 0 && k < to) {
                to = k;
            }
        }
        List<Placed> out = new ArrayList<>();
        for (Placed q : p.sentence().facts()) {
            if (q != p && q.fact().type().isNumeric() && Figures.number(q.fact()) != null && q.start() >= from && q.end() <= to
                    && !(q.start() == p.start() && q.end() == p.end())) {
                out.add(q);
            }
        }
        return out;
    }

    /**
     * Where a figure stands in its list {@code items} (RespectiveScopes.listOf) when the items share one indicator (its
     * index and the list's length), or null when it is no such item: each item is of its own part (the first, second,
     * third industry), named only by its place.
     */
    private int[] placeInSharedList(Placed p, List<Placed> items) {
        if (items.size() < 2) {
            return null;
        }
        String key = Figures.indicatorKey(p.fact(), words);
        for (Placed q : items) {
            if (!Objects.equals(key, Figures.indicatorKey(q.fact(), words))) {
                return null;
            }
        }
        return new int[] {items.indexOf(p), items.size()};
    }

    /** How many items of two equally long lists (see placeInSharedList) differ, item by item. */
    private int itemsDiffer(List<Placed> x, List<Placed> y) {
        int differ = 0;
        for (int i = 0; i < x.size() && i < y.size(); i++) {
            if (!compare(x.get(i).fact(), y.get(i).fact()).agree) {
                differ++;
            }
        }
        return differ;
    }

    /** How far below a level a lower bound of it (超过7500亿元 of 7500.80亿元) may stand and still be that level rounded down. */
    private static final double BOUND_REACH = 0.1;

    /**
     * 全市生产总值超过7500亿元。…全市生产总值完成7500.80亿元: one figure a bound (超过, 以上) just under or over the other, the other
     * stated exactly: the bound is the level rounded, the same figure said twice.
     */
    private static boolean boundOfLevel(Fact a, Fact b) {
        Fact bound = a.qualifier() != null ? a : b;
        Fact level = bound == a ? b : a;
        if (level.qualifier() != null || bound.qualifier() == Qualifier.ABOUT || bound.value() == null || level.value() == null
                || level.value() <= 0) {
            return false;
        }
        double gap = bound.qualifier() == Qualifier.MORE_THAN ? level.value() - bound.value() : bound.value() - level.value();
        return gap >= 0 && gap <= BOUND_REACH * level.value();
    }

    /** The same figure written the same way: equal value (or rank) and qualifier. */
    private static boolean sameStatement(Fact a, Fact b) {
        return Objects.equals(Figures.number(a), Figures.number(b)) && a.qualifier() == b.qualifier()
                && Objects.equals(a.top(), b.top());
    }

    /** Whether the words before a figure name its indicator, rather than it being the next item of a list. */
    private boolean ownsLabel(Placed p) {
        String label = TextForms.bare(p.label());
        String key = Figures.indicatorKey(p.fact(), words);
        return !label.contains("分别") && key != null && TextForms.holdsTwoCharactersOf(label, key);
    }

    /** Between reports: one indicator, region and absolute period, or the same wording. */
    List<Finding> betweenDocuments(List<DocumentView> docs) {
        Map<String, Map<String, Placed>> groups = new TreeMap<>();
        for (DocumentView d : docs) {
            for (Placed p : d.placed()) {
                Measure m = Measure.of(p, words);
                if (m != null) {
                    groups.computeIfAbsent("i|" + resultGroup(m, p), x -> new TreeMap<>()).putIfAbsent(d.doc(), p);
                    // 7309.6千公顷 in a bulletin and 10964.4万亩 in a newspaper are one area: a quantity in a unit of
                    // check_unit_conversions.tsv (公顷 and 吨 too, the bases) meets the others in its base unit as well, and in
                    // its own unit's group first, so that a report's 亿斤 meets another's 亿斤 before its 万吨
                    Measure base = m.inBaseUnit(p.fact(), words);
                    if (base != m) {
                        groups.computeIfAbsent("b|" + resultGroup(base, p), x -> new TreeMap<>()).putIfAbsent(d.doc(), p);
                    }
                }
                String w = wording(p);
                if (w != null) {
                    groups.computeIfAbsent("w|" + w, x -> new TreeMap<>()).putIfAbsent(d.doc(), p);
                }
            }
        }
        List<Finding> out = new ArrayList<>();
        for (var e : groups.entrySet()) {
            Map<String, Placed> byDoc = e.getValue();
            if (byDoc.size() < 2) {
                continue;
            }
            boolean byWording = e.getKey().startsWith("w|");
            List<Placed> reps = new ArrayList<>(byDoc.values());
            Placed first = reps.get(0);
            for (int i = 1; i < reps.size(); i++) {
                Placed other = reps.get(i);
                Fact a = first.fact();
                Fact b = other.fact();
                Comparison c = compare(a, b);
                if (c.agree && byWording && !sameStatement(a, b)) {
                    continue;
                }
                if (!c.agree && mayBeTwoThings(first, other, byWording)) {
                    continue;
                }
                if (!c.agree && !byWording && !java.util.Objects.equals(Figures.indicatorKey(a, words), Figures.indicatorKey(b, words))) {
                    continue; // two names of one indicator (GDP, 生产总值) may be two definitions or two releases: only agreement is told
                }
                if (!c.agree && Measure.statusOf(a) != Measure.statusOf(b)) {
                    continue; // an estimate (预计, a January report) revised in the bulletin is no error: only agreement is told
                }
                if (!c.agree && Measure.statusOf(a) == org.govfacts.fact.Status.TARGET && a.qualifier() != b.qualifier()) {
                    // 增长4%左右 in one report, 增长4.8% in another that 报告提出 also calls a goal: a goal is said with its
                    // bound or its 左右 each time it is set, so a bare figure beside it is likely the result; only agreement is told
                    continue;
                }
                String what = describe(a, first) + " for " + a.regionNorm() + ", " + a.periodNorm() + (byWording ? ", in the same words," : ",");
                if (c.agree) {
                    out.add(new Finding(FindingKind.CROSS_DOCUMENT, Verdict.CONSISTENT, List.of(a, b), c.expected, c.stated,
                            c.tolerance, c.unit, what + " is " + c.shownA + " in " + a.doc() + " and " + c.shownB + " in "
                                    + b.doc() + ": they agree."));
                } else {
                    out.add(new Finding(FindingKind.CROSS_DOCUMENT, Verdict.INCONSISTENT, List.of(a, b), c.expected, c.stated,
                            c.tolerance, c.unit, what + " is " + c.shownA + " in " + a.doc() + " but " + c.shownB + " in "
                                    + b.doc() + BreakdownCheck.allowance(c.tolerance, c.unit) + ". Compared because: "
                                    + why(first, other, !byWording) + "."));
                }
            }
        }
        return out;
    }

    /** Why two figures are the same thing: their shared measure, or their shared wording. */
    private String why(Placed a, Placed b, boolean sameIndicator) {
        Measure m = Measure.of(a, words);
        if (sameIndicator && m != null) {
            return m.why();
        }
        Fact f = a.fact();
        return "both stand in the same wording (“" + TextForms.light(a.sentence().text()).strip() + "” but for its figures), at the same place in it,"
                + " for the same place " + f.regionNorm() + " and period " + f.periodNorm() + ", both " + Measure.statusWord(Measure.statusOf(f));
    }

    /** The figure's name for a message: its indicator, else the words before it. */
    static String describe(Fact f, Placed p) {
        String name = f.indicator() != null ? TextForms.light(f.indicator()) : p == null ? null : TextForms.bare(p.label());
        String indicator = name == null || name.isEmpty() ? "The figure" : "“" + name + "”";
        return f.type() == FactType.RANKING ? "The ranking of " + indicator : indicator;
    }

    /** Whether {@code coarse} is {@code fine} with its last digits dropped (428 of 428.56, 5140 of 5140.60): one unit of
     * the coarse figure above it, not half. */
    private static boolean cutOff(Fact coarse, Fact fine) {
        if (coarse.value() == null || fine.value() == null || coarse.value() <= 0 || coarse.qualifier() != null
                || fine.qualifier() != null || !Objects.equals(coarse.unit(), fine.unit())) {
            return false;
        }
        double unit = 2 * Amounts.interval(coarse).halfWidth();
        return unit > 2 * Amounts.interval(fine).halfWidth() && fine.value() >= coarse.value() && fine.value() < coarse.value() + unit;
    }

    /** Two statements of one quantity: do they agree, and by how much do they differ. */
    record Comparison(boolean agree, Double expected, Double stated, double tolerance, String unit, String shownA, String shownB) {
    }

    Comparison compare(Fact a, Fact b) {
        if (a.type() == FactType.RANKING) {
            boolean agree = Objects.equals(a.rank(), b.rank()) && Objects.equals(a.top(), b.top());
            return new Comparison(agree, Figures.number(a), Figures.number(b), 0, "rank", rankText(a), rankText(b));
        }
        Double ma = Figures.months(a, words);
        Double mb = Figures.months(b, words);
        if (ma != null && mb != null) {
            double ka = ma / a.value();
            double kb = mb / b.value();
            Interval ia = Amounts.interval(a).times(ka);
            Interval ib = Amounts.interval(b).times(kb);
            return new Comparison(ia.meets(ib), ma, mb, ia.halfWidth() + ib.halfWidth(), "月",
                    TextForms.light(a.text()) + durationInMonths(a, ma), TextForms.light(b.text()) + durationInMonths(b, mb));
        }
        if (converts(a, b)) {
            // 67.78万公顷 and 1016.72万亩: one area in two units, compared in the base unit (check_unit_conversions.tsv)
            double perA = conversion(a).per();
            double perB = conversion(b).per();
            Interval ia = Amounts.interval(a).times(1 / perA);
            Interval ib = Amounts.interval(b).times(1 / perB);
            String base = conversion(a).base();
            return new Comparison(ia.meets(ib), a.value() / perA, b.value() / perB, ia.halfWidth() + ib.halfWidth(), base,
                    TextForms.light(a.text()), TextForms.light(b.text()) + " (" + Amounts.format(b.value() / perB) + base + ")");
        }
        Interval ia = Amounts.interval(a);
        Interval ib = Amounts.interval(b);
        if (a.qualifier() == Qualifier.ABOUT && b.qualifier() == Qualifier.ABOUT) {
            // 6.5%左右 and 6%左右 are two different statements of one goal: a figure given with 左右 is a round
            // figure chosen, not a measurement rounded, and 左右 hedges the outcome, not the figure
            ia = Interval.point(a.value());
            ib = Interval.point(b.value());
        }
        double scale = Amounts.displayScale(a);
        return new Comparison(ia.meets(ib), a.value() / scale, b.value() / scale, (ia.halfWidth() + ib.halfWidth()) / scale,
                Amounts.displayUnit(a), Amounts.show(a.value(), a) + RateCheck.boundWord(a), Amounts.show(b.value(), a) + RateCheck.boundWord(b));
    }

    private static String durationInMonths(Fact f, double months) {
        String unit = f.unit() == null ? "" : TextForms.light(f.unit());
        return unit.equals("月") || unit.equals("个月") ? "" : " (" + Amounts.format(months) + "个月)";
    }

    private static String rankText(Fact f) {
        if (f.rank() != null) {
            return "No. " + f.rank() + (f.scope() == null ? "" : " in " + TextForms.light(f.scope()));
        }
        return f.top() != null ? "top " + f.top() + (f.scope() == null ? "" : " in " + TextForms.light(f.scope())) : TextForms.light(f.text());
    }
}
