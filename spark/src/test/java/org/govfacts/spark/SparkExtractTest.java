package org.govfacts.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import org.govfacts.cli.Main;
import org.govfacts.output.FactJson;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job in local mode against `govfacts extract` on the same files — the seeds, two
 * provincial reports, a PDF, a Word 97 file and two files that cannot be read: the same facts with
 * the same values, the same failures with the same reasons, in JSON Lines and in Parquet.
 */
class SparkExtractTest {
    @TempDir
    static Path dir;

    private static SparkSession spark;
    private static Path input;
    private static List<ObjectNode> cliFacts;
    private static Map<String, String> cliFailures;

    @BeforeAll
    static void setUp() throws IOException {
        input = Files.createDirectories(dir.resolve("in"));
        Path seeds = Files.createDirectories(input.resolve("seeds"));
        try (Stream<Path> s = Files.list(Path.of("../seeds"))) {
            for (Path p : s.toList()) {
                Files.copy(p, seeds.resolve(p.getFileName().toString()));
            }
        }
        Path other = Files.createDirectories(input.resolve("other"));
        for (String name : List.of("2026_河北省_政府工作报告.txt", "2026_西藏自治区_政府工作报告.txt")) {
            Files.copy(Path.of("src/test/resources/provincial", name), other.resolve(name));
        }
        Files.copy(Path.of("../src/test/resources/read/report.pdf"), other.resolve("report.pdf"));
        Files.copy(Path.of("../src/test/resources/read/report.doc"), other.resolve("report.doc"));
        byte[] junk = new byte[4096];
        new Random(3).nextBytes(junk);
        Files.write(other.resolve("junk.txt"), junk);
        Files.write(other.resolve("empty.txt"), new byte[0]);
        Files.writeString(other.resolve("MANIFEST.csv"), "file,province\n");  // a data file: skipped by both

        Path cliOut = dir.resolve("cli.jsonl");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream saved = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = Main.execute("extract", "--threads", "2", "-o", cliOut.toString(), input.toString());
        } finally {
            System.setErr(saved);
        }
        assertEquals(1, code, err.toString(StandardCharsets.UTF_8));
        cliFacts = new ArrayList<>();
        for (String line : Files.readAllLines(cliOut)) {
            cliFacts.add((ObjectNode) FactJson.MAPPER.readTree(line));
        }
        cliFailures = new TreeMap<>();
        for (String line : err.toString(StandardCharsets.UTF_8).split("\n")) {
            if (line.startsWith("govfacts: " + input) && !line.contains(": warning: ")) {
                String rest = line.substring("govfacts: ".length());
                int colon = rest.indexOf(": ");
                cliFailures.put(rest.substring(0, colon), rest.substring(colon + 2));
            }
        }
        assertEquals(2, cliFailures.size(), err.toString(StandardCharsets.UTF_8));

