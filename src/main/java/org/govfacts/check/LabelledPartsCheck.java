package org.govfacts.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.govfacts.fact.Basis;
import org.govfacts.fact.Fact;
import org.govfacts.text.Clauses;

/**
 * A paragraph of totals followed by labelled paragraphs of its parts, each stating the same items:
 * 全县义务教育中小学30所。校舍总面积57.74万平方米…; ——小学。…校舍总面积25.48万平方米…; ——初中。…校舍总面积32.26万平方米…
 * says 25.48 + 32.26 = 57.74. An item is compared where the total paragraph and every labelled paragraph of the run state
 * it once, by one indicator, of one kind (levels with levels, changes with changes). The labels may name only some of the
 * total's parts (——小学, ——初中 under 义务教育, then ——高中 beside it), so a sum that misses is called inconsistent only
 * when another item of the same paragraphs adds up, which shows the labels split the total, and one misprinted figure
 * mends the sum; else it says nothing. The same holds for clauses parted by semicolons, each opened by its scope
 * (从单位性质看：行政单位资产总额…，负债总额…；事业单位资产总额…), under the totals stated right before them ({@link #scopedRuns}).
 */
final class LabelledPartsCheck {
    /** Fewer labelled paragraphs than this make no split. */
    private static final int MIN_PARTS = 2;

    private final CheckWords words;

    LabelledPartsCheck(CheckWords words) {
        this.words = words;
    }

    /** The labelled paragraphs of {@code d}, and the scoped clause runs found by {@link #scopedRuns}. */
    List<Finding> check(DocumentView d, List<ScopedRun> runs) {
        Map<Integer, List<Placed>> byPassage = new LinkedHashMap<>();
        for (Placed p : d.placed()) {
            byPassage.computeIfAbsent(p.passage(), k -> new ArrayList<>()).add(p);
        }
        List<Integer> passages = new ArrayList<>(byPassage.keySet());
        List<Finding> out = new ArrayList<>();
        for (int i = 0; i < passages.size(); i++) {
            List<Placed> totals = byPassage.get(passages.get(i));
            if (label(totals) != null) {
                continue;
            }
            List<List<Placed>> parts = new ArrayList<>();
            List<String> labels = new ArrayList<>();
            for (int j = i + 1; j < passages.size() && passages.get(j) == passages.get(i) + (j - i); j++) {
                String l = label(byPassage.get(passages.get(j)));
                if (l == null) {
                    break;
                }
                labels.add(l);
                parts.add(byPassage.get(passages.get(j)));
            }
            if (parts.size() >= MIN_PARTS) {
                out.addAll(judge(totals, parts, labels));
            }
        }
        out.addAll(scopedClauses(runs));
        return out;
    }

    /**
     * Clauses opened by their scopes, each stating the same items in one order, that split the totals before them item by
     * item (no totals: the totals are not stated right before).
     */
    record ScopedRun(List<Placed> totals, List<List<Placed>> parts, List<String> labels, List<Map<Integer, Placed>> trailing) {
        /** Every part of the run: its clauses' and the further clauses' figures. */
        List<Placed> allParts() {
            List<Placed> out = new ArrayList<>();
            parts.forEach(out::addAll);
            trailing.forEach(clause -> clause.values().stream().filter(java.util.Objects::nonNull).forEach(out::add));
            return out;
        }

        /** Each part of the run with its total. */
        Map<Placed, Placed> totalOfPart() {
            Map<Placed, Placed> out = new java.util.IdentityHashMap<>();
            for (List<Placed> part : parts) {
                for (int j = 0; j < totals.size(); j++) {
                    out.put(part.get(j), totals.get(j));
                }
            }
            for (Map<Integer, Placed> clause : trailing) {
                clause.forEach((j, q) -> {
                    if (q != null) {
                        out.put(q, totals.get(j));
                    }
                });
            }
            return out;
        }
    }

