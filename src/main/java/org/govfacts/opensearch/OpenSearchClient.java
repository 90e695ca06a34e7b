package org.govfacts.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.govfacts.output.FactJson;

/**
 * The few REST calls the sink needs, over the JDK's own HTTP client (no client library in the
 * command-line jar). Requests the cluster may accept a little later (429 too many requests, 502/503/504,
 * a dropped connection) are retried with exponential backoff; any other refusal fails at once with
 * the cluster's own reason. Credentials may be given in the URL (https://user:password@host:9200).
 */
public final class OpenSearchClient {
    /** How often and how patiently to retry. */
    public record Retry(int attempts, Duration firstWait, Duration maxWait) {
        public static final Retry DEFAULT = new Retry(6, Duration.ofMillis(500), Duration.ofSeconds(15));

        Duration waitBefore(int attempt) {
            long ms = firstWait.toMillis() << Math.min(20, attempt - 1);
            return Duration.ofMillis(Math.min(ms, maxWait.toMillis()));
        }
    }

    /** A response: status and parsed JSON body (null when empty or not JSON). */
    public record Response(int status, JsonNode body) {
    }

    private final URI base;
    private final String authorization;
    private final Retry retry;
    private final HttpClient http;

    public OpenSearchClient(String url, Retry retry) {
        URI u = URI.create(url.endsWith("/") ? url : url + "/");
        if (u.getScheme() == null || !(u.getScheme().equals("http") || u.getScheme().equals("https")) || u.getHost() == null) {
            throw new IllegalArgumentException("not an OpenSearch URL: " + url + " (expected http[s]://host:port)");
        }
        this.authorization = u.getRawUserInfo() == null ? null
                : "Basic " + Base64.getEncoder().encodeToString(
                        java.net.URLDecoder.decode(u.getRawUserInfo(), StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8));
        this.base = URI.create(u.getScheme() + "://" + u.getHost() + (u.getPort() < 0 ? "" : ":" + u.getPort())
                + (u.getRawPath() == null ? "/" : u.getRawPath()));
        this.retry = retry;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** The cluster's address without credentials, for messages. */
    public String address() {
        return base.toString();
    }

    /**
     * Sends a request, retrying what may succeed later. Returns the response for statuses below 300
     * and those in {@code accepted}; throws with the cluster's reason for any other.
     */
    public Response send(String method, String path, String body, String contentType, int... accepted) throws IOException {
        IOException last = null;
        for (int attempt = 1; attempt <= retry.attempts(); attempt++) {
            if (attempt > 1) {
                pause(retry.waitBefore(attempt - 1));
            }
            HttpResponse<String> r;
            try {
                r = http.send(request(method, path, body, contentType), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (ConnectException | HttpTimeoutException e) {
                last = new OpenSearchException("cannot reach OpenSearch at " + base + " (" + describe(e) + ")", e);
                continue;
            } catch (IOException e) {
                last = new OpenSearchException("connection to OpenSearch at " + base + " failed (" + describe(e) + ")", e);
                continue;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new OpenSearchException("interrupted", e);
            }
            int status = r.statusCode();
            if (status < 300 || contains(accepted, status)) {
                return new Response(status, parse(r.body()));
            }
            OpenSearchException refusal = new OpenSearchException("OpenSearch at " + base + " refused " + method + " /" + path
                    + ": HTTP " + status + " " + reason(r.body()));
            if (!isTransient(status)) {
                throw refusal;
            }
            last = refusal;
        }
        throw new OpenSearchException(last.getMessage() + "; gave up after " + retry.attempts() + " attempts", last.getCause());
    }

    /** Statuses that say "not now" rather than "no". */
    static boolean isTransient(int status) {
        return status == 429 || status == 502 || status == 503 || status == 504;
    }

    void pause(Duration d) throws OpenSearchException {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OpenSearchException("interrupted", e);
        }
    }

    Retry retry() {
        return retry;
    }

    private HttpRequest request(String method, String path, String body, String contentType) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofMinutes(2));
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        if (body == null) {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            b.header("Content-Type", contentType);
            b.method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        }
        return b.build();
    }

    private static JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            return FactJson.MAPPER.readTree(body);
        } catch (IOException e) {
            return null;
        }
    }

    /** The cluster's error type and reason, or the start of the body. */
    static String reason(String body) {
        JsonNode n = parse(body);
        JsonNode error = n == null ? null : n.get("error");
        if (error != null && error.isObject()) {
            JsonNode root = error.path("root_cause").path(0);
            JsonNode e = root.isMissingNode() ? error : root;
            return e.path("type").asText("") + ": " + e.path("reason").asText("");
        }
        if (error != null) {
            return error.asText();
        }
        String b = body == null ? "" : body.strip();
        return b.length() > 300 ? b.substring(0, 300) + "…" : b;
    }

    private static String describe(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static boolean contains(int[] values, int v) {
        for (int x : values) {
            if (x == v) {
                return true;
            }
        }
        return false;
    }
}
