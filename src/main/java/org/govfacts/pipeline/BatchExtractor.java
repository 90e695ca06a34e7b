package org.govfacts.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.govfacts.read.DocumentReader;
import org.govfacts.read.ReadFailure;
import org.govfacts.read.SourceDocument;

/**
 * Runs the pipeline over many files on several threads and hands the results on in path order,
 * each as soon as it and every file before it are done. At most a small window of documents is
 * in flight, so memory does not grow with the number of files. A file that cannot be read, or
 * that the pipeline fails on, is reported and skipped; the rest go on.
 */
public final class BatchExtractor {
    /** Receives each document's result, in order. */
    public interface Sink {
        void accept(DocumentResult result) throws IOException;
    }

    /** Receives each document's result with the document as read (its text), in order. */
    public interface SourceSink {
        void accept(DocumentResult result, SourceDocument source) throws IOException;
    }

    public record Summary(int documents, int failed, long facts, long characters) {
    }

    private final Pipeline pipeline;
    private final DocumentReader reader;
    private final int threads;

    public BatchExtractor(Pipeline pipeline, DocumentReader reader, int threads) {
        this.pipeline = pipeline;
        this.reader = reader;
        this.threads = Math.max(1, threads);
    }

    private record Outcome(DocumentResult result, SourceDocument source, ReadFailure failure) {
    }

    public Summary run(List<Path> files, Sink sink, Consumer<ReadFailure> failures) throws IOException {
        return runWithSources(files, (result, source) -> sink.accept(result), failures);
    }

    /** As {@link #run}, handing on each document as read too, so that nothing needs reading twice. */
    public Summary runWithSources(List<Path> files, SourceSink sink, Consumer<ReadFailure> failures) throws IOException {
        int done = 0;
        int failed = 0;
        long facts = 0;
        long chars = 0;
        ExecutorService pool = threads == 1 ? null : Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "govfacts-extract");
            t.setDaemon(true);
            return t;
        });
        Map<Path, String> names = org.govfacts.read.DocNames.of(files);
        try {
            Deque<Future<Outcome>> window = new ArrayDeque<>();
            int next = 0;
            int ahead = threads * 2;
            while (next < files.size() || !window.isEmpty()) {
                while (pool != null && next < files.size() && window.size() < ahead) {
                    Path p = files.get(next++);
                    window.add(pool.submit(() -> processOne(p, names.get(p))));
                }
                Outcome o = pool == null ? processOne(files.get(next), names.get(files.get(next++))) : await(window.poll());
                if (o.failure() != null) {
                    failed++;
                    failures.accept(o.failure());
                } else {
                    done++;
                    facts += o.result().facts().size();
                    chars += o.result().info().characters();
                    sink.accept(o.result(), o.source());
                }
            }
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
        return new Summary(done, failed, facts, chars);
    }

    private Outcome processOne(Path p, String name) {
        try {
            SourceDocument doc = reader.read(p);
            if (name != null && !name.equals(doc.name())) {
                doc = new SourceDocument(doc.path(), name, doc.text(), doc.charset(), doc.sha256(), doc.bytes(), doc.format(),
                        doc.warnings());
            }
            return new Outcome(pipeline.process(doc), doc, null);
        } catch (ReadFailure f) {
            return new Outcome(null, null, f);
        } catch (RuntimeException | StackOverflowError e) {
            return new Outcome(null, null, new ReadFailure(p, "extraction failed: " + e, e));
        } catch (OutOfMemoryError e) {
            // what this one file held is garbage now; the other files can still be processed
            return new Outcome(null, null, new ReadFailure(p, "not enough memory for this file; give Java more heap, e.g. "
                    + "GOVFACTS_JAVA_OPTS=-Xmx4g", e));
        }
    }

    private static Outcome await(Future<Outcome> f) throws IOException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IOException(e.getCause());
        }
    }
}
