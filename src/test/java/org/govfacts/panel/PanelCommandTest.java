package org.govfacts.panel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.govfacts.cli.Main;
import org.govfacts.fact.Fact;
import org.govfacts.output.FactJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PanelCommandTest {
    private static Path factFile(Path dir) throws IOException {
        StringBuilder b = new StringBuilder();
        for (Fact f : PanelBuilderTest.henan()) {
            b.append(FactJson.MAPPER.writeValueAsString(FactJson.toJson(f))).append('\n');
        }
        Path p = dir.resolve("facts.jsonl");
        Files.writeString(p, b.toString(), StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void fromAFactFileWithReviewLinks(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("panel.csv");
        assertEquals(0, Main.execute("panel", "--indicator", "国内生产总值", "--status", "actual", "--format", "csv",
                "-o", out.toString(), factFile(dir).toString()));
        String csv = Files.readString(out, StandardCharsets.UTF_8);
        assertEquals(4, csv.split("\r\n").length, csv);
        assertTrue(csv.contains("2025.txt.html#f-"), csv);
        assertFalse(csv.contains(",target,"));
    }

    @Test
    void aWorkbookNeedsAFileAndBadValuesAreUsageErrors(@TempDir Path dir) throws IOException {
        Path facts = factFile(dir);
        assertEquals(2, Main.execute("panel", "--indicator", "GDP", "--format", "xlsx", facts.toString()));
        assertEquals(2, Main.execute("panel", "--indicator", "GDP", "--status", "planned", facts.toString()));
        assertEquals(2, Main.execute("panel", "--indicator", "GDP", "--period", "next year", facts.toString()));
        assertEquals(2, Main.execute("panel", "--indicator", "GDP", "--chart", dir.resolve("c.gif").toString(), facts.toString()));
        assertEquals(2, Main.execute("panel", facts.toString()));
        Path xlsx = dir.resolve("p.xlsx");
        assertEquals(0, Main.execute("panel", "--indicator", "GDP", "--format", "xlsx", "-o", xlsx.toString(),
                "--chart", dir.resolve("p.svg").toString(), facts.toString()));
        assertTrue(Files.size(xlsx) > 0 && Files.size(dir.resolve("p.svg")) > 0);
    }
}
