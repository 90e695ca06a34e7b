package org.govfacts.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.govfacts.cli.Main;
import org.govfacts.fact.Fact;
import org.govfacts.fact.FactType;
import org.govfacts.lexicon.Lexicon;
import org.govfacts.output.FactJson;
import org.govfacts.pipeline.BatchExtractor;
import org.govfacts.pipeline.DocumentResult;
import org.govfacts.pipeline.Pipeline;
import org.govfacts.read.DocumentReader;
import org.govfacts.read.InputWalker;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `index --opensearch` against a real OpenSearch node: the seeds go in with the mapping, a second run
 * overwrites instead of duplicating, and range and Chinese full-text queries give exactly the facts
 * the extraction says they must.
 */
class OpenSearchSinkTest {
    private static final Path SEEDS = Path.of("seeds");
    private static final String INDEX = "seeds-test";

    @TempDir
    static Path home;

    private static EmbeddedOpenSearch cluster;
    private static OpenSearchClient client;
    private static List<DocumentResult> extracted;

    @BeforeAll
    static void start() throws Exception {
        cluster = EmbeddedOpenSearch.start(home);
        client = new OpenSearchClient(cluster.url(), OpenSearchClient.Retry.DEFAULT);
        client.send("GET", "_cluster/health?wait_for_status=yellow&timeout=60s", null, null);
        extracted = new ArrayList<>();
        new BatchExtractor(new Pipeline(Lexicon.at(Path.of("dictionaries"))), new DocumentReader(), 2)
                .run(InputWalker.expand(List.of(SEEDS), f -> { }), extracted::add, f -> { });
    }

    @AfterAll
    static void stop() throws Exception {
        if (cluster != null) {
            cluster.close();
        }
    }

    private record Run(int exitCode, String err) {
    }

    private static Run govfacts(String... args) {
        PrintStream saved = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            return new Run(Main.execute(args), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(saved);
        }
    }

    @Test
    void seedsIndexOnceEvenWhenIndexedTwiceAndAnswerRangeAndChineseQueries() throws Exception {
        Run first = govfacts("index", "--opensearch", cluster.url(), "--index-name", INDEX, "--threads", "2", SEEDS.toString());
        assertEquals(0, first.exitCode(), first.err());
        long facts = extracted.stream().mapToLong(r -> r.facts().size()).sum();
        assertTrue(facts > 100, "the seeds hold hundreds of facts: " + facts);
        Set<String> expectedIds = new TreeSet<>();
        extracted.forEach(r -> r.facts().forEach(f -> expectedIds.add(OpenSearchDocuments.factId(r.info().sha256(), f))));
        assertEquals(facts, expectedIds.size(), "fact ids are unique: report hash, span and type");
        assertEquals(facts, count(INDEX));
        assertEquals(extracted.size(), count(OpenSearchSink.reportIndexName(INDEX)));

        Run second = govfacts("index", "--opensearch", cluster.url(), "--index-name", INDEX, SEEDS.toString());
        assertEquals(0, second.exitCode(), second.err());
        assertEquals(facts, count(INDEX), "a re-run overwrites, never duplicates");
        assertEquals(extracted.size(), count(OpenSearchSink.reportIndexName(INDEX)));
        assertEquals(expectedIds, ids(search(INDEX, "{\"match_all\":{}}")));

        // the mapping keeps numbers numeric: a range over money values
        double lo = 1e8;
        double hi = 5e9;
        Set<String> inRange = expected(f -> f.type() == FactType.MONEY && f.value() != null && f.value() >= lo && f.value() <= hi);
        assertTrue(inRange.size() >= 5, "the seeds have money amounts between 1亿 and 50亿: " + inRange);
        assertEquals(inRange, ids(search(INDEX, "{\"bool\":{\"filter\":[{\"term\":{\"type\":\"money\"}},"
                + "{\"range\":{\"value\":{\"gte\":" + lo + ",\"lte\":" + hi + "}}}]}}")));

        // Chinese words in sentences, found as a phrase of character bigrams
        String word = "工业增加值";
        Set<String> withWord = expected(f -> f.normalizedSentence().contains(word));
        assertTrue(withWord.size() >= 5, "seed sentences speak of " + word);
        assertEquals(withWord, ids(search(INDEX, "{\"match_phrase\":{\"normalized_sentence\":\"" + word + "\"}}")));
        // a two-character word inside longer runs of Chinese text
        Set<String> withShortWord = expected(f -> f.normalizedSentence().contains("项目"));
        assertEquals(withShortWord, ids(search(INDEX, "{\"match_phrase\":{\"normalized_sentence\":\"项目\"}}")));
        // comparable fields are exact keywords
        String indicator = extracted.stream().flatMap(r -> r.facts().stream()).map(Fact::indicator)
                .filter(i -> i != null && i.length() > 3).findFirst().orElseThrow();
        assertEquals(expected(f -> indicator.equals(f.indicator())),
                ids(search(INDEX, "{\"term\":{\"indicator\":\"" + indicator + "\"}}")));

        // reports are searchable by their text
        JsonNode reports = search(OpenSearchSink.reportIndexName(INDEX), "{\"match_phrase\":{\"text\":\"" + word + "\"}}");
        long reportsWithWord = extracted.stream().filter(r -> r.facts().stream().anyMatch(f -> f.sentence().contains(word))).count();
        assertTrue(reports.path("hits").path("total").path("value").asLong() >= reportsWithWord);
    }

