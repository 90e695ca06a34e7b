package org.govfacts.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.govfacts.fact.Fact;
import org.govfacts.fact.FactType;
import org.govfacts.text.Clauses;

/**
 * Shares of the parts of a complete split (a line of {@code check_partitions.tsv}: 第一产业, 第二产业, 第三产业)
 * add up to 100%: 第一产业对全县地区生产总值的贡献率为6.6%，第二产业…为70.4%，第三产业…为23%. Each part states
 * one share in the paragraph, each under the same words after the part's name (or, after the first, none: 第二产业48.5%),
 * and those words name a share ({@code check_partition_share_words.txt}). A part stated twice, or a share that
 * is a change (提高0.5个百分点), leaves the split unchecked.
 */
final class PartitionShareCheck {
    private final CheckWords words;
    private final PartitionLevelsCheck levels;

    /** Every spelling group of check_partitions.tsv that names a part, or all parts at once, split once for opensWithPart. */
    private final List<String[]> partNames;

    PartitionShareCheck(CheckWords words) {
        this.words = words;
        this.levels = new PartitionLevelsCheck(words);
        List<String[]> names = new ArrayList<>();
        for (String[] row : words.partitions()) {
            for (String part : row[1].split("\\s+")) {
                names.add(part.split("\\|"));
            }
            if (row.length > 3) {
                names.add(row[3].strip().split("\\|")); // 三大产业对经济增长的贡献率分别为…
            }
        }
        this.partNames = List.copyOf(names);
    }

    /**
     * The share's indicator key, scope words cut (我国第一产业…: check_indicator_prefixes.txt); one that names only the
     * whole (占GDP的11.1%) takes the name of the figure before it in its group of clauses, which is the part's
     * (第一产业增加值增长3.7%，占GDP的11.1%).
     */
    private String key(Placed p, Placed before) {
        String key = indicatorKey(p);
        if (opensWithPart(key) || before == null || before.sentence() != p.sentence() || before.fact().indicator() == null
                || Clauses.groupBreakBetween(p.sentence().text(), before.end(), p.start())
                || !(key.startsWith("占") || opensWithPart(indicatorKey(before)))) {
            return key;
        }
        // 第一产业增加值43.11亿元，增长5.4%，对GDP增长的贡献率为1.2%: the part is named once, for its figures of the clause group
        return indicatorKey(before) + key;
    }

    /** Whether a share's words open with the name of a part of some split, or of all its parts (check_partitions.tsv). */
    private boolean opensWithPart(String key) {
        return partNames.stream().anyMatch(spellings -> after(key, spellings) != null);
    }

    private String indicatorKey(Placed p) {
        return Figures.cutPrefixes(TextForms.bare(TextForms.light(p.fact().indicator())), words);
    }

    List<Finding> check(DocumentView d) {
        Map<Integer, List<Placed>> byPassage = new LinkedHashMap<>();
        Map<Placed, String> keys = new java.util.IdentityHashMap<>(); // each share's words, its part's name first
        Placed before = null;
        for (Placed p : d.placed()) {
            Fact f = p.fact();
            if (f.type() == FactType.RATIO && "%".equals(f.unit()) && f.value() != null && f.valueMax() == null
                    && f.qualifier() == null && f.indicator() != null) {
                byPassage.computeIfAbsent(p.passage(), k -> new ArrayList<>()).add(p);
                keys.put(p, key(p, before));
            }
            before = p;
        }
        List<Finding> out = new ArrayList<>();
        for (List<Placed> shares : byPassage.values()) {
            for (String[] row : words.partitions()) {
                String[] parts = row[1].split("\\s+");
                Split split = choose(parts, shares, keys, row.length > 2 ? row[2] : "");
                // 第一产业增加值占…比重为10.2%，…。三次产业对经济增长的贡献率分别为7.2%、45.1%和47.7%: a paragraph may hold a
                // share of each part and a list under the name of all parts, two splits
                List<Placed> rest = split == null ? shares : shares.stream().filter(q -> !split.shares().contains(q)).toList();
                Split listed = row.length > 3 ? chooseList(parts, row[3].strip().split("\\|"), rest, keys) : null;
                if (split != null || listed != null) {
                    for (Split found : java.util.stream.Stream.of(split, listed).filter(java.util.Objects::nonNull).toList()) {
                        out.add(sum(parts, found.shares(), found.words()));
                        out.addAll(levels.check(d, row, found.shares(), found.words()));
                    }
                    continue;
                }
                for (List<Placed> ofPeriod : byPeriod(shares)) {
                    Split inPeriod = choose(parts, ofPeriod, keys, row.length > 2 ? row[2] : "");
                    if (inPeriod != null) {
                        out.add(sum(parts, inPeriod.shares(), inPeriod.words()));
                    }
                }
            }
            out.addAll(ageBrackets(shares, keys));
        }
        return out;
    }

