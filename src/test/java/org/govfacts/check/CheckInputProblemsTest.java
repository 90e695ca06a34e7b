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
import org.govfacts.fact.Fact;
import org.govfacts.output.FactJson;
import org.govfacts.read.ReadFailure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 9: bad fact files are reported with file and line, and everything good in them is still checked. */
class CheckInputProblemsTest {
    @TempDir
    Path dir;

    private List<String> lines(String doc) {
        List<String> out = new ArrayList<>();
        for (CheckDocument d : GoldSeeds.all()) {
            if (d.doc().equals(doc)) {
                d.facts().forEach(f -> out.add(FactJson.toJson(f, null).toString()));
            }
        }
        return out;
    }

    private String firstDoc() {
        return GoldSeeds.all().get(0).doc();
    }

    private final List<ReadFailure> problems = new ArrayList<>();

    private List<CheckDocument> load(Path... files) {
        return FactSources.load(List.of(files), problems::add);
    }

    @Test
    void aBrokenLineIsReportedWithItsLineAndTheRestIsChecked() throws IOException {
        List<String> a = lines(firstDoc());
        List<String> b = new ArrayList<>(lines(GoldSeeds.all().get(1).doc()));
        b.set(2, "{\"doc\": broken");
        Path good = Files.write(dir.resolve("a.jsonl"), a, StandardCharsets.UTF_8);
        Path bad = Files.write(dir.resolve("b.jsonl"), b, StandardCharsets.UTF_8);
        List<CheckDocument> docs = load(good, bad);
        assertEquals(2, docs.size());
        assertEquals(a.size() + b.size() - 1, docs.stream().mapToInt(d -> d.facts().size()).sum());
        assertEquals(1, problems.size());
        assertEquals(bad, problems.get(0).path());
        assertTrue(problems.get(0).reason().startsWith("line 3: not JSON"), problems.get(0).reason());
    }

    @Test
    void aJsonArrayCutOffIsAnErrorAndWhatCameBeforeIsKept() throws IOException {
        StringBuilder b = new StringBuilder("[\n");
        for (CheckDocument d : GoldSeeds.all()) {
            JsonNode o = FactJson.MAPPER.createObjectNode().put("doc", d.doc())
                    .set("facts", FactJson.MAPPER.valueToTree(d.facts().stream().map(f -> FactJson.toJson(f, null)).toList()));
            b.append(o).append(",\n");
        }
        String whole = b.toString();
        Path cut = Files.writeString(dir.resolve("facts.json"), whole.substring(0, whole.length() * 3 / 5));
        List<CheckDocument> docs = load(cut);
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).reason().contains("not valid JSON"), problems.get(0).reason());
        assertTrue(problems.get(0).reason().startsWith("line "), problems.get(0).reason());
        assertTrue(docs.size() >= 1 && docs.size() < GoldSeeds.all().size(), docs.size() + " documents");
    }

    @Test
    void numbersOutOfRangeAreLocatedErrors() throws IOException {
        List<String> a = new ArrayList<>(lines(firstDoc()));
        a.set(0, a.get(0).replaceFirst("\"start\":\\d+", "\"start\":99999999999"));
        int withValue = 0;
        while (!a.get(withValue).contains("\"value\":")) {
            withValue++;
        }
        a.set(withValue, a.get(withValue).replaceFirst("\"value\":[-0-9.eE]+", "\"value\":1e999"));
        Path f = Files.write(dir.resolve("range.jsonl"), a, StandardCharsets.UTF_8);
        List<CheckDocument> docs = load(f);
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.get(0).reason().startsWith("line 1: not a valid fact: start 99999999999"), problems.get(0).reason());
        assertTrue(problems.get(1).reason().startsWith("line " + (withValue + 1) + ": not a valid fact: value"),
                problems.get(1).reason());
        assertEquals(a.size() - 2, docs.get(0).facts().size());
    }

    @Test
    void aJsonLinesFileWithAByteOrderMarkIsRead() throws IOException {
        List<String> a = lines(firstDoc());
        Path f = dir.resolve("bom.jsonl");
        Files.write(f, ("\uFEFF" + String.join("\n", a) + "\n").getBytes(StandardCharsets.UTF_8));
        List<CheckDocument> docs = load(f);
        assertTrue(problems.isEmpty(), problems.toString());
        assertEquals(a.size(), docs.get(0).facts().size());
        Fact first = docs.get(0).facts().get(0);
        assertEquals(firstDoc(), first.doc());
    }
}
