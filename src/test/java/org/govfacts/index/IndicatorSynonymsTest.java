package org.govfacts.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.govfacts.lexicon.Lexicon;
import org.govfacts.normalize.ScriptFolding;
import org.junit.jupiter.api.Test;

class IndicatorSynonymsTest {
    private final IndicatorSynonyms synonyms = new IndicatorSynonyms(List.of(
            List.of("规模以上工业增加值", "规上工业增加值"),
            List.of("地区生产总值", "生产总值", "gdp")));

    @Test
    void aNameFindsItsGroup() {
        assertEquals(List.of("规上工业增加值", "规模以上工业增加值"), synonyms.expand("规上工业增加值"));
        assertEquals(List.of("规模以上工业增加值", "规上工业增加值"), synonyms.expand("规模以上工业增加值"));
    }

    @Test
    void aNameInsideALongerTextIsReplacedInPlace() {
        assertEquals(List.of("规上工业增加值增速", "规模以上工业增加值增速"), synonyms.expand("规上工业增加值增速"));
    }

    @Test
    void aShorterNameInsideALongerOneOfTheSameGroupIsNotReplacedAgain() {
        List<String> v = synonyms.expand("地区生产总值");
        assertEquals(List.of("地区生产总值", "生产总值", "gdp"), v);
    }

    @Test
    void unrelatedTextStaysAlone() {
        assertEquals(List.of("工业投资"), synonyms.expand("工业投资"));
    }

    @Test
    void theShippedTableHasTheIssuesExample() {
        IndicatorSynonyms shipped = IndicatorSynonyms.load(Lexicon.at(Path.of("dictionaries")), s -> ScriptFolding.fold(s).strip());
        assertTrue(shipped.expand("规上工业增加值").contains("规模以上工业增加值"));
    }
}
