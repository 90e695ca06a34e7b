package org.govfacts.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.govfacts.cli.Main;
import org.govfacts.output.FactJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** extract --format json --with-text: the text of a PDF as extracted, and every fact's offsets into it. */
class ExtractWithTextTest {
    @Test
    void offsetsOfAPdfsFactsPointIntoTheTextGiven(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("out.json");
        assertEquals(0, Main.execute("extract", "--dictionaries", "dictionaries", "--format", "json", "--with-text",
                "-o", out.toString(), "src/test/resources/read/report.pdf"));
        JsonNode doc = FactJson.MAPPER.readTree(out.toFile()).get(0);
        String text = doc.get("text").asText();
        assertEquals("pdf", doc.get("format").asText());
        assertFalse(doc.get("facts").isEmpty(), "the PDF's sentences hold facts");
        for (JsonNode f : doc.get("facts")) {
            assertEquals(f.get("text").asText(), text.substring(f.get("start").asInt(), f.get("end").asInt()));
        }
    }

    @Test
    void withTextGoesWithJsonOnly() {
        assertEquals(2, Main.execute("extract", "--format", "jsonl", "--with-text", "seeds"));
    }

}
