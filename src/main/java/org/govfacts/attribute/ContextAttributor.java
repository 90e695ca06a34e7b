package org.govfacts.attribute;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.govfacts.extract.FoundFact;
import org.govfacts.fact.Basis;
import org.govfacts.fact.FactType;
import org.govfacts.lexicon.Lexicon;
import org.govfacts.segment.Token;
import org.govfacts.text.AnalyzedText;
import org.govfacts.text.Sentence;

/**
 * Attributes to each numeric finding the indicator it measures and the period that scopes it.
 *
 * <p>Indicator: the phrase before the figure in its clause (after the previous figure, if any),
 * trimmed by {@link IndicatorPhrase}; a count followed by the thing counted (35家“倍增工程”企业)
 * takes the phrase after it; a growth rate takes its subject (工业投资增长32%), a contribution the
 * phrase between 拉动 and 增长, a comparison (高于全省平均水平4.3个百分点) and a figure with no
 * subject of its own (，同比增长29.2%) the indicator of the figure before it in the sentence.
 *
 * <p>Period: the nearest time expression before the figure in its sentence, else the nearest one
 * earlier in its paragraph (a line that does not end a sentence continues into the next line),
 * else the first one after the figure in its clause.
 */
public final class ContextAttributor {
    private static final List<String> DURATION_VERBS = List.of("用时", "历时", "耗时", "缩短", "压缩", "压减",
            "周期", "至", "到", "开工");
    private final IndicatorPhrase phrases;
    /** indicator-synonyms.tsv: a bare later item of a list takes the first item's modifier only to make one of these. */
    private final org.govfacts.lexicon.IndicatorNames indicatorNames;
    private final PeriodFinder periods;
    private final SectionRelativePeriods sectionRelative;
    /** period-point-openers.txt: 截至, which leads up to the point in time a sentence opens with. */
    private final List<String> pointOpeners;
    /** period-cause-cues.txt: words that open a reason (原因, 由于), whose periods date no later clause group's figures. */
    private final List<String> causeCues;
    /** period-streak-words.txt: words that open a streak (连续五年高于…), a period of its own clause only. */
    private final List<String> streakWords;
    /** caption-heads.txt: words that open the caption of a chart or table (图1, 表2). */
    private final List<String> captionHeads;
    /** caption-ends.txt: words that end the caption of a chart without a number (…地区生产总值统计图). */
    private final List<String> captionEnds;
    private final org.govfacts.lexicon.BreakdownHeadings breakdownHeadings;
    /** 高于, 低于 …: words that set a figure against the one after them (comparison-words.tsv). */
    private final List<String> comparisonWords;
    /** Heads that end what a count counts when a rate's name follows at once (indicator-counted-heads.txt). */
    private final List<String> countedHeads;
    private final List<String> growthCues;
    /** Words of a change of a level (change-cues.txt): after a comparison's base figure, before the change. */
    private final List<String> changeCues;

    private final List<String> objectVerbs;
    /** indicator-threshold-words.txt: a mark a level passes (突破160亿斤大关), named after it; no indicator. */
    private final List<String> thresholdWords;
    private final org.govfacts.lexicon.Gazetteer gazetteer;
    /** indicator-predicates.txt: phrases that say something of the subject before them (稳居全国前十强). */
    private final List<java.util.regex.Pattern> predicates = new ArrayList<>();
    /** indicator-plan-shares.txt: the indicator of a share of a plan done (为预算, 完成年度计划), passed over by a growth. */
    private final List<java.util.regex.Pattern> planShares;

    /** @param periods the finder of time expressions, shared with the resolve stage (built once: it is costly) */
    public ContextAttributor(Lexicon lexicon, PeriodFinder periods) {
        this.indicatorNames = lexicon.indicatorNames();
        this.objectVerbs = lexicon.words("indicator-object-verbs");
        this.thresholdWords = lexicon.words("indicator-threshold-words");
        this.gazetteer = lexicon.gazetteer();
        for (String p : lexicon.words("indicator-predicates")) {
            predicates.add(java.util.regex.Pattern.compile(p));
        }
        this.phrases = new IndicatorPhrase(lexicon);
        this.periods = periods;
        this.sectionRelative = new SectionRelativePeriods(lexicon);
        this.streakWords = lexicon.words("period-streak-words");
        this.causeCues = lexicon.words("period-cause-cues");
        List<String> openers = new java.util.ArrayList<>(lexicon.words("period-point-openers"));
        openers.sort(java.util.Comparator.comparingInt(String::length).reversed());
        this.pointOpeners = List.copyOf(openers);
        this.captionHeads = lexicon.words("caption-heads");
        this.captionEnds = lexicon.words("caption-ends");
        this.changeCues = lexicon.words("change-cues");
        // rate-cues.tsv's growth words of two characters or more (增长, 年增, 衰退): a single 增 or 减 may be inside a
        // name (新增就业, 增加值) and is not cut at, nor a rate's own noun (人口自然增长率, 经济成长率)
        this.growthCues = lexicon.growthCues(null).stream().filter(w -> w.length() >= 2 && !w.endsWith("率")).toList();
        this.breakdownHeadings = lexicon.breakdownHeadings();
        this.comparisonWords = List.copyOf(lexicon.comparisonWords().keySet());
        this.countedHeads = List.copyOf(lexicon.words("indicator-counted-heads"));
        this.planShares = lexicon.words("indicator-plan-shares").stream().map(java.util.regex.Pattern::compile).toList();
    }

    public List<Attribution> attribute(AnalyzedText text, List<FoundFact> findings) {
        String t = text.text();
        PeriodFinder.Found all = periods.findAll(t);
        List<PeriodFinder.Period> found = all.periods();
        // a streak (粮食产量连续9年稳定在…) says how long a state lasted, so it governs no paragraph after it
        java.util.NavigableMap<Integer, String> governing = governingPeriods(t, found.stream().filter(p -> !isStreak(p)).toList(),
                sectionRelative, this::isCaption, this::isBreakdownHeading);
        List<Attribution> out = new ArrayList<>(findings.size());
        List<String> indicators = new ArrayList<>(findings.size());
        for (int i = 0; i < findings.size(); i++) {
            FoundFact f = findings.get(i);
            if (f.type() == FactType.PROJECT) {
                out.add(Attribution.NONE);
                indicators.add(null);
                continue;
            }
            Sentence s = text.sentenceAt(f.start());
            String indicator = indicator(text, findings, indicators, i, s, found);
            indicators.add(indicator);
            PeriodFinder.Period scope = comparisonBaseOf(t, all.comparisonBases(), f, s);
            boolean comparisonBase = scope != null;
            if (scope == null) {
                scope = period(text, found, f, s, findings);
            }
            if (scope == null && governing.floorEntry(f.start()).getValue() == null) {
                scope = yearOfListedChange(t, found, f); // a time the section names (过去五年，…) is left to it
            }
            String period = scope != null ? scope.text() : governing.floorEntry(f.start()).getValue();
            // 由上年的8.5%调整为8.0%: the start of a change ending in its passage's year is of the year before that one (a budget's
            // 上年…收入29.71亿元 is the report's last year, read against the report's date)
            // (涨幅略高于上年的1.5%: so is the figure a result of the passage's year is set against)
            boolean startOrBase = scope != null && sectionRelative.countsFromPassage(scope.text()) && scope.start() > 0
                    && (t.charAt(scope.start() - 1) == '由' || comparisonBase);
            String context = scope != null && (sectionRelative.namesNoYear(scope.text()) || startOrBase)
                    ? passagePeriod(t, found, scope, governing) : null;
            out.add(new Attribution(indicator, period, context));
        }
        datedByLead(t, findings, out);
        return out;
    }

