package org.govfacts.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.govfacts.fact.Basis;
import org.govfacts.fact.Fact;
import org.govfacts.text.Clauses;

/**
 * Breakdowns by a classification that splits its whole by definition ({@code dictionaries/
 * check_partitions.tsv}: 生产总值 into 第一/第二/第三产业, 第二产业 into 工业 and 建筑业): figures whose
 * indicators open with every part of a line, one after another in a paragraph, whatever joins them
 * (commas, semicolons, a full stop: 其中第一产业增加值8.81亿元，增长3.7%，第二产业增加值376.20亿元，…).
 * A report that names every part has named the whole split, so a shortfall is an error, not a list
 * naming only some parts. Figures of a nested split (工业, 建筑业 inside 第二产业) may stand between the
 * parts; any other figure of their kind ends the run. The total is the nearest earlier figure of the
 * kind whose indicator names the whole, for the same period, status and place.
 */
final class PartitionBreakdowns {
    /** How long a word before a part's name may be (新登记, 新增) when telling which parts a list names. */
    private static final int OPENING_WORD = 3;

    /** How many figures of the parts' kind before the first part the total may stand. */
    private static final int TOTAL_REACH = 8;

    /**
     * One line of the dictionary: the whole's spellings, per part its spellings, what the parts measure
     * ("" unsaid), and the names of all parts at once (三次产业).
     */
    record Partition(List<String> whole, List<List<String>> parts, String measure, List<String> allParts) {
        /** The lines of check_partitions.tsv with two parts or more. */
        static List<Partition> all(CheckWords words) {
            List<Partition> out = new ArrayList<>();
            for (String[] row : words.partitions()) {
                List<List<String>> parts = new ArrayList<>();
                for (String part : row[1].split("\\s+")) {
                    if (!part.isBlank()) {
                        parts.add(List.of(part.split("\\|")));
                    }
                }
                if (parts.size() >= 2) {
                    out.add(new Partition(List.of(row[0].split("\\|")), List.copyOf(parts), row.length > 2 ? row[2].strip() : "",
                            row.length > 3 ? List.of(row[3].strip().split("\\|")) : List.of()));
                }
            }
            return List.copyOf(out);
        }
    }

    /** How many figures before the first contribution the growth of the whole may stand. */
    private static final int GROWTH_REACH = 16;
    /** How many paragraphs back the growth of a whole a pull names may stand (a bulletin's lines of parts between). */
    private static final int NAMED_WHOLE_PASSAGES = 6;

    private final CheckWords words;
    private final List<Partition> partitions;

    /** A year a growth is compared with (比1949年), after a comparison head. */
    private final java.util.regex.Pattern yearBase;

    PartitionBreakdowns(CheckWords words) {
        this.words = words;
        this.partitions = Partition.all(words);
        this.yearBase = java.util.regex.Pattern.compile("(?:" + String.join("|", words.comparisonHeads().stream()
                .map(java.util.regex.Pattern::quote).toList()) + ")\\s*((?:19|20)\\d{2})\\s*年");
    }

    List<Breakdown> find(DocumentView d) {
        List<Breakdown> out = new ArrayList<>();
        List<Placed> all = d.placed();
        for (Partition p : partitions) {
            // a run's figures start no other run; a figure inside one may start its own (天然林面积…，天然林蓄积…；人工林面积…，人工林蓄积…)
            java.util.Set<Placed> taken = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            for (int i = 0; i < all.size(); i++) {
                Placed first = all.get(i);
                if (taken.contains(first) || !Figures.isAddable(first, words) || partOf(first, p) < 0) {
                    continue;
                }
                List<Placed> run = run(all, i, p, q -> Figures.isAddable(q, words) && Figures.sameClass(q.fact(), first.fact(), words)
                        && q.fact().basis() != Basis.CHANGE, true);
                if (run == null) {
                    continue;
                }
                Placed total = total(all, i, p, run);
                if (total != null) {
                    out.add(new Breakdown(total, run, Breakdown.Form.PARTITION));
                    taken.addAll(run);
                }
            }
        }
        out.addAll(contributions(d));
        out.addAll(pullsPerPart(d));
        return out;
    }

