package org.govfacts.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.govfacts.fact.Fact;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index and search over hand-made facts (independent of what extraction finds today). */
class FactIndexTest {
    private static final IndexAnalysis ANALYSIS = IndexAnalysisTest.ANALYSIS;
    private static final IndicatorSynonyms SYNONYMS = new IndicatorSynonyms(List.of(List.of("规模以上工业增加值", "规上工业增加值")));

    @TempDir
    Path dir;

    @BeforeEach
    void build() throws IOException {
        try (FactIndex index = FactIndex.open(dir, ANALYSIS)) {
            TestFacts.Report luohe = TestFacts.luohe();
            TestFacts.Report zhoukou = TestFacts.zhoukou();
            index.add(luohe.result(), luohe.text());
            index.add(zhoukou.result(), zhoukou.text());
            index.commit();
        }
    }

    private SearchResult search(SearchRequest.Builder b) throws IOException {
        return search(b, SYNONYMS);
    }

    private SearchResult search(SearchRequest.Builder b, IndicatorSynonyms synonyms) throws IOException {
        try (FactSearcher s = FactSearcher.open(dir, ANALYSIS, synonyms)) {
            return s.search(b.build());
        }
    }

    private static List<Double> values(SearchResult r) {
        return r.hits().stream().map(h -> h.fact().value()).toList();
    }

    @Test
    void growthOfAnIndicatorAboveAThreshold() throws IOException {
        SearchResult r = search(SearchRequest.builder().type("growth").indicator("规上工业增加值").min(10.0));
        assertEquals(List.of(12.1), values(r));
        assertEquals(1, r.total());
        SearchHit hit = r.hits().get(0);
        assertEquals("000.txt", hit.fact().doc());
        assertEquals("/reports/000.txt", hit.path());
        assertEquals("2024H1", hit.period());
    }

    @Test
    void synonymsApplyAtQueryTime() throws IOException {
        SearchRequest.Builder q = SearchRequest.builder().type("growth").indicator("规上工业增加值").sort(SearchRequest.Order.VALUE_DESC);
        assertEquals(List.of(12.1, 9.5, 7.0), values(search(q)));
        assertEquals(List.of(12.1, 9.5), values(search(q, IndicatorSynonyms.NONE)));
        // and the other way round
        assertEquals(List.of(12.1, 9.5, 7.0),
                values(search(SearchRequest.builder().indicator("规模以上工业增加值").type("growth").sort(SearchRequest.Order.VALUE_DESC))));
    }

    @Test
    void indicatorMatchesAsSubstringSoRankingsOfAnIndicatorAreFound() throws IOException {
        SearchResult r = search(SearchRequest.builder().type("ranking").indicator("工业投资"));
        assertEquals(1, r.total());
        assertEquals(3, r.hits().get(0).fact().rank());
    }

    @Test
    void rankRangeForRankings() throws IOException {
        SearchResult r = search(SearchRequest.builder().type("ranking").max(1.0));
        assertEquals(1, r.total());
        assertEquals("规上工业增加值增速", r.hits().get(0).fact().indicator());
    }

    @Test
    void moneyRangeIsNumericNotTextual() throws IOException {
        // As strings "8.03E10" < "1.2E10" would be wrong; point ranges compare numbers.
        assertEquals(List.of(8.03e10), values(search(SearchRequest.builder().type("money").min(5e10))));
        assertEquals(List.of(1.2e10, 8.03e10), values(search(SearchRequest.builder().type("money").min(1e10).sort(SearchRequest.Order.VALUE))));
        assertEquals(0, search(SearchRequest.builder().type("money").min(1e11)).total());
    }

    @Test
    void aTraditionalQueryFindsBothScripts() throws IOException {
        SearchResult r = search(SearchRequest.builder().query("規上工業").type("growth"));
        // 规模以上工业 does not contain 规上工业 (and 规上工业 alone is no indicator name of a synonym group)
        assertEquals(Map.of("000.txt", 1L, "001.txt", 1L),
                r.hits().stream().collect(Collectors.groupingBy(h -> h.fact().doc(), Collectors.counting())));
    }

