package org.govfacts.check;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
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

    /** As {@link #load(List, Consumer)}, failing on the first problem. */
    public static List<CheckDocument> load(List<Path> files) throws IOException {
        List<ReadFailure> problems = new ArrayList<>();
        List<CheckDocument> out = load(files, problems::add);
        if (!problems.isEmpty()) {
            throw new IOException(problems.get(0).toString());
        }
        return out;
    }

    /**
     * The facts of the files, grouped by document. A line or object that is not a valid fact is
     * reported to {@code problems} with its file and line, and the rest is still read; a file cut
     * off (a JSON array without its end) is reported too, with the objects before the cut kept.
     */
    public static List<CheckDocument> load(List<Path> files, Consumer<ReadFailure> problems) {
        Map<String, List<Fact>> facts = new LinkedHashMap<>();
        Map<String, String> paths = new LinkedHashMap<>();
        for (Path f : files) {
            for (FactFiles.Line line : nodes(f, problems)) {
                JsonNode o = line.node();
                try {
                    if (o.has("facts") && o.get("facts").isArray()) {
                        for (JsonNode x : o.get("facts")) {
                            add(x, o.path("path").asText(null), facts, paths);
                        }
                    } else if (o.has("type")) {
                        add(o, o.path("path").asText(null), facts, paths);
                    }
                } catch (RuntimeException e) {
                    problems.accept(new ReadFailure(f, "line " + line.number() + ": not a valid fact: "
                            + (e.getMessage() == null ? e.toString() : e.getMessage())));
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

    private static List<FactFiles.Line> nodes(Path f, Consumer<ReadFailure> problems) {
        Consumer<String> problem = message -> problems.accept(new ReadFailure(f, message));
        if (f.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".jsonl")) {
            return FactFiles.lines(f, problem);
        }
        List<FactFiles.Line> out = new ArrayList<>();
        try (JsonParser p = FactJson.MAPPER.createParser(f.toFile())) {
            // values one at a time, so that a file cut off keeps what came before the cut
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t == JsonToken.START_ARRAY) {
                    for (t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                        if (t == null) {
                            throw new JsonParseException(p, "the JSON array has no end (the file is cut off?)");
                        }
                        int line = p.currentTokenLocation().getLineNr();
                        out.add(new FactFiles.Line(line, FactJson.MAPPER.readTree(p)));
                    }
                } else {
                    int line = p.currentTokenLocation().getLineNr();
                    out.add(new FactFiles.Line(line, FactJson.MAPPER.readTree(p)));
                }
            }
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            problem.accept((at == null ? "" : "line " + at.getLineNr() + ", column " + at.getColumnNr() + ": ")
                    + "not valid JSON: " + e.getOriginalMessage().lines().findFirst().orElse("")
                    + (out.isEmpty() ? "" : " (the " + out.size() + " object(s) before it are checked)"));
        } catch (IOException e) {
            problem.accept("cannot read: " + e.getMessage());
        }
        return out;
    }

    private static void add(JsonNode x, String path, Map<String, List<Fact>> facts, Map<String, String> paths) {
        checkNumbers(x);
        Fact f = FactJson.fromJson(x);
        String doc = f.doc() == null ? "?" : f.doc();
        facts.computeIfAbsent(doc, k -> new ArrayList<>()).add(f);
        String p = x.path("path").asText(path);
        if (p != null && !p.isEmpty()) {
            paths.putIfAbsent(doc, p);
        }
    }

    /** Offsets and ranks are ints and values finite: a number out of range is an error, not a wrapped int. */
    private static void checkNumbers(JsonNode x) {
        for (String field : List.of("start", "end", "rank", "top", "sentence_start")) {
            JsonNode n = x.get(field);
            if (n != null && !n.isNull() && (!n.isIntegralNumber() || !n.canConvertToInt() || n.asInt() < 0)) {
                throw new IllegalArgumentException(field + " " + n + " is not a whole number from 0 to " + Integer.MAX_VALUE);
            }
        }
        JsonNode v = x.get("value");
        if (v != null && !v.isNull() && (!v.isNumber() || !Double.isFinite(v.asDouble()))) {
            throw new IllegalArgumentException("value " + abbreviated(v.toString()) + " is not a finite number");
        }
    }

    private static String abbreviated(String s) {
        return s.length() <= 40 ? s : s.substring(0, 20) + "…" + s.substring(s.length() - 12);
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
