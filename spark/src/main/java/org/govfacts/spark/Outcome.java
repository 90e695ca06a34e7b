package org.govfacts.spark;

import java.io.Serializable;
import java.util.List;

/**
 * What the job learned from one input file, in the forms it writes: either a failure (path and
 * reason) or the report and its facts as the CLI's JSON, with the year the report speaks from.
 *
 * @param path   the file's URI as Spark lists it
 * @param reason why the file could not be read or extracted; null when it was
 * @param year   the report's year, the Parquet partition; null when the text names none
 * @param sha256 hex SHA-256 of the file's bytes
 * @param report the report's metadata as JSON (as {@code extract --format json} without facts)
 * @param facts  each fact as one JSON line, exactly as {@code extract} writes it
 * @param text   the report's text, kept only when it is sent to OpenSearch
 */
record Outcome(String path, String reason, Integer year, String sha256, String report, List<String> facts, String text)
        implements Serializable {
    static Outcome failed(String path, String reason) {
        return new Outcome(path, reason, null, null, null, List.of(), null);
    }

    boolean ok() {
        return reason == null;
    }
}
