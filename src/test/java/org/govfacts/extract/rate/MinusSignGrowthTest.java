package org.govfacts.extract.rate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.govfacts.fact.Fact;
import org.govfacts.fact.FactType;
import org.govfacts.lexicon.Lexicon;
import org.govfacts.pipeline.Pipeline;
import org.govfacts.read.SourceDocument;
import org.junit.jupiter.api.Test;

/** A growth written with a minus sign after its verb is negative; a range's dash is no sign. */
class MinusSignGrowthTest {
    private static final Pipeline PIPELINE = new Pipeline(Lexicon.at(Path.of("dictionaries")));

    private static List<Fact> growths(String text) {
        SourceDocument src = new SourceDocument(Path.of("a.txt"), "a.txt", text, "UTF-8", "0", text.getBytes(StandardCharsets.UTF_8).length);
        return PIPELINE.process(src).facts().stream().filter(f -> f.type() == FactType.GROWTH).toList();
    }

    @Test
    void aMinusAfterTheVerbMakesTheGrowthNegative() {
        String t = "二季度全县地区生产总值为143亿元，按不变价格计算，比上年同期增长-8.7%。";
        Fact f = growths(t).get(0);
        assertEquals(-8.7, f.value(), 1e-9);
        assertEquals("-8.7%", f.text());
    }

    @Test
    void aRangeDashIsNoSign() {
        Fact f = growths("地区生产总值增长6%-7%。").get(0);
        assertEquals(6.0, f.value(), 1e-9);
    }
}