    @Test
    void aRefusedDocumentIsReportedWithTheClustersReason() throws Exception {
        // an index whose mapping cannot take the facts: "start" must be a date here
        String index = "refusing";
        client.send("PUT", index, "{\"mappings\":{\"properties\":{\"start\":{\"type\":\"boolean\"}}}}", "application/json");
        client.send("PUT", OpenSearchSink.reportIndexName(index), "{}", "application/json");
        Run r = govfacts("index", "--opensearch", cluster.url(), "--index-name", index, SEEDS.resolve("000_de635acace6085cf.txt").toString());
        assertEquals(1, r.exitCode(), r.err());
        assertTrue(r.err().contains("OpenSearch refused " + index + "/") && r.err().contains("mapper_parsing_exception"), r.err());
        assertTrue(r.err().contains("document(s) refused"), r.err());
    }

    @Test
    void anUnreachableClusterIsAClearErrorAfterRetries() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        OpenSearchClient nowhere = new OpenSearchClient("http://127.0.0.1:" + port,
                new OpenSearchClient.Retry(3, Duration.ofMillis(10), Duration.ofMillis(20)));
        OpenSearchException e = assertThrows(OpenSearchException.class, () -> OpenSearchSink.createIndices(nowhere, "x"));
        assertTrue(e.getMessage().contains("cannot reach OpenSearch at http://127.0.0.1:" + port)
                && e.getMessage().contains("after 3 attempts"), e.getMessage());
        Run r = govfacts("index", "--opensearch", "localhost:9200", SEEDS.toString());
        assertEquals(1, r.exitCode(), r.err());
        assertTrue(r.err().contains("not an OpenSearch URL"), r.err());
        Run bad = govfacts("index", "--opensearch", cluster.url(), "--index-name", "Seeds", SEEDS.toString());
        assertFalse(bad.exitCode() == 0);
        assertTrue(bad.err().contains("not a valid OpenSearch index name"), bad.err());
    }

    private static Set<String> expected(java.util.function.Predicate<Fact> p) {
        Set<String> out = new TreeSet<>();
        extracted.forEach(r -> r.facts().stream().filter(p).forEach(f -> out.add(OpenSearchDocuments.factId(r.info().sha256(), f))));
        return out;
    }

    private static long count(String index) throws Exception {
        return client.send("GET", index + "/_count", null, null).body().path("count").asLong();
    }

    private static JsonNode search(String index, String query) throws Exception {
        ObjectNode body = FactJson.MAPPER.createObjectNode();
        body.set("query", FactJson.MAPPER.readTree(query));
        body.put("size", 10_000);
        body.put("_source", false);
        return client.send("POST", index + "/_search", FactJson.MAPPER.writeValueAsString(body), "application/json").body();
    }

    private static Set<String> ids(JsonNode response) {
        Set<String> out = new TreeSet<>();
        response.path("hits").path("hits").forEach(h -> out.add(h.path("_id").asText()));
        return out;
    }
}
