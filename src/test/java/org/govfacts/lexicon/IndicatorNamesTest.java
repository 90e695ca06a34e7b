package org.govfacts.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IndicatorNamesTest {
    @Test
    void aSpellingIsFoldedWhereverItStandsButNotInsideItsOwnForm() {
        Map<String, String> folds = new LinkedHashMap<>();
        folds.put("三产", "第三产业");
        folds.put("规上", "规模以上");
        assertEquals("第三产业占生产总值比重", IndicatorNames.foldSpellings("三产占生产总值比重", folds));
        assertEquals("第三产业增加值", IndicatorNames.foldSpellings("第三产业增加值", folds));
        assertEquals("规模以上工业增加值", IndicatorNames.foldSpellings("规上工业增加值", folds));
        assertEquals("规模以上工业增加值", IndicatorNames.foldSpellings("规模以上工业增加值", folds));
    }

    @Test
    void theListsSpellingsAreReadFromItsTable() {
        IndicatorNames names = IndicatorNames.of(java.util.List.of(new String[] {"规模以上", "规上", "kind=spelling"},
                new String[] {"规模以上工业增加值", "规工增加值"}));
        assertEquals("规模以上工业增加值", names.foldSpellings("规上工业增加值"));
        assertEquals("规模以上工业增加值", names.find("规上工业增加值").orElseThrow().canonical());
    }
}
