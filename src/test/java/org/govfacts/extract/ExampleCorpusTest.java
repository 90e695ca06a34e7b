package org.govfacts.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.govfacts.eval.Scorer;
import org.govfacts.fact.Fact;
import org.govfacts.fact.FactType;
import org.govfacts.lexicon.Lexicon;
import org.govfacts.pipeline.Pipeline;
import org.govfacts.read.SourceDocument;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs each dimension's example corpus ({@code src/test/resources/examples/TYPE.txt}, format in
 * the README there) through the whole pipeline: every expected fact must be found with its
 * values, every non-fact must not be.
 */
class ExampleCorpusTest {
    private static final Pipeline PIPELINE = new Pipeline(Lexicon.at(Path.of("dictionaries")));

    @TestFactory
    Stream<DynamicTest> examples() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (String type : List.of("money", "quantity", "growth", "ratio", "ranking", "project", "comparable")) {
            String sentence = null;
            String file = "example.txt";
            int n = 0;
            for (String line : read(type + ".txt")) {
                if (line.startsWith("@file ")) {
                    file = line.substring(6).strip(); // the report's file name: its date and region for what follows
                } else if (line.startsWith("> ")) {
                    sentence = line.substring(2).replace("\\n", "\n"); // \n: a line break in a passage
                    n++;
                } else if (!line.isBlank() && !line.startsWith("#")) {
                    String s = Objects.requireNonNull(sentence, "expectation before any sentence in " + type);
                    String name = type + " #" + n + ": " + line;
                    String f = file;
                    tests.add(DynamicTest.dynamicTest(name, () -> check(f, s, line)));
                }
            }
        }
        return tests.stream();
    }

    private static List<String> read(String file) throws IOException {
        try (InputStream in = ExampleCorpusTest.class.getResourceAsStream("/examples/" + file)) {
            return List.of(new String(Objects.requireNonNull(in, file).readAllBytes(), StandardCharsets.UTF_8).split("\n"));
        }
    }

    private static void check(String file, String sentence, String expectation) {
        boolean negative = expectation.startsWith("!");
        String[] parts = (negative ? expectation.substring(1) : expectation).split("\\|", 3);
        FactType type = FactType.parse(parts[0].trim());
        String text = parts[1].trim();
        int at = sentence.indexOf(text);
        assertTrue(at >= 0, "'" + text + "' is not in the sentence");
        int end = at + text.length();
        List<Fact> facts = PIPELINE.process(new SourceDocument(Path.of(file), file, sentence,
                "UTF-8", "", sentence.length())).facts();
        List<Fact> overlapping = facts.stream()
                .filter(f -> f.type() == type && f.start() < end && at < f.end()).toList();
        if (negative) {
            assertTrue(overlapping.isEmpty(), "found a non-fact: " + overlapping);
            return;
        }
        if (overlapping.isEmpty()) {
            fail("no " + type.id() + " fact at '" + text + "'; found: " + facts);
        }
        List<String> problems = new ArrayList<>();
        for (Fact f : overlapping) {
            problems.clear();
            for (String kv : parts.length > 2 ? parts[2].split(";") : new String[0]) {
                if (kv.isBlank()) {
                    continue;
                }
                boolean exact = kv.contains("==");
                String[] p = kv.split(exact ? "==" : "=", 2);
                String key = p[0].trim();
                String want = p[1].trim();
                String got = field(f, key);
                if (exact ? !want.equals(got) : !agrees(key, want, got)) {
                    problems.add(key + ": expected " + want + " but was " + got);
                }
            }
            if (problems.isEmpty()) {
                return;
            }
        }
        fail(String.join("; ", problems) + " in " + overlapping);
    }

    private static String field(Fact f, String key) {
        Object v = switch (key) {
            case "value" -> f.value();
            case "unit" -> f.unit();
            case "qualifier" -> f.qualifier() == null ? null : f.qualifier().id();
            case "basis" -> f.basis() == null ? null : f.basis().id();
            case "rank" -> f.rank();
            case "top" -> f.top();
            case "scope" -> f.scope();
            case "name" -> f.name();
            case "indicator" -> f.indicator();
            case "period" -> f.period();
            case "period_norm" -> f.periodNorm();
            case "status" -> f.status() == null ? null : f.status().id();
            case "region_norm" -> f.regionNorm();
            case "value_max" -> f.valueMax();
            default -> throw new IllegalArgumentException("unknown field " + key);
        };
        return v == null ? null : v.toString();
    }

    private static boolean agrees(String key, String want, String got) {
        if (want.equals("null")) {
            return got == null;
        }
        if (got == null) {
            return false;
        }
        return switch (key) {
            case "value", "value_max" -> Math.abs(Double.parseDouble(want) - Double.parseDouble(got)) <= 1e-3 * Math.abs(Double.parseDouble(want));
            case "rank", "top" -> Integer.parseInt(want) == Integer.parseInt(got);
            case "indicator", "period" -> Scorer.attributeRight(want, got);
            case "name" -> Scorer.fold(want).equals(Scorer.fold(got));
            default -> want.equals(got);
        };
    }
}
