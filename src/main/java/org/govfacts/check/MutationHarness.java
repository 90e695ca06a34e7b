package org.govfacts.check;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.govfacts.fact.Fact;
import org.govfacts.fact.FactType;
import org.govfacts.fact.Qualifier;

/**
 * Measures how well the checker catches figures altered on purpose, on any set of reports.
 *
 * <p>Two kinds of alteration, each one at a time, each a digit of the figure as written changed
 * (same length, so no offset moves) by more than rounding could explain (≥ 3% of the value and
 * more than twice the relation's tolerance):
 * <ul>
 * <li><b>relation</b>: a figure of a relation the checker found consistent on the untouched input
 *     (a part of a sum, a rate or its counts …), changed so the relation is truly broken (for a
 *     bound such as 99%以上, in the direction that breaks it). It must then be flagged.
 * <li><b>restatement</b>: a report copied as a second report and one figure changed in the copy.
 *     The copy now restates that figure differently; it must be flagged. Most single figures have
 *     nothing to be checked against, so this also measures how much the checker covers.
 * </ul>
 * A flag (an inconsistent finding not there on the untouched input) that does not involve the
 * altered figure is a false alarm; precision is flags on altered figures over all new flags.
 * Ground truth comes from the alteration itself, never from the checker.
 */
public final class MutationHarness {
    static final double MIN_RELATIVE_CHANGE = 0.03;
    static final String COPY_SUFFIX = "~copy";

    private final Checker checker;
    private final long seed;
    private final int restatementsPerDocument;

    public MutationHarness(Checker checker, long seed, int restatementsPerDocument) {
        this.checker = checker;
        this.seed = seed;
        this.restatementsPerDocument = restatementsPerDocument;
    }

    /** One alteration and what the checker made of it. */
    public record Trial(String mode, String relation, Fact original, Fact altered, boolean caught, boolean checkable,
                        int flagsOnAltered, List<Finding> falseAlarms) {
    }

    public record Report(int documents, List<Finding> untouchedInconsistent, List<Trial> trials, int skipped) {
        public List<Trial> of(String mode) {
            return trials.stream().filter(t -> t.mode().equals(mode)).toList();
        }

        public int flagsOnAltered() {
            return trials.stream().mapToInt(Trial::flagsOnAltered).sum();
        }

        public int falseAlarms() {
            return trials.stream().mapToInt(t -> t.falseAlarms().size()).sum();
        }

        public double precision() {
            int all = flagsOnAltered() + falseAlarms();
            return all == 0 ? 1 : (double) flagsOnAltered() / all;
        }

        public static double recall(List<Trial> trials) {
            return trials.isEmpty() ? 1 : (double) trials.stream().filter(Trial::caught).count() / trials.size();
        }

        public String format() {
            StringBuilder b = new StringBuilder();
            b.append("Mutation test over ").append(documents).append(" report(s)\n");
            List<Trial> rel = of("relation");
            b.append(String.format("  relation mutations:    %4d, caught %4d  recall %.3f%n", rel.size(),
                    rel.stream().filter(Trial::caught).count(), recall(rel)));
            Map<String, List<Trial>> byKind = new TreeMap<>();
            rel.forEach(t -> byKind.computeIfAbsent(t.relation(), k -> new ArrayList<>()).add(t));
            byKind.forEach((k, ts) -> b.append(String.format("      %-15s %4d, caught %4d%n", k, ts.size(), ts.stream().filter(Trial::caught).count())));
            List<Trial> res = of("restatement");
            List<Trial> checkable = res.stream().filter(Trial::checkable).toList();
            b.append(String.format("  restatement mutations: %4d, caught %4d  recall %.3f%n", res.size(),
                    res.stream().filter(Trial::caught).count(), recall(res)));
            b.append(String.format("      figures the checker relates to another: %d, caught %d  recall %.3f%n", checkable.size(),
                    checkable.stream().filter(Trial::caught).count(), recall(checkable)));
            b.append(String.format("  new flags: %d on altered figures, %d elsewhere (false alarms)  precision %.3f%n",
                    flagsOnAltered(), falseAlarms(), precision()));
            b.append("  alterations skipped (no digit change beyond rounding, or a bound that cannot be broken): ").append(skipped).append('\n');
            b.append("  untouched input: ").append(untouchedInconsistent.size()).append(" inconsistent finding(s), to review by hand\n");
            for (Finding f : untouchedInconsistent) {
                b.append("    [").append(f.kind().id()).append("] ").append(f.message()).append('\n');
            }
            List<Trial> missed = rel.stream().filter(t -> !t.caught()).toList();
            if (!missed.isEmpty()) {
                b.append("  relation mutations missed:\n");
                missed.forEach(t -> b.append("    ").append(t.relation()).append(": ").append(t.original().doc()).append(' ')
                        .append(t.original().start()).append(' ').append(t.original().text()).append(" → ").append(t.altered().text()).append('\n'));
            }
            List<Trial> missedRestatements = res.stream().filter(t -> t.checkable() && !t.caught()).toList();
            if (!missedRestatements.isEmpty()) {
                b.append("  restatements of related figures missed:\n");
                missedRestatements.forEach(t -> b.append("    ").append(t.original().doc()).append(' ').append(t.original().start()).append(' ')
                        .append(t.original().text()).append(" → ").append(t.altered().text()).append("  (").append(t.original().indicator())
                        .append(", ").append(t.original().period()).append(")\n"));
            }
            List<Trial> alarms = trials.stream().filter(t -> !t.falseAlarms().isEmpty()).toList();
            if (!alarms.isEmpty()) {
                b.append("  false alarms:\n");
                for (Trial t : alarms) {
                    for (Finding f : t.falseAlarms()) {
                        b.append("    after ").append(t.original().text()).append(" → ").append(t.altered().text()).append(" in ")
                                .append(t.altered().doc()).append(": [").append(f.kind().id()).append("] ").append(f.message()).append('\n');
                    }
                }
            }
            return b.toString();
        }
    }

