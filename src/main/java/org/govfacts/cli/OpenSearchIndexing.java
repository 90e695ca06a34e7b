package org.govfacts.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.govfacts.opensearch.OpenSearchClient;
import org.govfacts.opensearch.OpenSearchSink;
import org.govfacts.pipeline.BatchExtractor;
import org.govfacts.pipeline.Pipeline;
import org.govfacts.read.DocumentReader;
import org.govfacts.read.InputWalker;

/** `index --opensearch URL`: extracts reports and writes them and their facts to an OpenSearch cluster. */
final class OpenSearchIndexing {
    private OpenSearchIndexing() {
    }

    static int run(String url, String indexName, List<Path> paths, Pipeline pipeline, int threads, PrintWriter err)
            throws IOException {
        OpenSearchClient client = new OpenSearchClient(url, OpenSearchClient.Retry.DEFAULT);
        OpenSearchSink.createIndices(client, indexName);
        AtomicInteger failed = new AtomicInteger();
        List<Path> files = InputWalker.expand(paths, f -> {
            failed.incrementAndGet();
            say(err, "govfacts: " + f.path() + ": " + f.reason());
        });
        BatchExtractor batch = new BatchExtractor(pipeline, new DocumentReader(), threads);
        OpenSearchSink.Summary s;
        BatchExtractor.Summary extracted;
        try (OpenSearchSink sink = OpenSearchSink.open(client, indexName)) {
            extracted = batch.runWithSources(files, (r, source) -> sink.add(r, source.text()), f -> {
                failed.incrementAndGet();
                say(err, "govfacts: " + f.path() + ": " + f.reason());
            });
            sink.flush();
            sink.refresh();
            s = sink.summary();
        }
        s.refusals().forEach(reason -> say(err, "govfacts: OpenSearch refused " + reason));
        say(err, String.format("govfacts: %d report(s), %d fact(s) extracted; OpenSearch %s accepted %d report(s) into %s "
                        + "and %d fact(s) into %s%s%s",
                extracted.documents(), extracted.facts(), client.address(), s.reports(),
                OpenSearchSink.reportIndexName(indexName), s.facts(), indexName,
                s.refused() == 0 ? "" : "; " + s.refused() + " document(s) refused",
                failed.get() == 0 ? "" : "; " + failed.get() + " file(s) failed"));
        return failed.get() == 0 && s.refused() == 0 ? 0 : 1;
    }

    private static synchronized void say(PrintWriter err, String line) {
        err.println(line);
        err.flush();
    }
}