    /**
     * 全市行政事业性资产总额13822.1亿元…；负债总额2981.4亿元…；净资产总额10840.7亿元…。从单位性质看：行政单位资产总额4347.5亿元，
     * 负债总额1143.8亿元，净资产总额3203.7亿元；事业单位资产总额9474.6亿元，…: clauses parted by semicolons, each opened by its
     * scope and stating the same items in the order of the totals stated right before them (the sentence before, or the
     * same sentence before the clauses). An item is matched to its total by position, the two indicators ending alike
     * (资产总额), more alike than with any other total. As with labelled paragraphs, a sum that misses is inconsistent only
     * when another item of the same clauses adds up (从重点行业看：教育…；卫生… names some of the scopes only).
     */
    List<ScopedRun> scopedRuns(DocumentView d) {
        List<ScopedRun> out = new ArrayList<>();
        SentenceView usedAsParts = null;
        List<SentenceView> sentences = d.sentences();
        for (int i = 0; i < sentences.size(); i++) {
            SentenceView s = sentences.get(i);
            List<List<Placed>> clauses = addableByClause(s);
            ScopedRun numbered = numberedRun(clauses, listItemsAfter(d, i));
            if (numbered != null) {
                out.add(numbered);
                continue;
            }
            for (int a = 0; a + MIN_PARTS <= clauses.size(); a++) {
                int m = clauses.get(a).size();
                int b = a + 1;
                while (b < clauses.size() && clauses.get(b).size() == m) {
                    b++;
                }
                if (m < 2 || b - a < MIN_PARTS) {
                    continue;
                }
                List<Placed> totals = totalsBefore(d, s, clauses, a, m, usedAsParts);
                List<List<Placed>> parts = List.copyOf(clauses.subList(a, b));
                if (totals == null || !aligned(totals, parts)) {
                    if (aligned(parts.get(0), parts.subList(1, parts.size()))) {
                        // 从重点行业看：教育行业资产总额…，负债总额173亿元；卫生行业…: scopes whose totals are not stated before
                        out.add(new ScopedRun(List.of(), parts, List.of(), List.of()));
                        usedAsParts = s;
                        break;
                    }
                    continue;
                }
                List<String> labels = new ArrayList<>();
                String total = Figures.indicatorKey(totals.get(0).fact(), words);
                for (List<Placed> part : parts) {
                    String key = Figures.indicatorKey(part.get(0).fact(), words);
                    labels.add(key.substring(0, key.length() - commonSuffix(key, total)));
                }
                out.add(new ScopedRun(totals, parts, List.copyOf(labels), trailingSiblings(totals, clauses, b)));
                usedAsParts = s;
                break;
            }
        }
        return out;
    }

    /**
     * (1)在建项目75个，总投资1111.41亿元，年度计划投资229.3亿元；(2)…；(3)预备项目5个，总投资60亿元: the clauses right after a run
     * that state fewer of its items, each figure of the item whose total its indicator ends most alike. They are the list's
     * further parts: an item they state adds them, and an item they leave out may have a part the text does not state.
     */
    private List<Map<Integer, Placed>> trailingSiblings(List<Placed> totals, List<List<Placed>> clauses, int from) {
        List<Map<Integer, Placed>> out = new ArrayList<>();
        for (int c = from; c < clauses.size() && !clauses.get(c).isEmpty() && clauses.get(c).size() < totals.size(); c++) {
            java.util.TreeMap<Integer, Placed> items = new java.util.TreeMap<>();
            for (Placed q : clauses.get(c)) {
                int j = alignedTotal(totals, q);
                if (j < 0 || items.containsKey(j) || !items.isEmpty() && j < items.lastKey()) {
                    return out; // not the items of the run in their order: no sibling
                }
                items.put(j, q);
            }
            out.add(items);
        }
        return out;
    }

    /** The words a clause opens with before its first figure ((3)预备项目 of (3)预备项目5个，总投资60亿元), to name it. */
    private static String clauseOpening(Placed q) {
        String text = q.sentence().text();
        int from = Math.max(Math.max(text.lastIndexOf('；', q.start()), text.lastIndexOf(';', q.start())), text.lastIndexOf('：', q.start())) + 1;
        int to = q.start();
        for (Placed p : q.sentence().facts()) {
            if (p.start() >= from && p.start() < to) {
                to = p.start();
            }
        }
        String opening = TextForms.light(text.substring(from, to)).strip();
        return opening.isEmpty() ? TextForms.light(q.label()) : opening;
    }