    public Report run(List<CheckDocument> documents) {
        Map<String, CheckDocument> byDoc = new TreeMap<>();
        documents.forEach(d -> byDoc.merge(d.doc(), d, (a, b) -> {
            List<Fact> all = new ArrayList<>(a.facts());
            all.addAll(b.facts());
            return new CheckDocument(a.doc(), all, a.originalText() != null ? a.originalText() : b.originalText());
        }));
        List<CheckDocument> docs = new ArrayList<>(byDoc.values());
        List<Finding> baseline = checker.check(docs);
        List<Trial> trials = new ArrayList<>();
        int[] skipped = {0};
        Random random = new Random(seed);
        relationTrials(docs, baseline, random, trials, skipped);
        restatementTrials(docs, random, trials, skipped);
        List<Finding> inconsistent = baseline.stream().filter(f -> f.verdict() == Verdict.INCONSISTENT).toList();
        return new Report(docs.size(), inconsistent, trials, skipped[0]);
    }

    private void relationTrials(List<CheckDocument> docs, List<Finding> baseline, Random random, List<Trial> trials, int[] skipped) {
        Set<String> done = new HashSet<>();
        Map<String, List<Finding>> baselineCache = new HashMap<>();
        for (Finding rel : baseline) {
            if (rel.verdict() != Verdict.CONSISTENT) {
                continue;
            }
            boolean bounded = rel.facts().stream().anyMatch(f -> f.qualifier() != null);
            if (bounded && rel.kind() != FindingKind.RATE && rel.kind() != FindingKind.SHARE) {
                continue; // two bounds (99%以上, 95%以上) do not contradict each other whatever their values
            }
            for (Fact target : WeightedGrowthCheck.pointForPointFigures(rel)) {
                String id = target.doc() + ":" + target.start() + ":" + target.end() + ":" + target.type();
                if (done.contains(id) || !hasDigits(target)) {
                    continue;
                }
                Fact altered = alterForRelation(rel, target, random);
                if (altered == null) {
                    skipped[0]++;
                    continue;
                }
                done.add(id);
                Set<String> involved = new java.util.TreeSet<>();
                rel.facts().forEach(f -> involved.add(f.doc()));
                List<CheckDocument> subset = docs.stream().filter(d -> involved.contains(d.doc())).toList();
                List<Finding> before = baselineCache.computeIfAbsent(String.join("|", involved), k -> checker.check(subset));
                List<CheckDocument> mutated = new ArrayList<>();
                for (CheckDocument d : subset) {
                    mutated.add(d.doc().equals(target.doc()) ? replace(d, target, altered) : d);
                }
                trials.add(trial("relation", rel.kind().id(), target, altered, before, checker.check(mutated), true, Map.of()));
            }
        }
    }

