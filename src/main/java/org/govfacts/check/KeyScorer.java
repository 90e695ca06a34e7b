package org.govfacts.check;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govfacts.output.FactJson;

/**
 * Scores the checker against a hand-made key of relations ({@code key.jsonl}: one relation a line,
 * {@code {id, docs, kind, verdict, figures: [{doc, text, start, end}], why}}; verdicts consistent,
 * inconsistent, unrelated (a trap: figures that look related but are not), met, missed).
 *
 * <p>How the checker is run: the way a reader would, each report once. The original documents are
 * checked together; each altered copy ({@code NAME_altN.txt}, one figure changed) is checked with
 * the originals in place of its own source, and of that run only the findings on the copy's altered figure count
 * (the rest repeat findings on its source, a real error of the source among them, which count once).
 *
 * <p>A finding matches a relation when they are about the same documents and the finding's figures
 * overlap (by span) at least two of the relation's figures (all of them when it has fewer). Kinds
 * are not compared: the key's and the checker's names for a relation differ (restatement is
 * duplicate or cross_document; a 完成…的X% may be a rate or a share).
 */
public final class KeyScorer {
    private static final Pattern ALTERED = Pattern.compile("(.*)_alt\\d+(\\.[^.]+)$");

    public record Span(String doc, int start, int end) {
        boolean overlaps(String d, int s, int e) {
            return doc.equals(d) && start < e && s < end;
        }
    }

    public record Relation(String id, List<String> docs, String kind, String verdict, List<Span> figures, String why) {
    }

    /** The figures of the score, each with the relations or findings behind it for a reader to look at. */
    public record Score(int inconsistentKey, int inconsistentFound, int inconsistentFlags, int inconsistentRight,
                        int consistentKey, int consistentFound, int traps, int trapsClaimed, int targetKey, int targetRight,
                        List<String> missed, List<String> falseAlarms, List<String> trapClaims, int documents) {
        public double inconsistentRecall() {
            return inconsistentKey == 0 ? 1 : (double) inconsistentFound / inconsistentKey;
        }

        public double inconsistentPrecision() {
            return inconsistentFlags == 0 ? 1 : (double) inconsistentRight / inconsistentFlags;
        }

        public double consistentRecall() {
            return consistentKey == 0 ? 1 : (double) consistentFound / consistentKey;
        }

        public String format() {
            StringBuilder b = new StringBuilder();
            b.append(String.format(Locale.ROOT, "documents %d%n", documents));
            b.append(String.format(Locale.ROOT, "inconsistent: recall %.3f (%d of %d), precision %.3f (%d of %d flags)%n",
                    inconsistentRecall(), inconsistentFound, inconsistentKey, inconsistentPrecision(), inconsistentRight, inconsistentFlags));
            b.append(String.format(Locale.ROOT, "consistent: recall %.3f (%d of %d)%n", consistentRecall(), consistentFound, consistentKey));
            b.append(String.format(Locale.ROOT, "targets: %d of %d with the key's verdict%n", targetRight, targetKey));
            b.append(String.format(Locale.ROOT, "traps: %d of %d given a verdict other than cannot_tell%n", trapsClaimed, traps));
            section(b, "missed (key relations not found with their verdict)", missed);
            section(b, "false alarms (inconsistent findings matching no inconsistent relation)", falseAlarms);
            section(b, "traps claimed", trapClaims);
            return b.toString();
        }

        private static void section(StringBuilder b, String title, List<String> lines) {
            if (!lines.isEmpty()) {
                b.append('\n').append(title).append(":\n");
                lines.forEach(l -> b.append("  ").append(l).append('\n'));
            }
        }
    }

    private final Checker checker;

    public KeyScorer(Checker checker) {
        this.checker = checker;
    }

    public static List<Relation> readKey(Path key) throws IOException {
        List<Relation> out = new ArrayList<>();
        int n = 0;
        for (String line : Files.readAllLines(key, StandardCharsets.UTF_8)) {
            n++;
            if (line.isBlank()) {
                continue;
            }
            JsonNode o;
            try {
                o = FactJson.MAPPER.readTree(line);
            } catch (IOException e) {
                throw new IOException(key + ":" + n + ": not JSON: " + e.getMessage(), e);
            }
            List<String> docs = new ArrayList<>();
            o.path("docs").forEach(d -> docs.add(d.asText()));
            List<Span> spans = new ArrayList<>();
            for (JsonNode f : o.path("figures")) {
                spans.add(new Span(f.path("doc").asText(), f.path("start").asInt(), f.path("end").asInt()));
            }
            out.add(new Relation(o.path("id").asText(), docs, o.path("kind").asText(), o.path("verdict").asText(), spans,
                    o.path("why").asText()));
        }
        return out;
    }

    /** The original a copy was altered from (hunan_alt2.txt → hunan.txt), or null for an original. */
    static String sourceOf(String doc) {
        Matcher m = ALTERED.matcher(doc);
        return m.matches() ? m.group(1) + m.group(2) : null;
    }

    /** Runs the checker as described above and gathers the findings that count. */
    public List<Finding> findings(List<CheckDocument> docs) {
        List<CheckDocument> originals = new ArrayList<>();
        List<CheckDocument> copies = new ArrayList<>();
        for (CheckDocument d : docs) {
            (sourceOf(d.doc()) == null ? originals : copies).add(d);
        }
        List<Finding> out = new ArrayList<>(checker.check(originals));
        for (CheckDocument copy : copies) {
            String source = sourceOf(copy.doc());
            List<CheckDocument> run = new ArrayList<>();
            String sourceText = null;
            for (CheckDocument o : originals) {
                if (!o.doc().equals(source)) {
                    run.add(o);
                } else {
                    sourceText = o.originalText();
                }
            }
            run.add(copy);
            int[] altered = sourceText == null || copy.originalText() == null ? null : alteredRange(sourceText, copy.originalText());
            for (Finding f : checker.check(run)) {
                // a finding on the copy's unchanged text was made on its source already: counted once, there
                if (f.facts().stream().anyMatch(x -> copy.doc().equals(x.doc())
                        && (altered == null || x.start() <= altered[1] && altered[0] <= x.end()))) {
                    out.add(f);
                }
            }
        }
        return out;
    }

