package org.govfacts.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govfacts.fact.Basis;
import org.govfacts.fact.FactType;
import org.govfacts.text.Clauses;

/**
 * Breakdowns whose parts stand in clauses of their own, one part a clause, each clause with the
 * same make-up (地区生产总值245.61亿元。其中，第一产业增加值46.84亿元，增长7.8%；第二产业增加值
 * 69.61亿元，增长7.7%；第三产业增加值129.16亿元，增长9.5%): after a breakdown cue (其中, 包括)
 * or a classification (按阶段划分，按收入来源分), the clauses up to the end of the sentence, split at
 * semicolons when there are any (else at commas); each clause gives its first figure of the
 * total's kind. The total is the figure of that kind nearest before the cue in its sentence, or,
 * when the cue opens its sentence, the first of that kind in the nearest earlier sentence of the
 * paragraph that is not itself such a list. Contributions to growth (拉动…增长0.01个百分点, one a
 * clause) are parts of the growth rate of the total's sentence.
 */
final class ClauseBreakdowns {
    /** The first classification cue in {@code text} (check_classification_cues.txt: 按阶段划分, 分中央和地方看), or null. */
    private Matcher classification(String text) {
        for (Pattern p : words.classificationCues()) {
            Matcher m = p.matcher(text);
            if (m.find()) {
                return m;
            }
        }
        return null;
    }

    private final CheckWords words;

    private final PartitionBreakdowns definitions;

    ClauseBreakdowns(CheckWords words, PartitionBreakdowns definitions) {
        this.words = words;
        this.definitions = definitions;
    }

    /**
     * Whether the cue at {@code i} opens a semicolon clause: 粮食总产量130亿公斤，比上年下降1.4%；其中，夏粮…. The clause
     * after the semicolon then breaks down what the clause before it stated, not an item of a list.
     */
    private static boolean opensClause(String text, int i) {
        int j = i - 1;
        while (j >= 0 && Character.isWhitespace(text.charAt(j))) {
            j--;
        }
        return j >= 0 && (text.charAt(j) == '；' || text.charAt(j) == ';');
    }

    /**
     * …；总支出84.37亿元，其中：当年基金预算支出29.32亿元，调出资金0.26亿元，…。: a cue with a colon, no semicolon after it, opens
     * a list of the total's parts that runs to the sentence's end, though the total's clause is an item of a semicolon list.
     */
    private static boolean enumeratesToEnd(String text, int cueEnd) {
        int i = cueEnd;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        boolean colon = i < text.length() && (text.charAt(i) == '：' || text.charAt(i) == ':')
                || cueEnd > 0 && (text.charAt(cueEnd - 1) == '：' || text.charAt(cueEnd - 1) == ':');
        return colon && text.indexOf('；', i) < 0 && text.indexOf(';', i) < 0;
    }

    /** The breakdowns of {@code d}: form CLASSIFIED when a classification introduces them, else CLAUSES. */
    List<Breakdown> find(DocumentView d) {
        List<Breakdown> out = new ArrayList<>();
        for (SentenceView s : d.sentences()) {
            String text = s.text();
            int cueEnd = -1;
            int cueStart = -1;
            boolean classified = false;
            Matcher m = classification(text);
            if (m != null) {
                cueStart = m.start();
                cueEnd = m.end();
                classified = true;
            }
            // 农林牧渔及服务业现价总产值中：农业产值…；林业产值…: the total's own name and 中 open its parts, as 其中 would
            String named = null;
            Matcher opener = NAMED_TOTAL_OPENER.matcher(text);
            // (without a mark after 中, only in a sentence with no cue: 大家从计划草案中可以看到…；其中，… is 其中's list, and
            // 其中中央、省级收入… opens on 其中 itself)
            if (m == null && opener.lookingAt() && (!unmarked(text, opener.end()) || firstPartsCue(text) == text.length())) {
                named = opener.group(1);
                cueStart = 0;
                cueEnd = opener.end();
            }
            for (int i = Math.max(0, cueEnd); named == null && i < text.length(); i++) {
                String cue = partsCueAt(text, i);
                if (cue != null) {
                    if (cueStart < 0) {
                        cueStart = i;
                    }
                    cueEnd = i + cue.length();
                    break;
                }
                if (classified && i > cueEnd + 2) {
                    break;
                }
            }
            if (cueEnd < 0) {
                continue;
            }
            cueList(d, s, cueStart, cueEnd, classified, named, out);
            // …；总支出84.37亿元，其中：当年基金预算支出…，调出资金…。: a later cue of the sentence with a list of its own to the end
            int later = classified || named != null ? -1 : laterEnumeration(text, cueEnd);
            if (later >= 0) {
                cueList(d, s, later, later + partsCueAt(text, later).length(), false, null, out);
            }
        }
        return out;
    }