    /**
     * 1952年，全区工农业总产值比1949年增长30.4%…其中：农业总产值增长40.9%…；工业总产值增长1.7倍: every part of a split by
     * definition with a growth in per cent of its own and no level, in one paragraph, after the growth of the whole (the
     * nearest growth before them, in their paragraph or the one before). The parts' growths and the whole's compare against
     * one base: where two of them name theirs (比1949年, 比上年), the bases agree. A split with a part that can be below zero
     * (货物和服务净出口: check_signed_parts.txt) has no growth of its parts that makes the whole's.
     */
    List<Breakdown> growthSplits(DocumentView d) {
        List<Breakdown> out = new ArrayList<>();
        List<Placed> all = d.placed();
        for (Partition p : partitions) {
            if (p.parts().stream().flatMap(List::stream).anyMatch(w -> CheckWords.firstIn(words.signedParts(), w) != null)) {
                continue; // 货物和服务净出口 may be below zero: the whole's growth is no mean of its parts'
            }
            for (int i = 0; i < all.size(); i++) {
                Placed first = all.get(i);
                if (!plainGrowth(first) || partOf(first, p) < 0) {
                    continue;
                }
                List<Placed> run = run(all, i, p, PartitionBreakdowns::plainGrowth, false);
                Placed total = run == null ? null : growthOfWholeBefore(all, i, p, first);
                if (total != null && run.stream().allMatch(q -> partOnWholesBase(namedBase(total), namedBase(q)))) {
                    out.add(new Breakdown(total, run, Breakdown.Form.PARTITION));
                    i = all.indexOf(run.get(run.size() - 1));
                }
            }
        }
        return out;
    }

    /** A growth in per cent on a base (增长40.9%, 增长1.7倍), exact, of no yearly average or pull. */
    private static boolean plainGrowth(Placed q) {
        Fact f = q.fact();
        return Figures.isExactPercentRate(f) && (f.basis() == null || f.basis() == Basis.YOY);
    }

    /**
     * The nearest growth before figure {@code i}, when it is of the whole of {@code p}; growths of means per head are passed,
     * and under a heading (分轻重工业看，重工业…) so are the growths of other classifications between it and the whole.
     */
    private Placed growthOfWholeBefore(List<Placed> all, int i, Partition p, Placed first) {
        String head = head(first, p);
        boolean headed = underHeading(first);
        for (int j = i - 1; j >= 0; j--) {
            Placed q = all.get(j);
            if (first.passage() - q.passage() > 1) {
                return null;
            }
            if (!plainGrowth(q)) {
                continue;
            }
            String ind = indicator(q.fact());
            if (CheckWords.firstIn(words.perUnitCues(), ind) != null) {
                continue; // 人均生产总值增长8.3%: the growth of a mean per head
            }
            for (String w : p.whole()) {
                int at = ind.indexOf(w);
                if (at >= 0 && sameFrame(q.fact(), first.fact()) && alike(head, ind.substring(at + w.length()))) {
                    return q;
                }
            }
            if (!headed) {
                return null; // the growth right before is of something else: the parts may be its
            }
        }
        return null;
    }

    /** Whether the figure's clause opens with a breakdown heading (分轻重工业看，, 按行业分：: breakdown-headings.txt). */
    private boolean underHeading(Placed q) {
        String text = q.sentence().text();
        int from = Clauses.groupStart(text, Math.max(0, q.start() - 1));
        int comma = from;
        while (comma < q.start() && "，,：:".indexOf(text.charAt(comma)) < 0) {
            comma++;
        }
        return comma < q.start() && words.breakdownHeadings().matches(TextForms.light(text.substring(from, comma)).strip());
    }

    /**
     * The base a growth names in the words before it: a year after a comparison head (比1949年: check_comparison_heads.txt),
     * "" for the year before (比上年, 同比: yoy-cues.txt), or null when it names none; the last named counts.
     */
    private String namedBase(Placed g) {
        String label = TextForms.bare(TextForms.light(g.label()));
        String base = null;
        int at = -1;
        java.util.regex.Matcher m = yearBase.matcher(label);
        while (m.find()) {
            base = m.group(1);
            at = m.start();
        }
        for (String cue : words.yearOnYearCues()) {
            int i = label.lastIndexOf(cue);
            if (i > at) {
                base = "";
                at = i;
            }
        }
        return base;
    }

