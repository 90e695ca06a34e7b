package org.govfacts.cli;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 9: search arguments that used to be read as something else are usage errors. */
class SearchArgumentsTest {
    @TempDir
    Path dir;

    @Test
    void aQueryOfOnlyPunctuationIsAnError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SearchCommand.checkQuery(List.of("。，", "、")));
        assertTrue(e.getMessage().contains("no letters or digits"), e.getMessage());
        assertDoesNotThrow(() -> SearchCommand.checkQuery(List.of("。", "工业")));
        assertDoesNotThrow(() -> SearchCommand.checkQuery(List.of()));
    }

    @Test
    void badPeriodsHugeLimitsAndLongQueriesGiveCleanAnswers() throws Exception {
        Path reports = Files.createDirectories(dir.resolve("reports"));
        Files.writeString(reports.resolve("a.txt"), "2024年上半年，全市工业投资增长20%，规上工业增加值增长8.5%。");
        String index = dir.resolve("idx").toString();
        String dictionaries = Path.of("dictionaries").toAbsolutePath().toString();
        assertEquals(0, Main.execute("index", "--dictionaries", dictionaries, "--index", index, reports.toString()));

        PrintStream saved = System.err;
        PrintStream savedOut = System.out;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            assertEquals(2, Main.execute("search", "--dictionaries", dictionaries, "--index", index, "--period", "2024 H9"));
            assertEquals(2, Main.execute("search", "--dictionaries", dictionaries, "--index", index, "。，"));
            String many = String.join(" ", java.util.stream.IntStream.range(0, 1100).mapToObj(i -> "词" + i).toList());
            assertEquals(2, Main.execute("search", "--dictionaries", dictionaries, "--index", index, many));
            assertEquals(0, Main.execute("search", "--dictionaries", dictionaries, "--index", index, "--format", "jsonl",
                    "--limit", "2147483647"));
        } finally {
            System.setErr(saved);
            System.setOut(savedOut);
        }
        String e = err.toString(StandardCharsets.UTF_8);
        assertTrue(e.contains("2024 H9"), e);
        assertTrue(e.contains("no letters or digits"), e);
        assertTrue(e.contains("the query is too long: its 1100 word(s)"), e);
        assertTrue(!e.contains("org.apache.lucene"), e);
        assertEquals(2, out.toString(StandardCharsets.UTF_8).lines().filter(l -> l.startsWith("{")).count());
    }
}
