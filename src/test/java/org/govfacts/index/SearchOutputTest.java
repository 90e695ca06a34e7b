package org.govfacts.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.govfacts.fact.Fact;
import org.govfacts.fact.FactType;
import org.govfacts.fact.Qualifier;
import org.govfacts.output.FactJson;
import org.junit.jupiter.api.Test;

class SearchOutputTest {
    private static final String SENTENCE = "金大地新材料项目完成投资803亿元。";
    private static final Fact MONEY = new Fact("000.txt", FactType.MONEY, 112, 117, "803亿元", 8.03e10, "元", Qualifier.MORE_THAN,
            null, null, null, null, null, "完成投资", "2023年", "漯河市", SENTENCE, 100, null);
    private static final SearchHit HIT = new SearchHit(MONEY, "/r/000.txt", "2023", Float.NaN,
            List.of(new Mark(12, 17, Mark.Kind.FACT), new Mark(3, 6, Mark.Kind.QUERY)));
    private static final SearchResult RESULT = new SearchResult(7, List.of(HIT),
            List.of(new SearchResult.FacetDimension("type", 7, 2, List.of(new SearchResult.FacetValue("money", 5),
                    new SearchResult.FacetValue("growth", 2)))));

    private static String write(SearchOutput.Format f, boolean facets) {
        StringWriter w = new StringWriter();
        SearchOutput.write(new PrintWriter(w), f, SearchRequest.builder().facets(facets).build(), RESULT);
        return w.toString();
    }

    @Test
    void tableShowsReadableValueAndMarkedSentence() {
        String t = write(SearchOutput.Format.TABLE, true);
        assertTrue(t.startsWith("7 fact(s) match (showing 1)"), t);
        assertTrue(t.contains("by type:  money 5  growth 2"), t);
        assertTrue(t.contains(">803亿"), t);
        assertTrue(t.contains("2023年 [2023]"), t);
        assertTrue(t.contains("金大地«新材料»项目完成投资【803亿元】。"), t);
    }

    @Test
    void jsonCarriesEveryFieldAndTheFacets() throws Exception {
        JsonNode o = FactJson.MAPPER.readTree(write(SearchOutput.Format.JSON, true));
        assertEquals(7, o.get("total").asInt());
        JsonNode f = o.get("facts").get(0);
        assertEquals(80300000000L, f.get("value").asLong());
        assertEquals("more_than", f.get("qualifier").asText());
        assertEquals("/r/000.txt", f.get("path").asText());
        assertEquals("2023", f.get("period_norm").asText());
        assertEquals("金大地«新材料»项目完成投资【803亿元】。", f.get("sentence_marked").asText());
        assertEquals("000.txt.html#f-112-117", f.get("link").asText(), "the fact's place in a review site");
        assertEquals(5, o.get("facets").get("type").get("counts").get("money").asInt());
    }

    @Test
    void jsonlIsOneFactALineThenTheFacets() throws Exception {
        String[] lines = write(SearchOutput.Format.JSONL, true).split("\n");
        assertEquals(2, lines.length);
        assertEquals("803亿元", FactJson.MAPPER.readTree(lines[0]).get("text").asText());
        assertEquals(7, FactJson.MAPPER.readTree(lines[1]).get("total").asInt());
    }

    @Test
    void csvHasAHeaderAndQuotesCommas() {
        String[] rows = write(SearchOutput.Format.CSV, false).split("\r\n");
        assertTrue(rows[0].startsWith("\uFEFFdoc,path,type,text"), rows[0]);
        assertTrue(rows[1].startsWith("000.txt,/r/000.txt,money,803亿元,112,117,80300000000,元,more_than"), rows[1]);
        assertTrue(rows[0].endsWith(",link") && rows[1].endsWith(",000.txt.html#f-112-117"), rows[1]);
    }

    @Test
    void displayWidthCountsChineseAsTwo() {
        assertEquals(4, SearchOutput.width("ab12"));
        assertEquals(6, SearchOutput.width("工业a%"));
    }
}