    /** The breakdowns the cue at {@code cueStart}..{@code cueEnd} of sentence {@code s} opens, added to {@code out}. */
    private void cueList(DocumentView d, SentenceView s, int cueStart, int cueEnd, boolean classified, String named, List<Breakdown> out) {
        String text = s.text();
        if (!classified && (text.lastIndexOf('；', cueStart) >= 0 || text.lastIndexOf(';', cueStart) >= 0) && !opensClause(text, cueStart)
                && (text.indexOf('；', cueEnd) >= 0 || text.indexOf(';', cueEnd) >= 0)) {
            // …；财政收入38.74亿元，其中地方级收入26.5亿元；固定资产投资…: the total's clause is an item of a
            // semicolon list, so the items after the cue continue that list, they are not its parts; with no semicolon
            // after the cue the list has ended (…；耕地面积204390亩，其中水田163125亩，旱地41265亩。)
            return;
        }
        // After 其中 alone, only semicolons separate parts: after a comma a new statement is as likely
        // (其中高铁370公里，新增高速公路2600公里). A classification's list runs to the end of the sentence.
        List<List<Placed>> clauses = untilHeadlineAggregate(s, cueStart, clausesAfter(s, cueEnd, classified));
        if (clauses.size() < 2) {
            return;
        }
        if (risesByClause(d, s, cueStart, clauses, out)) {
            return;
        }
        Map<String, List<Placed>> partsByClass = new LinkedHashMap<>();
        java.util.Set<String> listed = new java.util.HashSet<>();
        boolean firstClause = true;
        for (List<Placed> clause : clauses) {
            Map<String, Integer> seen = new LinkedHashMap<>();
            for (Placed q : clause) {
                String k = partClass(q);
                if (k == null) {
                    continue;
                }
                seen.merge(k, 1, Integer::sum);
                if (seen.get(k) == 1 && !listed.contains(k)) {
                    partsByClass.computeIfAbsent(k, x -> new ArrayList<>()).add(q);
                }
            }
            if (firstClause) {
                // A first clause with two figures of one kind is a 、 list (其中 353个、296个、117个), not one part a clause;
                // the second may say what became of the first (计划开工项目6个，目前6个项目已正式开工: openers of now-words.tsv).
                seen.forEach((k, n) -> {
                    if (n > 1 && !progressOfFirst(s.text(), clause, k)) {
                        listed.add(k); // and the clauses after it are further lists (城镇…乡村…；男性…女性…), not parts
                        partsByClass.remove(k);
                    }
                });
                firstClause = false;
            }
        }
        for (String k : listed) {
            // 其中，城镇人口54715人，乡村人口57920人；男性人口57753人，女性人口54882人；…分别为18891人、…:
            // each clause is a list of its own, a whole split of the total
            Placed total = total(d, s, cueStart, k, null, false);
            if (total == null || total.fact().value() == null || total.fact().value() <= 0) {
                continue;
            }
            for (List<Placed> clause : clauses) {
                List<Placed> parts = clause.stream().filter(q -> k.equals(partClass(q))).toList();
                if (parts.size() >= 2 && siblings(total, parts)) {
                    out.add(new Breakdown(total, parts, Breakdown.Form.CLAUSE_LISTS));
                }
            }
        }
        for (var e : partsByClass.entrySet()) {
            List<Placed> parts = e.getValue();
            if (parts == null || parts.size() < 2) {
                continue;
            }
            String whole = classified ? classifiedWhole(text, cueStart) : null;
            Placed byName = whole != null && named == null ? wholeByName(d, s, cueStart, e.getKey(), whole) : null;
            String shared = sharedEnding(parts);
            String ending = shared != null ? shared : whole;
            Placed total = named != null ? namedTotal(d, s, e.getKey(), named)
                    : byName != null ? byName : total(d, s, cueStart, e.getKey(), ending, classified);
            if (total == null || total.fact().value() == null || total.fact().value() <= 0 || !siblings(total, parts)) {
                continue;
            }
            if (kindNamedTwice(parts)) {
                continue; // 32个产业类项目纳入…；11个政府类投资项目投入使用；16个产业类项目竣工投产: stages, not kinds
            }
            if (parts.stream().anyMatch(this::excludesPart)) {
                // 户籍总人口171.5万人，其中，谯城区(不含高新区)户籍总人口159.4万人，城镇人口32.46万人，乡村人口126.95万人: a whole
                // less a part, which the clauses after it split
                if (excludesPart(parts.get(0)) && parts.size() >= 3 && parts.stream().skip(1).noneMatch(this::excludesPart)) {
                    out.add(new Breakdown(parts.get(0), List.copyOf(parts.subList(1, parts.size())), Breakdown.Form.CLAUSES));
                }
                continue;
            }
            out.add(new Breakdown(total, withLastClausesOthers(total, parts, clauses.get(clauses.size() - 1), e.getKey()),
                    classified ? Breakdown.Form.CLASSIFIED : Breakdown.Form.CLAUSES));
        }
    }

    /** How near the total the parts with the last clause's other figures must come to be read as the whole list. */
    private static final double LAST_CLAUSE_REACH = 0.01;

    /**
     * 一般债务收入104.2亿元，动用预算稳定调节基金、上年结转等506.1亿元。: the list's last clause may hold more than one part, after a
     * comma (a new statement is as likely there); its other figures of the kind are parts where they, and only they, bring the
     * sum within {@link #LAST_CLAUSE_REACH} of the total, so a part misstated there still shows.
     */
    private List<Placed> withLastClausesOthers(Placed total, List<Placed> parts, List<Placed> lastClause, String kind) {
        List<Placed> others = lastClause.stream().filter(q -> kind.equals(partClass(q)) && !parts.contains(q)).toList();
        if (others.isEmpty() || kind.endsWith("|change") || kind.equals("contribution")
                || BreakdownCheck.unlistedKinds(total, parts) != null) {
            return List.copyOf(parts); // 农林牧渔业总产值 over 农业…，牧业…，渔业…，服务业…: a kind the total names is not listed
        }
        double sum = parts.stream().mapToDouble(q -> q.fact().value()).sum();
        double with = sum + others.stream().mapToDouble(q -> q.fact().value()).sum();
        double whole = total.fact().value();
        boolean near = Math.abs(with - whole) <= LAST_CLAUSE_REACH * whole && Math.abs(sum - whole) > LAST_CLAUSE_REACH * whole;
        if (!near) {
            return List.copyOf(parts);
        }
        List<Placed> all = new ArrayList<>(parts);
        all.addAll(others);
        return List.copyOf(all);
    }

