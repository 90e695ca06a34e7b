package org.govfacts.opensearch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.govfacts.output.FactJson;
import org.govfacts.pipeline.DocumentResult;

/**
 * Writes reports and their facts to OpenSearch: facts to index N, reports to N-reports, each created
 * with govfacts' mapping when missing (numeric fields numeric, comparable fields keywords, Chinese
 * text split into character bigrams). Documents go in bulk requests of a few megabytes; items the
 * cluster rejects as too busy are sent again with backoff, any other rejected item is counted and
 * its reason kept. Not thread-safe: one sink per thread (or per Spark partition).
 */
public final class OpenSearchSink implements Closeable {
    /** What was written: documents accepted per index, and the items refused with why. */
    public record Summary(long facts, long reports, long refused, List<String> refusals) {
    }

    static final int MAX_BULK_BYTES = 5 * 1024 * 1024;
    static final int MAX_BULK_ACTIONS = 2000;
    private static final int MAX_REASONS_KEPT = 10;

    private final OpenSearchClient client;
    private final String factIndex;
    private final String reportIndex;
    private final StringBuilder bulk = new StringBuilder();
    private int actions;
    private long facts;
    private long reports;
    private long refused;
    private final List<String> refusals = new ArrayList<>();

    private OpenSearchSink(OpenSearchClient client, String indexName) {
        this.client = client;
        this.factIndex = indexName;
        this.reportIndex = reportIndexName(indexName);
    }

    /** A sink writing to indices that already exist (see {@link #createIndices}). */
    public static OpenSearchSink open(OpenSearchClient client, String indexName) {
        return new OpenSearchSink(client, checkedName(indexName));
    }

    public static String reportIndexName(String indexName) {
        return indexName + "-reports";
    }

    /** Creates the fact and report indices with govfacts' mappings unless they exist already. */
    public static void createIndices(OpenSearchClient client, String indexName) throws IOException {
        String name = checkedName(indexName);
        createIndex(client, name, "facts-index.json");
        createIndex(client, reportIndexName(name), "reports-index.json");
    }

    private static void createIndex(OpenSearchClient client, String index, String mappingResource) throws IOException {
        if (client.send("HEAD", index, null, null, 404).status() == 200) {
            return;
        }
        // 400 resource_already_exists: another process (a Spark executor) created it in between
        OpenSearchClient.Response r = client.send("PUT", index, resource(mappingResource), "application/json", 400);
        if (r.status() == 400 && !r.body().path("error").path("type").asText().equals("resource_already_exists_exception")) {
            throw new OpenSearchException("OpenSearch at " + client.address() + " refused to create index " + index + ": "
                    + r.body().path("error").path("type").asText() + ": " + r.body().path("error").path("reason").asText());
        }
    }

    /** Index names OpenSearch accepts: lowercase, no spaces or any of \ / * ? " < > | , #, not starting with - _ +. */
    static String checkedName(String name) {
        if (name == null || name.isEmpty() || !name.equals(name.toLowerCase(Locale.ROOT)) || name.matches(".*[\\\\/*?\"<>| ,#:].*")
                || name.matches("^[-_+.].*")) {
            throw new IllegalArgumentException("not a valid OpenSearch index name: '" + name
                    + "' (lowercase letters, digits, - and _, not starting with - or _)");
        }
        return name;
    }

    /** Adds a report (with its text, when given, for full-text search) and all its facts. */
    public void add(DocumentResult r, String text) throws IOException {
        List<ObjectNode> facts = new ArrayList<>(r.facts().size());
        r.facts().forEach(f -> facts.add(OpenSearchDocuments.fact(r, f)));
        add(r.info().sha256(), OpenSearchDocuments.report(r, text), facts);
    }

    /**
     * Adds a report and its facts in their JSON forms ({@link OpenSearchDocuments}), for callers
     * that keep those rather than the extraction's records (the Spark job). Each fact gets the
     * report's hash as {@code report_sha256}, to join on.
     */
    public void add(String reportSha256, ObjectNode report, List<ObjectNode> facts) throws IOException {
        append(reportIndex, OpenSearchDocuments.reportId(reportSha256), report);
        for (ObjectNode f : facts) {
            String id = OpenSearchDocuments.factId(reportSha256, f.path("start").asInt(), f.path("end").asInt(),
                    f.path("type").asText());
            append(factIndex, id, f.deepCopy().put("report_sha256", reportSha256));
        }
    }

    private void append(String index, String id, ObjectNode doc) throws IOException {
        ObjectNode action = FactJson.MAPPER.createObjectNode();
        action.putObject("index").put("_index", index).put("_id", id);
        String lines = line(action) + line(doc);
        // characters, not bytes: a Chinese character takes three bytes in UTF-8
        if (actions > 0 && (bulk.length() + lines.length() > MAX_BULK_BYTES / 3 || actions >= MAX_BULK_ACTIONS)) {
            flush();
        }
        bulk.append(lines);
        actions++;
    }

    /** Sends what is buffered. */
    public void flush() throws IOException {
        if (actions == 0) {
            return;
        }
        List<String> pending = splitActions(bulk.toString());
        bulk.setLength(0);
        actions = 0;
        for (int attempt = 1; !pending.isEmpty(); attempt++) {
            OpenSearchClient.Response r = client.send("POST", "_bulk", String.join("", pending), "application/x-ndjson");
            pending = handle(r.body(), pending, attempt >= client.retry().attempts());
            if (!pending.isEmpty()) {
                client.pause(client.retry().waitBefore(attempt));
            }
        }
    }

    /** Counts the items done, keeps the reasons of refused ones, and returns those to send again. */
    private List<String> handle(JsonNode body, List<String> sent, boolean lastAttempt) {
        List<String> again = new ArrayList<>();
        JsonNode items = body == null ? null : body.get("items");
        if (items == null || items.size() != sent.size()) {
            throw new IllegalStateException("unexpected bulk response from OpenSearch: " + body);
        }
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i).elements().next();
            int status = item.path("status").asInt();
            if (status < 300) {
                if (item.path("_index").asText().equals(factIndex)) {
                    facts++;
                } else {
                    reports++;
                }
            } else if (OpenSearchClient.isTransient(status) && !lastAttempt) {
                again.add(sent.get(i));
            } else {
                refused++;
                if (refusals.size() < MAX_REASONS_KEPT) {
                    JsonNode e = item.path("error");
                    refusals.add(item.path("_index").asText() + "/" + item.path("_id").asText() + ": HTTP " + status + " "
                            + e.path("type").asText() + ": " + e.path("reason").asText());
                }
            }
        }
        return again;
    }

    /** Makes what was written visible to searches now rather than within the refresh interval. */
    public void refresh() throws IOException {
        client.send("POST", factIndex + "," + reportIndex + "/_refresh", null, null);
    }

    public Summary summary() {
        return new Summary(facts, reports, refused, List.copyOf(refusals));
    }

    @Override
    public void close() throws IOException {
        flush();
    }

    /** Action and source line pairs of an NDJSON bulk body. */
    private static List<String> splitActions(String ndjson) {
        List<String> out = new ArrayList<>();
        int pos = 0;
        while (pos < ndjson.length()) {
            int first = ndjson.indexOf('\n', pos);
            int second = ndjson.indexOf('\n', first + 1);
            out.add(ndjson.substring(pos, second + 1));
            pos = second + 1;
        }
        return out;
    }

    private static String line(JsonNode n) {
        try {
            return FactJson.MAPPER.writeValueAsString(n) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = OpenSearchSink.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