    @Test
    void aSimplifiedQueryFindsTraditionalText() throws IOException {
        SearchResult r = search(SearchRequest.builder().query("签约项目"));
        assertEquals(List.of("001.txt", "001.txt"), r.hits().stream().map(h -> h.fact().doc()).toList());
        // the match is marked on the original characters
        String marked = r.hits().get(0).markedSentence();
        assertTrue(marked.contains("«簽約項目»"), marked);
        assertTrue(marked.contains("【50個】"), marked);
    }

    @Test
    void allQueryWordsMustMatch() throws IOException {
        assertEquals(2, search(SearchRequest.builder().query("金大地")).total()); // the project and its money: one sentence
        assertEquals(5, search(SearchRequest.builder().query("工业")).total());
        assertEquals(List.of(7.0), values(search(SearchRequest.builder().query("工业 7"))));
        assertEquals(0, search(SearchRequest.builder().query("金大地 周口")).total());
    }

    @Test
    void projectNamesAreSearchable() throws IOException {
        SearchResult r = search(SearchRequest.builder().type("project").query("新材料"));
        assertEquals(1, r.total());
        assertEquals("金大地新材料项目", r.hits().get(0).fact().name());
    }

    @Test
    void regionAndPeriodFilters() throws IOException {
        assertEquals(3, search(SearchRequest.builder().region("周口")).total());
        assertEquals(3, search(SearchRequest.builder().region("周口市")).total());
        // 今年上半年 in a report of 2024 is 2024H1 too, and a year holds its halves
        SearchResult h1 = search(SearchRequest.builder().period("2024 H1"));
        assertEquals(3, h1.total());
        assertEquals(3, search(SearchRequest.builder().period("2024")).total());
        assertEquals(List.of(7.0), values(search(SearchRequest.builder().period("2023"))));
        assertEquals(4, search(SearchRequest.builder().period("2021-2025")).total());
        assertEquals(0, search(SearchRequest.builder().period("2024Q1")).total());
        assertEquals(3, search(SearchRequest.builder().period("2024年上半年")).total());
        // a period that names no calendar time (今年以来 with no date, 2024 H9) is a usage error, not a silent match
        assertThrows(IllegalArgumentException.class, () -> search(SearchRequest.builder().period("今年以来")));
        assertThrows(IllegalArgumentException.class, () -> search(SearchRequest.builder().period("2024 H9")));
        // results and targets apart
        assertEquals(8, search(SearchRequest.builder().status("actual")).total());
        assertEquals(0, search(SearchRequest.builder().status("target")).total());
    }

    @Test
    void sortsByValueAndByDocument() throws IOException {
        assertEquals(List.of(7.0, 9.5, 12.1), values(search(SearchRequest.builder().type("growth").sort(SearchRequest.Order.VALUE))));
        SearchResult byDoc = search(SearchRequest.builder());
        List<String> order = byDoc.hits().stream().map(h -> h.fact().doc() + "@" + h.fact().start()).toList();
        List<String> sorted = byDoc.hits().stream().map(SearchHit::fact)
                .sorted(java.util.Comparator.comparing(Fact::doc).thenComparingInt(Fact::start))
                .map(f -> f.doc() + "@" + f.start()).toList();
        assertEquals(sorted, order);
        assertEquals(9, byDoc.total());
    }

    @Test
    void limitZeroCountsOnly() throws IOException {
        SearchResult r = search(SearchRequest.builder().type("growth").limit(0));
        assertEquals(3, r.total());
        assertTrue(r.hits().isEmpty());
    }

    @Test
    void facetsCountTheWholeResultSet() throws IOException {
        SearchResult r = search(SearchRequest.builder().limit(1).facets(true));
        assertEquals(9, r.total());
        Map<String, SearchResult.FacetDimension> dims = r.facets().stream()
                .collect(Collectors.toMap(SearchResult.FacetDimension::dim, d -> d));
        assertEquals(Map.of("growth", 3L, "ranking", 2L, "money", 2L, "project", 1L, "quantity", 1L), counts(dims.get("type")));
        assertEquals(Map.of("漯河市", 5L, "周口市", 3L, "(none)", 1L), counts(dims.get("region")));
        assertEquals(3L, counts(dims.get("period")).get("2024H1"));
        assertEquals(8L, counts(dims.get("status")).get("actual"));
        assertEquals(2L, counts(dims.get("indicator")).get("规上工业增加值"));

        SearchResult growth = search(SearchRequest.builder().type("growth").limit(0).facets(true));
        assertEquals(Map.of("growth", 3L), counts(growth.facets().get(0)));
    }