    /** Whether a part's words take something out of its scope (不含高新区: check_scope_exclusions.txt). */
    private boolean excludesPart(Placed p) {
        String said = p.label() + "|" + java.util.Objects.toString(p.fact().indicator(), "");
        return CheckWords.firstIn(words.scopeExclusions(), said) != null;
    }

    /**
     * The start of the first parts cue after the sentence's last semicolon, past offset {@code from}, that opens a list running to the sentence's end
     * ({@link #enumeratesToEnd}), or -1.
     */
    private int laterEnumeration(String text, int from) {
        int semicolon = Math.max(text.lastIndexOf('；'), text.lastIndexOf(';'));
        if (semicolon < from) {
            return -1;
        }
        for (int i = semicolon + 1; i < text.length(); i++) {
            String cue = partsCueAt(text, i);
            if (cue != null) {
                return enumeratesToEnd(text, i + cue.length()) ? i : -1;
            }
        }
        return -1;
    }

    /**
     * 社会消费品零售总额由9998亿元提升至12786亿元。其中，城镇…由8572亿元提升至10577亿元；乡村…由1426亿元提升至2209亿元: when
     * each clause after the cue holds one rise (由…至…) of a kind, the starts split the total's start and the ends its end,
     * not the two figures of one clause each other's parts. True when the clauses are such rises (their breakdowns, if the
     * total rose too, added to {@code out}).
     */
    private boolean risesByClause(DocumentView d, SentenceView s, int cueStart, List<List<Placed>> clauses, List<Breakdown> out) {
        List<Placed> starts = new ArrayList<>();
        List<Placed> ends = new ArrayList<>();
        String kind = null;
        for (List<Placed> clause : clauses) {
            Placed start = null;
            Placed end = null;
            for (Placed q : clause) {
                Placed to = Figures.riseEnd(q, words);
                if (to != null && clause.contains(to)) {
                    if (start != null) {
                        return false; // two rises in one clause: a list of its own
                    }
                    start = q;
                    end = to;
                }
            }
            String k = start == null ? null : partClass(start);
            if (k == null || kind != null && !kind.equals(k)) {
                return false;
            }
            kind = k;
            starts.add(start);
            ends.add(end);
        }
        Placed total = total(d, s, cueStart, kind, null, false);
        if (total == null) {
            return true;
        }
        Placed totalEnd = Figures.riseEnd(total, words);
        Placed totalStart = total;
        if (totalEnd == null) {
            Placed before = total.sentence().figureBefore(total);
            totalStart = before;
            totalEnd = before != null && Figures.riseEnd(before, words) == total ? total : null;
        }
        if (totalEnd != null && siblings(totalStart, starts) && sameMeasure(totalStart, starts)) {
            // 城镇 and 乡村 split 社会消费品零售总额 by definition: then a sum short of the total is a slip, not a part left out
            Breakdown.Form form = definitions.splitsByDefinition(totalStart, starts) ? Breakdown.Form.PARTITION : Breakdown.Form.CLAUSES;
            out.add(new Breakdown(totalStart, List.copyOf(starts), form));
            out.add(new Breakdown(totalEnd, List.copyOf(ends), form));
        }
        return true;
    }

    /**
     * 财政总收入…其中，地方财政收入…；财政支出…: parts of a whole measure what it does, their indicators ending in its last
     * character (收入, 产值, 零售额 of 零售总额); 支出 after 收入 is a statement of its own.
     */
    private boolean sameMeasure(Placed total, List<Placed> parts) {
        String t = Figures.indicatorKey(total.fact(), words);
        if (t == null || t.isEmpty()) {
            return false;
        }
        for (Placed p : parts) {
            String k = Figures.indicatorKey(p.fact(), words);
            if (k == null || k.isEmpty() || k.charAt(k.length() - 1) != t.charAt(t.length() - 1)) {
                return false;
            }
        }
        return true;
    }

    /** How many characters two parts' words after the figure must share to name one kind (产业类项目). */
    private static final int SAME_KIND = 4;

