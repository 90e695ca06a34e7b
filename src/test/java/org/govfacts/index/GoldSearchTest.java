package org.govfacts.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.govfacts.lexicon.Lexicon;
import org.govfacts.pipeline.DocumentResult;
import org.govfacts.testdata.TestData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bar on real facts today: the gold facts of the seeds (what extraction should find),
 * with their sentences cut from the seed texts, indexed as extraction would hand them over.
 */
class GoldSearchTest {
    private static final Path GOLD = TestData.SEED_GOLD;
    private static final IndexAnalysis ANALYSIS = IndexAnalysisTest.ANALYSIS;
    private static final IndicatorSynonyms SYNONYMS = IndicatorSynonyms.load(Lexicon.at(Path.of("dictionaries")), ANALYSIS::foldText);

    @TempDir
    static Path dir;
    private static List<IndexBenchmark.BaseDocument> reports;

    @BeforeAll
    static void indexGold() throws IOException {
        reports = IndexBenchmark.fromGold(TestData.require(GOLD), TestData.SEEDS);
        index();
    }

    private static void index() throws IOException {
        try (FactIndex index = FactIndex.open(dir, ANALYSIS)) {
            for (IndexBenchmark.BaseDocument r : reports) {
                index.add(new DocumentResult(r.info(), r.facts(), List.of()), r.text());
            }
            index.commit();
        }
    }

    private static SearchResult search(SearchRequest.Builder b) throws IOException {
        try (FactSearcher s = FactSearcher.open(dir, ANALYSIS, SYNONYMS)) {
            return s.search(b.limit(1000).build());
        }
    }

    @Test
    void growthOfTheIndicatorAboveTenFindsTwelvePointOneNotSeven() throws IOException {
        SearchResult r = search(SearchRequest.builder().type("growth").indicator("规上工业增加值").min(10.0)
                .sort(SearchRequest.Order.VALUE_DESC));
        List<SearchHit> of000 = r.hits().stream().filter(h -> h.fact().doc().startsWith("000_")).toList();
        assertTrue(of000.stream().anyMatch(h -> h.fact().value() == 12.1 && "2024年上半年".equals(h.fact().period())), r::toString);
        assertFalse(of000.stream().anyMatch(h -> h.fact().value() == 7.0), r::toString);
        assertTrue(r.hits().stream().allMatch(h -> h.fact().value() >= 10));
        // without the threshold the 7% (written 规模以上工业增加值) is found through the synonym
        SearchResult all = search(SearchRequest.builder().type("growth").indicator("规上工业增加值"));
        assertTrue(all.hits().stream().anyMatch(h -> h.fact().doc().startsWith("000_") && h.fact().value() == 7.0
                && h.fact().indicator().equals("规模以上工业增加值")), all::toString);
    }

    @Test
    void aTraditionalQueryFindsTheTraditionalReportsFacts() throws IOException {
        SearchResult traditional = search(SearchRequest.builder().query("項目"));
        assertTrue(traditional.hits().stream().anyMatch(h -> h.fact().doc().startsWith("001_")), "report 001 is traditional");
        assertTrue(traditional.hits().stream().anyMatch(h -> h.fact().doc().startsWith("002_")), "report 002 is traditional");
        assertTrue(traditional.hits().stream().anyMatch(h -> h.fact().doc().startsWith("003_")), "and simplified 003 too");
        assertEquals(traditional.total(), search(SearchRequest.builder().query("项目")).total());
    }

    @Test
    void reIndexingTwiceLeavesTheFactCountUnchanged() throws IOException {
        long before = search(SearchRequest.builder().limit(0)).total();
        assertTrue(before > 300, "gold facts indexed: " + before);
        index();
        index();
        assertEquals(before, search(SearchRequest.builder().limit(0)).total());
    }

    @Test
    void rankingsOfAnIndicatorInTheProvince() throws IOException {
        // report 000 ranks 3rd in the province for 工业投资 (growth), twice; never better
        SearchResult top3 = search(SearchRequest.builder().type("ranking").indicator("工业投资").max(3.0).facets(true));
        assertEquals(2, top3.total(), top3::toString);
        assertTrue(top3.hits().stream().allMatch(h -> h.fact().rank() == 3 && h.fact().indicator().equals("工业投资增速")));
        assertEquals(2, top3.facets().get(0).total());
        assertEquals(0, search(SearchRequest.builder().type("ranking").indicator("工业投资").max(2.0)).total());
    }
}
