package org.govfacts.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.govfacts.cli.Main;
import org.govfacts.eval.FactFiles;
import org.govfacts.output.FactJson;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `govfacts review` from reports and from an index: the pages hold the facts of the one JSON mapping. */
class ReviewCommandTest {
    private static final String SEED = "seeds/004_b32c99b684574bf5.txt";

    @TempDir
    Path dir;

    private static List<JsonNode> pageFacts(Path page) throws Exception {
        Document d = Jsoup.parse(page.toFile(), "UTF-8");
        List<JsonNode> out = new ArrayList<>();
        FactJson.MAPPER.readTree(d.getElementById("facts-data").data()).forEach(out::add);
        return out;
    }

    @Test
    void aPageCarriesEveryFactAsExtractWritesItWithItsLink() throws Exception {
        Path jsonl = dir.resolve("facts.jsonl");
        assertEquals(0, Main.execute("extract", "--dictionaries", "dictionaries", "-o", jsonl.toString(), SEED));
        Path site = dir.resolve("site");
        assertEquals(0, Main.execute("review", "--dictionaries", "dictionaries", "-o", site.toString(), SEED));
        List<JsonNode> extracted = FactFiles.load(jsonl);
        Path page = site.resolve(ReviewLink.page("004_b32c99b684574bf5.txt"));
        List<JsonNode> shown = pageFacts(page);
        assertEquals(extracted.size(), shown.size());
        for (JsonNode e : extracted) {
            ObjectNode expected = ((ObjectNode) e.deepCopy());
            for (String f : List.of("doc", "path", "sentence", "normalized_sentence", "sentence_start")) {
                expected.remove(f);
            }
            expected.put("link", ReviewLink.of(e.get("doc").asText(), e.get("start").asInt(), e.get("end").asInt()));
            JsonNode match = shown.stream().filter(s -> s.get("start").equals(e.get("start")) && s.get("end").equals(e.get("end"))
                    && s.get("type").equals(e.get("type"))).findFirst().orElseThrow(() -> new AssertionError("not on the page: " + e));
            ObjectNode actual = ((ObjectNode) match.deepCopy());
            actual.remove("i");
            assertEquals(expected, actual);
        }
        Document d = Jsoup.parse(page.toFile(), "UTF-8");
        assertTrue(d.select("script[src], link[href], img[src]").isEmpty(), "nothing fetched: style and script are inline");
        assertEquals(shown.size(), d.select("#fact-table tbody tr").size());
    }

    @Test
    void theSameSiteComesFromAnIndex() throws Exception {
        Path index = dir.resolve("index");
        assertEquals(0, Main.execute("index", "--dictionaries", "dictionaries", "--index", index.toString(), SEED));
        Path fromIndex = dir.resolve("from-index");
        Path fromFiles = dir.resolve("from-files");
        assertEquals(0, Main.execute("review", "--dictionaries", "dictionaries", "-o", fromIndex.toString(), "--index", index.toString()));
        assertEquals(0, Main.execute("review", "--dictionaries", "dictionaries", "-o", fromFiles.toString(), SEED));
        String page = ReviewLink.page("004_b32c99b684574bf5.txt");
        assertTrue(Files.isRegularFile(fromIndex.resolve(page)));
        Document a = Jsoup.parse(fromIndex.resolve(page).toFile(), "UTF-8");
        Document b = Jsoup.parse(fromFiles.resolve(page).toFile(), "UTF-8");
        assertEquals(b.getElementById("text").wholeText(), a.getElementById("text").wholeText(), "the text kept in the index");
        assertEquals(b.select("#text mark.f").size(), a.select("#text mark.f").size());
        assertEquals(pageFacts(fromFiles.resolve(page)).size(), pageFacts(fromIndex.resolve(page)).size());
    }
}