    /**
     * Whether a part's growth is on the whole's base: it names none (增长40.9% under the whole's 比1949年) or the same one;
     * a year of its own under a whole that names none (so the year before) is another base.
     */
    private static boolean partOnWholesBase(String whole, String part) {
        return part == null || part.equals(whole == null ? "" : whole);
    }

    /**
     * 最终消费支出拉动国内生产总值增长1.0个百分点，资本形成总额拉动…1.5个百分点，货物和服务净出口拉动…0.5个百分点: one sentence,
     * one pull in points a clause, each clause naming one part of a partition before its pull, every part once; together
     * the pulls make the growth of the whole stated before (比上年增长3.0%).
     */
    private List<Breakdown> pullsPerPart(DocumentView d) {
        List<Breakdown> out = new ArrayList<>();
        List<Placed> all = d.placed();
        for (SentenceView s : d.sentences()) {
            for (Partition p : partitions) {
                List<Placed> list = new ArrayList<>();
                boolean[] seen = new boolean[p.parts().size()];
                for (Placed q : s.facts()) {
                    if (!isContribution(q.fact())) {
                        continue;
                    }
                    int k = partNamedInClause(s, q, p);
                    if (k < 0 || seen[k]) {
                        list.clear();
                        java.util.Arrays.fill(seen, false);
                        if (k < 0) {
                            continue;
                        }
                    }
                    seen[k] = true;
                    list.add(q);
                    if (list.size() == seen.length) {
                        Placed total = growthOfWhole(all, all.indexOf(list.get(0)), p, list.get(0));
                        if (total != null) {
                            out.add(new Breakdown(total, List.copyOf(list), Breakdown.Form.PARTITION));
                        }
                        list.clear();
                        java.util.Arrays.fill(seen, false);
                    }
                }
            }
        }
        return out;
    }

    /** The one part of {@code p} named in the clause of {@code q} before it (全年最终消费支出拉动…), or -1 (none, or two). */
    private static int partNamedInClause(SentenceView s, Placed q, Partition p) {
        String t = s.text();
        int at = q.start();
        String clause = t.substring(org.govfacts.text.Clauses.start(t, at, 0), at);
        int found = -1;
        for (int k = 0; k < p.parts().size(); k++) {
            for (String w : p.parts().get(k)) {
                if (clause.contains(w)) {
                    if (found >= 0 && found != k) {
                        return -1;
                    }
                    found = k;
                }
            }
        }
        return found;
    }

    /**
     * 三次产业…分别拉动GDP增长0.7个、5.1个、6.5个百分点: one contribution in points per part of a
     * partition its sentence names at once, a list as long as the partition, against the nearest
     * earlier growth rate of the whole (同比增长12.3%) for the same period, status and place.
     */
    private List<Breakdown> contributions(DocumentView d) {
        List<Breakdown> out = new ArrayList<>();
        List<Placed> all = d.placed();
        for (SentenceView s : d.sentences()) {
            for (Partition p : partitions) {
                int named = -1;
                for (String w : p.allParts()) {
                    int at = s.text().indexOf(w);
                    if (at >= 0 && (named < 0 || at < named)) {
                        named = at;
                    }
                }
                if (named < 0) {
                    continue;
                }
                List<Placed> list = new ArrayList<>();
                for (Placed q : s.facts()) {
                    if (q.start() < named || !isContribution(q.fact())) {
                        continue;
                    }
                    if (!list.isEmpty() && !glued(s.text(), list.get(list.size() - 1).end(), q.start())) {
                        break;
                    }
                    list.add(q);
                }
                if (list.size() != p.parts().size()) {
                    continue;
                }
                Placed total = growthOfWhole(all, all.indexOf(list.get(0)), p, list.get(0));
                if (total != null) {
                    out.add(new Breakdown(total, List.copyOf(list), Breakdown.Form.PARTITION));
                }
            }
        }
        return out;
    }

    private static boolean isContribution(Fact f) {
        return f.type() == org.govfacts.fact.FactType.GROWTH && f.basis() == Basis.CONTRIBUTION && "pp".equals(f.unit()) && f.value() != null;
    }

