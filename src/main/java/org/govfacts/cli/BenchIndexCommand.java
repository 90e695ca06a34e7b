package org.govfacts.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.govfacts.index.IndexAnalysis;
import org.govfacts.index.IndexBenchmark;
import org.govfacts.index.IndicatorSynonyms;
import org.govfacts.lexicon.Lexicon;
import org.govfacts.pipeline.Pipeline;
import org.govfacts.read.DocumentReader;
import org.govfacts.read.InputWalker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "bench-index", hidden = true, mixinStandardHelpOptions = true,
        description = {"Benchmark the index: build an index of --facts facts made by varying real facts, report "
            + "facts/s indexed and p50/p99 latency of a fixed query mix. Run with C2 enabled, e.g.",
            "GOVFACTS_JAVA_OPTS=\"-Xmx2g\" bin/govfacts bench-index --facts 1000000"})
final class BenchIndexCommand implements Callable<Integer> {
    @Option(names = "--facts", paramLabel = "N", defaultValue = "1000000", description = "Facts to index (default: ${DEFAULT-VALUE}).")
    long facts;

    @Option(names = "--index", paramLabel = "DIR", description = "Build the index here and keep it (default: a temporary folder, deleted).")
    Path indexDir;

    @Option(names = "--source", paramLabel = "S", defaultValue = "auto",
            description = "extract (facts the pipeline finds in --seeds), gold (the gold facts), or auto: extract if it finds at least 100 facts, else gold.")
    String source;

    @Option(names = "--seeds", paramLabel = "DIR", defaultValue = "seeds", description = "Sample reports (default: ${DEFAULT-VALUE}).")
    Path seeds;

    @Option(names = "--gold", paramLabel = "DIR", defaultValue = "evaluation/seed-gold", description = "Gold facts (default: ${DEFAULT-VALUE}).")
    Path gold;

    @Mixin
    ThreadsOption threads;

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "200", description = "Measured rounds of the query mix (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--no-cache", description = "Segment every fact's sentence again (the rate for all-new sentences).")
    boolean noCache;

    @Option(names = "--seed", defaultValue = "42", description = "Seed of the variations (default: ${DEFAULT-VALUE}).")
    long seed;

    @Mixin
    DictionaryOption dictionaries;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Lexicon lexicon = dictionaries.lexicon();
        Pipeline pipeline = new Pipeline(lexicon);
        List<IndexBenchmark.BaseDocument> bases = null;
        String used = source;
        if (!source.equals("gold")) {
            List<Path> files = InputWalker.expand(List.of(seeds), f -> out.println("govfacts: " + f));
            bases = IndexBenchmark.fromExtraction(pipeline, new DocumentReader(), files);
            long found = bases.stream().mapToLong(b -> b.facts().size()).sum();
            used = "extracted from " + seeds;
            if (source.equals("auto") && found < 100) {
                out.printf("extraction finds %d fact(s) in %s; varying the gold facts instead%n", found, seeds);
                bases = null;
            }
        }
        if (bases == null) {
            bases = IndexBenchmark.fromGold(gold, seeds);
            used = "gold facts of " + gold;
        }
        int n = threads.count();
        run(out, pipeline, lexicon, bases, used, facts, n, rounds, !noCache, seed, indexDir);
        out.flush();
        return 0;
    }

    /** Builds an index of {@code facts} facts varied from {@code bases} and prints the indexing rate and query latencies. */
    static void run(PrintWriter out, Pipeline pipeline, Lexicon lexicon, List<IndexBenchmark.BaseDocument> bases, String used,
                    long facts, int threads, int rounds, boolean cache, long seed, Path indexDir) throws IOException {
        IndexAnalysis analysis = new IndexAnalysis(pipeline.normalizer(), pipeline::segmenter,
                cache ? IndexAnalysis.DEFAULT_CACHE_LIMIT : 0);
        Path dir = indexDir != null ? indexDir : Files.createTempDirectory("govfacts-bench-index");
        out.printf("indexing %,d facts into %s on %d thread(s)%n", facts, dir, threads);
        out.flush();
        try {
            IndexBenchmark.Result r = IndexBenchmark.run(bases, used, dir, analysis, IndicatorSynonyms.load(lexicon, analysis::foldText),
                    new IndexBenchmark.Config(facts, threads, rounds, cache, 256, seed), line -> {
                        synchronized (out) {
                            out.println(line);
                            out.flush();
                        }
                    });
            out.print(r.format());
        } finally {
            if (indexDir == null) {
                try (Stream<Path> s = Files.walk(dir)) {
                    s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
        out.flush();
    }
}
