package org.govfacts.opensearch;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.govfacts.fact.Fact;
import org.govfacts.output.FactJson;
import org.govfacts.pipeline.DocumentResult;

/**
 * What the sink stores for a report and for each of its facts, and under which ids. Ids derive from
 * the content, never from a run: a fact is its report's SHA-256, span and type, a report its SHA-256,
 * so indexing the same files again overwrites instead of duplicating.
 */
public final class OpenSearchDocuments {
    private OpenSearchDocuments() {
    }

    public static String factId(String reportSha256, Fact f) {
        return factId(reportSha256, f.start(), f.end(), f.type().id());
    }

    public static String factId(String reportSha256, int start, int end, String type) {
        return reportSha256 + "-" + start + "-" + end + "-" + type;
    }

    public static String reportId(String reportSha256) {
        return reportSha256;
    }

    /** A fact exactly as `extract` writes it (path included). */
    public static ObjectNode fact(DocumentResult r, Fact f) {
        return FactJson.toJson(f, r.info().path());
    }

    /** The report's metadata as `extract --format json` writes it, its fact count, warnings and text. */
    public static ObjectNode report(DocumentResult r, String text) {
        ObjectNode o = FactJson.toJson(r.info());
        o.put("facts", r.facts().size());
        r.warnings().forEach(o.withArray("warnings")::add);
        if (text != null) {
            o.put("text", text);
        }
        return o;
    }
}