    /** Only list separators between two items: 、 和 及 与. */
    private static boolean glued(String text, int from, int to) {
        if (to <= from || to > text.length()) {
            return false;
        }
        return org.govfacts.text.Clauses.onlyListJoiners(text.substring(from, to));
    }

    private Placed growthOfWhole(List<Placed> all, int i, Partition p, Placed first) {
        // 最终消费支出拉动国内生产总值增长2.6个百分点 names the whole it pulls: its growth may stand a few lines up, above the
        // parts' own lines (…增长5.0%。其中：/ 第一产业增加值…/ …比重…/ pulls); a pull that names no whole keeps to the paragraph before
        int passages = p.whole().stream().anyMatch(indicator(first.fact())::contains) ? NAMED_WHOLE_PASSAGES : 1;
        for (int j = i - 1; j >= 0 && i - j <= GROWTH_REACH; j--) {
            Placed q = all.get(j);
            if (first.passage() - q.passage() > passages) {
                return null;
            }
            Fact f = q.fact();
            if (f.type() != org.govfacts.fact.FactType.GROWTH || !"%".equals(f.unit()) || f.basis() != null && f.basis() != Basis.YOY
                    || f.value() == null || !sameFrame(f, first.fact())) {
                continue;
            }
            String ind = indicator(f);
            if (CheckWords.firstIn(words.perUnitCues(), ind) != null) {
                continue; // 人均生产总值增长8.3%: the growth of a mean per head, not of the whole the parts pull
            }
            if (p.whole().stream().anyMatch(ind::contains)) {
                return q;
            }
        }
        return null;
    }

    /**
     * The parts of {@code p} from figure {@code i} on, in the order written, or null when some part is missing or named twice:
     * figures of the run's kind ({@code ofKind}: levels of the first's class, or growths) only, the others between passed over.
     * With {@code otherYears}, a part's figure of another period stands beside its own and is passed over too.
     */
    private List<Placed> run(List<Placed> all, int i, Partition p, java.util.function.Predicate<Placed> ofKind, boolean otherYears) {
        Placed first = all.get(i);
        Placed[] found = new Placed[p.parts().size()];
        String head = head(first, p);
        int count = 0;
        for (int j = i; j < all.size() && count < found.length; j++) {
            Placed q = all.get(j);
            if (q.passage() != first.passage()) {
                return null;
            }
            if (!ofKind.test(q)) {
                continue; // growth rates between levels, levels and shares between growths (比年计划多完成43%)
            }
            int k = partOf(q, p);
            if (k >= 0 && found[k] == null && (alike(head, head(q, p)) || oneMeasure(head, head(q, p), p))
                    && measures(head(q, p), p) && sameFrame(q.fact(), first.fact())) {
                found[k] = q;
                count++;
            } else if (otherYears && k >= 0 && q.fact().periodNorm() != null && first.fact().periodNorm() != null
                    && !q.fact().periodNorm().equals(first.fact().periodNorm())) {
                continue; // 农业产值由2.19亿元(1949)扩增至289.29亿元(2018): each part's value of another year stands beside it
            } else if (k >= 0 || partOfAny(q) == null) {
                return null; // a part named twice, or a figure of the kind that is no part: the run ends short
            }
            // else a part of a nested split (工业 inside 第二产业) between the parts
        }
        if (count < found.length) {
            return null;
        }
        List<Placed> parts = new ArrayList<>(List.of(found));
        parts.sort((a, b) -> Integer.compare(all.indexOf(a), all.indexOf(b)));
        return parts;
    }

    /**
     * 城市消费品零售额 and 县及县以下零售额: two heads, each a whole spelling of the line's third column, one ending with the
     * other, measure one thing though they open differently (not 增加值 and 产值, two measures).
     */
    private static boolean oneMeasure(String a, String b, Partition p) {
        List<String> spellings = java.util.Arrays.asList(p.measure().split("\\|"));
        return !a.isEmpty() && !b.isEmpty() && spellings.contains(a) && spellings.contains(b) && (a.endsWith(b) || b.endsWith(a));
    }