    /** The total {@code q}'s indicator ends most alike (two characters at least, more than with any other), of its class; else -1. */
    private int alignedTotal(List<Placed> totals, Placed q) {
        for (int j = 0; j < totals.size(); j++) {
            if (endsLike(totals, q, j, false)) {
                return j;
            }
        }
        return -1;
    }

    /**
     * Whether {@code q} is of the {@code j}-th total's class and its indicator ends like that total's (two characters at
     * least) and more than like any other total's, or, where {@code tiesAllowed}, at least as much.
     */
    private boolean endsLike(List<Placed> totals, Placed q, int j, boolean tiesAllowed) {
        if (!Figures.sameClass(q.fact(), totals.get(j).fact(), words)) {
            return false;
        }
        String key = Figures.indicatorKey(q.fact(), words);
        int own = commonSuffix(key, Figures.indicatorKey(totals.get(j).fact(), words));
        if (own < 2) {
            return false;
        }
        for (int k = 0; k < totals.size(); k++) {
            int other = k == j ? 0 : commonSuffix(key, Figures.indicatorKey(totals.get(k).fact(), words));
            if (other > own || other == own && !tiesAllowed) {
                return false;
            }
        }
        return true;
    }

    /** (1), （二）, 3., ②: the number a list's item opens with. */
    private static final java.util.regex.Pattern ITEM_NUMBER =
            java.util.regex.Pattern.compile("^\\s*(?:[(（][0-9一二三四五六七八九十]{1,2}[)）]|[0-9]{1,2}[.、．](?![0-9])|[①-⑳])");
    /** 其中:, 分别为： — the words that open a list of parts right before its first item. */
    private static final java.util.regex.Pattern LIST_OPENS = java.util.regex.Pattern.compile("其中\\s*[:：]\\s*$");

    /**
     * The sentences after the {@code i}-th that are a numbered list's items on lines of their own, where the text between it
     * and the first item ends in 其中: (the sentence states the totals the items split); none otherwise.
     */
    private static List<SentenceView> listItemsAfter(DocumentView d, int i) {
        List<SentenceView> sentences = d.sentences();
        String original = d.originalText();
        if (original == null || i + 1 >= sentences.size()) {
            return List.of();
        }
        SentenceView s = sentences.get(i);
        SentenceView first = sentences.get(i + 1);
        int from = Math.min(s.originalEnd(), original.length());
        int to = Math.min(first.originalStart(), original.length());
        String opening = from <= to ? s.text() + original.substring(from, to) : s.text();
        if (!LIST_OPENS.matcher(opening.strip()).find()) {
            return List.of();
        }
        List<SentenceView> out = new ArrayList<>();
        for (int k = i + 1; k < sentences.size() && ITEM_NUMBER.matcher(sentences.get(k).text()).lookingAt(); k++) {
            out.add(sentences.get(k));
        }
        return out.size() >= MIN_PARTS ? out : List.of();
    }

    /**
     * 131个市级重大项目，总投资1520.63亿元，年度计划投资373.5亿元。其中:\n(1)在建项目75个，总投资1111.41亿元…;\n(2)…;\n(3)预备项目5个，
     * 总投资60亿元: numbered items on lines of their own, each stating some of the totals of the sentence that opens the list,
     * each figure of the total its indicator ends most alike (the first such figure of an item, when it has several).
     */
    private ScopedRun numberedRun(List<List<Placed>> openingClauses, List<SentenceView> items) {
        if (items.isEmpty()) {
            return null;
        }
        List<Placed> totals = new ArrayList<>();
        openingClauses.forEach(totals::addAll);
        if (totals.isEmpty()) {
            return null;
        }
        List<Map<Integer, Placed>> stated = new ArrayList<>();
        for (SentenceView item : items) {
            Map<Integer, Placed> byTotal = new java.util.TreeMap<>();
            for (List<Placed> clause : addableByClause(item)) {
                for (Placed q : clause) {
                    int j = alignedTotal(totals, q);
                    if (j >= 0 && !byTotal.containsKey(j)) {
                        byTotal.put(j, q);
                    } else if (j >= 0) {
                        byTotal.put(j, null); // two figures of one total: which is the item's own is not told
                    }
                }
            }
            stated.add(byTotal);
        }
        return new ScopedRun(List.copyOf(totals), List.of(), List.of(), stated);
    }