    /**
     * 轻工业所占比重从1949年的89.8%下降到1978年的63.24%，重工业所占比重从1949年的12.2%上升到1978年的36.76%: each part
     * states its share at two times, and the shares of one time split the whole; the shares of a paragraph by their
     * period, where they name two or more (none when any share's period is open).
     */
    private static List<List<Placed>> byPeriod(List<Placed> shares) {
        Map<String, List<Placed>> out = new LinkedHashMap<>();
        for (Placed p : shares) {
            if (p.fact().periodNorm() == null) {
                return List.of();
            }
            out.computeIfAbsent(p.fact().periodNorm(), k -> new ArrayList<>()).add(p);
        }
        return out.size() < 2 ? List.of() : List.copyOf(out.values());
    }

    /**
     * 0-15岁人口占总人口的18.52%，16-59岁人口占57.86%，60岁及以上人口占23.62%: shares, in one sentence, of the age brackets of a
     * complete chain ({@link AgeBrackets}) add up to 100%.
     */
    private List<Finding> ageBrackets(List<Placed> shares, Map<Placed, String> keys) {
        Map<Integer, List<AgeBrackets.Bracket>> bySentence = new LinkedHashMap<>();
        for (Placed p : shares) {
            AgeBrackets.Bracket b = AgeBrackets.of(p, keys.get(p));
            if (b != null) {
                bySentence.computeIfAbsent(p.fact().sentenceStart(), k -> new ArrayList<>()).add(b);
            }
        }
        List<Finding> out = new ArrayList<>();
        for (List<AgeBrackets.Bracket> brackets : bySentence.values()) {
            for (List<AgeBrackets.Bracket> chain : AgeBrackets.chains(brackets)) {
                out.add(sum(chain.stream().map(AgeBrackets.Bracket::name).toArray(String[]::new),
                        chain.stream().map(AgeBrackets.Bracket::figure).toList(), chain.get(0).rest(),
                        "the age brackets follow one another from birth to the open top, so they split the population completely,"
                                + " and each states its share of it in one sentence"));
            }
        }
        return out;
    }

    /**
     * 三次产业对经济的贡献率分别为12.8%、61.4%和25.8%: one sentence lists a share for every part under the name of all
     * parts at once (the fourth column of check_partitions.tsv), one figure a part in the order of the line.
     */
    /** The shares chosen for a split's parts, in the order of its line, and the words they are stated under. */
    record Split(List<Placed> shares, String words) {}

    private Split chooseList(String[] parts, String[] allParts, List<Placed> shares, Map<Placed, String> keys) {
        Map<String, List<Placed>> bySentence = new LinkedHashMap<>();
        for (Placed p : shares) {
            String after = after(keys.get(p), allParts);
            if (after == null && namedBeforeRespectively(p, allParts)) {
                after = keys.get(p); // 三次产业构成比例为7.9:49.1:43.0，对经济增长的贡献率分别为4.8%、56.2%和39.0%
            }
            if (after != null && CheckWords.firstIn(words.partitionShareWords(), after) != null) {
                bySentence.computeIfAbsent(p.fact().sentenceStart() + "|" + after, k -> new ArrayList<>()).add(p);
            }
        }
        for (Map.Entry<String, List<Placed>> e : bySentence.entrySet()) {
            List<Placed> list = e.getValue();
            if (list.size() > parts.length && oneList(list.subList(0, parts.length)) && !oneList(list.subList(parts.length - 1, parts.length + 1))) {
                // 贡献率依次为3.0%、72.5%和24.5%，其中工业、建筑业、商贸…分别为61.4%、11.1%和18.3%: the parts' list comes first, the
                // shares after it are of parts of a part
                list = list.subList(0, parts.length);
            }
            if (list.size() == parts.length) {
                return new Split(list, e.getKey().substring(e.getKey().indexOf('|') + 1));
            }
        }
        return null;
    }

    /** Whether the figures stand in one list of their sentence: only 、, 和, 及, 与 or spaces between them. */
    private static boolean oneList(List<Placed> figures) {
        for (int i = 1; i < figures.size(); i++) {
            Placed a = figures.get(i - 1);
            Placed b = figures.get(i);
            if (a.sentence() != b.sentence() || b.start() < a.end()
                    || !Clauses.onlyListJoiners(a.sentence().text().substring(a.end(), b.start()))) {
                return false;
            }
        }
        return true;
    }

    /**
     * With {@code measure} (the third column, spellings by |), each part's words go on with one of them (工业总产值占…): 农业用水占
     * is no share of 工农业总产值. An empty spelling among them, or no column, lets any words go on.
     */
    private static boolean measures(String after, String measure) {
        for (String m : measure.split("\\|", -1)) {
            if (m.isBlank() || after.startsWith(m.strip())) {
                return true;
            }
        }
        return false;
    }

