package org.govfacts.train;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.govfacts.eval.FactFiles;
import org.govfacts.normalize.NormalizedText;
import org.govfacts.pipeline.Pipeline;
import org.govfacts.read.DocumentReader;
import org.govfacts.read.ReadFailure;
import org.govfacts.text.AnalyzedText;
import org.govfacts.text.Sentence;

/**
 * Sentences with their project names marked, taken from the annotated sets under
 * {@code evaluation/}: the annotated passages (regions) of each set's documents, in the normalised
 * text the extractor reads, with every gold project span on it. Optional gold names (acceptable
 * readings) are marked like required ones: the tagger should propose them, the scorer neither
 * rewards nor punishes them.
 */
public final class ProjectTrainingData {
    /** The number a set's name ends in. */
    private static final Pattern NUMBERED = Pattern.compile("[0-9]+$");

    /** A sentence of set {@code set}'s document {@code doc}, with name spans relative to it. */
    public record Example(String set, String doc, String sentence, List<int[]> names) {
    }

    /** An annotated set: its gold file, its regions file (null: whole documents), its documents' folder. */
    public record AnnotatedSet(String name, Path gold, Path regions, Path docs) {
    }

    /** Every set with project annotations under {@code repo}/evaluation, and the seeds. */
    public static List<AnnotatedSet> sets(Path repo) {
        Path ev = repo.resolve("evaluation");
        List<AnnotatedSet> out = new ArrayList<>();
        for (String s : projectSets(ev)) {
            out.add(new AnnotatedSet(s, ev.resolve(s).resolve("gold.jsonl"), ev.resolve(s).resolve("regions.jsonl"), ev.resolve(s).resolve("docs")));
        }
        for (String s : List.of("provincial-dev", "provincial-heldout")) {
            out.add(new AnnotatedSet(s, ev.resolve(s).resolve("gold.jsonl"), ev.resolve(s).resolve("regions.jsonl"),
                    ev.resolve("corpus").resolve("provincial-2026")));
        }
        out.add(new AnnotatedSet("seeds", ev.resolve("seed-gold"), null, repo.resolve("seeds")));
        return out;
    }

    /**
     * The sets a project tagger may learn from: every set of {@link #sets} but those {@code models/project-tagger-heldout.txt}
     * names (one a line, # for comments), whose blind figures must stay figures on text the tagger never saw.
     */
    public static List<AnnotatedSet> trainingSets(Path repo) throws IOException {
        Path list = repo.resolve("models").resolve("project-tagger-heldout.txt");
        java.util.Set<String> heldOut = new java.util.HashSet<>();
        for (String line : Files.readAllLines(list)) {
            String name = line.replaceFirst("#.*", "").strip();
            if (!name.isEmpty()) {
                heldOut.add(name);
            }
        }
        List<AnnotatedSet> out = new ArrayList<>();
        for (AnnotatedSet s : sets(repo)) {
            if (!heldOut.remove(s.name())) {
                out.add(s);
            }
        }
        if (!heldOut.isEmpty()) {
            throw new IOException(list + ": no annotated set named " + heldOut);
        }
        return out;
    }

