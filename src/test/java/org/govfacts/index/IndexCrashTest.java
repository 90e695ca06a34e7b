package org.govfacts.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.govfacts.cli.Main;
import org.govfacts.lexicon.Lexicon;
import org.govfacts.pipeline.Pipeline;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The index survives faults: a {@code kill -9} of an indexing process leaves an index that opens
 * and holds its last commit; while one process indexes, a second one is told the index is in
 * use and searches still work.
 */
class IndexCrashTest {
    static Pipeline pipeline;
    static IndexAnalysis analysis;
    static IndicatorSynonyms synonyms;

    @TempDir
    static Path corpus;

    @BeforeAll
    static void setUp() throws Exception {
        Lexicon lexicon = Lexicon.at(Path.of("dictionaries"));
        pipeline = new Pipeline(lexicon);
        analysis = new IndexAnalysis(pipeline.normalizer(), pipeline::segmenter, 0);
        synonyms = IndicatorSynonyms.load(lexicon, analysis::foldText);
        // enough distinct reports that indexing them takes many seconds: every copy of the seeds differs
        List<Path> seeds;
        try (var s = Files.list(Path.of("seeds"))) {
            seeds = s.sorted().toList();
        }
        for (int copy = 0; copy < 150; copy++) {
            for (Path seed : seeds) {
                String text = Files.readString(seed) + "\n（副本" + copy + "）\n";
                Files.writeString(corpus.resolve(copy + "_" + seed.getFileName()), text);
            }
        }
    }

    private static Process startIndexing(Path index) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "index", "--index", index.toString(), "--dictionaries", "dictionaries",
                "--commit-every", "20", "--threads", "2", corpus.toString());
        pb.redirectErrorStream(true);
        pb.redirectOutput(new File(index.getParent().toFile(), index.getFileName() + ".log"));
        return pb.start();
    }

    private static long committedReports(Path index) throws Exception {
        if (!Files.isDirectory(index)) {
            return 0;
        }
        try (FactSearcher s = FactSearcher.open(index, analysis, synonyms)) {
            return s.stats().reports();
        } catch (NoIndexException e) {
            return 0;
        }
    }

    @Test
    void killDuringIndexingLeavesTheLastCommit(@TempDir Path tmp) throws Exception {
        Path index = tmp.resolve("index");
        Process child = startIndexing(index);
        long seen = 0;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (seen < 40 && System.nanoTime() < deadline && child.isAlive()) {
            Thread.sleep(100);
            seen = committedReports(index);
        }
        assertTrue(child.isAlive(), "the indexing process ended before it could be killed; " + Files.readString(tmp.resolve("index.log")));
        assertTrue(seen >= 40, "no commit of 40 reports seen");
        child.destroyForcibly(); // SIGKILL: no shutdown hook, no close
        assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        assertEquals(137, child.exitValue(), "killed by SIGKILL");

        long after = committedReports(index);
        assertTrue(after >= seen && after < 750, "the index holds its last commit: " + after + " reports");
        try (FactSearcher s = FactSearcher.open(index, analysis, synonyms)) {
            assertTrue(s.stats().facts() > 0);
        }
        // the dead process's lock does not block the next run, which finishes the work
        try (FactIndex again = FactIndex.open(index, analysis, 64)) {
            assertTrue(again != null);
        }
    }

    @Test
    void aSecondIndexingProcessIsToldTheIndexIsInUseWhileSearchesWork(@TempDir Path tmp) throws Exception {
        Path index = tmp.resolve("index");
        Process child = startIndexing(index);
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (committedReports(index) < 20 && System.nanoTime() < deadline && child.isAlive()) {
                Thread.sleep(100);
            }
            assertTrue(child.isAlive(), "the indexing process ended too early");
            assertThrows(IndexInUseException.class, () -> FactIndex.open(index, analysis, 64));

            PrintStream oldErr = System.err;
            PrintStream oldOut = System.out;
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int indexCode;
            int searchCode;
            try {
                System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
                System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
                indexCode = Main.execute("index", "--index", index.toString(), "--dictionaries", "dictionaries", "seeds");
                searchCode = Main.execute("search", "--index", index.toString(), "--dictionaries", "dictionaries",
                        "--type", "growth", "--format", "jsonl");
            } finally {
                System.setErr(oldErr);
                System.setOut(oldOut);
            }
            assertEquals(1, indexCode);
            assertTrue(err.toString(StandardCharsets.UTF_8).contains("in use"), err.toString(StandardCharsets.UTF_8));
            assertEquals(0, searchCode, err.toString(StandardCharsets.UTF_8));
            assertTrue(out.toString(StandardCharsets.UTF_8).contains("\"type\":\"growth\""), "search found growth facts");
        } finally {
            child.destroyForcibly();
            child.waitFor(30, TimeUnit.SECONDS);
        }
    }
}