    private List<Finding> scopedClauses(List<ScopedRun> runs) {
        List<Finding> out = new ArrayList<>();
        for (ScopedRun run : runs) {
            if (run.totals().isEmpty()) {
                continue;
            }
            List<Finding> sums = new ArrayList<>();
            List<Finding> open = new ArrayList<>();
            for (int j = 0; j < run.totals().size(); j++) {
                List<Placed> found = new ArrayList<>();
                for (List<Placed> part : run.parts()) {
                    found.add(part.get(j));
                }
                List<String> labels = new ArrayList<>(run.labels());
                boolean whole = true;
                for (Map<Integer, Placed> clause : run.trailing()) {
                    Placed q = clause.get(j);
                    if (q == null) {
                        whole = false; // not stated, or stated twice
                    } else {
                        found.add(q);
                        String key = Figures.indicatorKey(q.fact(), words);
                        int common = commonSuffix(key, Figures.indicatorKey(run.totals().get(j).fact(), words));
                        labels.add(common < key.length() ? key.substring(0, key.length() - common) : clauseOpening(q));
                    }
                }
                if (found.size() < MIN_PARTS) {
                    continue;
                }
                Finding f = sum(run.totals().get(j), found, labels, "clauses");
                (whole ? sums : open).add(f);
            }
            // an item a further clause leaves out may have a part there the text does not state: only a sum that adds up tells,
            // and it shows the clauses split the totals as well as one every clause states
            List<Finding> added = open.stream().filter(f -> f.verdict() == Verdict.CONSISTENT).toList();
            List<Finding> judged = new ArrayList<>(sums);
            judged.addAll(added);
            out.addAll(splitShown(judged));
        }
        return out;
    }

    /** The addable levels (no changes) of each clause of {@code s}, clauses parted by semicolons outside brackets. */
    private List<List<Placed>> addableByClause(SentenceView s) {
        String text = s.text();
        List<List<Placed>> out = new ArrayList<>();
        for (int[] span : Clauses.spansOutsideBrackets(text, 0, "；;")) {
            List<Placed> current = new ArrayList<>();
            for (Placed q : s.facts()) {
                if (q.start() >= span[0] && q.start() < span[1] && Clauses.bracketDepth(text, 0, q.start()) == 0
                        && Figures.isAddable(q, words) && q.fact().basis() != Basis.CHANGE && q.fact().value() != null
                        && Figures.indicatorKey(q.fact(), words) != null) {
                    current.add(q);
                }
            }
            out.add(current);
        }
        return out;
    }

    /**
     * The {@code m} totals right before clause {@code a}: the last addable levels of the clauses before it in the sentence,
     * or, when the clauses open the sentence, of the sentence before in the same passage (not itself a run of parts).
     */
    private List<Placed> totalsBefore(DocumentView d, SentenceView s, List<List<Placed>> clauses, int a, int m, SentenceView usedAsParts) {
        List<Placed> before = new ArrayList<>();
        for (int i = 0; i < a; i++) {
            before.addAll(clauses.get(i));
        }
        if (before.isEmpty()) {
            SentenceView prev = d.sentenceBefore(s);
            if (prev == null || prev.passage() != s.passage() || prev == usedAsParts) {
                return null;
            }
            addableByClause(prev).forEach(before::addAll);
        }
        return before.size() < m ? null : List.copyOf(before.subList(before.size() - m, before.size()));
    }