    private Split choose(String[] parts, List<Placed> shares, Map<Placed, String> keys, String measure) {
        List<Placed> chosen = new ArrayList<>();
        String rest = null;
        for (String part : parts) {
            Placed found = null;
            for (Placed p : shares) {
                String after = after(keys.get(p), part.split("\\|"));
                if (after == null || !measures(after, measure)) {
                    continue;
                }
                if (rest == null && CheckWords.firstIn(words.partitionShareWords(), after) == null
                        || rest != null && !after.isEmpty() && !withoutWhole(after).equals(withoutWhole(rest))
                        || rest != null && !sameWhole(after, rest) || namesPart(after, part.split("\\|"))) {
                    continue;
                }
                if (found != null) {
                    return null; // the part stated twice: which is of this split cannot be told
                }
                found = p;
                if (rest == null) {
                    rest = after;
                }
            }
            if (found == null) {
                return null;
            }
            chosen.add(found);
        }
        return new Split(chosen, rest);
    }

    private static Finding sum(String[] parts, List<Placed> chosen, String rest) {
        return sum(parts, chosen, rest, "the parts split the whole completely (check_partitions.tsv) and each states its share of it"
                + " under the same words in one paragraph");
    }

    private static Finding sum(String[] parts, List<Placed> chosen, String rest, String why) {
        Interval sum = Interval.point(0);
        StringBuilder arithmetic = new StringBuilder();
        List<Fact> facts = new ArrayList<>();
        for (Placed p : chosen) {
            sum = sum.plus(Amounts.interval(p.fact()));
            arithmetic.append(arithmetic.length() == 0 ? "" : " + ").append(Amounts.format(p.fact().value())).append('%');
            facts.add(p.fact());
        }
        double exact = facts.stream().mapToDouble(Fact::value).sum();
        double tolerance = sum.halfWidth();
        String what = "The shares of " + String.join(", ", java.util.Arrays.stream(parts).map(s -> s.split("\\|")[0]).toList())
                + " in “" + rest + "”";
        if (sum.meets(Interval.point(100))) {
            return new Finding(FindingKind.SUM, Verdict.CONSISTENT, facts, exact, 100.0, tolerance, "%",
                    what + " add up to 100%: " + arithmetic + " = " + Amounts.format(exact) + "%"
                            + BreakdownCheck.tolerancePhrase(tolerance, "%") + ".");
        }
        return new Finding(FindingKind.SUM, Verdict.INCONSISTENT, facts, exact, 100.0, tolerance, "%",
                what + " do not add up to 100%: " + arithmetic + " = " + Amounts.format(exact) + "%"
                        + BreakdownCheck.allowance(tolerance, "%") + ". Compared because " + why + ".");
    }

    private static final java.util.regex.Pattern OF_WHOLE = java.util.regex.Pattern.compile("占[^，,；;]*?的?(?=比重|占比)");

    /**
     * The share's words without the whole they name: 增加值占地区生产总值的比重 and, after it, 增加值比重 are one share
     * (第一产业增加值占地区生产总值的比重为17.1%，第二产业增加值比重为21.5%).
     */
    private static String withoutWhole(String words) {
        return OF_WHOLE.matcher(words).replaceAll("");
    }

    private static final java.util.regex.Pattern WHOLE = java.util.regex.Pattern.compile("占([^，,；;]*?)的?(?:比重|占比|$)");

    /** The whole a share's words name after 占 (全国出口总额 in 占全国出口总额的比重), or null. */
    static String whole(String words) {
        java.util.regex.Matcher m = WHOLE.matcher(words);
        return m.find() ? m.group(1) : null;
    }

    /** Whether two shares' words name one whole, or one of them names none (增加值比重 after 增加值占地区生产总值的比重). */
    private static boolean sameWhole(String a, String b) {
        String x = whole(a);
        String y = whole(b);
        return x == null || y == null || x.equals(y);
    }

    /**
     * Whether the whole a share names holds the part's own name (出口 占全国出口总额的比重): a share of a larger total of
     * its own kind, not of the split whole.
     */
    private static boolean namesPart(String words, String[] spellings) {
        String w = whole(words);
        if (w == null) {
            return false;
        }
        for (String s : spellings) {
            if (!s.isBlank() && w.contains(s.strip())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the sentence names all parts at once (三次产业) before {@code p}, and 分别 stands between that name and it, no
     * full stop or semicolon between: the list after 分别 gives one figure a part.
     */
    private static boolean namedBeforeRespectively(Placed p, String[] allParts) {
        String text = p.sentence().text();
        int end = Math.min(p.start(), text.length());
        int from = Clauses.groupStart(text, end - 1);
        int respectively = text.lastIndexOf("分别", end);
        if (respectively < from) {
            return false;
        }
        for (String name : allParts) {
            int at = text.indexOf(name.strip(), from);
            if (!name.isBlank() && at >= 0 && at < respectively) {
                return true;
            }
        }
        return false;
    }

    /** What follows the part's name at the start of {@code key} (对全县地区生产总值的贡献率), or null when it does not start so. */
    private static String after(String key, String[] spellings) {
        String longest = null; // 第一产业 before 一产 where both open the key
        for (String s : spellings) {
            String sp = s.strip();
            if (!sp.isEmpty() && key.startsWith(sp) && (longest == null || sp.length() > longest.length())) {
                longest = sp;
            }
        }
        return longest == null ? null : key.substring(longest.length());
    }
}