    /**
     * Whether a part's head is what the line's third column names: a head opening with one of its spellings, or none
     * at all where the column lists an empty spelling (投资| : 第一产业投资 or a bare 第一产业 after an investment total).
     */
    private static boolean measures(String head, Partition p) {
        if (p.measure().isEmpty()) {
            return true; // no measure named: the head is compared with the total's only
        }
        for (String m : p.measure().split("\\|", -1)) {
            if (m.isEmpty() ? head.isEmpty() : head.startsWith(m)) {
                return true;
            }
        }
        return false;
    }

    private Placed total(List<Placed> all, int i, Partition p, List<Placed> run) {
        Placed first = run.get(0);
        String head = head(first, p);
        // bare parts (第一产业665.97亿元) say nothing of what they measure: their total must stand in their own paragraph, and
        // be the nearest amount before them (固定资产投资…，其中第一产业… is not split from a 生产总值 further back)
        boolean bare = head.isEmpty() && p.measure().contains("|");
        // 非公有制经济增加值357.64亿元…。其中，第一产业增加值37.33亿元…: 其中 splits the figure right before it, so when
        // that is not the whole, the parts are of something else (the 生产总值 further back is not theirs)
        boolean cued = cuedByList(first);
        int passages = bare ? 0 : 1;
        int reached = 0;
        for (int j = i - 1; j >= 0 && reached < TOTAL_REACH; j--) {
            Placed q = all.get(j);
            if (first.passage() - q.passage() > passages) {
                return null;
            }
            if (!Figures.isAddable(q, words) || !Figures.sameClass(q.fact(), first.fact(), words) || q.fact().basis() == Basis.CHANGE) {
                continue; // rates and shares between (比上年增长20.8%，占国内生产总值的42.3%) do not count
            }
            String ind = indicator(q.fact());
            boolean perUnit = CheckWords.firstIn(words.perUnitCues(), ind) != null;
            if (cued && perUnit) {
                continue; // 人均地区生产总值 between the total and its 其中 is no part of the split
            }
            reached++;
            for (String w : p.whole()) {
                int at = ind.indexOf(w);
                if (at >= 0 && !perUnit && sameFrame(q.fact(), first.fact())
                        && alike(head, TextForms.withoutAsides(ind.substring(at + w.length())))) { // 固定资产投资(不含农户)
                    return q;
                }
            }
            if (bare || cued) {
                return null;
            }
        }
        return null;
    }

    /** Whether a breakdown cue (其中) stands between the figure and the figure or sentence start before it. */
    private boolean cuedByList(Placed first) {
        int from = 0;
        for (Placed q : first.sentence().facts()) {
            if (q.end() <= first.start()) {
                from = Math.max(from, q.end());
            }
        }
        String before = first.sentence().text().substring(from, first.start());
        // 民营经济中，第一产业增加值5.8亿元: the sentence says whose parts these are, as 其中 does
        return CheckWords.firstIn(words.breakdownCues(), before) != null || from == 0 && WITHIN_OPENING.matcher(before).lookingAt();
    }

    /** A sentence opening with what its figures are within (民营经济中，, 规模以上工业中：). */
    private static final java.util.regex.Pattern WITHIN_OPENING = java.util.regex.Pattern.compile("\\s*\\p{IsHan}{2,10}中[，,：:]");

    /** Same period, status and place where both say one. */
    private static boolean sameFrame(Fact a, Fact b) {
        return agree(a.periodNorm(), b.periodNorm()) && agree(a.status(), b.status()) && agree(a.regionNorm(), b.regionNorm());
    }

    private static boolean agree(Object a, Object b) {
        return a == null || b == null || Objects.equals(a, b);
    }