    private void restatementTrials(List<CheckDocument> docs, Random random, List<Trial> trials, int[] skipped) {
        for (CheckDocument d : docs) {
            String copyId = d.doc() + COPY_SUFFIX;
            List<Fact> copyFacts = d.facts().stream().map(f -> f.withDoc(copyId)).toList();
            CheckDocument copy = new CheckDocument(copyId, copyFacts, d.originalText());
            List<Finding> before = checker.check(List.of(d, copy));
            Set<String> related = new HashSet<>();
            for (Finding f : before) {
                for (Fact x : WeightedGrowthCheck.pointForPointFigures(f)) {
                    if (x.doc().equals(copyId) && f.facts().size() > 1) {
                        related.add(x.start() + ":" + x.end() + ":" + x.type());
                    }
                }
            }
            List<Fact> candidates = new ArrayList<>();
            for (Fact f : copyFacts) {
                if (f.type().isNumeric() && f.type() != FactType.RANKING && f.value() != null && f.qualifier() == null && hasDigits(f)) {
                    candidates.add(f);
                }
            }
            Collections.shuffle(candidates, random);
            int n = 0;
            for (Fact target : candidates) {
                if (n == restatementsPerDocument) {
                    break;
                }
                Fact altered = alter(target, random, 2 * Amounts.ulp(target));
                if (altered == null) {
                    skipped[0]++;
                    continue;
                }
                n++;
                List<Finding> after = checker.check(List.of(d, replace(copy, target, altered)));
                boolean checkable = related.contains(target.start() + ":" + target.end() + ":" + target.type());
                trials.add(trial("restatement", target.type().id(), target, altered, before, after, checkable, Map.of(copyId, d.doc())));
            }
        }
    }

    private static Trial trial(String mode, String relation, Fact original, Fact altered, List<Finding> before, List<Finding> after,
                               boolean checkable, Map<String, String> sameAs) {
        Set<String> old = new HashSet<>();
        for (Finding f : before) {
            if (f.verdict() == Verdict.INCONSISTENT) {
                old.add(signature(f, sameAs));
            }
        }
        int onAltered = 0;
        List<Finding> alarms = new ArrayList<>();
        for (Finding f : after) {
            if (f.verdict() != Verdict.INCONSISTENT) {
                continue;
            }
            if (f.involves(altered.doc(), altered.start(), altered.end())) {
                onAltered++;
            } else if (!old.contains(signature(f, sameAs))) {
                alarms.add(f);
            }
        }
        return new Trial(mode, relation, original, altered, onAltered > 0, checkable, onAltered, alarms);
    }

    /** A finding's kind and figures, with a copy's figures named as the original's. */
    private static String signature(Finding f, Map<String, String> sameAs) {
        List<String> parts = new ArrayList<>();
        for (Fact x : f.facts()) {
            parts.add(sameAs.getOrDefault(x.doc(), x.doc()) + ":" + x.start() + ":" + x.end());
        }
        Collections.sort(parts);
        return f.kind() + "|" + String.join("|", parts);
    }

    /**
     * An alteration of {@code target} that truly breaks relation {@code rel}: beyond twice its
     * tolerance, and for a rate stated as a bound (99%以上), in the direction that breaks it.
     */
    private Fact alterForRelation(Finding rel, Fact target, Random random) {
        double scale = rel.unit() != null && rel.unit().equals("%") ? 1 : Amounts.displayScale(target);
        double tolerance = rel.tolerance() == null ? 0 : rel.tolerance() * scale;
        Fact rate = rel.facts().stream().filter(f -> f.type() == FactType.RATIO).findFirst().orElse(null);
        boolean rateRelation = (rel.kind() == FindingKind.RATE || rel.kind() == FindingKind.SHARE) && rate != null;
        if (!rateRelation || rate.qualifier() == null) {
            double minChange = target.type() == FactType.RATIO ? 2 * tolerance : Math.max(2 * tolerance, 0);
            return alter(target, random, minChange);
        }
        // A bound: the rate must end up on the wrong side of what the counts give.
        List<Fact> counts = rel.facts().stream().filter(f -> f != rate).toList();
        if (counts.size() != 2) {
            return null;
        }
        Fact a = counts.get(0);
        Fact b = counts.get(1);
        boolean aOverB = Math.abs(a.value() / b.value() * 100 - rate.value()) <= Math.abs(b.value() / a.value() * 100 - rate.value());
        Fact num = aOverB ? a : b;
        Fact den = aOverB ? b : a;
        int sign = rate.qualifier() == Qualifier.MORE_THAN ? -1 : 1; // the computed rate must go below (above) the bound
        if (target == rate) {
            double computed = num.value() / den.value() * 100;
            return alterTo(target, random, v -> sign < 0 ? v > computed + 2 * tolerance + 1e-9 : v < computed - 2 * tolerance - 1e-9);
        }
        double bound = rate.value();
        if (target == num) {
            return alterTo(target, random, v -> sign < 0 ? v / den.value() * 100 < bound - 1e-9 : v / den.value() * 100 > bound + 1e-9);
        }
        return alterTo(target, random, v -> sign < 0 ? num.value() / v * 100 < bound - 1e-9 : num.value() / v * 100 > bound + 1e-9);
    }

    static boolean hasDigits(Fact f) {
        return f.text() != null && f.text().chars().anyMatch(c -> c >= '0' && c <= '9');
    }

