package org.govfacts.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.govfacts.bench.PipelineBench;
import org.govfacts.index.IndexBenchmark;
import org.govfacts.lexicon.Lexicon;
import org.govfacts.read.DocumentReader;
import org.govfacts.read.InputWalker;
import org.govfacts.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure extraction, indexing and search speed.",
            "Characters/s of bare HanLP.segment and of each pipeline stage,",
            "the whole extraction on 1 and on all threads, in one run after a warm-up (medians over the repeats);",
            "then facts/s of indexing and p50/p99 latency of a fixed search query mix over an index of --index-facts facts.",
            "Default corpus: seeds/ and evaluation/corpus/provincial-2026."})
final class BenchCommand implements Callable<Integer> {
    @Option(names = "--repeat", defaultValue = "5", paramLabel = "N", description = "Measured repeats (default: ${DEFAULT-VALUE}).")
    int repeat;

    @Mixin
    ThreadsOption threads;

    @Option(names = "--index-facts", defaultValue = "1000000", paramLabel = "N",
            description = "Facts in the index benchmark, varied from the facts extracted here; 0 skips it (default: ${DEFAULT-VALUE}).")
    long indexFacts;

    @Option(names = "--query-rounds", defaultValue = "200", paramLabel = "N",
            description = "Rounds of the fixed search query mix (default: ${DEFAULT-VALUE}).")
    int queryRounds;

    @Mixin
    DictionaryOption dictionaries;

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Reports to measure on.")
    List<Path> paths = new ArrayList<>();

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        List<Path> inputs = new ArrayList<>(paths);
        if (inputs.isEmpty()) {
            String home = System.getenv("GOVFACTS_HOME");
            Path base = home == null ? Path.of(".") : Path.of(home);
            for (Path p : List.of(base.resolve("seeds"), base.resolve("evaluation/corpus/provincial-2026"))) {
                if (Files.isDirectory(p)) {
                    inputs.add(p.normalize());
                }
            }
        }
        if (inputs.isEmpty()) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "no corpus: give report PATHs");
        }
        int n = threads.count();
        Lexicon lexicon = dictionaries.lexicon();
        Pipeline pipeline = new Pipeline(lexicon);
        List<PipelineBench.Figure> figures = new PipelineBench(pipeline, repeat, n).run(inputs, out);
        double segment = 0;
        double one = 0;
        double many = 0;
        out.printf(Locale.ROOT, "%-45s %15s%n", "stage", "chars/s");
        for (PipelineBench.Figure f : figures) {
            out.printf(Locale.ROOT, "%-45s %,15.0f%n", f.name(), f.charsPerSecond());
            if (f.name().startsWith("HanLP.segment")) {
                segment = f.charsPerSecond();
            } else if (f.name().equals("whole extract, 1 thread")) {
                one = f.charsPerSecond();
            } else if (f.name().startsWith("whole extract, ")) {
                many = f.charsPerSecond();
            }
        }
        out.printf(Locale.ROOT, "ratio whole extract (1 thread) / bare HanLP.segment: %.2f%n", one / segment);
        out.printf(Locale.ROOT, "speed-up on %d threads over 1: %.2fx%n", n, many / one);
        out.flush();
        if (indexFacts > 0) {
            out.println();
            List<Path> files = InputWalker.expand(inputs, f -> out.println("govfacts: " + f));
            List<IndexBenchmark.BaseDocument> bases = IndexBenchmark.fromExtraction(pipeline, new DocumentReader(), files);
            BenchIndexCommand.run(out, pipeline, lexicon, bases, "facts extracted from " + inputs, indexFacts, n,
                    queryRounds, true, 42, null);
        }
        return 0;
    }
}