    /** Whether two parts name one kind after their figures: a split names each kind once, so such a list is not one. */
    private static boolean kindNamedTwice(List<Placed> parts) {
        for (int i = 0; i < parts.size(); i++) {
            for (int j = i + 1; j < parts.size(); j++) {
                String a = parts.get(i).tail();
                String b = parts.get(j).tail();
                int n = 0;
                while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
                    n++;
                }
                if (n >= SAME_KIND) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Parts of one split stand to the total alike: 工业总产值103.8亿元，其中规模以上工业总产值95.4亿元…；
     * 实现工业增加值40.6亿元 names the total's measure in one clause (a subset of it) and another
     * measure in the next, so the clauses are not parts of one whole. When any part's indicator holds
     * the total's, every part's must.
     */
    private boolean siblings(Placed total, List<Placed> parts) {
        String t = core(Figures.indicatorKey(total.fact(), words));
        if (t == null || t.isEmpty()) {
            return true;
        }
        int holding = 0;
        int other = 0;
        for (Placed p : parts) {
            String k = core(Figures.indicatorKey(p.fact(), words));
            if (k == null || k.isEmpty()) {
                continue;
            }
            if (k.contains(t)) {
                holding++;
            } else if (t.length() >= 2 && k.endsWith(t.substring(t.length() - 2))) {
                continue; // 全国财政收入…其中，中央财政收入…；地方本级收入…: a part named by its own scope, of the total's kind
            } else {
                other++;
            }
        }
        return holding == 0 || other == 0;
    }

    /** An indicator without the completion verb it opens with (完成工业总产值 → 工业总产值). */
    private String core(String key) {
        if (key == null) {
            return null;
        }
        String w = CheckWords.at(words.completionWords(), key, 0);
        return w != null && key.length() - w.length() >= 2 ? key.substring(w.length()) : key;
    }

    /** The cue at {@code i} that opens a list of parts (其中, 包括), or null; 每 and per-unit cues open none. */
    private String partsCueAt(String text, int i) {
        String cue = CheckWords.at(words.breakdownCues(), text, i);
        return cue == null || cue.equals("每") || words.perUnitCues().contains(cue) ? null : cue;
    }

    /**
     * 社会总产值254亿元，其中工农业总产值235.8亿元；国民生产总值147亿元: the clauses up to the first whose figure is an
     * aggregate stated on its own (check_headline_aggregates.txt), which starts a new statement, unless the sentence's total
     * before the cue is of that aggregate too (全省生产总值…其中，甲市生产总值…: a split by place).
     */
    private List<List<Placed>> untilHeadlineAggregate(SentenceView s, int cueStart, List<List<Placed>> clauses) {
        if (words.headlineAggregates().isEmpty()) {
            return clauses;
        }
        java.util.Set<String> before = new java.util.HashSet<>();
        for (Placed q : s.facts()) {
            if (q.end() <= cueStart) {
                before.add(canonicalOf(q));
            }
        }
        for (int i = 0; i < clauses.size(); i++) {
            for (Placed q : clauses.get(i)) {
                String k = Figures.isAmount(q.fact()) ? canonicalOf(q) : null; // a level (拉动经济增长0.1个百分点 is a part's pull)
                if (k != null && words.headlineAggregates().contains(k) && !before.contains(k)) {
                    return clauses.subList(0, i);
                }
            }
        }
        return clauses;
    }

    private String canonicalOf(Placed q) {
        String key = core(Figures.indicatorKey(q.fact(), words));
        return key == null ? null : words.canonical(key);
    }

    /** The figures of each clause after {@code from} to the end of the sentence, outside parentheses. */
    private List<List<Placed>> clausesAfter(SentenceView s, int from, boolean classified) {
        String text = s.text();
        boolean semicolons = text.indexOf('；', from) >= 0 || text.indexOf(';', from) >= 0;
        if (!semicolons && !classified) {
            return parallelCommaClauses(s, from);
        }
        String breaks = semicolons ? "；;" : "，,；;";
        List<List<Placed>> clauses = new ArrayList<>();
        // a clause starts outside brackets, so depths counted from its start are the sentence's
        for (int[] span : Clauses.spansOutsideBrackets(text, from, breaks, i -> semicolons && Clauses.colonAfterFigure(text, i))) {
            List<Placed> current = new ArrayList<>();
            for (Placed q : s.facts()) {
                if (q.start() >= span[0] && q.start() < span[1] && Clauses.bracketDepth(text, span[0], q.start()) == 0) {
                    current.add(q);
                }
            }
            boolean first = clauses.stream().allMatch(List::isEmpty);
            if (!current.isEmpty() && !first && opensOnItsYear(text, span[0], current.get(0))) {
                // 其中：税收收入7.9亿元，增长8.4%；全年一般公共预算支出48.8亿元: a later clause opening on the year starts a new
                // statement (the first one, 其中，2023年同城快递业务量…, only restates the total's year)
                break;
            }
            int cue = current.isEmpty() ? -1 : partsCueAfter(text, current.get(0).start() + 1, span);
            if (cue >= 0) {
                // 第二产业增加值65585万元，其中工业增加值…；建筑业增加值…: a part broken down in its turn; the
                // clauses after it may be its parts, not the total's, so the list of the total's parts ends here
                current.removeIf(q -> q.start() >= cue);
                clauses.add(current);
                clauses.removeIf(List::isEmpty);
                return clauses;
            }
            clauses.add(current);
        }
        clauses.removeIf(List::isEmpty);
        // 其中，出口298.9亿美元…；进口547.2亿美元…；贸易逆差248.3亿美元: the balance of two parts is none of the total's parts
        clauses.removeIf(c -> BalanceCheck.isBalance(c.get(0), words));
        return clauses;
    }

    /** A whole year as a clause's first words (全年, 2022年, 年末): a part of a year (一季度, 上半年) may be a part of a total. */
    private static final Pattern WHOLE_YEAR = Pattern.compile("(?:全年|今年|本年|当年|去年|上年|[0-9]{4}年|年末|年底)(?:全年|年末|年底)?");

    /** Whether the clause from {@code clauseStart} opens on the whole-year period of its first figure {@code q}. */
    private static boolean opensOnItsYear(String text, int clauseStart, Placed q) {
        String period = q.fact().period();
        if (period == null || !WHOLE_YEAR.matcher(period.strip()).matches()) {
            return false;
        }
        int i = clauseStart;
        while (i < text.length() && (Character.isWhitespace(text.charAt(i)) || "；;，,".indexOf(text.charAt(i)) >= 0)) {
            i++;
        }
        return text.startsWith(period.strip(), i);
    }

    /** The first offset from {@code from} inside clause {@code span} where a parts cue stands outside brackets, or -1. */
    private int partsCueAfter(String text, int from, int[] span) {
        for (int i = from; i < span[1]; i++) {
            if (partsCueAt(text, i) != null && Clauses.bracketDepth(text, span[0], i + 1) == 0) {
                return i;
            }
        }
        return -1;
    }

    /** The longest name of a kind that ends alike with one character (猪肉, 牛肉; 男性人口 is four). */
    private static final int SHORT_NAME = 4;

    /**
     * 其中，中央财政本级收入超收2542.47亿元，地方财政本级收入超收1377.77亿元。: after 其中 alone, comma clauses are parts
     * only when worded in parallel (each one figure, its words ending alike: {@link #sharedEnding}) up to the
     * sentence's end; else a comma may start a new statement (其中高铁370公里，新增高速公路2600公里).
     */
    private List<List<Placed>> parallelCommaClauses(SentenceView s, int from) {
        String text = s.text();
        List<List<Placed>> clauses = new ArrayList<>();
        int start = from;
        for (int i = from; i <= text.length(); i++) {
            boolean last = i == text.length() || text.charAt(i) == '。';
            if (!last && "，,".indexOf(text.charAt(i)) < 0) {
                continue;
            }
            List<Placed> in = new ArrayList<>();
            for (Placed q : s.facts()) {
                if (q.start() >= start && q.end() <= i && q.fact().type().isNumeric()) {
                    in.add(q);
                }
            }
            if (in.size() == 1 && !clauses.isEmpty() && Amounts.isPercent(in.get(0).fact())
                    && !Amounts.isPercent(clauses.get(clauses.size() - 1).get(0).fact())) {
                // 其中农业产值35.97亿元，增长7.74%，林业产值0.54亿元，下降23.7%: a part's own growth, in a clause after it, goes with it
                clauses.get(clauses.size() - 1).add(in.get(0));
            } else if (in.size() == 1) {
                clauses.add(in);
            } else if (in.size() >= 2 && in.size() == clauses.size() && clauses.stream().allMatch(c -> c.size() == 1)
                    && in.stream().allMatch(q -> Amounts.isPercent(q.fact())) && text.substring(start, i).contains("分别")) {
                // 其中上划中央财政37665万元，地方财政收入36131万元，分别比上年增长25.6%和44.3%: the parts' own growths, in turn
                for (int k = 0; k < in.size(); k++) {
                    clauses.get(k).add(in.get(k));
                }
                break;
            } else if (in.isEmpty() && clauses.size() >= 2 && clauses.stream().allMatch(c -> c.size() == 1)) {
                break; // 其中，农业59.65亿元，林业1.46亿元，…，其构成为67.9∶1.7…: a clause of words after the parts ends their list
            } else if (!(in.isEmpty() && TextForms.bare(text.substring(start, i)).isEmpty())) {
                return List.of(); // 其中，… opens on a comma: an empty first clause is no clause
            }
            if (last) {
                break;
            }
            start = i + 1;
        }
        if (clauses.stream().anyMatch(c -> c.size() > 1) && clauses.stream().anyMatch(c -> c.size() == 1)) {
            return List.of(); // 其中果园灌溉面积21330公顷，旱涝保收面积32600公顷，增长6.5%: a growth for some only is no list of parts alike
        }
        if (clauses.size() < 2) {
            return List.of();
        }
        List<Placed> parts = clauses.stream().map(c -> c.get(0)).toList();
        // 收入总计60.07亿元，其中：一般公共预算收入完成12.70亿元，上级补助收入33.65亿元，…: a total called so (合计, 总计), or
        // a list the cue's colon opens (总支出84.37亿元，其中：…), is split by the list after it, whose items may be named at more length
        int nameLimit = CheckWords.firstIn(words.totalCues(), text.substring(Clauses.groupStart(text, from - 1), from)) != null
                || enumeratesToEnd(text, from) ? TOTAL_PART_NAME : PART_NAME;
        return sharedEnding(parts) != null || namesOnly(parts, nameLimit) ? clauses : List.of();
    }

    /** The longest label a part of a total called so (收入总计) may have (一般公共预算收入完成, 待偿债再融资一般债券上年结余). */
    private static final int TOTAL_PART_NAME = 16;

    /** A label without a breakdown cue (其中, check_breakdown_cues.txt) and the mark after it at its start. */
    private String withoutLeadingCue(String label) {
        String cue = CheckWords.at(words.breakdownCues(), label, 0);
        return cue == null ? label : label.substring(cue.length()).replaceFirst("^[：:，,]", "");
    }

    /** The longest label a part named by a noun alone has (县属投资, 临空园区, 早稻). */
    private static final int PART_NAME = 8;

    /**
     * 其中，县属投资108.4亿元，增长12.3%，临空园区18.2亿元: every part is named by a short label alone, in the same
     * make-up of clause, and none opens a statement of its own (check_statement_verbs.txt: 新增高速公路2600公里).
     */
    private boolean namesOnly(List<Placed> parts, int nameLimit) {
        for (Placed p : parts) {
            // 其中粮豆播种面积为4080万亩，其他作物为180万亩: the cue before the first name and a copula after a name are no part of it
            String label = TextForms.withoutCopula(withoutLeadingCue(TextForms.bare(p.label())));
            if (nameLimit > PART_NAME) {
                // 一般公共预算收入完成12.70亿元 in a total's list: the item's name, then the verb that states its figure
                String verb = CheckWords.firstIn(words.statementVerbs(), label);
                if (verb != null && label.endsWith(verb) && label.length() > verb.length() + 1) {
                    label = label.substring(0, label.length() - verb.length());
                }
            }
            if (label.length() < 2 || label.length() > nameLimit || CheckWords.firstIn(words.statementVerbs(), label) != null) {
                return false;
            }
        }
        return true;
    }

    /**
     * The last two characters the words before every part share (超收 in 中央…超收, 地方…超收), or null; of
     * short names (猪肉, 牛肉, 羊肉; 男性, 女性) the last one.
     */
    static String sharedEnding(List<Placed> parts) {
        boolean shortNames = parts.stream().map(p -> TextForms.bare(p.label()).length()).allMatch(n -> n >= 2 && n <= SHORT_NAME);
        int width = shortNames ? 1 : 2;
        String ending = null;
        for (Placed p : parts) {
            String words = TextForms.bare(p.label());
            if (words.length() < 3 && !shortNames) {
                return null;
            }
            String tail = words.substring(words.length() - width);
            if (ending != null && !ending.equals(tail)) {
                return null;
            }
            ending = tail;
        }
        return ending;
    }

    /** The kind a part is of: an addable amount's unit class, or a contribution to growth in points. */
    private String partClass(Placed q) {
        if (Figures.isAddable(q, words)) {
            // 企业2700户，比上年增加395户: a change beside its level is of another kind, not a second part of the clause
            return Figures.unitClass(q.fact(), words) + (q.fact().basis() == Basis.CHANGE ? "|change" : "");
        }
        if (q.fact().type() == FactType.GROWTH && q.fact().basis() == Basis.CONTRIBUTION && "pp".equals(q.fact().unit())) {
            return "contribution";
        }
        return null;
    }

    private boolean isTotalOf(Placed q, String partClass) {
        if (partClass.equals("contribution")) {
            return q.fact().type() == FactType.GROWTH && "%".equals(q.fact().unit()) && (q.fact().basis() == null || q.fact().basis() == Basis.YOY);
        }
        return Figures.isAddable(q, words) && partClass.equals(Figures.unitClass(q.fact(), words)) && q.fact().basis() != Basis.CHANGE
                && !Figures.isShareBase(q);
    }

    /** Whether the named total's opener ending at {@code end} has no mark after it (市本级总收入中一般公共预算收入…). */
    private static boolean unmarked(String text, int end) {
        return "：:，,".indexOf(text.charAt(end - 1)) < 0;
    }

    /**
     * 农林牧渔及服务业现价总产值中：, 地方一般公共预算收入分项完成情况为：, 市本级总收入中一般公共预算收入…: a sentence opening on a
     * name and the words of its parts.
     */
    private static final java.util.regex.Pattern NAMED_TOTAL_OPENER = java.util.regex.Pattern.compile(
            "\\s*在?(\\p{IsHan}{2,24}?)(?:中|分项完成情况为|分项情况为|分项为)(?:[：:，,]|(?<=中)(?!的))");

    /**
     * The figure of the parts' kind, in the nearest of the four sentences before that has one, whose words or indicator end
     * in the name the parts' sentence opens on (…现价总产值126.39亿元 for 农林牧渔及服务业现价总产值中：); null if none.
     */
    private Placed namedTotal(DocumentView d, SentenceView s, String partClass, String name) {
        List<SentenceView> back = d.backwards(s, 5);
        for (int i = 1; i < back.size(); i++) {
            Placed found = null;
            Placed lastResult = null;
            Placed firstOfKind = null;
            String earlier = back.get(i).text();
            if (classification(earlier) != null || NAMED_TOTAL_OPENER.matcher(earlier).lookingAt()) {
                // 医疗机构按经济类型分，国有…，其他机构2586个; 在总人口中，少数民族39427人: an earlier split of the same whole,
                // none of it the whole
                continue;
            }
            int cue = firstPartsCue(earlier);
            for (Placed q : back.get(i).facts()) {
                if (!isTotalOf(q, partClass) || q.start() >= cue) {
                    continue; // 全省医疗机构34055个，其中：非营利性医疗机构…: past 其中 come parts, not the whole
                }
                String key = Figures.indicatorKey(q.fact(), words);
                if (endsWithName(TextForms.bare(q.label()), name) || key != null && endsWithName(key, name)) {
                    found = q;
                }
                if (Measure.statusOf(q.fact()) != org.govfacts.fact.Status.TARGET) {
                    lastResult = q;
                }
                firstOfKind = firstOfKind == null ? q : firstOfKind;
            }
            if (found != null) {
                return found;
            }
            // 地方一般公共预算收入目标为357000万元，调整预算目标为379800万元，全年实际完成392695万元: the sentence names the
            // total, and its result is the last figure of the kind that is no goal
            // (not where the name comes after the figures: …增长10.9%，对经济增长的贡献率为32.9% names no total 经济增长)
            int named = earlier.indexOf(name);
            if (lastResult != null && named >= 0 && named < firstOfKind.start()) {
                return lastResult;
            }
        }
        return null;
    }

    /** 人口, 人数: the counting word a named total (出生人口中) may leave out where it is stated (全年出生1125人). */
    private static final Pattern COUNTING_WORD = Pattern.compile("(.{2,})(?:人口|人数)$");

    /** Whether {@code words} end with {@code name}, or with it less its counting word (出生 for 出生人口). */
    private static boolean endsWithName(String words, String name) {
        if (words.endsWith(name)) {
            return true;
        }
        Matcher m = COUNTING_WORD.matcher(name);
        return m.matches() && words.endsWith(m.group(1));
    }

    /** Where the first cue of a list of parts (其中) stands in {@code text}, or its length when none does. */
    private int firstPartsCue(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (partsCueAt(text, i) != null) {
                return i;
            }
        }
        return text.length();
    }

    private Placed total(DocumentView d, SentenceView s, int cueStart, String partClass, String partsEnding, boolean classified) {
        Placed nearest = null;
        for (Placed q : s.facts()) {
            if (q.end() <= cueStart && isTotalOf(q, partClass) && !Clauses.asideClosedBefore(s.text(), q.end(), cueStart)) {
                nearest = q;
            }
        }
        if (nearest != null) {
            return nearest;
        }
        if (s.text().substring(0, Math.min(cueStart, s.text().length())).chars().anyMatch(c -> TextForms.isDigit((char) c))) {
            return null;
        }
        List<SentenceView> back = d.backwards(s, 4);
        if (back.size() == 1 && s.index() > 0 && words.opensWithBreakdownCue(s.text())) {
            // 全国财政收入63795亿元…。|其中，中央财政收入31819亿元…: a news item's paragraph opening on 其中 splits the
            // total the paragraph before ends with
            back = List.of(s, d.sentences().get(s.index() - 1));
        }
        for (int i = 1; i < back.size(); i++) {
            SentenceView t = back.get(i);
            if (classification(t.text()) != null || words.opensWithBreakdownCue(t.text())) {
                continue; // an earlier list of parts of the same total (按阶段划分 … then 按行业划分 …)
            }
            // The sentence's first figure of the parts' kind (全市实现农林牧渔业总产值69.93亿元，…增加值37.90亿元。
            // 其中，农业产值…), unless a later one is called a total (…378.9亿元，收入总计437.6亿元。其中：…)
            // … or the one whose words end as every part's do (比预算超收3920.24亿元。其中，中央…超收…，地方…超收…)
            Placed first = null;
            // …；站前区…18.2亿元…；西市区一般公共预算收入18.4亿元…。[其中：西市区本级…]: after a run of items parted by
            // semicolons, the list is of the last item, not of the sentence's first
            int lastItem = lastOfRun(t, partClass);
            for (Placed q : t.facts()) {
                // 62339万元(其中旗本级完成52031万元,…)。其中：税收收入…: a figure in brackets is an aside, not the total
                if (q.start() > lastItem && isTotalOf(q, partClass) && !Clauses.asideClosedBefore(t.text(), q.end(), t.text().length())) {
                    if (first == null) {
                        first = q;
                    } else if (joinedGroups(t.text(), first, q)) {
                        return null; // 49个开发区和5个工业园区。其中：东部32个…: the parts may split both groups, or one
                    } else if (CheckWords.firstIn(words.totalCues(), q.label()) != null) {
                        return q;
                    } else if (partsEnding != null && TextForms.bare(q.label()).endsWith(partsEnding)) {
                        // 公立医院458个，民营医院1483个。医院按床位数分：…: a classification of the whole splits neither of two
                        // groups named as its parts are, siblings of a whole the text does not state (after 其中 the list
                        // splits the last: 中央级收入…；地方级收入274.2亿元。其中，省本级收入…，市县级收入…)
                        return classified && TextForms.bare(first.label()).endsWith(partsEnding) ? null : q;
                    }
                }
            }
            if (first == null && classified && t.facts().stream().noneMatch(q -> partClass.equals(Figures.unitClass(q.fact(), words)))) {
                // 投资累计完成11.68亿元…。施工项目个数为65个…。按地域分：城镇投资59832万元…: a classification splits the last
                // total of its kind; a sentence between with no figure of that kind (a count of projects) is passed over
                continue;
            }
            return first;
        }
        return null;
    }

    /** The most sentences back, across paragraphs, where the whole a classification names is looked for. */
    private static final int WHOLE_REACH = 8;
    /** The longest name of the whole a classification names before its cue (医院|按床位数分). */
    private static final int WHOLE_NAME = 12;

    /**
     * 医院按床位数分：… names what it classifies (医院) right before the cue, in the cue's clause: that name, or null when the
     * clause opens with the cue (按阶段划分：…) or the words before it are more than a name.
     */
    private String classifiedWhole(String text, int cueStart) {
        int clause = Clauses.start(text, cueStart);
        String name = TextForms.bare(text.substring(clause, cueStart));
        if (name.isEmpty() && clause > 1) {
            // 全区常住人口中，按性别分布：… names the whole in the clause before, as what the parts are within
            int before = Clauses.start(text, clause - 1);
            String within = TextForms.bare(text.substring(before, clause - 1));
            if (before == 0 && within.endsWith("中")) {
                name = Figures.cutPrefixes(within.substring(0, within.length() - 1), words);
            }
        }
        return name.length() >= 2 && name.length() <= WHOLE_NAME && name.chars().allMatch(c -> TextForms.isHan((char) c)) ? name : null;
    }

    /**
     * 其中：医院23170个…。医院中，公立医院13384个，民营医院9786个。医院按床位数分：…: the whole a classification names is the
     * nearest figure before it of the parts' kind stated by that very name (not 公立医院, a kind of it), in its sentence or up
     * to {@link #WHOLE_REACH} sentences back, paragraphs crossed; null when there is none.
     */
    private Placed wholeByName(DocumentView d, SentenceView s, int cueStart, String partClass, String whole) {
        List<SentenceView> sentences = d.sentences();
        for (int i = s.index(); i >= 0 && i > s.index() - WHOLE_REACH; i--) {
            SentenceView t = sentences.get(i);
            List<Placed> facts = t.facts();
            for (int j = facts.size() - 1; j >= 0; j--) {
                Placed q = facts.get(j);
                if ((t != s || q.end() <= cueStart) && isTotalOf(q, partClass) && q.fact().basis() != Basis.CHANGE
                        && whole.equals(Figures.indicatorKey(q.fact(), words))) {
                    return q;
                }
            }
        }
        return null;
    }

    /** Items parted by semicolons that make a run of like items: at least this many, each with a figure of the kind. */
    private static final int RUN_ITEMS = 3;

    /**
     * Where the last item of a run of like items in {@code t} starts (营口市本级…25.9亿元…；盖州市…13.2亿元…；西市区…18.4亿元…: every
     * item parted by semicolons states a figure of the kind), or −1 when the sentence is no such run.
     */
    private int lastOfRun(SentenceView t, String partClass) {
        String text = t.text();
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '；' || text.charAt(i) == ';') {
                starts.add(i + 1);
            }
        }
        if (starts.size() < RUN_ITEMS || CheckWords.firstIn(words.breakdownCues(), text.substring(0, starts.get(1))) != null) {
            return -1; // 工业总产值18399万元，其中：国有企业…；集体企业…；…: the items are the parts of the first, not a run of wholes
        }
        for (int k = 0; k < starts.size(); k++) {
            int from = starts.get(k);
            int to = k + 1 < starts.size() ? starts.get(k + 1) : text.length();
            if (t.facts().stream().noneMatch(q -> q.start() >= from && q.end() <= to && isTotalOf(q, partClass))) {
                return -1;
            }
        }
        return starts.get(starts.size() - 1) - 1;
    }

    /** Whether {@code b} is a second group joined to {@code a} within one clause (…和…, …及…). */
    private static boolean joinedGroups(String text, Placed a, Placed b) {
        if (b.start() <= a.end() || b.start() > text.length()) {
            return false;
        }
        String between = text.substring(a.end(), b.start());
        return between.chars().noneMatch(c -> "，,；;：:。".indexOf(c) >= 0)
                && org.govfacts.text.Clauses.CONJUNCTIONS.chars().anyMatch(c -> between.indexOf(c) >= 0);
    }

    /**
     * Whether the second figure of kind {@code k} in the clause opens a comma clause with a word of now (目前, 现已), or
     * with a stage alone (100个重点建设项目，开工78个): how many of the first reached it.
     */
    private boolean progressOfFirst(String text, List<Placed> clause, String k) {
        Placed first = null;
        for (Placed q : clause) {
            if (!k.equals(partClass(q))) {
                continue;
            }
            if (first == null) {
                first = q;
            } else {
                int comma = Math.max(text.lastIndexOf('，', q.start()), text.lastIndexOf(',', q.start()));
                if (comma < first.end()) {
                    return false;
                }
                String opening = text.substring(comma + 1, q.start()).strip();
                String period = q.fact().period();
                // 1至4月|已开工4个: when, then the stage (目前, itself a word of now, opens progress as it stands)
                String staged = period != null && !period.isEmpty() && opening.startsWith(period) ? opening.substring(period.length()).strip() : opening;
                return words.progressOpeners().stream().anyMatch(opening::startsWith) || stageOfFirst(text, first, comma, staged);
            }
        }
        return false;
    }

    /**
     * 100个重点建设项目，开工78个: a comma clause that is a stage of check_status_words.txt alone (已 before it allowed)
     * counts those of the figure before that reached it, unless that figure is itself counted by stage (续建120个，新开工80个:
     * two stages, the parts of a list).
     */
    private boolean stageOfFirst(String text, Placed first, int comma, String opening) {
        String stage = opening.startsWith("已") ? opening.substring(1) : opening;
        if (!words.statusWords().contains(stage)) {
            return false;
        }
        String firstClause = text.substring(Math.min(Clauses.start(text, first.start()), comma), comma);
        return CheckWords.firstIn(words.statusWords(), firstClause) == null;
    }
}