    private static Map<String, Long> counts(SearchResult.FacetDimension d) {
        return d.values().stream().collect(Collectors.toMap(SearchResult.FacetValue::label, SearchResult.FacetValue::count));
    }

    @Test
    void reIndexingTheSameReportNeverDuplicatesAFact() throws IOException {
        try (FactIndex index = FactIndex.open(dir, ANALYSIS)) {
            assertEquals(9, index.factCount());
            TestFacts.Report luohe = TestFacts.luohe();
            index.add(luohe.result(), luohe.text());
            index.add(luohe.result(), luohe.text());
            index.commit();
            assertEquals(9, index.factCount());
        }
        try (FactSearcher s = FactSearcher.open(dir, ANALYSIS, SYNONYMS)) {
            IndexStats stats = s.stats();
            assertEquals(2, stats.reports());
            assertEquals(9, stats.facts());
            assertEquals(3L, stats.factsByType().get("growth"));
            assertTrue(stats.bytes() > 0);
            assertNotNull(stats.committedAt());
        }
    }

    @Test
    void aChangedReportReplacesItsFacts() throws IOException {
        try (FactIndex index = FactIndex.open(dir, ANALYSIS)) {
            TestFacts.Report fewer = new TestFacts.Report("000.txt", "漯河市", null)
                    .sentence("2024年上半年，全市规上工业增加值增长12.1%。")
                    .fact(org.govfacts.fact.FactType.GROWTH, "12.1%", 12.1, "%", "规上工业增加值", "2024年上半年");
            index.add(fewer.result(), fewer.text());
            index.commit();
            assertEquals(4, index.factCount());
        }
    }

    @Test
    void uncommittedWorkIsInvisibleAndDiscardedOnClose() throws IOException {
        TestFacts.Report extra = new TestFacts.Report("002.txt", "漯河市", null)
                .sentence("全市新增规上企业30家。")
                .fact(org.govfacts.fact.FactType.QUANTITY, "30家", 30.0, "家", "新增规上企业", null);
        try (FactIndex index = FactIndex.open(dir, ANALYSIS)) {
            index.add(extra.result(), extra.text());
            // a search while the writer works sees the last commit
            assertEquals(9, search(SearchRequest.builder().limit(0)).total());
            // the run is "interrupted": closed without a commit
        }
        assertEquals(9, search(SearchRequest.builder().limit(0)).total());
        try (FactIndex index = FactIndex.open(dir, ANALYSIS)) {
            assertEquals(9, index.factCount());
        }
    }

    @Test
    void aSecondWriterIsToldTheIndexIsInUse() throws IOException {
        try (FactIndex first = FactIndex.open(dir, ANALYSIS)) {
            IndexInUseException e = assertThrows(IndexInUseException.class, () -> FactIndex.open(dir, ANALYSIS));
            assertEquals("index " + dir + " is in use by another govfacts process", e.getMessage());
        }
        try (FactIndex again = FactIndex.open(dir, ANALYSIS)) {
            assertEquals(9, again.factCount()); // the lock went with the first writer
        }
    }

    @Test
    void searchingAFolderWithoutAnIndexSaysSo(@TempDir Path empty) {
        NoIndexException e = assertThrows(NoIndexException.class,
                () -> FactSearcher.open(empty.resolve("nothing"), ANALYSIS, SYNONYMS));
        assertTrue(e.getMessage().startsWith("no index at "), e.getMessage());
    }

    @Test
    void reportsAreSearchableByTheirText() throws IOException {
        try (FactSearcher s = FactSearcher.open(dir, ANALYSIS, SYNONYMS)) {
            List<ReportHit> hits = s.searchReports(SearchRequest.builder().type("report").query("签约").build());
            assertEquals(1, hits.size());
            ReportHit h = hits.get(0);
            assertEquals("001.txt", h.doc());
            assertEquals(3, h.facts());
            assertTrue(h.snippet().contains("«簽約»"), h.snippet());
            List<ReportHit> luohe = s.searchReports(SearchRequest.builder().type("report").region("漯河").build());
            assertEquals(List.of("000.txt"), luohe.stream().map(ReportHit::doc).toList());
            assertEquals(2024, luohe.get(0).year());
        }
    }

    @Test
    void unknownTypeIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> search(SearchRequest.builder().type("money2")));
    }
}
