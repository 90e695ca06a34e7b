package org.govfacts.normalize;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.govfacts.lexicon.Lexicon;

/**
 * Single-thread throughput of the normaliser and of each stage, over the .txt files of the folders
 * given (default: the provincial corpus). Not a test: run it by hand, e.g.
 *
 * <pre>
 * mvn -q -o test-compile
 * java -cp target/classes:target/test-classes:$(mvn -q -o dependency:build-classpath -Dmdep.outputFile=/dev/stdout) \
 *     org.govfacts.normalize.NormalizeBenchmark evaluation/corpus/provincial-2026 seeds
 * </pre>
 */
public final class NormalizeBenchmark {
    private NormalizeBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        List<Path> dirs = new ArrayList<>();
        for (String a : args) {
            dirs.add(Path.of(a));
        }
        if (dirs.isEmpty()) {
            dirs.add(Path.of("evaluation", "corpus", "provincial-2026"));
        }
        List<String> simplified = new ArrayList<>();
        List<String> traditional = new ArrayList<>();
        long t0 = System.nanoTime();
        T2sTables tables = T2sTables.from(Lexicon.locate());
        ScriptDetector detector = new ScriptDetector(tables);
        System.out.printf("tables (OpenCC tables + overrides): %.0f ms%n", (System.nanoTime() - t0) / 1e6);
        for (Path dir : dirs) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                    String text = Files.readString(f);
                    (ScriptDetector.SIMPLIFIED.equals(detector.detect(text)) ? simplified : traditional).add(text);
                }
            }
        }
        StandardNormalizer chain = new StandardNormalizer(detector, new ScriptConverter(tables),
                new DebrisBlanker(Lexicon.locate()), new SoftBreakJoiner(Normalizers.wrappedLines(Lexicon.locate())));
        report("chain, simplified docs", simplified, chain::normalize);
        report("chain, traditional docs", traditional, chain::normalize);
        PinyinAnnotationStripper pinyin = new PinyinAnnotationStripper();
        WidthFolder width = new WidthFolder();
        ScriptConverter converter = new ScriptConverter(tables);
        DebrisBlanker debris = new DebrisBlanker(Lexicon.locate());
        report("  pinyin stripper (simplified)", simplified, pinyin::apply);
        report("  width folder (simplified)", simplified, width::apply);
        report("  script detector (simplified)", simplified, detector::profile);
        report("  debris blanker (simplified)", simplified, debris::apply);
        report("  script converter (traditional)", traditional, converter::apply);
    }

    private static void report(String label, List<String> docs, Function<String, ?> work) {
        if (docs.isEmpty()) {
            return;
        }
        long chars = docs.stream().mapToLong(String::length).sum();
        Object sink = null;
        long warmUntil = System.nanoTime() + 5_000_000_000L; // JIT on a busy machine
        while (System.nanoTime() < warmUntil) {
            for (String d : docs) {
                sink = work.apply(d);
            }
        }
        double best = 0;
        for (int round = 0; round < 5; round++) {
            long done = 0;
            long start = System.nanoTime();
            long stop = start + 1_000_000_000L;
            while (System.nanoTime() < stop) {
                for (String d : docs) {
                    sink = work.apply(d);
                }
                done += chars;
            }
            best = Math.max(best, done / ((System.nanoTime() - start) / 1e9));
        }
        System.out.printf("%-36s %3d docs %9d chars  %7.1f M chars/s (best of 5)%s%n", label, docs.size(), chars,
                best / 1e6, sink == null ? "?" : "");
    }
}
