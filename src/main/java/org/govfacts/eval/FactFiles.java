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
            try (BufferedReader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                int n = 0;
                for (String line; (line = r.readLine()) != null; ) {
                    n++;
                    if (line.isBlank()) {
                        continue;
                    }
                    try {
                        out.add(FactJson.MAPPER.readTree(line));
                    } catch (IOException e) {
                        throw new IOException(f + ":" + n + ": not JSON: " + e.getMessage(), e);
                    }
                }
            }
        }
        return out;
    }
}
