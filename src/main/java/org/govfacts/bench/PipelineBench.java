package org.govfacts.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.ToLongFunction;
import org.govfacts.attribute.Attribution;
import org.govfacts.extract.FoundFact;
import org.govfacts.fact.Fact;
import org.govfacts.normalize.NormalizedText;
import org.govfacts.output.FactJson;
import org.govfacts.pipeline.DocumentResult;
import org.govfacts.pipeline.Pipeline;
import org.govfacts.read.DocumentReader;
import org.govfacts.read.InputWalker;
import org.govfacts.read.ReadFailure;
import org.govfacts.read.SourceDocument;
import org.govfacts.segment.HanLpRuntime;
import org.govfacts.text.AnalyzedText;
import org.govfacts.text.SentenceSplitter;

/**
 * Throughput of each pipeline stage against bare {@code HanLP.segment}, measured in one run on the
 * same text after a warm-up: characters per second for read, normalise, segment, extract,
 * attribute, serialise, the whole extraction on one thread and on all threads. Each figure is the
 * median over the repeats.
 */
public final class PipelineBench {
    /** One measured figure. */
    public record Figure(String name, double charsPerSecond) {
    }

    private final Pipeline pipeline;
    private final int repeat;
    private final int threads;

    public PipelineBench(Pipeline pipeline, int repeat, int threads) {
        this.pipeline = pipeline;
        this.repeat = Math.max(1, repeat);
        this.threads = Math.max(1, threads);
    }

    public List<Figure> run(List<Path> inputs, PrintWriter log) throws IOException {
        List<Path> files = InputWalker.expand(inputs, f -> log.println("skipped " + f));
        DocumentReader reader = new DocumentReader();
        List<SourceDocument> docs = new ArrayList<>();
        long start = System.nanoTime();
        for (Path p : files) {
            try {
                docs.add(reader.read(p));
            } catch (ReadFailure f) {
                log.println("skipped " + f);
            }
        }
        long readNanos = System.nanoTime() - start;
        long chars = docs.stream().mapToLong(d -> d.text().length()).sum();
        log.printf(Locale.ROOT, "corpus: %d documents, %,d characters; %d repeats after a warm-up%n", docs.size(), chars, repeat);
        log.flush();

        List<NormalizedText> normalized = new ArrayList<>();
        List<AnalyzedText> analyzed = new ArrayList<>();
        List<List<FoundFact>> findings = new ArrayList<>();
        List<List<Attribution>> attributions = new ArrayList<>();
        List<DocumentResult> results = new ArrayList<>();
        for (SourceDocument d : docs) { // warm-up, and the inputs of the later stages
            NormalizedText n = pipeline.normalizer().normalize(d.text());
            AnalyzedText a = new AnalyzedText(d.name(), n, SentenceSplitter.split(n.text(), pipeline.wrappedLines()), pipeline.segmenter().segment(n.text()));
            List<FoundFact> f = pipeline.extract(a);
            List<Attribution> at = pipeline.attribute(a, f);
            normalized.add(n);
            analyzed.add(a);
            findings.add(f);
            attributions.add(at);
            results.add(pipeline.assemble(d, a, f, at));
            HanLpRuntime.bareSegmentCount(n.text());
        }

        // The whole-extraction figures run over the corpus several times, so that each measurement
        // holds a few million characters and the last large document does not leave a thread idle.
        int passes = (int) Math.max(1, Math.ceil(3_000_000.0 / Math.max(1, chars)));
        List<SourceDocument> work = new ArrayList<>();
        for (int k = 0; k < passes; k++) {
            work.addAll(docs);
        }
        long workChars = chars * passes;
        Map<String, double[]> runs = new LinkedHashMap<>();
        for (int r = 0; r < repeat; r++) {
            time(runs, "HanLP.segment (bare)", chars, () -> sum(normalized, n -> HanLpRuntime.bareSegmentCount(n.text())));
            time(runs, "normalise", chars, () -> sum(docs, d -> pipeline.normalizer().normalize(d.text()).text().length()));
            time(runs, "segment (HanLP + dictionaries, sentences)", chars,
                    () -> sum(normalized, n -> pipeline.segmenter().segment(n.text()).size() + SentenceSplitter.split(n.text(), pipeline.wrappedLines()).size()));
            time(runs, "extract", chars, () -> sumIndexed(analyzed, i -> pipeline.extract(analyzed.get(i)).size()));
            time(runs, "attribute", chars, () -> sumIndexed(analyzed, i -> pipeline.attribute(analyzed.get(i), findings.get(i)).size()));
            time(runs, "serialise (jsonl)", chars, () -> sum(results, PipelineBench::serialise));
            time(runs, "whole extract, 1 thread", workChars, () -> sum(work, d -> serialise(pipeline.process(d))));
            time(runs, "whole extract, " + threads + " threads", workChars, () -> parallel(work));
        }
        List<Figure> out = new ArrayList<>();
        out.add(new Figure("read (decode from disk)", chars / (readNanos / 1e9)));
        for (Map.Entry<String, double[]> e : runs.entrySet()) {
            double[] v = e.getValue().clone();
            Arrays.sort(v);
            out.add(new Figure(e.getKey(), v[v.length / 2]));
        }
        return out;
    }

    private static long serialise(DocumentResult r) {
        long n = 0;
        for (Fact f : r.facts()) {
            n += FactJson.toJson(f, r.info().path()).toString().length();
        }
        return n;
    }

    private long parallel(List<SourceDocument> docs) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Long>> futures = new ArrayList<>();
            for (SourceDocument d : docs) {
                futures.add(pool.submit(() -> serialise(pipeline.process(d))));
            }
            long n = 0;
            for (Future<Long> f : futures) {
                n += f.get();
            }
            return n;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            pool.shutdownNow();
        }
    }

    private static <T> long sum(List<T> items, ToLongFunction<T> f) {
        long n = 0;
        for (T t : items) {
            n += f.applyAsLong(t);
        }
        return n;
    }

    private static long sumIndexed(List<?> items, java.util.function.IntToLongFunction f) {
        long n = 0;
        for (int i = 0; i < items.size(); i++) {
            n += f.applyAsLong(i);
        }
        return n;
    }

    /** Runs {@code work} once and records characters per second; the result is kept so the JIT cannot drop it. */
    private static void time(Map<String, double[]> runs, String name, long chars, java.util.function.LongSupplier work) {
        long t0 = System.nanoTime();
        long sink = work.getAsLong();
        long dt = System.nanoTime() - t0;
        if (sink == Long.MIN_VALUE) {
            System.err.print("");
        }
        double[] old = runs.get(name);
        double[] v = old == null ? new double[1] : Arrays.copyOf(old, old.length + 1);
        v[v.length - 1] = chars / (dt / 1e9);
        runs.put(name, v);
    }
}
