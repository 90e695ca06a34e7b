package org.govfacts.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.govfacts.lexicon.Lexicon;
import org.govfacts.pipeline.Pipeline;
import org.govfacts.read.DocumentReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bar on the seed reports, through the real pipeline. Each test first checks that
 * extraction finds the facts it is about, so that a failure says which side broke.
 */
class SeedSearchTest {
    private static final Path SEEDS = Path.of("seeds");
    private static final Pipeline PIPELINE = new Pipeline(Lexicon.at(Path.of("dictionaries")));
    private static final IndexAnalysis ANALYSIS = new IndexAnalysis(PIPELINE.normalizer(), PIPELINE::segmenter,
            IndexAnalysis.DEFAULT_CACHE_LIMIT);
    private static final IndicatorSynonyms SYNONYMS = IndicatorSynonyms.load(Lexicon.at(Path.of("dictionaries")), ANALYSIS::foldText);

    @TempDir
    static Path work;

    private static IndexRun.Summary firstRun;

    @BeforeAll
    static void indexSeeds() throws IOException {
        firstRun = index(false);
    }

    private static IndexRun.Summary index(boolean force) throws IOException {
        List<String> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
        IndexRun.Summary s;
        try (FactIndex index = FactIndex.open(work.resolve("index"), ANALYSIS)) {
            s = IndexRun.run(index, PIPELINE, new DocumentReader(), new IndexRun.Options(List.of(SEEDS), false, force, 2, 100),
                    f -> failures.add(f.toString()), n -> { });
        }
        assertEquals(List.of(), failures);
        return s;
    }

    private static SearchResult search(SearchRequest.Builder b) throws IOException {
        try (FactSearcher s = FactSearcher.open(work.resolve("index"), ANALYSIS, SYNONYMS)) {
            return s.search(b.limit(1000).build());
        }
    }

    private static boolean isReport(SearchHit h, String prefix) {
        return h.fact().doc().startsWith(prefix);
    }

    @Test
    void growthOfReport000AboveTenIsTheTwelvePointOneNotTheSeven() throws IOException {
        SearchResult all = search(SearchRequest.builder().type("growth").indicator("规上工业增加值"));
        assertTrue(all.hits().stream().anyMatch(h -> isReport(h, "000_")),
                "extraction finds no growth of 规上工业增加值 in report 000");

        SearchResult r = search(SearchRequest.builder().type("growth").indicator("规上工业增加值").min(10.0));
        assertTrue(r.hits().stream().anyMatch(h -> isReport(h, "000_") && Math.abs(h.fact().value() - 12.1) < 1e-9),
                () -> "12.1% of report 000 not found: " + r.hits());
        assertFalse(r.hits().stream().anyMatch(h -> isReport(h, "000_") && Math.abs(h.fact().value() - 7) < 1e-9),
                "the 7% must not pass --min 10");
    }

    @Test
    void aTraditionalQueryFindsFactsOfTheTraditionalReports() throws IOException {
        // 001 and 002 are written in traditional script
        SearchResult all = search(SearchRequest.builder());
        assertTrue(all.hits().stream().anyMatch(h -> isReport(h, "001_") || isReport(h, "002_")),
                "extraction finds no facts in the traditional reports");

        SearchResult traditional = search(SearchRequest.builder().query("項目"));
        assertTrue(traditional.hits().stream().anyMatch(h -> isReport(h, "001_") || isReport(h, "002_")),
                "a traditional-script query finds the traditional reports' facts");
        SearchResult simplified = search(SearchRequest.builder().query("项目"));
        assertEquals(traditional.total(), simplified.total(), "either script finds the same facts");
    }

    @Test
    void reIndexingTheSeedsLeavesTheFactCountUnchanged() throws IOException {
        assertTrue(firstRun.totalFacts() > 0, "extraction finds no facts in the seeds");
        long before = firstRun.totalFacts();
        IndexRun.Summary again = index(false);
        assertEquals(0, again.facts(), "unchanged files are not extracted again");
        assertEquals(before, again.totalFacts());
        IndexRun.Summary forced = index(true);
        assertEquals(before, forced.facts());
        assertEquals(before, forced.totalFacts(), "re-indexed facts replace, never duplicate");
    }
}