    /**
     * Where a copy differs from its source, {@code [start, end)} in the copy: what is left between the two texts' common
     * beginning and common ending (the figure altered).
     */
    static int[] alteredRange(String source, String copy) {
        int n = Math.min(source.length(), copy.length());
        int head = 0;
        while (head < n && source.charAt(head) == copy.charAt(head)) {
            head++;
        }
        int tail = 0;
        while (tail < n - head && source.charAt(source.length() - 1 - tail) == copy.charAt(copy.length() - 1 - tail)) {
            tail++;
        }
        return new int[] {head, copy.length() - tail};
    }

    public Score score(List<Relation> key, List<CheckDocument> docs) {
        List<Finding> findings = findings(docs);
        MissExplainer explainer = new MissExplainer(checker.words(), docs);
        return score(key, findings, (int) docs.stream().map(CheckDocument::doc).distinct().count(),
                r -> explainer.explain(r, findings));
    }

    static Score score(List<Relation> key, List<Finding> findings, int documents) {
        return score(key, findings, documents, r -> List.of());
    }

    /** {@code why} gives the lines that explain a missed relation (what was extracted, which field differs). */
    static Score score(List<Relation> key, List<Finding> findings, int documents,
                       java.util.function.Function<Relation, List<String>> why) {
        Map<String, List<Finding>> byRelation = new LinkedHashMap<>();
        Map<Finding, List<Relation>> byFinding = new HashMap<>();
        for (Relation r : key) {
            List<Finding> matching = new ArrayList<>();
            for (Finding f : findings) {
                if (matches(f, r)) {
                    matching.add(f);
                    byFinding.computeIfAbsent(f, x -> new ArrayList<>()).add(r);
                }
            }
            byRelation.put(r.id(), matching);
        }
        int incKey = 0, incFound = 0, conKey = 0, conFound = 0, traps = 0, trapsClaimed = 0, targetKey = 0, targetRight = 0;
        List<String> missed = new ArrayList<>();
        List<String> trapClaims = new ArrayList<>();
        for (Relation r : key) {
            List<Finding> m = byRelation.get(r.id());
            switch (r.verdict()) {
                case "inconsistent" -> {
                    incKey++;
                    if (m.stream().anyMatch(f -> f.verdict() == Verdict.INCONSISTENT)) {
                        incFound++;
                    } else {
                        missed.add(describe(r, m, why));
                    }
                }
                case "consistent" -> {
                    conKey++;
                    if (m.stream().anyMatch(f -> f.verdict() == Verdict.CONSISTENT)) {
                        conFound++;
                    } else {
                        missed.add(describe(r, m, why));
                    }
                }
                case "met", "missed" -> {
                    targetKey++;
                    if (m.stream().anyMatch(f -> f.verdict().id().equals(r.verdict()))) {
                        targetRight++;
                    } else {
                        missed.add(describe(r, m, why));
                    }
                }
                default -> {
                    traps++;
                    List<Finding> claims = m.stream().filter(f -> f.verdict() != Verdict.CANNOT_TELL).toList();
                    if (!claims.isEmpty()) {
                        trapsClaimed++;
                        trapClaims.add(describe(r, claims));
                    }
                }
            }
        }
        int flags = 0, right = 0;
        List<String> falseAlarms = new ArrayList<>();
        for (Finding f : findings) {
            if (f.verdict() != Verdict.INCONSISTENT) {
                continue;
            }
            flags++;
            if (byFinding.getOrDefault(f, List.of()).stream().anyMatch(r -> r.verdict().equals("inconsistent"))) {
                right++;
            } else {
                falseAlarms.add(show(f));
            }
        }
        return new Score(incKey, incFound, flags, right, conKey, conFound, traps, trapsClaimed, targetKey, targetRight,
                missed, falseAlarms, trapClaims, documents);
    }

    /** Same documents, and the finding's figures overlap at least two of the relation's (all, when it has fewer). */
    static boolean matches(Finding f, Relation r) {
        Set<String> findingDocs = new TreeSet<>();
        f.facts().forEach(x -> findingDocs.add(x.doc()));
        if (!findingDocs.equals(new TreeSet<>(r.docs()))) {
            return false;
        }
        int overlapped = 0;
        for (Span s : r.figures()) {
            if (f.facts().stream().anyMatch(x -> s.overlaps(x.doc(), x.start(), x.end()))) {
                overlapped++;
            }
        }
        return overlapped >= Math.min(2, r.figures().size());
    }

    private static String describe(Relation r, List<Finding> near) {
        return describe(r, near, x -> List.of());
    }

    private static String describe(Relation r, List<Finding> near, java.util.function.Function<Relation, List<String>> why) {
        StringBuilder b = new StringBuilder(r.id() + " " + r.kind() + " " + r.verdict() + " — " + r.why());
        for (Finding f : near) {
            b.append(" [found: ").append(f.kind().id()).append(' ').append(f.verdict().id()).append(']');
        }
        for (String line : why.apply(r)) {
            b.append("\n      ").append(line);
        }
        return b.toString();
    }

    private static String show(Finding f) {
        StringBuilder b = new StringBuilder(f.kind().id() + ": " + f.message());
        return b.length() > 400 ? b.substring(0, 400) + "…" : b.toString();
    }
}
