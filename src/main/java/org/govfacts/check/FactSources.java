package org.govfacts.check;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.govfacts.eval.FactFiles;
import org.govfacts.fact.Fact;
import org.govfacts.output.FactJson;
import org.govfacts.read.DocumentReader;
import org.govfacts.read.ReadFailure;

/**
 * Facts already extracted, read back for checking: {@code govfacts extract} output in JSON Lines
 * (one fact a line) or JSON (one object per document with its facts). Where a fact line names the
 * report's path and the report is still there, its text is read too, to tell paragraphs apart.
 */
public final class FactSources {
    private FactSources() {
    }

    /** Whether a path looks like a fact file rather than a report. */
    public static boolean isFactFile(Path p) {
        String n = p.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return n.endsWith(".jsonl") || n.endsWith(".json");
    }

    public static List<CheckDocument> load(List<Path> files) throws IOException {
        Map<String, List<Fact>> facts = new LinkedHashMap<>();
        Map<String, String> paths = new LinkedHashMap<>();
        for (Path f : files) {
            for (JsonNode o : nodes(f)) {
                if (o.has("facts") && o.get("facts").isArray()) {
                    for (JsonNode x : o.get("facts")) {
                        add(x, o.path("path").asText(null), facts, paths);
                    }
                } else if (o.has("type")) {
                    add(o, o.path("path").asText(null), facts, paths);
                }
            }
        }
        List<CheckDocument> out = new ArrayList<>();
        DocumentReader reader = new DocumentReader();
        for (var e : facts.entrySet()) {
            out.add(new CheckDocument(e.getKey(), e.getValue(), text(reader, paths.get(e.getKey()))));
        }
        return out;
    }

    /**
     * The facts kept in an index folder. Reads the fact files ({@code *.jsonl}, {@code *.json})
     * directly inside it; an index that keeps its facts otherwise needs its own reader here.
     */
    public static List<CheckDocument> fromIndex(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IOException("index folder not found: " + dir);
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> Files.isRegularFile(p) && isFactFile(p)).sorted().toList();
        }
        if (files.isEmpty()) {
            throw new IOException("no fact files (*.jsonl, *.json) in index folder " + dir);
        }
        return load(files);
    }

    private static List<JsonNode> nodes(Path f) throws IOException {
        if (f.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".jsonl")) {
            return FactFiles.load(f);
        }
        JsonNode root = FactJson.MAPPER.readTree(f.toFile());
        List<JsonNode> out = new ArrayList<>();
        if (root.isArray()) {
            root.forEach(out::add);
        } else {
            out.add(root);
        }
        return out;
    }

    private static void add(JsonNode x, String path, Map<String, List<Fact>> facts, Map<String, String> paths) {
        Fact f = FactJson.fromJson(x);
        String doc = f.doc() == null ? "?" : f.doc();
        facts.computeIfAbsent(doc, k -> new ArrayList<>()).add(f);
        String p = x.path("path").asText(path);
        if (p != null && !p.isEmpty()) {
            paths.putIfAbsent(doc, p);
        }
    }

    private static String text(DocumentReader reader, String path) {
        if (path == null) {
            return null;
        }
        Path p = Paths.get(path);
        if (!Files.isRegularFile(p)) {
            return null;
        }
        try {
            return reader.read(p).text();
        } catch (ReadFailure e) {
            return null;
        }
    }
}
