package org.govfacts.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.govfacts.output.FactJson;

/** Reads JSON Lines fact files (a file, or a folder of {@code *.jsonl}), as score.py does. */
public final class FactFiles {
    private FactFiles() {
    }

    public static List<JsonNode> load(Path path) throws IOException {
        List<Path> files = new ArrayList<>();
        if (Files.isDirectory(path)) {
            try (Stream<Path> s = Files.list(path)) {
                s.filter(p -> p.getFileName().toString().endsWith(".jsonl")).sorted().forEach(files::add);
            }
        } else {
            files.add(path);
        }
        List<JsonNode> out = new ArrayList<>();
        for (Path f : files) {
            List<String> problems = new ArrayList<>();
            for (Line line : lines(f, problems::add)) {
                out.add(line.node());
            }
            if (!problems.isEmpty()) {
                throw new IOException(f + ": " + problems.get(0));
            }
        }
        return out;
    }

    /** One JSON value of a file and the line it starts on. */
    public record Line(int number, JsonNode node) {
    }

    /**
     * The JSON values of one JSON Lines file. A line that is not JSON is reported to
     * {@code problems} ("line 7: not JSON: …") and skipped; a byte-order mark is allowed.
     */
    public static List<Line> lines(Path f, java.util.function.Consumer<String> problems) {
        List<Line> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
            int n = 0;
            for (String line; (line = r.readLine()) != null; ) {
                n++;
                if (n == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1); // a byte-order mark, as Windows editors write
                }
                if (line.isBlank()) {
                    continue;
                }
                try {
                    out.add(new Line(n, FactJson.MAPPER.readTree(line)));
                } catch (IOException e) {
                    String message = e instanceof com.fasterxml.jackson.core.JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
                    problems.accept("line " + n + ": not JSON: " + message.lines().findFirst().orElse(""));
                }
            }
        } catch (IOException e) {
            problems.accept("cannot read: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
        }
        return out;
    }
}