    /**
     * The folders {@code projects-*} of {@code ev} that have a gold file, a regions file and a
     * documents folder, by name, a number ending the name compared as a number
     * ({@code projects-heldout2} before {@code projects-heldout10}).
     */
    static List<String> projectSets(Path ev) {
        List<String> out = new ArrayList<>();
        try (Stream<Path> list = Files.list(ev)) {
            list.filter(d -> d.getFileName().toString().startsWith("projects-"))
                    .filter(d -> Files.isRegularFile(d.resolve("gold.jsonl")) && Files.isRegularFile(d.resolve("regions.jsonl"))
                            && Files.isDirectory(d.resolve("docs")))
                    .forEach(d -> out.add(d.getFileName().toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(ev.toString(), e);
        }
        out.sort(Comparator.comparing((String n) -> NUMBERED.matcher(n).replaceFirst(""))
                .thenComparingLong(n -> {
                    Matcher m = NUMBERED.matcher(n);
                    return m.find() ? Long.parseLong(m.group()) : -1;
                }));
        return out;
    }

    /** An annotated document read and analysed, with its gold names and passages in normalised offsets. */
    public record AnnotatedDoc(String set, AnalyzedText text, List<int[]> names, List<int[]> passages) {
        /** The passages' sentences (clipped to the passage) with the names inside them. */
        public List<Example> examples() {
            List<Example> out = new ArrayList<>();
            String t = text.text();
            for (int[] p : passages) {
                for (Sentence s : text.sentences()) {
                    int from = Math.max(s.start(), p[0]);
                    int to = Math.min(s.end(), p[1]);
                    if (to - from < 2) {
                        continue;
                    }
                    List<int[]> inside = new ArrayList<>();
                    for (int[] n : names) {
                        if (n[0] >= from && n[1] <= to && inside.stream().noneMatch(o -> o[0] < n[1] && n[0] < o[1])) {
                            inside.add(new int[] {n[0] - from, n[1] - from});
                        }
                    }
                    out.add(new Example(set, text.doc(), t.substring(from, to), inside));
                }
            }
            return out;
        }
    }

    /** The documents of {@code set} that have gold or passages, analysed by {@code pipeline}. */
    public static List<AnnotatedDoc> read(AnnotatedSet set, Pipeline pipeline) throws IOException {
        List<JsonNode> gold = FactFiles.load(set.gold());
        List<JsonNode> regions = set.regions() == null ? List.of() : FactFiles.load(set.regions());
        Map<String, List<JsonNode>> goldByDoc = new LinkedHashMap<>();
        Map<String, List<JsonNode>> regionsByDoc = new LinkedHashMap<>();
        for (JsonNode r : regions) {
            regionsByDoc.computeIfAbsent(r.path("doc").asText(), k -> new ArrayList<>()).add(r);
        }
        for (JsonNode g : gold) {
            goldByDoc.computeIfAbsent(g.path("doc").asText(), k -> new ArrayList<>());
            if ("project".equals(g.path("type").asText())) {
                goldByDoc.get(g.path("doc").asText()).add(g);
            }
        }
        List<String> docs = new ArrayList<>(set.regions() == null ? goldByDoc.keySet() : regionsByDoc.keySet());
        docs.sort(null);
        List<AnnotatedDoc> out = new ArrayList<>();
        DocumentReader reader = new DocumentReader();
        for (String doc : docs) {
            Path file = set.docs().resolve(doc);
            String original;
            try {
                original = reader.read(file).text();
            } catch (ReadFailure e) {
                throw new IOException(file + ": " + e.getMessage(), e);
            }
            AnalyzedText text = pipeline.analyze(doc, original);
            NormalizedText n = text.normalized();
            List<int[]> names = new ArrayList<>();
            for (JsonNode g : goldByDoc.getOrDefault(doc, List.of())) {
                int[] span = toNormalized(n, g.path("start").asInt(), g.path("end").asInt());
                if (span != null) {
                    names.add(span);
                }
            }
            names.sort((a, b) -> a[0] != b[0] ? a[0] - b[0] : b[1] - a[1]);
            List<int[]> passages = new ArrayList<>();
            if (set.regions() == null) {
                passages.add(new int[] {0, text.text().length()});
            } else {
                for (JsonNode r : regionsByDoc.get(doc)) {
                    int[] span = toNormalized(n, r.path("start").asInt(), r.path("end").asInt());
                    if (span != null) {
                        passages.add(span);
                    }
                }
            }
            out.add(new AnnotatedDoc(set.name(), text, names, passages));
        }
        return out;
    }

    /** The normalised span whose characters all come from original {@code [start, end)}; null if none. */
    static int[] toNormalized(NormalizedText n, int start, int end) {
        int len = n.text().length();
        int s = 0;
        while (s < len && n.originalStart(s) < start) {
            s++;
        }
        int e = s;
        while (e < len && n.originalEnd(e + 1) <= end) {
            e++;
        }
        return e > s ? new int[] {s, e} : null;
    }

    private ProjectTrainingData() {
    }
}