        spark = SparkSession.builder().master("local[2]").appName("govfacts-test")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "2")
                .getOrCreate();
    }

    @AfterAll
    static void tearDown() {
        if (spark != null) {
            spark.stop();
        }
    }

    private static int job(String... args) {
        return SparkExtract.execute(args);
    }

    @Test
    void jsonLinesAreTheFactsOfExtractAndFailuresGoToTheSideOutput() throws IOException {
        Path out = dir.resolve("out-jsonl");
        assertEquals(1, job("--input", input.toString(), "--output", out.toString(), "--format", "jsonl", "--partitions", "3"),
                "exit code 1: some files failed");

        List<ObjectNode> sparkFacts = new ArrayList<>();
        for (String line : partLines(out.resolve("facts"))) {
            sparkFacts.add((ObjectNode) FactJson.MAPPER.readTree(line));
        }
        assertTrue(cliFacts.size() > 500, "seeds and two provincial reports: " + cliFacts.size());
        List<String> expected = new ArrayList<>();
        cliFacts.forEach(f -> expected.add(FactJson.MAPPER.valueToTree(f).toString()));
        List<String> actual = new ArrayList<>();
        for (ObjectNode f : sparkFacts) {
            String path = f.get("path").asText();
            assertTrue(path.startsWith("file:"), path);
            f.put("path", path.substring("file:".length()));  // Spark names files by URI
            actual.add(f.toString());
        }
        assertSameFacts(expected, actual);
        assertTrue(cliFacts.stream().anyMatch(f -> f.get("doc").asText().endsWith(".pdf")), "the PDF gives facts");
        assertTrue(cliFacts.stream().anyMatch(f -> f.get("doc").asText().endsWith(".doc")), "the Word file gives facts");

        Map<String, String> failures = new TreeMap<>();
        for (String line : partLines(out.resolve("failures"))) {
            JsonNode n = FactJson.MAPPER.readTree(line);
            failures.put(n.get("path").asText().substring("file:".length()), n.get("reason").asText());
        }
        assertEquals(cliFailures, failures);

        List<String> reports = partLines(out.resolve("reports"));
        assertEquals(5 + 4, reports.size(), "seeds, two provincial reports, the PDF and the Word file");

        int again = job("--input", input.toString(), "--output", out.toString(), "--format", "jsonl");
        assertEquals(1, again, "an existing output is refused, not mixed with");
    }

    @Test
    void parquetHasTheFieldsAndValuesOfExtractPartitionedByReportYear() {
        Path out = dir.resolve("out-parquet");
        assertEquals(1, job("--input", input.toString(), "--output", out.toString()));
        var df = spark.read().parquet(out.resolve("facts").toString());

        Set<String> cliFields = new LinkedHashSet<>();
        cliFacts.forEach(f -> f.fieldNames().forEachRemaining(cliFields::add));
        Set<String> columns = new LinkedHashSet<>();
        for (StructField f : df.schema().fields()) {
            columns.add(f.name());
        }
        assertTrue(columns.remove("report_year"));
        assertEquals(new java.util.TreeSet<>(cliFields), new java.util.TreeSet<>(columns), "exactly the fields of extract");

        List<Row> rows = df.collectAsList();
        assertEquals(cliFacts.size(), rows.size());
        List<String> expected = new ArrayList<>();
        for (ObjectNode f : cliFacts) {
            expected.add(canonical(f));
        }
        List<String> actual = new ArrayList<>();
        for (Row r : rows) {
            ObjectNode o = FactJson.MAPPER.createObjectNode();
            for (String c : columns) {
                Object v = r.get(r.fieldIndex(c));
                if (c.equals("path")) {
                    v = ((String) v).substring("file:".length());
                }
                o.set(c, FactJson.MAPPER.valueToTree(v));
            }
            actual.add(canonical(o));
        }
        assertSameFacts(expected, actual);

        // the two provincial reports speak from 2026
        List<Row> years = df.filter("doc like '2026_%'").select("report_year").distinct().collectAsList();
        assertEquals(List.of(2026), years.stream().map(r -> r.getInt(0)).toList());
    }

    /**
     * A fact as sorted field=value pairs, numbers as doubles (Parquet keeps 80300000000 as 8.03E10),
     * null fields left out (a Parquet row has every type's columns, a fact line those of its type).
     */
    private static String canonical(ObjectNode f) {
        Map<String, String> m = new TreeMap<>();
        f.fields().forEachRemaining(e -> {
            JsonNode v = e.getValue();
            if (v != null && !v.isNull()) {
                m.put(e.getKey(), v.isNumber() ? String.valueOf(v.asDouble()) : v.asText());
            }
        });
        return m.toString();
    }

    /** Equal as multisets; on failure the message shows a few facts on either side only. */
    private static void assertSameFacts(List<String> expected, List<String> actual) {
        List<String> missing = new ArrayList<>(expected);
        actual.forEach(missing::remove);
        List<String> extra = new ArrayList<>(actual);
        expected.forEach(extra::remove);
        assertTrue(missing.isEmpty() && extra.isEmpty() && expected.size() == actual.size(),
                "extract gave " + expected.size() + " facts, Spark " + actual.size() + "; missing from Spark ("
                        + missing.size() + "): " + missing.stream().limit(3).toList() + "; only in Spark (" + extra.size() + "): "
                        + extra.stream().limit(3).toList());
    }

    private static List<String> partLines(Path folder) throws IOException {
        assertTrue(Files.exists(folder.resolve("_SUCCESS")), folder + " complete");
        List<String> lines = new ArrayList<>();
        try (Stream<Path> s = Files.list(folder)) {
            for (Path p : s.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
                lines.addAll(Files.readAllLines(p, StandardCharsets.UTF_8));
            }
        }
        return lines;
    }
}
