package org.govfacts.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.govfacts.fact.Fact;
import org.govfacts.fact.FactType;
import org.govfacts.lexicon.Lexicon;
import org.govfacts.read.SourceDocument;
import org.junit.jupiter.api.Test;

/**
 * Issue 9: a figure the extractor cannot represent, or a ranking at a line start, loses neither
 * the document nor its other facts, and every fact lies inside its sentence.
 */
class NothingSilentlyLostTest {
    private static final Pipeline PIPELINE = new Pipeline(Lexicon.at(Path.of("dictionaries")));

    private static DocumentResult process(String text) {
        return PIPELINE.process(new SourceDocument(Path.of("t.txt"), "t.txt", text, "UTF-8", "", text.length()));
    }

    static void assertInsideSentences(String text, List<Fact> facts) {
        for (Fact f : facts) {
            assertEquals(text.substring(f.sentenceStart(), f.sentenceStart() + f.sentence().length()), f.sentence());
            assertTrue(f.sentenceStart() <= f.start() && f.end() <= f.sentenceStart() + f.sentence().length(),
                    "inside its sentence: " + f);
        }
    }

    @Test
    void aRankingAtTheStartOfALineIsFound() {
        String text = "今年上半年，全市规上工业增加值增长8.5%。\n全省第四。\n";
        DocumentResult r = process(text);
        assertInsideSentences(text, r.facts());
        Fact ranking = r.facts().stream().filter(f -> f.type() == FactType.RANKING).findFirst().orElseThrow();
        assertEquals("全省第四", ranking.text());
        assertEquals(4, ranking.rank());
        assertTrue(r.facts().stream().anyMatch(f -> f.type() == FactType.GROWTH && f.value() == 8.5));
    }

    @Test
    void aRankingDoesNotReachOverLineBreaks() {
        String text = "今年上半年，全市规上工业增加值增长8.5%，居全省第3\r\r\r位。\r\n工业投资增长5%。";
        DocumentResult r = process(text);
        assertInsideSentences(text, r.facts());
        assertEquals(3, r.facts().size());
        assertTrue(r.warnings().isEmpty(), r.warnings().toString());
    }

    @Test
    void aNumberTooLargeToRepresentIsDroppedWithAWarningNotTheDocument() {
        String huge = "9".repeat(310);
        String text = "全市投资" + huge + "亿元，增长" + huge + "%，居全省第9999999999位。规上工业增加值增长8.5%。";
        DocumentResult r = process(text);
        assertEquals(1, r.facts().size(), r.facts().toString());
        assertEquals(8.5, r.facts().get(0).value());
        assertEquals(1, r.warnings().size(), r.warnings().toString());
        assertTrue(r.warnings().get(0).startsWith("dropped 3 figure(s) too large to represent, first '9999999999…"),
                r.warnings().get(0));
        assertTrue(r.warnings().get(0).endsWith("at offset 4"), r.warnings().get(0));
    }

    /** The upper end of a range counts too: 5-10^310 亿元 must not fail the document. */
    @Test
    void aRangeWhoseUpperEndCannotBeRepresentedIsDroppedNotTheDocument() {
        String text = "计划投资5-1" + "0".repeat(310) + "亿元。规上工业增加值增长8.5%。";
        DocumentResult r = process(text);
        assertEquals(List.of(8.5), r.facts().stream().map(f -> f.value()).toList(), r.facts().toString());
        assertTrue(r.warnings().get(0).contains("too large to represent"), r.warnings().toString());
    }

    @Test
    void percentagesNoReportWritesAreDroppedAndCountedOnce() {
        StringBuilder b = new StringBuilder("规上工业增加值增长8.5%。\n");
        for (int i = 0; i < 2000; i++) {
            b.append(9_000_000_000_000_000_000L / (i + 1)).append("%\n");
        }
        b.append("完成年度计划的544.4%。\n");
        DocumentResult r = process(b.toString());
        assertTrue(r.facts().stream().allMatch(f -> f.value() == null || Math.abs(f.value()) <= FindingScreen.MAX_PERCENT));
        assertTrue(r.facts().stream().anyMatch(f -> f.value() != null && f.value() == 544.4), "a large but real rate stays");
        assertEquals(1, r.warnings().size(), r.warnings().toString());
        assertTrue(r.warnings().get(0).startsWith("dropped "), r.warnings().get(0));
        assertTrue(r.warnings().get(0).contains("percentage(s) above 1,000,000%"), r.warnings().get(0));
    }

    @Test
    void aLongLineWithoutBreaksGivesTheSameFactsAsWithBreaks() {
        String para = "金大地产业链荣煜铜基新材料项目完成投资12亿元，增长8.5%，居全省第3位；";
        String withBreaks = (para + "\n").repeat(300);
        String oneLine = para.repeat(300);
        List<Fact> a = process(withBreaks).facts();
        List<Fact> b = process(oneLine).facts();
        assertEquals(a.size(), b.size());
        assertEquals(a.stream().map(Fact::text).toList(), b.stream().map(Fact::text).toList());
        assertFalse(a.isEmpty());
    }
}