    /**
     * Whether each clause's j-th figure is of the j-th total (or of the j-th item of a first clause): of its class, its indicator
     * ending most alike that total's.
     */
    private boolean aligned(List<Placed> totals, List<List<Placed>> parts) {
        for (List<Placed> part : parts) {
            for (int j = 0; j < totals.size(); j++) {
                if (!endsLike(totals, part.get(j), j, true)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static int commonSuffix(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(a.length() - 1 - n) == b.charAt(b.length() - 1 - n)) {
            n++;
        }
        return n;
    }

    private static String label(List<Placed> passage) {
        return RestatementCheck.paragraphLabel(passage.get(0).sentence().lead());
    }

    private List<Finding> judge(List<Placed> totals, List<List<Placed>> parts, List<String> labels) {
        List<Finding> sums = new ArrayList<>();
        for (Placed total : totals) {
            String key = keyOf(total);
            if (key == null || once(totals, key) == null) {
                continue;
            }
            List<Placed> found = new ArrayList<>();
            for (List<Placed> part : parts) {
                Placed p = once(part, key);
                if (p == null) {
                    break;
                }
                found.add(p);
            }
            if (found.size() == parts.size()) {
                sums.add(sum(total, found, labels, "paragraphs"));
            }
        }
        return splitShown(sums);
    }

    /** The sums that add up, and those that miss where another adds up (the parts split the total) and one misprint mends it. */
    private static List<Finding> splitShown(List<Finding> sums) {
        boolean split = sums.stream().anyMatch(f -> f.verdict() == Verdict.CONSISTENT);
        List<Finding> out = new ArrayList<>();
        for (Finding f : sums) {
            if (f.verdict() == Verdict.CONSISTENT || split && Plausibility.mendedByOneMisprint(f)) {
                out.add(f);
            }
        }
        return out;
    }

    /** An item's key: its indicator, its kind of amount, and whether it is a change on the year before. */
    private String keyOf(Placed p) {
        Fact f = p.fact();
        String indicator = Figures.indicatorKey(f, words);
        if (!Figures.isAddable(p, words) || f.value() == null || indicator == null || !Figures.isSpecific(indicator, words)) {
            return null;
        }
        return indicator + "|" + Figures.unitClass(f, words) + "|" + (f.basis() == Basis.CHANGE);
    }

    /** The one figure of {@code passage} with {@code key}, or null when none or several state it. */
    private Placed once(List<Placed> passage, String key) {
        Placed found = null;
        for (Placed p : passage) {
            if (key.equals(keyOf(p))) {
                if (found != null) {
                    return null;
                }
                found = p;
            }
        }
        return found;
    }

    private static Finding sum(Placed total, List<Placed> parts, List<String> labels, String partsAre) {
        Fact t = total.fact();
        Interval sum = Interval.point(0);
        double exact = 0;
        StringBuilder terms = new StringBuilder();
        List<Fact> facts = new ArrayList<>();
        facts.add(t);
        for (Placed p : parts) {
            sum = sum.plus(Amounts.interval(p.fact()));
            exact += p.fact().value();
            terms.append(terms.length() == 0 ? "" : " + ").append(Amounts.show(p.fact().value(), t));
            facts.add(p.fact());
        }
        Interval stated = Amounts.interval(t);
        double scale = Amounts.displayScale(t);
        String unit = Amounts.displayUnit(t);
        double tolerance = sum.halfWidth() + stated.halfWidth();
        String what = "“" + TextForms.light(t.indicator()) + "” of the " + partsAre + " " + String.join(", ", labels);
        if (sum.meets(stated)) {
            return BreakdownCheck.finding(Verdict.CONSISTENT, facts, exact, t, tolerance,
                    "The parts of " + what + " add up to the total stated before them: " + terms + " = "
                            + Amounts.show(exact, t) + BreakdownCheck.tolerancePhrase(tolerance / scale, unit) + ".");
        }
        return BreakdownCheck.finding(Verdict.INCONSISTENT, facts, exact, t, tolerance,
                "The parts of " + what + " add up to " + Amounts.show(exact, t) + " (" + terms + "), not the total "
                        + Amounts.show(t.value(), t) + " stated before them" + BreakdownCheck.allowance(tolerance / scale, unit)
                        + ". Compared because each labelled " + partsAre.replaceFirst("s$", "") + " states the item once, as the totals before do, and"
                        + " another item of the same " + partsAre + " adds up, so the labels split the total.");
    }
}
