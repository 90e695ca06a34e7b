package org.govfacts.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.govfacts.lexicon.Lexicon;
import org.govfacts.pipeline.Pipeline;
import org.govfacts.read.DocumentReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 9: the index never serves facts of a file version it could not read, nor from damaged segments. */
class IndexIntegrityTest {
    private static final Pipeline PIPELINE = new Pipeline(Lexicon.at(Path.of("dictionaries")));

    @TempDir
    Path work;

    private final List<String> notes = java.util.Collections.synchronizedList(new ArrayList<>());

    private IndexRun.Summary run(boolean force, Path... inputs) throws IOException {
        IndexAnalysis analysis = new IndexAnalysis(PIPELINE.normalizer(), PIPELINE::segmenter, 100);
        try (FactIndex index = FactIndex.open(work.resolve("index"), analysis, 16, force)) {
            return IndexRun.run(index, PIPELINE, new DocumentReader(), new IndexRun.Options(List.of(inputs), false, force, 2, 1),
                    f -> notes.add("failed " + f), notes::add);
        }
    }

    private FactSearcher searcher() throws IOException {
        return FactSearcher.open(work.resolve("index"), IndexAnalysisTest.ANALYSIS, IndicatorSynonyms.NONE);
    }

    @Test
    void aChangedFileThatNoLongerReadsLosesItsOldFacts() throws IOException {
        Path reports = Files.createDirectories(work.resolve("reports"));
        Files.writeString(reports.resolve("a.txt"), "全市新签约项目50个。", StandardCharsets.UTF_8);
        Files.writeString(reports.resolve("b.txt"), "全市工业投资增长20%。", StandardCharsets.UTF_8);
        run(false, reports);
        Files.write(reports.resolve("a.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0});
        IndexRun.Summary s = run(false, reports);
        assertEquals(1, s.failed());
        assertTrue(notes.stream().anyMatch(n -> n.startsWith("removed ") && n.contains("a.txt")), notes::toString);
        try (FactSearcher searcher = searcher()) {
            assertEquals(1, searcher.stats().reports());
            assertEquals(0, searcher.search(SearchRequest.builder().query("签约").build()).total());
        }
    }

    @Test
    void aDamagedSegmentIsReportedWithTheCommandThatRebuildsIt() throws IOException {
        Path reports = Files.createDirectories(work.resolve("reports"));
        Files.writeString(reports.resolve("a.txt"), "今年上半年，全市规上工业增加值增长8.5%，居全省第3位。", StandardCharsets.UTF_8);
        run(false, reports);
        Path stored;
        try (Stream<Path> files = Files.list(work.resolve("index"))) {
            stored = files.filter(p -> p.toString().endsWith(".fdt")).findFirst().orElseThrow();
        }
        byte[] bytes = Files.readAllBytes(stored);
        bytes[bytes.length / 2] ^= (byte) 0xFF; // a garbled stored field
        Files.write(stored, bytes);

        DamagedIndexException e = assertThrows(DamagedIndexException.class, this::searcher);
        assertTrue(e.getMessage().contains("govfacts index --force --index " + work.resolve("index")), e.getMessage());
        assertThrows(DamagedIndexException.class, () -> run(false, reports));

        IndexRun.Summary rebuilt = run(true, reports);
        assertEquals(1, rebuilt.added());
        try (FactSearcher searcher = searcher()) {
            assertEquals(2, searcher.stats().facts());
        }
    }

    @Test
    void aHugeLimitReturnsWhatMatches() throws IOException {
        Path reports = Files.createDirectories(work.resolve("reports"));
        Files.writeString(reports.resolve("a.txt"), "全市工业投资增长20%，规上工业增加值增长8.5%。", StandardCharsets.UTF_8);
        run(false, reports);
        try (FactSearcher searcher = searcher()) {
            SearchResult r = searcher.search(SearchRequest.builder().limit(Integer.MAX_VALUE).facets(true).build());
            assertEquals(2, r.total());
            assertEquals(2, r.hits().size());
            assertEquals(2, searcher.search(SearchRequest.builder().limit(100_000_000).build()).hits().size());
        }
    }
}
