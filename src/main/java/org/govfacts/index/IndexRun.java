package org.govfacts.index;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.govfacts.pipeline.BatchExtractor;
import org.govfacts.pipeline.Pipeline;
import org.govfacts.read.DocumentReader;
import org.govfacts.read.FileNames;
import org.govfacts.read.InputWalker;
import org.govfacts.read.ReadFailure;

/**
 * One {@code govfacts index} run: decides which files need (re-)indexing by content hash, extracts
 * them with the {@link BatchExtractor} and writes them to a {@link FactIndex}, committing every
 * {@code commitEvery} reports and at the end.
 *
 * <p>A file is keyed by its absolute path, written without loss ({@link FileNames#show}). It is skipped when the index holds that path with the
 * same SHA-256, and when the same content is already indexed under another path that still exists
 * (a copy would only duplicate its facts). A changed file replaces what was indexed from its path.
 */
public final class IndexRun {
    /**
     * @param inputs      files and folders to index
     * @param prune       drop reports whose files no longer exist
     * @param force       re-index files even when unchanged (e.g. after the extractor improved)
     * @param threads     extraction and indexing threads
     * @param commitEvery reports between commits (a commit is cheap but not free)
     */
    public record Options(List<Path> inputs, boolean prune, boolean force, int threads, int commitEvery) {
        public Options {
            inputs = List.copyOf(inputs);
            threads = Math.max(1, threads);
            commitEvery = Math.max(1, commitEvery);
        }
    }

    /**
     * @param added      reports new to the index
     * @param replaced   reports whose file changed since it was indexed (or were forced)
     * @param unchanged  reports skipped as already indexed
     * @param duplicates files skipped because the same content is indexed under another path
     * @param pruned     reports dropped because their files are gone
     * @param failed     files that could not be read or extracted
     * @param facts      facts written by this run
     * @param totalFacts facts in the index after the run
     */
    public record Summary(int added, int replaced, int unchanged, int duplicates, int pruned, int failed,
                          long facts, long totalFacts) {
    }

    private IndexRun() {
    }