    /** Two heads of the measure (增加值, 投资) agree when either is unsaid or they open alike (增加值完成 = 增加值). */
    private static boolean alike(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return true;
        }
        // 总产值 of the whole, 产值 of each part (工业企业总产值 and 轻工业产值): one measure
        a = a.length() > 1 && a.charAt(0) == '总' ? a.substring(1) : a;
        b = b.length() > 1 && b.charAt(0) == '总' ? b.substring(1) : b;
        int n = Math.min(2, Math.min(a.length(), b.length()));
        return a.regionMatches(0, b, 0, n);
    }

    /**
     * Whether {@code parts} split {@code total} completely by definition: one line of check_partitions.tsv names the
     * total's indicator as its whole and each part opens with another of its parts, every part once (城镇消费品零售额 and
     * 乡村消费品零售额 of 社会消费品零售总额).
     */
    boolean splitsByDefinition(Placed total, List<Placed> parts) {
        String whole = indicator(total.fact());
        for (Partition p : partitions) {
            if (parts.size() != p.parts().size() || p.whole().stream().noneMatch(whole::contains)) {
                continue;
            }
            boolean[] seen = new boolean[p.parts().size()];
            boolean all = true;
            for (Placed q : parts) {
                int k = partOf(q, p);
                if (k < 0 || seen[k] || !measures(head(q, p), p)) {
                    all = false;
                    break;
                }
                seen[k] = true;
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    /** The index of the part of {@code p} that the figure's indicator opens with, or -1. */
    private int partOf(Placed q, Partition p) {
        return partNamedWithin(q, p, 0);
    }

    /**
     * The index of the part of {@code p} the figure's indicator names at its start or after a short opening word of
     * what happened to it (新登记|企业, 新增|个体工商户), or -1: enough to tell which kinds a list leaves out.
     */
    private int partNamedIn(Placed q, Partition p) {
        return partNamedWithin(q, p, OPENING_WORD);
    }

    /** The index of the part of {@code p} whose name the figure's indicator holds within {@code reach} characters of its start, or -1. */
    private int partNamedWithin(Placed q, Partition p, int reach) {
        String ind = indicator(q.fact());
        for (int k = 0; k < p.parts().size(); k++) {
            for (String w : p.parts().get(k)) {
                int at = ind.indexOf(w);
                if (at >= 0 && at <= reach) {
                    return k;
                }
            }
        }
        return -1;
    }

    private Partition partOfAny(Placed q) {
        for (Partition p : partitions) {
            if (partOf(q, p) >= 0) {
                return p;
            }
        }
        return null;
    }

    /** What the indicator measures after the part's name (增加值 in 第一产业增加值). */
    private String head(Placed q, Partition p) {
        String ind = indicator(q.fact());
        for (List<String> spellings : p.parts()) {
            for (String w : spellings) {
                if (ind.startsWith(w)) {
                    // 第一产业完成增加值31.55亿元: a completion word after the part's name is no part of what it measures
                    String rest = ind.substring(w.length());
                    String done = CheckWords.at(words.completionWords(), rest, 0);
                    return done != null && rest.length() > done.length() ? rest.substring(done.length()) : rest;
                }
            }
        }
        return "";
    }

    /**
     * The parts a list leaves out of a split by definition its total names (农林牧渔业总产值 …其中农业…，林业…，牧业…，渔业…:
     * 农林牧渔服务业), each by its first spelling, or null when the total names no such whole or a part of the list is of none
     * of its parts: a list known to be short says nothing by falling short.
     */
    String partsLeftOut(Breakdown b) {
        String total = indicator(b.total().fact());
        for (Partition p : partitions) {
            if (p.whole().stream().noneMatch(total::contains)) {
                continue;
            }
            boolean[] named = new boolean[p.parts().size()];
            boolean all = true;
            for (Placed part : b.parts()) {
                int k = partNamedIn(part, p);
                if (k < 0) {
                    all = false;
                    break;
                }
                named[k] = true;
            }
            if (!all) {
                continue;
            }
            StringBuilder left = new StringBuilder();
            for (int k = 0; k < named.length; k++) {
                if (!named[k]) {
                    left.append(left.length() > 0 ? "、" : "").append(p.parts().get(k).get(0));
                }
            }
            if (left.length() > 0) {
                return left.toString();
            }
        }
        return null;
    }

    /** The fact's indicator in simplified light form, without an opening breakdown cue or completion word (其中, 完成). */
    private String indicator(Fact f) {
        String ind = f.indicator() == null ? "" : TextForms.bare(TextForms.light(f.indicator()));
        boolean cut = true;
        while (cut) {
            cut = false;
            for (List<String> cues : List.of(words.breakdownCues(), words.completionWords())) {
                String w = CheckWords.at(cues, ind, 0);
                if (w != null && ind.length() > w.length()) {
                    ind = ind.substring(w.length());
                    cut = true;
                }
            }
        }
        return ind;
    }
}