    // ---- indicator ---------------------------------------------------------------------------

    /** The text of {@code [from, to)} with the time expressions in it left out. */
    private static String withoutPeriods(String t, int from, int to, List<PeriodFinder.Period> periods) {
        StringBuilder b = new StringBuilder(Math.max(0, to - from));
        int at = from;
        for (PeriodFinder.Period p : periods) {
            if (p.end() <= from) {
                continue;
            }
            if (p.start() >= to) {
                break;
            }
            if (p.start() > at) {
                b.append(t, at, p.start());
            }
            at = Math.max(at, p.end());
        }
        if (at < to) {
            b.append(t, at, to);
        }
        return b.toString();
    }

    /** (原计划提高, (计划降低: a plan in brackets right after a result, for the same measure. */
    private static final java.util.regex.Pattern PLAN_IN_BRACKETS = java.util.regex.Pattern.compile(
            "\\s*[(（](?:原|原定|年初|年度)?计划(?:提高|增长|降低|下降|增加|减少|为|是)?\\s*");

    /** Words that name a measure of something else (增幅 of what?): they take the indicator before them. */
    private static final Set<String> MEASURE_WORDS = Set.of("增速", "增幅", "增长率", "总量", "占比", "比重", "排名", "位次");

    private String indicator(AnalyzedText text, List<FoundFact> findings, List<String> indicators, int i, Sentence s,
                             List<PeriodFinder.Period> periodsFound) {
        if (i > 0 && indicators.get(i - 1) != null && findings.get(i - 1).type() != FactType.PROJECT
                && findings.get(i - 1).end() <= findings.get(i).start()
                && PLAN_IN_BRACKETS.matcher(text.text().substring(findings.get(i - 1).end(), findings.get(i).start())).matches()) {
            return indicators.get(i - 1); // 比上年提高约26%(原计划提高18.6%): the plan for what the figure before measures
        }
        String found = bareIndicator(text, findings, indicators, i, s, periodsFound);
        if (found != null && MEASURE_WORDS.contains(found)) {
            // 固定资产投资年均增长6.3%，增幅连续4年居全国前十: the 增幅 of 固定资产投资
            String previous = previousIndicator(text.text(), findings, indicators, i, s);
            if (previous != null && !previous.endsWith(found)) {
                return previous + found;
            }
        }
        return found;
    }

    private String bareIndicator(AnalyzedText text, List<FoundFact> findings, List<String> indicators, int i, Sentence s,
                                 List<PeriodFinder.Period> periodsFound) {
        String t = text.text();
        FoundFact f = findings.get(i);
        int clause = clauseStart(t, f.start(), s.start(), f.type() == FactType.GROWTH);
        int from = clause;
        FoundFact prevInClause = null;
        for (int j = i - 1; j >= 0; j--) {
            FoundFact p = findings.get(j);
            if (p.type() == FactType.PROJECT || p.end() > f.start()) {
                continue;
            }
            if (p.end() > from) {
                from = p.end();
                prevInClause = p;
            }
            break;
        }
        String raw = withoutPeriods(t, from, f.start(), periodsFound);
        String previous = previousIndicator(text.text(), findings, indicators, i, s);
        String respective = respectively(t, findings, i, s, periodsFound);
        if (respective != null) {
            return respective;
        }
        switch (f.type()) {
            case GROWTH -> {
                String beforePlanShare = "%".equals(f.unit()) ? previousIndicator(t, findings, indicators, i, s, this::isPlanShare) : null;
                if (beforePlanShare != null) {
                    previous = beforePlanShare; // 为预算的102.3%，增长8.5%: the growth of the revenue, not of its share of the budget
                }
                if (f.basis() == Basis.VS_BENCHMARK && previous != null) {
                    return previous;
                }
                if (f.basis() == Basis.CONTRIBUTION) {
                    int k = raw.lastIndexOf("拉动");
                    if (k >= 0) {
                        String c = phrases.clean(cutAtGrowthCue(raw.substring(k + 2)));
                        if (c.length() >= 2) {
                            return c;
                        }
                    }
                }
                String c = phrases.clean(cutAtGrowthCue(raw));
                if (c.length() >= 2 && !c.equals("高于") && !c.startsWith("高于") && !c.startsWith("低于") && !isPredicate(c)) {
                    return c;
                }
                return previous != null ? previous : fallbackPreviousClause(t, clause, s);
            }
            case RATIO, RANKING -> {
                String c = phrases.clean(raw);
                if (c.length() >= 2) {
                    return c;
                }
                if (previous != null) {
                    return previous;
                }
                return fallbackPreviousClause(t, clause, s);
            }
            default -> {
                String before = phrases.clean(raw);
                String after = phraseAfter(text, findings, i, s);
                if (after != null && (thresholdWords.contains(after) || !gazetteer.lookup(after).isEmpty())) {
                    // 首次突破160亿斤大关: the mark passed; 粮食产量达163.3亿斤通辽 (a site's name run on): a place; neither is measured
                    after = null;
                }
                boolean countedNounFollows = after != null && followedByNoun(text, f.end());
                boolean useAfter;
                if (f.type() == FactType.MONEY) {
                    // 设立1000万元技改引导资金: the fund named after; 的9323.1亿元增加…: no name after, look back
                    useAfter = (before.length() < 2 || allVerbs(text, from, f.start())) && followedByNoun(text, f.end());
                } else if (f.unit() != null && isDuration(f.unit())) {
                    useAfter = after != null && !endsWithAny(before, DURATION_VERBS);
                } else {
                    useAfter = countedNounFollows || before.length() < 2 || allVerbs(text, from, f.start())
                            || after != null && endsWithAny(before, objectVerbs);
                }
                if (useAfter && after != null && after.length() >= 2) {
                    return after;
                }
                if (before.length() >= 2) {
                    return before;
                }
                if (after != null && after.length() >= 2) {
                    return after;
                }
                return previous;
            }
        }
    }