    public static Summary run(FactIndex index, Pipeline pipeline, DocumentReader reader, Options options,
                              Consumer<ReadFailure> failures, Consumer<String> notes) throws IOException {
        AtomicInteger failed = new AtomicInteger();
        Map<String, String> indexed = index.indexedReports();
        AtomicInteger withdrawn = new AtomicInteger();
        Consumer<ReadFailure> fail = f -> {
            failed.incrementAndGet();
            failures.accept(f);
            // the index never serves facts of a file version it could not read: what is indexed
            // from a file that now fails (changed, damaged, unreadable) is taken out
            String key = f.path() == null ? null : FileNames.show(f.path().toAbsolutePath().normalize());
            if (key != null && indexed.containsKey(key)) {
                try {
                    index.delete(key);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                withdrawn.incrementAndGet();
                notes.accept("removed " + key + " from the index: it can no longer be read (see above)");
            }
        };
        // A file reached through two of the inputs (a folder and a file in it) is indexed once.
        Set<Path> files = new LinkedHashSet<>();
        for (Path p : InputWalker.expand(options.inputs(), fail)) {
            files.add(p.toAbsolutePath().normalize());
        }
        Map<String, String> pathOfContent = new HashMap<>();
        indexed.forEach((path, sha) -> {
            if (exists(path) == Boolean.TRUE) {
                pathOfContent.putIfAbsent(sha, path);
            }
        });

        int pruned = 0;
        if (options.prune()) {
            for (String path : indexed.keySet()) {
                Boolean exists = exists(path);
                if (exists == null) {
                    notes.accept("not pruned " + path + ": this locale cannot name the file (run in a UTF-8 locale)");
                } else if (!exists) {
                    index.delete(path);
                    pathOfContent.values().remove(path);
                    notes.accept("pruned " + path);
                    pruned++;
                }
            }
        }

        List<Path> todo = new ArrayList<>();
        int added = 0;
        int replaced = 0;
        int unchanged = 0;
        int duplicates = 0;
        for (Path file : files) {
            String path = FileNames.show(file);
            String sha;
            try {
                sha = sha256(file);
            } catch (IOException e) {
                fail.accept(new ReadFailure(file, "cannot read: " + e.getMessage(), e));
                continue;
            }
            String before = indexed.get(path);
            if (!options.force() && sha.equals(before)) {
                unchanged++;
                pathOfContent.putIfAbsent(sha, path);
                continue;
            }
            String other = pathOfContent.get(sha);
            if (other != null && !other.equals(path)) {
                notes.accept("skipped " + path + ": same content as " + other);
                duplicates++;
                continue;
            }
            pathOfContent.put(sha, path);
            todo.add(file);
            if (before == null) {
                added++;
            } else {
                replaced++;
            }
        }

        AtomicLong facts = new AtomicLong();
        if (!todo.isEmpty()) {
            writeAll(index, pipeline, reader, options, todo, fail, facts);
        }
        index.commit();
        return new Summary(added, replaced, unchanged, duplicates, pruned, failed.get(), facts.get(), index.factCount());
    }

    /**
     * Extraction runs on the batch extractor's threads; the analysis and indexing of each result
     * run on a second small pool, so neither waits for the other. Each report goes in as one block,
     * so a commit never holds half a report.
     */
    private static void writeAll(FactIndex index, Pipeline pipeline, DocumentReader reader, Options options,
                                 List<Path> todo, Consumer<ReadFailure> fail, AtomicLong facts) throws IOException {
        ExecutorService writers = Executors.newFixedThreadPool(options.threads(), r -> {
            Thread t = new Thread(r, "govfacts-index");
            t.setDaemon(true);
            return t;
        });
        Semaphore inFlight = new Semaphore(options.threads() * 2);
        AtomicInteger sinceCommit = new AtomicInteger();
        List<IOException> writeErrors = new ArrayList<>();
        try {
            BatchExtractor batch = new BatchExtractor(pipeline, reader, options.threads());
            batch.runWithSources(todo, (result, source) -> {
                acquire(inFlight);
                writers.submit(() -> {
                    try {
                        index.add(result, source.text());
                        facts.addAndGet(result.facts().size());
                    } catch (IOException e) {
                        synchronized (writeErrors) {
                            writeErrors.add(e);
                        }
                    } catch (RuntimeException e) {
                        // One report Lucene refuses must not take the run down, nor vanish unreported.
                        fail.accept(new ReadFailure(source.path(), "indexing failed: " + e, e));
                    } catch (Error e) {
                        synchronized (writeErrors) {
                            writeErrors.add(new IOException("indexing failed: " + e, e));
                        }
                    } finally {
                        inFlight.release();
                    }
                });
                if (sinceCommit.incrementAndGet() >= options.commitEvery()) {
                    sinceCommit.set(0);
                    index.commit();
                }
            }, fail);
        } finally {
            writers.shutdown();
            try {
                if (!writers.awaitTermination(1, TimeUnit.DAYS)) {
                    throw new IOException("indexing did not finish");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            }
        }
        if (!writeErrors.isEmpty()) {
            IOException e = writeErrors.get(0);
            writeErrors.stream().skip(1).forEach(e::addSuppressed);
            throw e;
        }
    }

    private static void acquire(Semaphore s) throws IOException {
        try {
            s.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    /** Whether the file indexed under {@code key} exists; null when this locale cannot even name it. */
    private static Boolean exists(String key) {
        try {
            return Files.exists(FileNames.toPath(key));
        } catch (java.nio.file.InvalidPathException e) {
            return null;
        }
    }

    /** Hex SHA-256 of a file's bytes, as {@link DocumentReader} records it. */
    static String sha256(Path file) throws IOException {
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        byte[] buf = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buf)) > 0; ) {
                md.update(buf, 0, n);
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }
}
