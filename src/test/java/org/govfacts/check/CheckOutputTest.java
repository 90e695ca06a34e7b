package org.govfacts.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.govfacts.output.FactJson;
import org.junit.jupiter.api.Test;

class CheckOutputTest {
    private static List<Finding> sample() {
        String text = "对137个工业项目全过程服务。截至目前已开复工107项,开复工率78.1%。剩余35项未开工项目正在推进。";
        CheckDocument d = new DocBuilder("t.txt", text).quantity("137个", 137, "个", "工业项目").quantity("107项", 107, "项", "开复工项目")
                .ratio("78.1%", 78.1, null, "开复工率").quantity("35项", 35, "项", "未开工项目").build();
        return Findings.check(d);
    }

    @Test
    void jsonFindingsCarryVerdictFiguresAndTolerance() throws IOException {
        StringWriter w = new StringWriter();
        FindingWriter.write(FindingWriter.Format.JSON, sample(), 1, w);
        JsonNode o = FactJson.MAPPER.readTree(w.toString());
        assertEquals(1, o.get("documents").asInt());
        assertEquals(1, o.get("counts").get("inconsistent").asInt());
        for (JsonNode f : o.get("findings")) {
            for (String field : List.of("kind", "verdict", "facts", "expected", "stated", "tolerance", "message")) {
                assertTrue(f.has(field), field);
            }
            for (JsonNode x : f.get("facts")) {
                for (String field : List.of("doc", "start", "end", "text", "sentence")) {
                    assertTrue(x.has(field), field);
                }
            }
        }
        JsonNode split = o.get("findings").findParents("kind").stream().filter(n -> n.get("kind").asText().equals("split")).findFirst().orElseThrow();
        assertEquals("inconsistent", split.get("verdict").asText());
        assertEquals(30, split.get("expected").asDouble(), 0);
        assertEquals(35, split.get("stated").asDouble(), 0);
    }

    @Test
    void jsonLinesHaveOneFindingALine() throws IOException {
        StringWriter w = new StringWriter();
        List<Finding> findings = sample();
        FindingWriter.write(FindingWriter.Format.JSONL, findings, 1, w);
        List<String> lines = w.toString().lines().toList();
        assertEquals(findings.size(), lines.size());
        assertEquals(findings.get(0).kind().id(), FactJson.MAPPER.readTree(lines.get(0)).get("kind").asText());
    }

    @Test
    void theTextReportPutsInconsistenciesFirst() {
        String text = FindingWriter.text(sample(), 1);
        int bad = text.indexOf("do not agree");
        int good = text.indexOf("Figures that agree");
        assertTrue(bad > 0 && good > bad, text);
        assertTrue(text.contains("【35项】"), text);
    }
}