    /** A digit changed so the value moves by at least {@code minChange} and 3%. */
    private static Fact alter(Fact f, Random random, double minChange) {
        double v = f.value();
        return alterTo(f, random, n -> Math.abs(n - v) > minChange + 1e-9 && Math.abs(n - v) >= MIN_RELATIVE_CHANGE * Math.abs(v));
    }

    private static Fact alterTo(Fact f, Random random, java.util.function.DoublePredicate ok) {
        String text = f.text();
        int a = 0;
        while (a < text.length() && !(text.charAt(a) >= '0' && text.charAt(a) <= '9')) {
            a++;
        }
        int e = a;
        while (e < text.length() && (Character.isDigit(text.charAt(e)) && text.charAt(e) <= '9' || text.charAt(e) == '.')) {
            e++;
        }
        String core = text.substring(a, e);
        double number;
        try {
            number = Double.parseDouble(core);
        } catch (NumberFormatException ex) {
            return null;
        }
        if (number == 0) {
            return null;
        }
        List<String> options = new ArrayList<>();
        for (int i = 0; i < core.length(); i++) {
            char c = core.charAt(i);
            if (c == '.') {
                continue;
            }
            for (int k = 1; k <= 9; k++) {
                char d = (char) ('0' + (c - '0' + k) % 10);
                if (i == 0 && d == '0' && core.length() > 1) {
                    continue;
                }
                String candidate = core.substring(0, i) + d + core.substring(i + 1);
                if (Double.parseDouble(candidate) == 0) {
                    continue; // a figure of nothing is rarely a slip of the pen
                }
                double value = f.value() * Double.parseDouble(candidate) / number;
                if (ok.test(value)) {
                    options.add(candidate);
                }
            }
        }
        if (options.isEmpty()) {
            return null;
        }
        String chosen = options.get(random.nextInt(options.size()));
        double value = f.value() * Double.parseDouble(chosen) / number;
        String newText = text.substring(0, a) + chosen + text.substring(e);
        return new Fact(f.doc(), f.type(), f.start(), f.end(), newText, value, f.unit(), f.qualifier(), f.basis(), f.rank(), f.top(),
                f.scope(), f.name(), f.indicator(), f.period(), f.region(), f.sentence(), f.sentenceStart(), f.normalizedSentence());
    }

    /**
     * The document with {@code target} replaced by {@code altered}: its sentence, normalised
     * sentence and the original text changed at the figure, for every fact of that sentence.
     */
    static CheckDocument replace(CheckDocument d, Fact target, Fact altered) {
        String oldSentence = target.sentence();
        String newSentence = oldSentence;
        String oldNorm = target.normalizedSentence();
        String newNorm = oldNorm;
        if (oldSentence != null) {
            int at = target.start() - target.sentenceStart();
            if (at >= 0 && at + target.text().length() <= oldSentence.length() && oldSentence.startsWith(target.text(), at)) {
                newSentence = oldSentence.substring(0, at) + altered.text() + oldSentence.substring(at + target.text().length());
            }
        }
        if (oldNorm != null) {
            String oldCore = DocumentView.numericCore(TextForms.light(target.text()));
            String newCore = DocumentView.numericCore(TextForms.light(altered.text()));
            int expected = oldSentence == null || oldSentence.isEmpty() ? 0
                    : (int) Math.round((double) (target.start() - target.sentenceStart()) * oldNorm.length() / oldSentence.length());
            int at = DocumentView.nearest(oldNorm, oldCore, expected);
            if (at >= 0 && oldCore.length() == newCore.length()) {
                newNorm = oldNorm.substring(0, at) + newCore + oldNorm.substring(at + oldCore.length());
            }
        }
        String text = d.originalText();
        if (text != null && target.end() <= text.length() && text.startsWith(target.text(), target.start())) {
            text = text.substring(0, target.start()) + altered.text() + text.substring(target.end());
        }
        List<Fact> facts = new ArrayList<>();
        for (Fact f : d.facts()) {
            Fact g = f == target || sameFact(f, target) ? altered : f;
            if (oldSentence != null && g.sentenceStart() == target.sentenceStart() && Objects.equals(g.sentence(), oldSentence)) {
                g = new Fact(g.doc(), g.type(), g.start(), g.end(), g.text(), g.value(), g.unit(), g.qualifier(), g.basis(), g.rank(),
                        g.top(), g.scope(), g.name(), g.indicator(), g.period(), g.region(), newSentence, g.sentenceStart(), newNorm);
            }
            facts.add(g);
        }
        return new CheckDocument(d.doc(), facts, text);
    }

    private static boolean sameFact(Fact a, Fact b) {
        return Objects.equals(a.doc(), b.doc()) && a.start() == b.start() && a.end() == b.end() && a.type() == b.type()
                && Objects.equals(a.value(), b.value());
    }
}
