package org.govfacts.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.govfacts.lexicon.Lexicon;
import org.govfacts.pipeline.Pipeline;
import org.govfacts.read.DocumentReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Incremental runs keyed by content hash, duplicates and pruning, through the real pipeline. */
class IndexRunTest {
    private static final Pipeline PIPELINE = new Pipeline(Lexicon.at(Path.of("dictionaries")));

    @TempDir
    Path work;

    private final List<String> notes = java.util.Collections.synchronizedList(new ArrayList<>());

    private IndexRun.Summary run(boolean prune, Path... inputs) throws IOException {
        IndexAnalysis analysis = new IndexAnalysis(PIPELINE.normalizer(), PIPELINE::segmenter, 100);
        try (FactIndex index = FactIndex.open(work.resolve("index"), analysis)) {
            return IndexRun.run(index, PIPELINE, new DocumentReader(), new IndexRun.Options(List.of(inputs), prune, false, 2, 1),
                    f -> notes.add("failed " + f), notes::add);
        }
    }

    private long reports() throws IOException {
        try (FactSearcher s = FactSearcher.open(work.resolve("index"), IndexAnalysisTest.ANALYSIS, IndicatorSynonyms.NONE)) {
            return s.stats().reports();
        }
    }

    private static void write(Path p, String text) throws IOException {
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
    }

    @Test
    void onlyNewOrChangedFilesAreIndexedAgain() throws IOException {
        Path reports = work.resolve("reports");
        write(reports.resolve("a.txt"), "2024年上半年，全市规上工业增加值增长12.1%。");
        write(reports.resolve("b.txt"), "今年以来，全市工业投资增长20%。");

        IndexRun.Summary first = run(false, reports);
        assertEquals(2, first.added());
        assertEquals(2, reports());

        IndexRun.Summary second = run(false, reports);
        assertEquals(0, second.added());
        assertEquals(2, second.unchanged());
        assertEquals(2, reports());

        write(reports.resolve("b.txt"), "今年以来，全市工业投资增长21%。");
        write(reports.resolve("c.txt"), "全市新签约项目50个。");
        IndexRun.Summary third = run(false, reports);
        assertEquals(1, third.added());
        assertEquals(1, third.replaced());
        assertEquals(1, third.unchanged());
        assertEquals(3, reports());
        assertEquals(first.totalFacts(), second.totalFacts());
    }

    @Test
    void aCopyOfAnIndexedFileIsNotIndexedTwice() throws IOException {
        Path reports = work.resolve("reports");
        write(reports.resolve("a.txt"), "全市新签约项目50个。");
        run(false, reports);
        write(work.resolve("copy/a-again.txt"), "全市新签约项目50个。");
        IndexRun.Summary s = run(false, reports, work.resolve("copy"));
        assertEquals(1, s.duplicates());
        assertEquals(1, reports());
        assertTrue(notes.stream().anyMatch(n -> n.contains("same content as")), notes::toString);
    }

    @Test
    void pruneDropsReportsWhoseFilesAreGone() throws IOException {
        Path reports = work.resolve("reports");
        write(reports.resolve("a.txt"), "全市新签约项目50个。");
        write(reports.resolve("b.txt"), "全市工业投资增长20%。");
        run(false, reports);
        Files.delete(reports.resolve("b.txt"));

        IndexRun.Summary kept = run(false, reports);
        assertEquals(0, kept.pruned());
        assertEquals(2, reports());

        IndexRun.Summary pruned = run(true);
        assertEquals(1, pruned.pruned());
        assertEquals(1, reports());
    }

    @Test
    void missingInputsAreReportedAndTheRestIndexed() throws IOException {
        Path reports = work.resolve("reports");
        write(reports.resolve("a.txt"), "全市新签约项目50个。");
        IndexRun.Summary s = run(false, reports, work.resolve("no-such-file.txt"));
        assertEquals(1, s.failed());
        assertEquals(1, s.added());
        assertEquals(1, reports());
    }
}
