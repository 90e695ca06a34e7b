package org.govfacts.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.govfacts.opensearch.OpenSearchDocuments;
import org.govfacts.output.FactJson;
import org.govfacts.pipeline.DocumentResult;
import org.govfacts.read.InputWalker;
import org.govfacts.read.ReadFailure;
import org.govfacts.read.SourceDocument;

/** One file through the pipeline, on an executor: bytes in, {@link Outcome} out, never an exception. */
final class DocumentJob {
    private DocumentJob() {
    }

    /** Whether a listed file is left out as `extract` leaves it out of a folder (hidden, lock and data files). */
    static boolean skipped(String uri) {
        return InputWalker.skippedFileName(fileName(uri));
    }

    static Outcome process(String uri, byte[] bytes, boolean keepText) {
        Path path = localPath(uri);
        try {
            SourceDocument source = ExecutorPipeline.reader().read(path, bytes);
            DocumentResult r = ExecutorPipeline.get().process(source);
            List<String> facts = new ArrayList<>(r.facts().size());
            for (var f : r.facts()) {
                facts.add(json(FactJson.toJson(f, uri)));
            }
            ObjectNode report = OpenSearchDocuments.report(r, null);
            report.put("path", uri);
            return new Outcome(uri, null, year(r.info().date()), r.info().sha256(), json(report), facts,
                    keepText ? source.text() : null);
        } catch (ReadFailure e) {
            return Outcome.failed(uri, e.reason());
        } catch (RuntimeException | StackOverflowError e) {
            return Outcome.failed(uri, "extraction failed: " + e);
        } catch (OutOfMemoryError e) {
            // what this one file held is garbage now; the others can still be processed
            return Outcome.failed(uri, "not enough memory for this file; give executors more, e.g. --executor-memory 4g");
        }
    }

    /** The year of the report's date (2024-03-05, 2024-03, 2024), null without one. */
    static Integer year(String date) {
        return date != null && date.length() >= 4 && date.substring(0, 4).chars().allMatch(Character::isDigit)
                ? Integer.valueOf(date.substring(0, 4)) : null;
    }

    /** The path part of a URI (hdfs://nn/a/b.txt → /a/b.txt): what names the document and its region. */
    static Path localPath(String uri) {
        try {
            String p = new URI(uri).getPath();
            return Path.of(p == null || p.isEmpty() ? uri : p);
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Path.of(fileName(uri));
        }
    }

    static String fileName(String uri) {
        int slash = uri.lastIndexOf('/');
        return slash < 0 ? uri : uri.substring(slash + 1);
    }

    private static String json(ObjectNode o) {
        try {
            return FactJson.MAPPER.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
