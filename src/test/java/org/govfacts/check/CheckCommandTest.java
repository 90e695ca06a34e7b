package org.govfacts.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.govfacts.cli.Main;
import org.govfacts.fact.Fact;
import org.govfacts.output.FactJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `govfacts check` and `govfacts projects` on fact files, as a researcher runs them after `govfacts extract`. */
class CheckCommandTest {
    @TempDir
    Path dir;

    private Path factFile() throws IOException {
        List<String> lines = new ArrayList<>();
        for (CheckDocument d : GoldSeeds.all()) {
            for (Fact f : d.facts()) {
                lines.add(FactJson.toJson(f, GoldSeeds.seedDir().resolve(d.doc()).toString()).toString());
            }
        }
        Path p = dir.resolve("facts.jsonl");
        Files.write(p, lines, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void checkWritesTheFindingsAsJson() throws IOException {
        Path out = dir.resolve("findings.json");
        assertEquals(0, Main.execute("check", "--format", "json", "-o", out.toString(), factFile().toString()));
        JsonNode o = FactJson.MAPPER.readTree(out.toFile());
        assertEquals(5, o.get("documents").asInt());
        List<String> verdicts = new ArrayList<>();
        o.get("findings").forEach(f -> verdicts.add(f.get("kind").asText() + ":" + f.get("verdict").asText()));
        assertTrue(verdicts.contains("split:inconsistent"), verdicts.toString());
        assertTrue(verdicts.contains("cross_document:inconsistent"), verdicts.toString());
        assertTrue(verdicts.stream().filter(v -> v.equals("sum:consistent")).count() >= 4, verdicts.toString());
    }

    @Test
    void anIndexFolderOfFactFilesIsChecked() throws IOException {
        Path index = Files.createDirectory(dir.resolve("index"));
        Files.move(factFile(), index.resolve("facts.jsonl"));
        Path out = dir.resolve("findings.jsonl");
        assertEquals(0, Main.execute("check", "--format", "jsonl", "--index", index.toString(), "-o", out.toString()));
        List<String> lines = Files.readAllLines(out);
        assertTrue(lines.size() >= 8, lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.contains("\"kind\":\"split\"") && l.contains("\"verdict\":\"inconsistent\"")), lines.toString());
    }

    @Test
    void projectsListsEachProjectOnceWithItsVariants() throws IOException {
        Path out = dir.resolve("projects.json");
        assertEquals(0, Main.execute("projects", "--format", "json", "-o", out.toString(), factFile().toString()));
        JsonNode o = FactJson.MAPPER.readTree(out.toFile());
        JsonNode jindadi = null;
        int withVariant = 0;
        for (JsonNode p : o.get("projects")) {
            for (JsonNode v : p.get("variants")) {
                if (v.asText().equals("金大地联碱绿色转型升级项目")) {
                    jindadi = p;
                    withVariant++;
                }
            }
        }
        assertEquals(1, withVariant, "listed once");
        assertEquals(3, jindadi.get("docs").size());
        assertTrue(jindadi.get("figures").size() >= 3);
    }

    @Test
    void withNeitherIndexNorPathsItIsAUsageError() {
        assertEquals(2, Main.execute("check"));
    }

    @Test
    void scoringAKeyExplainsAMissedFigureThatHasNoIndicator() throws IOException {
        // a figure opening its clause after 其中 has no indicator; explaining why its relation was missed must not fail
        Path docs = Files.createDirectories(dir.resolve("docs"));
        String text = "全年新增城镇就业人员1.2万人。其中，8000人。\n";
        Files.writeString(docs.resolve("r.txt"), text, StandardCharsets.UTF_8);
        int at = text.indexOf("8000人");
        String key = "{\"id\":\"k1\",\"docs\":[\"r.txt\"],\"kind\":\"sum\",\"verdict\":\"consistent\",\"figures\":["
                + "{\"doc\":\"r.txt\",\"text\":\"8000人\",\"anchor\":\"8000人\",\"start\":" + at + ",\"end\":" + (at + 5) + "}],"
                + "\"why\":\"\"}\n";
        Path keyFile = dir.resolve("key.jsonl");
        Files.writeString(keyFile, key, StandardCharsets.UTF_8);
        Path out = dir.resolve("score.txt");
        assertEquals(0, Main.execute("check", "--key", keyFile.toString(), "-o", out.toString(), docs.toString()));
        String report = Files.readString(out, StandardCharsets.UTF_8);
        assertTrue(report.contains("k1") && report.contains("8000人"), report);
    }
}
