package org.govfacts.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.govfacts.cli.Main;
import org.govfacts.testdata.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Extraction on several threads gives byte for byte the output of one thread, in path order. */
class ParallelDeterminismTest {
    @Test
    void threadsDoNotChangeTheOutput(@TempDir Path tmp) throws Exception {
        List<String> inputs = new ArrayList<>(List.of("seeds"));
        inputs.add(TestData.require(TestData.PROVINCIAL_CORPUS).toString());
        Path one = tmp.resolve("one.jsonl");
        Path two = tmp.resolve("two.jsonl");
        List<String> a = new ArrayList<>(List.of("extract", "--dictionaries", "dictionaries", "--threads", "1", "-o", one.toString()));
        a.addAll(inputs);
        List<String> b = new ArrayList<>(List.of("extract", "--dictionaries", "dictionaries", "--threads", "3", "-o", two.toString()));
        b.addAll(inputs);
        assertEquals(0, Main.execute(a.toArray(String[]::new)));
        assertEquals(0, Main.execute(b.toArray(String[]::new)));
        List<String> first = Files.readAllLines(one);
        List<String> second = Files.readAllLines(two);
        assertTrue(first.size() > 100, "expected many facts, got " + first.size());
        assertEquals(first, second);
        // documents come in path order
        List<String> paths = first.stream().map(l -> l.replaceAll(".*\"path\":\"([^\"]*)\".*", "$1")).distinct().toList();
        assertEquals(paths.stream().sorted().toList(), paths);
    }
}
