package org.govfacts.resolve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Metadata that comes with a corpus: for each report (by path or by file name) its date and its
 * region, which override what govfacts would detect. Read from CSV (a header row naming
 * {@code path} or {@code doc}/{@code file}, and {@code date}/{@code publish_date} and/or
 * {@code region}/{@code province}) or from JSON Lines with the same keys.
 */
public final class Manifest {
    /** One report's metadata; either field may be null. */
    public record Entry(ReportDate date, String region) {
    }

    public static final Manifest EMPTY = new Manifest(Map.of(), Map.of());

    private final Map<String, Entry> byPath;
    private final Map<String, Entry> byName;

    private Manifest(Map<String, Entry> byPath, Map<String, Entry> byName) {
        this.byPath = byPath;
        this.byName = byName;
    }

    /** The entry for a report read from {@code path}, by its whole path first, then by its file name. */
    public Entry lookup(Path path) {
        if (path == null) {
            return null;
        }
        Entry e = byPath.get(path.toAbsolutePath().normalize().toString());
        if (e == null && path.getFileName() != null) {
            e = byName.get(path.getFileName().toString());
        }
        return e;
    }

    public boolean isEmpty() {
        return byPath.isEmpty() && byName.isEmpty();
    }

    /** Reads a manifest; a malformed one is refused with its file, line and reason. */
    public static Manifest read(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<Map<String, String>> rows = text.stripLeading().startsWith("{") ? jsonl(file, text) : csv(file, text);
        Map<String, Entry> byPath = new HashMap<>();
        Map<String, Entry> byName = new HashMap<>();
        Path base = file.toAbsolutePath().getParent();
        int line = 1;
        for (Map<String, String> row : rows) {
            line++;
            String path = first(row, "path");
            String name = first(row, "doc", "file", "filename", "file_name");
            String dateText = first(row, "date", "publish_date", "published", "year");
            String region = first(row, "region", "province", "city");
            if (path == null && name == null) {
                throw new IOException(file + ": entry " + (line - 1) + ": names no report (a path, doc or file column)");
            }
            ReportDate date = null;
            if (dateText != null) {
                date = ReportDate.parse(dateText, "manifest");
                if (date == null) {
                    throw new IOException(file + ": entry " + (line - 1) + ": not a date: " + dateText);
                }
            }
            Entry e = new Entry(date, region);
            if (path != null) {
                Path p = Path.of(path);
                byPath.put((p.isAbsolute() ? p : base.resolve(p)).normalize().toString(), e);
                if (p.getFileName() != null) {
                    byName.putIfAbsent(p.getFileName().toString(), e);
                }
            }
            if (name != null) {
                byName.put(name, e);
            }
        }
        return new Manifest(byPath, byName);
    }

    private static String first(Map<String, String> row, String... keys) {
        for (String k : keys) {
            String v = row.get(k);
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }

    private static List<Map<String, String>> jsonl(Path file, String text) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        List<Map<String, String>> out = new ArrayList<>();
        int n = 0;
        for (String line : text.split("\r?\n")) {
            n++;
            if (line.isBlank()) {
                continue;
            }
            JsonNode o;
            try {
                o = mapper.readTree(line);
            } catch (IOException e) {
                throw new IOException(file + ":" + n + ": not JSON: " + e.getMessage());
            }
            Map<String, String> row = new HashMap<>();
            o.fields().forEachRemaining(f -> row.put(f.getKey().toLowerCase(java.util.Locale.ROOT),
                    f.getValue().isNull() ? null : f.getValue().asText()));
            out.add(row);
        }
        return out;
    }

    private static List<Map<String, String>> csv(Path file, String text) throws IOException {
        List<List<String>> records = Csv.parse(text);
        if (records.isEmpty()) {
            throw new IOException(file + ": empty manifest");
        }
        List<String> header = records.get(0).stream().map(h -> h.strip().toLowerCase(java.util.Locale.ROOT)).toList();
        List<Map<String, String>> out = new ArrayList<>();
        for (int i = 1; i < records.size(); i++) {
            List<String> r = records.get(i);
            if (r.size() == 1 && r.get(0).isBlank()) {
                continue;
            }
            Map<String, String> row = new HashMap<>();
            for (int c = 0; c < header.size() && c < r.size(); c++) {
                row.put(header.get(c), r.get(c));
            }
            out.add(row);
        }
        return out;
    }

    /** RFC 4180 records: quoted fields may hold commas, quotes ("") and line breaks. */
    static final class Csv {
        static List<List<String>> parse(String s) {
            List<List<String>> out = new ArrayList<>();
            List<String> row = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < s.length() && s.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        field.append(c);
                    }
                } else if (c == '"') {
                    quoted = true;
                } else if (c == ',') {
                    row.add(field.toString());
                    field.setLength(0);
                } else if (c == '\n' || c == '\r') {
                    if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                        i++;
                    }
                    row.add(field.toString());
                    field.setLength(0);
                    out.add(row);
                    row = new ArrayList<>();
                } else {
                    field.append(c);
                }
            }
            if (field.length() > 0 || !row.isEmpty()) {
                row.add(field.toString());
                out.add(row);
            }
            return out;
        }
    }
}