    /** A phrase that says something of the subject before it (稳居全国前十强): no subject of its own. */
    private boolean isPredicate(String phrase) {
        for (java.util.regex.Pattern p : predicates) {
            if (p.matcher(phrase).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDuration(String unit) {
        return unit.equals("月") || unit.equals("年") || unit.equals("天") || unit.equals("工作日") || unit.equals("小时")
                || unit.equals("分钟") || unit.equals("周年");
    }

    private static boolean endsWithAny(String s, List<String> words) {
        for (String w : words) {
            if (s.endsWith(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * 进口货值、免签入境游客、离岛免税销售额分别增长38.9%、64%、13%: with 分别, the n-th figure of
     * the list belongs to the n-th item named before it, when the counts agree.
     */
    private String respectively(String t, List<FoundFact> findings, int i, Sentence s, List<PeriodFinder.Period> periods) {
        FoundFact f = findings.get(i);
        int clause = clauseStart(t, f.start(), s.start(), true);
        int k = lastRespectively(t, clause, f.start());
        if (k < 0) {
            return null;
        }
        int index = 0;
        int count = 0;
        int clauseEnd = clauseEnd(t, k, s.end());
        for (FoundFact other : findings) {
            if (other.type() == FactType.PROJECT || other.start() < k || other.start() >= clauseEnd) {
                continue;
            }
            if (other.start() < f.start()) {
                index++;
            }
            count++;
        }
        // 增长5.6%财政总收入、一般公共预算收入分别达到…: in a text that lost its comma the items are named
        // after the last figure before 分别; the whole clause is read when that names too few
        int from = clause;
        for (FoundFact other : findings) {
            if (other.type() != FactType.PROJECT && other.start() >= clause && other.end() <= k) {
                from = Math.max(from, other.end());
            }
        }
        String[] items = withoutPeriods(t, from, k, periods).split("[" + org.govfacts.text.Clauses.LIST_JOINERS + "]");
        if (items.length != count) {
            items = withoutPeriods(t, clause, k, periods).split("[" + org.govfacts.text.Clauses.LIST_JOINERS + "]");
        }
        if (items.length < 2 && t.substring(clause, k).isBlank()) {
            // …分别为78.5亿元、147.5亿元和109.0亿元，分别增长2.5%、16.0%和14.0%: a 分别 clause naming nothing
            // goes on with the items of the 分别 clause before it in the sentence, when it lists as many figures
            items = itemsOfEarlierRespectively(t, findings, clause, s, periods, count);
        }
        if (items.length < 2 || items.length != count) {
            return null;
        }
        // 其中第一、二、三产业增加值: the items without their fillers (其中), so that 第一 lends 第 and takes 产业增加值
        String first = cleanedOr(items[0]);
        String own = cleanedOr(items[index]);
        String item = phrases.clean(withHead(withListPrefix(own, first), withListPrefix(cleanedOr(items[items.length - 1]), first)));
        if (index > 0) {
            item = withModifier(item, phrases.clean(items[0]));
        }
        return item.length() >= 2 ? item : null;
    }

    /**
     * Where the last 分别 that starts in {@code [from, to)} stands, or -1: searched within the clause only, since a search
     * back from the figure with no bound would cross the whole text for every figure.
     */
    private static int lastRespectively(String t, int from, int to) {
        for (int j = Math.min(to, t.length()) - 1; j >= from; j--) {
            if (t.startsWith("分别", j)) {
                return j;
            }
        }
        return -1;
    }

    /**
     * 规模以上工业总产值、增加值分别增长4%和0.5%: a bare later item (增加值) shares the modifier of the first
     * (规模以上工业), but only where that makes a known indicator (规模以上工业增加值): the split of the first
     * item is not otherwise known (工业总产值、利润 is not 工业总利润).
     */
    private String withModifier(String item, String first) {
        if (item.length() > 4 || first.length() <= item.length() || first.contains(item)) {
            return item;
        }
        for (int j = first.length() - 1; j >= 2; j--) {
            String candidate = first.substring(0, j) + item;
            if (indicatorNames.find(candidate).isPresent()) {
                return candidate;
            }
        }
        return item;
    }

    private String[] itemsOfEarlierRespectively(String t, List<FoundFact> findings, int clause, Sentence s,
                                                List<PeriodFinder.Period> periods, int count) {
        int k = clause <= s.start() ? -1 : t.lastIndexOf("分别", clause - 1);
        if (k < s.start()) {
            return new String[0];
        }
        int start = clauseStart(t, k, s.start(), true);
        int end = clauseEnd(t, k, s.end());
        int figures = 0;
        for (FoundFact other : findings) {
            if (other.type() != FactType.PROJECT && other.start() >= k && other.start() < end) {
                figures++;
            }
        }
        return figures == count ? withoutPeriods(t, start, k, periods).split("[" + org.govfacts.text.Clauses.LIST_JOINERS + "]") : new String[0];
    }

    private String cleanedOr(String item) {
        String c = phrases.clean(item);
        return c.isEmpty() ? item : c;
    }

    /** 第一、二、三产业: a later item that starts with a bare numeral (二, 三产业) takes the first item's prefix (第). */
    static String withListPrefix(String item, String first) {
        String it = item.strip();
        String f = first.strip();
        if (it.isEmpty() || !isNumeral(it.charAt(0)) || f.length() < 2 || f.length() > 3 || !isNumeral(f.charAt(f.length() - 1))
                || it.equals(f)) {
            return item;
        }
        String prefix = f.substring(0, f.length() - 1);
        return it.startsWith(prefix) ? item : prefix + it;
    }

    private static boolean isNumeral(char c) {
        return "一二三四五六七八九十".indexOf(c) >= 0;
    }

    /**
     * 一、二、三产业增加值 / 国家级、部级创新平台: a short item shares the head of the last item —
     * what follows its own last character there, or else what follows a prefix of its length.
     */
    static String withHead(String item, String last) {
        String it = item.strip();
        String l = last.strip();
        if (it.length() > 3 || l.length() <= it.length() + 1 || it.equals(l) || it.isEmpty()) {
            return item;
        }
        int k = l.indexOf(it.charAt(it.length() - 1));
        if (k < 0 && isNumeral(it.charAt(it.length() - 1)) && isNumeral(l.charAt(0))) {
            k = 0; // 第一 … 三产业: the head follows the last item's numeral
        }
        return it + (k >= 0 && k + 1 < l.length() ? l.substring(k + 1) : l.substring(it.length()));
    }

    /** The indicator of the nearest numeric finding before {@code i} in the same sentence. */
    private static String previousIndicator(String t, List<FoundFact> findings, List<String> indicators, int i, Sentence s) {
        return previousIndicator(t, findings, indicators, i, s, ind -> false);
    }

    /** As above, passing over the findings whose indicator {@code passOver} accepts. */
    private static String previousIndicator(String t, List<FoundFact> findings, List<String> indicators, int i, Sentence s,
                                            java.util.function.Predicate<String> passOver) {
        for (int j = i - 1; j >= 0; j--) {
            FoundFact p = findings.get(j);
            if (p.start() < s.start()) {
                return null;
            }
            String ind = indicators.get(j);
            if (p.type() != FactType.PROJECT && ind != null && !asideBefore(t, s.start(), p, findings.get(i)) && !passOver.test(ind)) {
                return ind;
            }
        }
        return null;
    }

    /** Whether an indicator names a share of a plan done, or the plan it names (indicator-plan-shares.txt). */
    private boolean isPlanShare(String indicator) {
        return planShares.stream().anyMatch(ps -> ps.matcher(indicator).matches());
    }

    /**
     * Whether {@code p} stands in brackets that close before {@code f}: 人均纯收入11184元(约新台币5.5万元)，
     * 增长12.2% — the growth is of the figure before the brackets, not of the conversion inside them.
     */
    private static boolean asideBefore(String text, int sentenceStart, FoundFact p, FoundFact f) {
        int ps = p.start();
        int pe = p.end();
        int fs = f.start();
        if (ps < sentenceStart || fs > text.length() || pe > fs) {
            return false;
        }
        int open = Math.max(text.lastIndexOf('(', ps), text.lastIndexOf('（', ps));
        if (open < sentenceStart) {
            return false;
        }
        int closeBefore = Math.max(text.lastIndexOf(')', ps), text.lastIndexOf('）', ps));
        if (closeBefore > open) {
            return false;
        }
        String after = text.substring(pe, fs);
        return after.indexOf(')') >= 0 || after.indexOf('）') >= 0;
    }

    /** The growth verb and what follows it are not part of the indicator: 工业投资增长 → 工业投资. */
    private String cutAtGrowthCue(String raw) {
        // the cue that ends last, the longest of those (居民消费价格|上涨幅度, not 上|涨幅; 比上年|增长, not 比上|年增); a cue at
        // the very start (年增百分之五点四 after a level's clause) leaves no indicator, and the previous one is taken
        int cut = -1;
        int end = -1;
        for (int k = raw.length() - 2; k >= 0; k--) {
            String cue = growthCueAt(raw, k);
            if (cue != null && k + cue.length() >= end) {
                cut = k;
                end = k + cue.length();
            }
        }
        return cut < 0 ? raw : raw.substring(0, cut);
    }

    /** The growth cue starting at {@code k} that is no part of a noun (增加值, 增长量), or null. */
    private String growthCueAt(String raw, int k) {
        for (String cue : growthCues) {
            if (raw.startsWith(cue, k)) {
                int after = k + cue.length();
                boolean partOfNoun = after < raw.length() && (raw.charAt(after) == '值' || raw.charAt(after) == '率'
                        || raw.charAt(after) == '量');
                if (!partOfNoun) {
                    return cue;
                }
            }
        }
        return null;
    }

    /** The phrase naming what a count counts, right after it (35家“倍增工程”企业 → “倍增工程”企业). */
    private String phraseAfter(AnalyzedText text, List<FoundFact> findings, int i, Sentence s) {
        String t = text.text();
        int start = findings.get(i).end();
        int limit = Math.min(s.end(), start + 24);
        FoundFact next = null;
        for (int j = i + 1; j < findings.size(); j++) {
            FoundFact n = findings.get(j);
            if (n.type() != FactType.PROJECT && n.start() >= start) {
                limit = Math.min(limit, n.start());
                next = n;
                break;
            }
        }
        int end = start;
        while (end < limit) {
            char c = t.charAt(end);
            if (c == '，' || c == '；' || c == '。' || c == '：' || c == '、' || c == '(' || c == '（' || c == ')' || c == '）'
                    || c == '\n' || c == ',' || c == ';') {
                break;
            }
            end++;
        }
        String p = IndicatorPhrase.strip(t.substring(start, end));
        if (next != null && next.type() == FactType.RATIO && end == next.start()) {
            p = countedHead(p);
        }
        return p.isEmpty() ? null : p;
    }

    /**
     * 820个基础设施项目年度计划投资完成率63.35%: the words after a count run on into the name of the rate right after them;
     * the count is of what ends at the last head (基础设施项目), the rest names the rate.
     */
    private String countedHead(String phrase) {
        int cut = -1;
        for (String head : countedHeads) {
            int at = phrase.lastIndexOf(head);
            if (at > 0 && at + head.length() < phrase.length()) {
                cut = Math.max(cut, at + head.length());
            }
        }
        return cut > 0 ? phrase.substring(0, cut) : phrase;
    }

    private static boolean followedByNoun(AnalyzedText text, int offset) {
        String t = text.text();
        if (offset >= t.length()) {
            return false;
        }
        char c = t.charAt(offset);
        if (c == '“' || c == '"') {
            return true;
        }
        int k = text.tokenIndexAt(offset);
        if (k >= text.tokens().size()) {
            return false;
        }
        Token tok = text.tokens().get(k);
        if (tok.start() != offset) {
            return false;
        }
        if (isNounLike(tok.pos())) {
            return true;
        }
        // a modifier (高标准农田, 省级智能工厂) followed by a noun
        boolean modifier = tok.pos().startsWith("a") || tok.pos().equals("b") || tok.pos().equals("d") && tok.word().length() > 1;
        return modifier && k + 1 < text.tokens().size() && isNounLike(text.tokens().get(k + 1).pos());
    }

    private static boolean isNounLike(String pos) {
        return pos.startsWith("n") || pos.equals("vn") || pos.equals("b") || pos.startsWith("g")
                || pos.equals("j") || pos.equals("l") || pos.equals("i");
    }

    /** True when the text between is nothing but verbs (设立 1000 万元…资金: the noun follows). */
    private static boolean allVerbs(AnalyzedText text, int from, int to) {
        int k = text.tokenIndexAt(from);
        boolean any = false;
        for (; k < text.tokens().size(); k++) {
            Token tok = text.tokens().get(k);
            if (tok.start() >= to) {
                break;
            }
            if (tok.word().isBlank()) {
                continue;
            }
            if (!tok.pos().startsWith("v") || tok.pos().equals("vn")) {
                return false;
            }
            any = true;
        }
        return any;
    }

    /** A ranking or rate standing alone in its clause (，居全省第1位) is about the clause before. */
    private String fallbackPreviousClause(String t, int clause, Sentence s) {
        if (clause <= s.start()) {
            return null;
        }
        int end = clause - 1;
        int start = clauseStart(t, end, s.start(), false);
        String c = phrases.clean(cutAtGrowthCue(t.substring(start, end)));
        c = stripTrailingVerbs(c);
        return c.length() >= 2 ? c : null;
    }

    private static String stripTrailingVerbs(String c) {
        for (String v : List.of("持续领跑", "领跑", "领先", "持续", "保持")) {
            if (c.endsWith(v) && c.length() > v.length() + 1) {
                return c.substring(0, c.length() - v.length());
            }
        }
        return c;
    }

    /** Start of the clause holding {@code at}; '、' ends a clause except inside a growth list. */
    static int clauseStart(String t, int at, int floor, boolean growth) {
        for (int i = at - 1; i >= floor; i--) {
            char ch = t.charAt(i);
            if (ch == ')' || ch == '）') {
                // a parenthesis inside a noun phrase (省级智能工厂(车间)) does not end the clause
                int open = matchingOpen(t, i, floor);
                if (open >= 0) {
                    i = open;
                    continue;
                }
                return i + 1;
            }
            if (org.govfacts.text.Clauses.endsClause(ch) || ch == '(' || ch == '（' || ch == '、' && !growth) {
                return i + 1;
            }
        }
        return floor;
    }

    private static int matchingOpen(String t, int close, int floor) {
        int depth = 0;
        for (int i = close; i >= floor && close - i < 30; i--) {
            char ch = t.charAt(i);
            if (ch == ')' || ch == '）') {
                depth++;
            } else if (ch == '(' || ch == '（') {
                if (--depth == 0) {
                    return i;
                }
            } else if (ch == '。' || ch == '；' || ch == '\n') {
                return -1; // an aside may hold a comma (按1990年不变价，下同), never a sentence's or a group's end
            }
        }
        return -1;
    }

    // ---- period ------------------------------------------------------------------------------

    /** How many characters of words may stand between a comparison's base period and the base figure. */
    private static final int BASE_FIGURE_REACH = 12;

    /**
     * 比2016年末常住人口5885万人增加17万人, 比上年同期的5.2%提高0.3个百分点: a figure right after a comparison's base period,
     * with only words between them and a change word after it (change-cues.txt), is the base itself and of that period.
     */
    private PeriodFinder.Period comparisonBaseOf(String t, List<PeriodFinder.Period> bases, FoundFact f, Sentence s) {
        PeriodFinder.Period base = null;
        for (PeriodFinder.Period p : bases) {
            if (p.end() <= f.start() && p.start() >= s.start()) {
                base = p;
            }
        }
        if (base == null || f.start() - base.end() > BASE_FIGURE_REACH) {
            return null;
        }
        String between = t.substring(base.end(), f.start());
        for (int k = 0; k < between.length(); k++) {
            char c = between.charAt(k);
            if (Character.isDigit(c) || org.govfacts.text.Clauses.endsClause(c) || "、（(".indexOf(c) >= 0) {
                return null;
            }
        }
        if (changeCues.stream().anyMatch(between::contains)) {
            return null;
        }
        String beforeBase = t.substring(s.start(), base.start());
        if (between.equals("的") && comparisonWords.stream().anyMatch(beforeBase::endsWith)) {
            return base; // 涨幅略高于上年的1.5%: the figure the result is set against, of the year it names
        }
        int after = f.end();
        if (t.startsWith("的", after)) {
            after++;
        }
        for (String cue : changeCues) {
            if (t.startsWith(cue, after)) {
                return base;
            }
        }
        return null;
    }

    private PeriodFinder.Period period(AnalyzedText text, List<PeriodFinder.Period> periods, FoundFact f, Sentence s,
                                       List<FoundFact> findings) {
        PeriodFinder.Period respective = respectivePeriod(text.text(), periods, f, s, findings);
        if (respective != null) {
            return respective;
        }
        PeriodFinder.Period before = null;
        PeriodFinder.Period after = null;
        for (PeriodFinder.Period p : periods) {
            if (p.end() <= f.start() && p.start() >= s.start() && !belongsToAnEarlierFigure(text.text(), p, f, findings)
                    && !planYearOfAnEarlierClause(text.text(), p, f)
                    && !streakOfAnotherClause(text.text(), p, f, s)
                    && !(before != null && datesARelativeClause(text.text(), p, f))
                    && !inAReasonBefore(text.text(), p, f)) {
                before = p;
            } else if (p.start() >= f.end() && p.start() < s.end() && after == null) {
                after = p;
            }
        }
        if (before != null) {
            return before;
        }
        // 其中，农业产值由2.19亿元扩增至289.29亿元 after 由1949年的2.76亿元扩增至2018年的545.80亿元: parts of the change before it
        // change between the same years, which come before any period the paragraph opens with (other lists of changes try
        // them only after: a start read as an earlier year meets that year's reports, which may state it otherwise)
        PeriodFinder.Period listed = text.text().substring(s.start(), f.start()).strip().startsWith("其中")
                ? yearOfListedChange(text.text(), periods, f) : null;
        if (listed != null) {
            return listed;
        }
        // the period the paragraph opens with (五年来，…), else the nearest earlier in the paragraph,
        // or in the lines a broken paragraph continues from
        String t = text.text();
        int paragraphStart = paragraphStart(t, s.start());
        int first = paragraphStart;
        while (first < t.length() && (Character.isWhitespace(t.charAt(first)) || t.charAt(first) == '—')) {
            first++;
        }
        // a later sentence that opens on a period and a comma (…。二十年来，…) sets the time of the
        // sentences after it in place of the paragraph's opening period
        for (int k = periods.size() - 1; k >= 0; k--) {
            PeriodFinder.Period p = periods.get(k);
            if (p.end() > s.start()) {
                continue;
            }
            if (p.start() <= first) {
                break;
            }
            if ((commaAfter(t, p.end()) || anotherYearThanOpener(periods, p, first)) && isSentenceStart(t, afterUntil(t, p.start()), first)
                    && !sectionRelative.test(p.text()) && !isStreak(p)
                    && !(sinceStart(t, p) && laterPeriodBefore(periods, p, s.start()))) {
                return p;
            }
        }
        for (PeriodFinder.Period p : periods) {
            if (p.start() >= first && p.start() - first <= OPENER_REACH && p.end() <= s.start() && !isStreak(p) && !barePlanYear(p)
                    && !opensAChange(t, p)
                    && !belongsToAnEarlierFigure(t, p, f, findings) && !OBJECT_BEFORE.matcher(t.substring(first, p.start())).find()
                    && !(sinceStart(t, p) && laterPeriodBefore(periods, p, s.start()))) {
                return p;
            }
            if (p.start() > first + OPENER_REACH) {
                break;
            }
        }
        for (int k = periods.size() - 1; k >= 0; k--) {
            PeriodFinder.Period p = periods.get(k);
            if (p.end() <= s.start() && p.start() >= paragraphStart && !belongsToAnEarlierFigure(t, p, f, findings) && !isStreak(p)
                    && !barePlanYear(p)
                    && !opensAChange(t, p) && !inBreakdownSentence(t, p)) {
                return p;
            }
            if (p.end() <= paragraphStart) {
                break;
            }
        }
        if (after != null && after.start() < clauseEnd(t, f.end(), s.end())) {
            return after;
        }
        return null;
    }

    /** How far after the change that names the years a change without years may stand and still be between them. */
    private static final int LISTED_CHANGE_REACH = 300;

    /**
     * 地区生产总值从2011年的1520亿元增加到2016年的2243.1亿元；…城镇居民人均可支配收入从28993元增加到45794元: a change with
     * no years of its own, listed after one that names them (the nearest periods before it, 从 one year 到 another), is
     * between the same years: the figure after 从 is of the first, the one after 到 or 至 of the second. Null otherwise.
     */
    private static PeriodFinder.Period yearOfListedChange(String t, List<PeriodFinder.Period> periods, FoundFact f) {
        int clause = org.govfacts.text.Clauses.start(t, f.start());
        String before = t.substring(clause, f.start());
        int from = Math.max(before.lastIndexOf('从'), before.lastIndexOf('由'));
        if (from < 0) {
            return null;
        }
        boolean second = before.indexOf('到', from) >= 0 || before.indexOf('至', from) >= 0;
        if (!second && before.substring(from + 1).chars().anyMatch(Character::isDigit)) {
            return null; // 从2011年的1520亿元: the figure after 从 is the one right after it
        }
        PeriodFinder.Period last = null;
        PeriodFinder.Period previous = null;
        for (PeriodFinder.Period p : periods) {
            if (p.end() <= clause) {
                previous = last;
                last = p;
            }
        }
        if (last == null || previous == null || clause - last.end() > LISTED_CHANGE_REACH || !opensAChange(t, previous)) {
            return null;
        }
        String between = t.substring(previous.end(), last.start());
        String beforeLast = between.stripTrailing();
        if (!(beforeLast.endsWith("到") || beforeLast.endsWith("至"))) {
            return null; // the later year is where the change ends (扩增至2018年的), not the start of another change (…；支出由2012年的)
        }
        if (!ONE_YEAR.matcher(previous.text()).matches() || !ONE_YEAR.matcher(last.text()).matches() || between.indexOf('。') >= 0
                || between.indexOf('到') < 0 && between.indexOf('至') < 0) {
            return null;
        }
        return second ? last : previous;
    }

    /**
     * 上半年国内生产总值…。其中，一季度增长11.1%，二季度增长11.9%。分产业看，…: the parts of a period a sentence opening
     * on 其中 lists date its own figures only, not the sentences after it.
     */
    private static boolean inBreakdownSentence(String t, PeriodFinder.Period p) {
        int from = p.start();
        while (from > 0 && "。！？!?\n".indexOf(t.charAt(from - 1)) < 0) {
            from--;
        }
        return t.substring(from, p.start()).strip().startsWith("其中");
    }

    /** 今年以来, 二季度以来: a trend's starting point rather than the time its figures are of. */
    private static boolean sinceStart(String t, PeriodFinder.Period p) {
        return p.text().endsWith("以来") || t.startsWith("以来", p.end());
    }

    /**
     * 二季度以来，经济加速恢复。…上半年全省实现地区生产总值…。分产业看，…: a trend's starting point opens the
     * paragraph, but a period named after it, before the figure's sentence, dates the figures that follow.
     */
    private static boolean laterPeriodBefore(List<PeriodFinder.Period> periods, PeriodFinder.Period opener, int sentenceStart) {
        for (PeriodFinder.Period q : periods) {
            if (q.start() >= opener.end() && q.end() <= sentenceStart) {
                return true;
            }
        }
        return false;
    }

    /**
     * 一季度、上半年、前三季度、全年分别增长4.8%、7.3%、6.7%和6.9%: periods listed (and nothing else) before 分别
     * scope the figures after it in turn, when the counts agree; null otherwise.
     */
    private static PeriodFinder.Period respectivePeriod(String t, List<PeriodFinder.Period> periods, FoundFact f, Sentence s,
                                                       List<FoundFact> findings) {
        int clause = clauseStart(t, f.start(), s.start(), true);
        int k = lastRespectively(t, clause, f.start());
        if (k < 0) {
            return null;
        }
        List<PeriodFinder.Period> listed = new ArrayList<>();
        int at = clause;
        for (PeriodFinder.Period p : periods) {
            if (p.start() < clause || p.end() > k) {
                continue;
            }
            String gap = t.substring(at, p.start()).strip();
            boolean listMark = !listed.isEmpty() && gap.length() == 1 && org.govfacts.text.Clauses.LIST_JOINERS.indexOf(gap.charAt(0)) >= 0;
            if (!gap.isEmpty() && !listMark) {
                return null; // words other than the list's marks: the periods are not the list's items
            }
            listed.add(p);
            at = p.end();
        }
        if (listed.size() < 2 || !t.substring(at, k).isBlank()) {
            return null;
        }
        int end = clauseEnd(t, k, s.end());
        int index = -1;
        int count = 0;
        for (FoundFact other : findings) {
            if (other.type() == FactType.PROJECT || other.start() < k || other.start() >= end) {
                continue;
            }
            if (other == f) {
                index = count;
            }
            count++;
        }
        return count == listed.size() && index >= 0 ? listed.get(index) : null;
    }

    /** Whether the line {@code [first, end)} ends with a colon (trailing blanks aside): it leads into what follows. */
    private static boolean endsWithColon(String t, int first, int end) {
        int k = end;
        while (k > first && Character.isWhitespace(t.charAt(k - 1))) {
            k--;
        }
        return k > first && (t.charAt(k - 1) == '：' || t.charAt(k - 1) == ':');
    }

    /**
     * 产业结构由上年的16.5:14.8:68.7调整为…: a period after 由 or 从 dates the level a change starts from, in its own
     * sentence; it is not the time of the sentences after it.
     */
    private static boolean opensAChange(String t, PeriodFinder.Period p) {
        int i = p.start() - 1;
        while (i >= 0 && Character.isWhitespace(t.charAt(i))) {
            i--;
        }
        return i >= 0 && (t.charAt(i) == '由' || t.charAt(i) == '从');
    }

    /**
     * The period of the passage a period naming no year ({@code scope}: 全年, 年末, 上半年) stands in: the
     * nearest earlier period of its paragraph that names a year (2023年，…全年粮食总产量), else the period
     * governing its section; null where neither is known.
     */
    private String passagePeriod(String t, List<PeriodFinder.Period> periods, PeriodFinder.Period scope,
                                 java.util.NavigableMap<Integer, String> governing) {
        int paragraphStart = paragraphStart(t, scope.start());
        for (int k = periods.size() - 1; k >= 0; k--) {
            PeriodFinder.Period p = periods.get(k);
            if (p.end() > scope.start()) {
                continue;
            }
            if (p.start() < paragraphStart) {
                break;
            }
            if (!sectionRelative.namesNoYear(p.text())) {
                return p.text(); // past 全年 and 一季度 alike, to the period that names the passage's year
            }
        }
        return governing.floorEntry(scope.start()).getValue();
    }

    /** 一、2025年工作回顾 / （二）…: a numbered heading opens a section. */
    private static final java.util.regex.Pattern SECTION_HEADING =
            java.util.regex.Pattern.compile("^\\s*(?:[一二三四五六七八九十]+、|第[一二三四五六七八九十]+[部分章节])");
    /** 国民经济扭转了上半年增幅回落的状况: a period after a done verb or a comparison is what is spoken of, not when. */
    private static final java.util.regex.Pattern OBJECT_BEFORE = java.util.regex.Pattern.compile("[了比较与的]");
    /** A paragraph whose first words are a period (过去一年，…; 2025年，…; 这五年，…) governs those after it. */
    private static final int OPENER_REACH = 12;
    /** (2016年2月25日), 2016年2月25日: a line that is a day alone dates the text, not the passage after it. */
    private static final java.util.regex.Pattern DATELINE = java.util.regex.Pattern.compile(
            "\\s*[(（]?\\s*" + org.govfacts.text.FullDate.PATTERN.pattern() + "\\s*[)）]?\\s*");

    /**
     * For each line, the period that governs it from an earlier paragraph of its section: the
     * period an opening paragraph begins with, or the one period of a section heading (never a
     * section-relative one such as 全年 or 年末, which is read against this very period, nor the start of a change:
     * 地区生产总值从2011年的1520亿元增加到… is about the five years, not 2011). A figure
     * whose sentence and paragraph name no period takes it (过去一年，… then （一）稳增长 …).
     */
    static java.util.NavigableMap<Integer, String> governingPeriods(String t, List<PeriodFinder.Period> periods,
                                                                    java.util.function.Predicate<String> sectionRelative,
                                                                    java.util.function.Predicate<String> caption,
                                                                    java.util.function.Predicate<String> breakdownHeading) {
        java.util.TreeMap<Integer, String> out = new java.util.TreeMap<>();
        String current = null;
        // the periods of the last line that held any text, which a breakdown heading's parts take
        List<PeriodFinder.Period> previousLine = List.of();
        // 2009年，全市人民…。 一、经济发展: the year a text opens on before any heading, which headings naming no period
        // keep (a bulletin's sections are all of its year) until a heading names a period of its own
        String openingYear = null;
        boolean headingSeen = false;
        boolean headingNamedPeriod = false;
        int k = 0;
        int lineStart = 0;
        while (true) {
            int nl = t.indexOf('\n', lineStart);
            int lineEnd = nl < 0 ? t.length() : nl;
            out.put(lineStart, current);
            int first = lineStart;
            while (first < lineEnd && Character.isWhitespace(t.charAt(first))) {
                first++;
            }
            while (k < periods.size() && periods.get(k).start() < lineStart) {
                k++;
            }
            List<PeriodFinder.Period> inLine = new ArrayList<>();
            for (int j = k; j < periods.size() && periods.get(j).start() < lineEnd; j++) {
                inLine.add(periods.get(j));
            }
            // 上半年国内生产总值616836亿元…。 分产业看： 第一产业增加值30660亿元: the parts a breakdown heading opens are of
            // the time of the total before it, whichever kind of period dates that total
            if (first < lineEnd && inLine.isEmpty() && breakdownHeading.test(t.substring(first, lineEnd).strip())) {
                PeriodFinder.Period last = previousLine.isEmpty() ? null : previousLine.get(previousLine.size() - 1);
                if (last != null && !opensAChange(t, last)) {
                    current = last.text();
                }
            } else if (SECTION_HEADING.matcher(t).region(first, lineEnd).lookingAt()) {
                String previousGoverning = current;
                // a period read against its section (全年国内生产总值…, 年末人口…) dates its own line only
                // (一、2009年…计划执行情况2009年，面对…: a heading run into its paragraph names its year again)
                current = !inLine.isEmpty() && inLine.stream().allMatch(p -> p.text().equals(inLine.get(0).text()))
                        && !sectionRelative.test(inLine.get(0).text()) ? inLine.get(0).text() : null;
                headingSeen = true;
                headingNamedPeriod |= !inLine.isEmpty();
                if (inLine.isEmpty() && !headingNamedPeriod && openingYear != null && openingYear.equals(previousGoverning)) {
                    current = openingYear; // no other period has governed since the opening one
                }
            } else if (!inLine.isEmpty() && inLine.get(0).start() - first <= OPENER_REACH && !opensAChange(t, inLine.get(0))
                    && !sectionRelative.test(inLine.get(0).text()) && !caption.test(t.substring(first, lineEnd))
                    && !DATELINE.matcher(t).region(first, lineEnd).matches()) {
                current = inLine.get(0).text();
                if (!headingSeen && openingYear == null && ONE_YEAR.matcher(current).matches() && commaAfter(t, inLine.get(0).end())) {
                    openingYear = current; // 2009年，全市人民…: a paragraph's opening, not a title's year (成都市2007年政府工作报告)
                }
            } else if (!inLine.isEmpty() && endsWithColon(t, first, lineEnd)) {
                // 为了更直观地了解，回顾一下2023年1-12月份各地市财政收入完成数据：\n1.沈阳(800.85亿元…): a line leading into the lines
                // below dates them by its last period, wherever in the line it stands (a base it compares with, 与2020年相比：, is
                // no period here: PeriodFinder keeps it apart)
                PeriodFinder.Period last = inLine.get(inLine.size() - 1);
                if (!opensAChange(t, last) && !sectionRelative.test(last.text())) {
                    current = last.text();
                }
            }
            // a later sentence of the paragraph that opens on a period and a comma (…。五年来，…) sets the
            // time of what follows it, in this paragraph and the next ones of the section
            for (PeriodFinder.Period p : inLine) {
                if (p.start() > first && p.end() < lineEnd && isSentenceStart(t, p.start(), first)
                        && (t.charAt(p.end()) == '，' || t.charAt(p.end()) == ',') && !sectionRelative.test(p.text())
                        && !(current != null && monthOfCumulative(p.text(), current))) {
                    current = p.text();
                }
            }
            if (first < lineEnd) {
                previousLine = inLine;
            }
            if (nl < 0) {
                return out;
            }
            lineStart = nl + 1;
        }
    }

    private static final java.util.regex.Pattern MONTHS_TO = java.util.regex.Pattern.compile("(?:\\d{4}年)?1[-—–~至到](\\d{1,2})月(?:份)?");
    private static final java.util.regex.Pattern ONE_MONTH = java.util.regex.Pattern.compile("(\\d{1,2})月份?");

    /**
     * 1-10月，全区规模以上工业…。10月份，全口径工业…: the last month of the months to date is an aside of its paragraph;
     * the paragraphs after it go on with the months to date (全区汽车产业…占全区规模以上工业总产值的65.4%).
     */
    static boolean monthOfCumulative(String period, String governing) {
        java.util.regex.Matcher one = ONE_MONTH.matcher(period);
        java.util.regex.Matcher to = MONTHS_TO.matcher(governing);
        return one.matches() && to.matches() && one.group(1).equals(to.group(1));
    }

    /** 分产业看：, 按行业分: a line that only opens the parts of the total before it (breakdown-headings.txt). */
    private boolean isBreakdownHeading(String line) {
        String l = line.endsWith("：") || line.endsWith(":") ? line.substring(0, line.length() - 1).strip() : null;
        return l != null && breakdownHeadings.matches(l);
    }

    private static final java.util.regex.Pattern ONE_YEAR = java.util.regex.Pattern.compile("(?:19|20)\\d{2}年");

    /**
     * 1998年,…人口出生率10.6‰。1999年有耕地面积…。…人口出生率11.1‰: in a paragraph that opens on one year, a later sentence
     * that opens on another year dates the sentences after it, comma or not.
     */
    private static boolean anotherYearThanOpener(List<PeriodFinder.Period> periods, PeriodFinder.Period p, int first) {
        if (!ONE_YEAR.matcher(p.text()).matches()) {
            return false;
        }
        for (PeriodFinder.Period q : periods) {
            if (q.start() >= first && q.start() - first <= OPENER_REACH) {
                return q != p && ONE_YEAR.matcher(q.text()).matches() && !q.text().equals(p.text());
            }
            if (q.start() > first + OPENER_REACH) {
                break;
            }
        }
        return false;
    }

    /**
     * 年度计划投资356亿元，累计完成投资211亿元，占年度计划的59.2%: a bare 年度 is a period only before a plan (period-patterns.txt),
     * and dates that planned figure, not the results in the clauses after it.
     */
    private boolean planYearOfAnEarlierClause(String t, PeriodFinder.Period p, FoundFact f) {
        return barePlanYear(p) && org.govfacts.text.Clauses.start(t, f.start(), p.end()) > p.end();
    }

    /** 年度, 本年度 alone: the year of the plan right after it, which dates no other sentence of its paragraph. */
    private boolean barePlanYear(PeriodFinder.Period p) {
        return periods.datesOnlyItsPlan(p);
    }

    /** A comma right after a period, or after its 末 or 底 (截至2016年末，): the period opens its sentence's clauses. */
    private static boolean commaAfter(String t, int end) {
        int i = end < t.length() && (t.charAt(end) == '末' || t.charAt(end) == '底') ? end + 1 : end;
        return i < t.length() && (t.charAt(i) == '，' || t.charAt(i) == ',');
    }

    /** Where a period opens, with the 截至 (截止, 截止到) that leads up to a point in time (period-point-openers.txt). */
    private int afterUntil(String t, int start) {
        for (String w : pointOpeners) {
            if (start >= w.length() && t.startsWith(w, start - w.length())) {
                return start - w.length();
            }
        }
        return start;
    }

    /** Whether {@code at} begins a sentence: only spaces between it and the end of the one before. */
    private static boolean isSentenceStart(String t, int at, int lineFirst) {
        int i = at - 1;
        while (i >= lineFirst && Character.isWhitespace(t.charAt(i))) {
            i--;
        }
        if (i < lineFirst) {
            return true;
        }
        char c = t.charAt(i);
        return c == '。' || c == '！' || c == '？' || c == '!' || c == '?';
    }

    /**
     * 图1 2001-2007年浙江省生产总值及其增长速度, 表2 …: the caption of a chart or table (caption-heads.txt, then a
     * number; or a line without punctuation ending in caption-ends.txt, …地区生产总值统计图) names what the chart shows;
     * its period governs no paragraph after it.
     */
    private boolean isCaption(String line) {
        String l = line.strip();
        for (String h : captionHeads) {
            if (l.startsWith(h) && l.length() > h.length()) {
                char c = l.charAt(h.length());
                if (Character.isDigit(c) || "一二三四五六七八九十".indexOf(c) >= 0) {
                    return true;
                }
            }
        }
        return captionEnds.stream().anyMatch(l::endsWith) && l.chars().noneMatch(ch -> "。，；！？,;".indexOf(ch) >= 0);
    }

    /** The longest title line whose figures take the period of the story's lead. */
    private static final int TITLE_LINE = 60;
    /** How far into the body the lead's figures are looked for. */
    private static final int LEAD_REACH = 300;

    /**
     * 276项重点工程完成投资1184亿元 over a lead that says 今年本市共安排276项…1至11月…完成建安投资1184亿元: a figure of a news
     * story's short first line that names no time is of the time of the lead's first figure of its kind and unit (the
     * title sums up the lead), so a headline and its body compare. Each such figure's attribution in {@code out} is
     * replaced.
     */
    private static void datedByLead(String t, List<FoundFact> findings, List<Attribution> out) {
        int lineEnd = t.indexOf('\n');
        if (lineEnd < 0 || lineEnd > TITLE_LINE) {
            return;
        }
        for (int i = 0; i < findings.size() && findings.get(i).end() <= lineEnd; i++) {
            FoundFact f = findings.get(i);
            if (f.type() == FactType.PROJECT || out.get(i).period() != null) {
                continue;
            }
            for (int j = i + 1; j < findings.size() && findings.get(j).start() < lineEnd + LEAD_REACH; j++) {
                FoundFact g = findings.get(j);
                if (g.start() >= lineEnd && g.type() == f.type() && java.util.Objects.equals(g.unit(), f.unit())) {
                    if (out.get(j).period() != null) {
                        out.set(i, new Attribution(out.get(i).indicator(), out.get(j).period(), out.get(j).periodContext()));
                    }
                    break;
                }
            }
        }
    }

    /** 连续五年, 连续6个季度: how long a state has lasted (粮食连续6年增产), not when a figure was measured. */
    private boolean isStreak(PeriodFinder.Period p) {
        for (String w : streakWords) {
            if (p.text().startsWith(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A streak dates at most the figures of its own clause: 服务业增速连续五年高于生产总值增幅，…比重提高到23%,
     * 粮食产量连续6年增产；城镇新增就业1102万人 — the figures after it are not of the five or six years.
     */
    private boolean streakOfAnotherClause(String t, PeriodFinder.Period p, FoundFact f, Sentence s) {
        return isStreak(p) && p.start() < org.govfacts.text.Clauses.start(t, f.start(), s.start());
    }

    /**
     * The words of a comparison or a fall a relative clause describes a noun by (2020年增速持续低于全部投资的民间投资, 2020年持续
     * 负增长的国内贷款); not the circumstances of a result (2015年在经济下行压力持续加大的情况下实现了8%的增速).
     */
    private static final java.util.regex.Pattern RELATIVE_PREDICATE = java.util.regex.Pattern.compile("低于|高于|快于|慢于|负增长");

    /**
     * 一季度，2020年增速持续低于全部投资的民间投资和基础设施投资得到有力改善，…民间投资增长32.5%: a period after the one the
     * sentence opens with, in a clause that describes a state or trend and closes with 的 before a noun, dates that clause
     * (what the noun was), not the figures after it, which keep the sentence's period.
     */
    private static boolean datesARelativeClause(String t, PeriodFinder.Period p, FoundFact f) {
        int clauseEnd = org.govfacts.text.Clauses.end(t, p.end(), f.start());
        int de = t.indexOf('的', p.end());
        if (de < 0 || de >= clauseEnd || de >= f.start()) {
            return false;
        }
        String described = t.substring(p.end(), de);
        return described.length() >= 2 && !described.startsWith("在") && RELATIVE_PREDICATE.matcher(described).find()
                && described.chars().noneMatch(Character::isDigit);
    }

    /**
     * 下降的原因主要是…，加之上年度一次性缴库因素较多；中央补助2146.7亿元: a period in a reason (period-cause-cues.txt) given in an
     * earlier clause group than the figure's dates what the reason tells, not the figure.
     */
    private boolean inAReasonBefore(String t, PeriodFinder.Period p, FoundFact f) {
        if (!org.govfacts.text.Clauses.groupBreakBetween(t, p.end(), f.start())) {
            return false;
        }
        String lead = t.substring(org.govfacts.text.Clauses.groupStart(t, p.start()), p.start());
        return causeCues.stream().anyMatch(lead::contains);
    }

    /** 由2020年的7.2%提升至7.4%: “2020年的” dates the 7.2%, not the figure after it. */
    private static boolean belongsToAnEarlierFigure(String t, PeriodFinder.Period p, FoundFact f, List<FoundFact> findings) {
        if (p.end() >= t.length() || t.charAt(p.end()) != '的') {
            return false;
        }
        for (FoundFact other : findings) {
            if (other != f && other.type() != FactType.PROJECT && other.start() > p.end() && other.end() <= f.start()) {
                // 2015年的主要目标是：…增长11%；…增长12%: a period before a colon dates the whole list it opens
                String lead = t.substring(p.end(), other.start());
                return lead.indexOf('：') < 0 && lead.indexOf(':') < 0;
            }
        }
        return false;
    }

    private static int clauseEnd(String t, int from, int limit) {
        for (int i = from; i < limit; i++) {
            char ch = t.charAt(i);
            // a colon leads into the figures (分别为：…), and a comma between digits groups thousands (1,234)
            boolean thousands = ch == ',' && i > 0 && i + 1 < t.length() && Character.isDigit(t.charAt(i - 1))
                    && Character.isDigit(t.charAt(i + 1));
            if (org.govfacts.text.Clauses.endsClause(ch) && ch != '：' && ch != ':' && !thousands) {
                return i;
            }
        }
        return limit;
    }

    /** Start of the paragraph; a line that does not end a sentence continues into the next line. */
    private static int paragraphStart(String t, int at) {
        int i = at;
        while (true) {
            int nl = t.lastIndexOf('\n', i - 1);
            if (nl < 0) {
                return 0;
            }
            int k = nl;
            while (k > 0 && Character.isWhitespace(t.charAt(k - 1))) {
                k--;
            }
            if (k == 0) {
                return 0;
            }
            char last = t.charAt(k - 1);
            if (last == '。' || last == '！' || last == '？' || last == '!' || last == '?' || last == '；' || last == '：'
                    || last == '”' && k >= 2 && t.charAt(k - 2) == '。') {
                return nl + 1;
            }
            // a heading line (short, no sentence punctuation) starts the paragraph after it
            int lineStart = t.lastIndexOf('\n', k - 1) + 1;
            if (k - lineStart < 40) {
                return nl + 1;
            }
            i = lineStart;
        }
    }
}
