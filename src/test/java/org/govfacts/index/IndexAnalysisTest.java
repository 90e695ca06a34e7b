package org.govfacts.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.govfacts.lexicon.Lexicon;
import org.govfacts.normalize.ScriptFolding;
import org.junit.jupiter.api.Test;

class IndexAnalysisTest {
    static final IndexAnalysis ANALYSIS = IndexAnalysis.standard(Lexicon.at(Path.of("dictionaries")));

    private static List<String> terms(List<IndexTerm> ts) {
        return ts.stream().map(IndexTerm::term).toList();
    }

    @Test
    void foldingTurnsTraditionalIntoSimplifiedAndKeepsLength() {
        String t = "規上工業增加值增長１２.１％，ＧＤＰ";
        String f = ScriptFolding.fold(t);
        assertEquals("规上工业增加值增长12.1%,gdp", f);
        assertEquals(t.length(), f.length());
        assertEquals("规上工业增加值", ScriptFolding.fold("规上工业增加值"));
    }

    @Test
    void bigramsCoverChineseRunsAndKeepNumbersWhole() {
        IndexAnalysis.Folded f = ANALYSIS.fold("工業投資增長12.1%，5G基站");
        assertEquals(List.of("工业", "业投", "投资", "资增", "增长", "12.1", "5g", "基站"), terms(IndexAnalysis.bigrams(f)));
    }

    @Test
    void aLoneChineseCharacterIsAUnigram() {
        assertEquals(List.of("钢", "投资"), terms(IndexAnalysis.bigrams(ANALYSIS.fold("钢、投资"))));
    }

    @Test
    void offsetsPointIntoTheOriginalText() {
        String original = "新簽約項目50個";
        List<IndexTerm> bi = IndexAnalysis.bigrams(ANALYSIS.fold(original));
        IndexTerm first = bi.get(0);
        assertEquals("新签", first.term());
        assertEquals("新簽", original.substring(first.start(), first.end()));
        IndexTerm fifty = bi.stream().filter(t -> t.term().equals("50")).findFirst().orElseThrow();
        assertEquals("50", original.substring(fifty.start(), fifty.end()));
    }

    @Test
    void wordsComeFromTheSegmenterAndSkipPunctuation() {
        List<String> words = terms(ANALYSIS.words(ANALYSIS.fold("全市工業投資增長33%。")));
        // 工业投资 is one word: dictionaries/indicators.txt keeps it whole
        assertTrue(words.contains("工业投资"), words::toString);
        assertTrue(words.contains("33"), words::toString);
        assertTrue(words.stream().noneMatch(w -> w.equals("。") || w.equals("%")), words::toString);
    }

    @Test
    void analysisIsCachedPerText() {
        IndexAnalysis a = IndexAnalysis.standard(Lexicon.at(Path.of("dictionaries")));
        IndexAnalysis.Terms first = a.analyze("全市工业投资增长33%。");
        IndexAnalysis.Terms second = a.analyze("全市工业投资增长33%。");
        assertEquals(first, second);
        assertEquals(0.5, a.cacheHitRate(), 1e-9);
    }

    @Test
    void luceneAnalyzerGivesTheSameTermsWithOriginalOffsets() throws IOException {
        String text = "全市規上工業增加值";
        try (ChineseAnalyzer analyzer = new ChineseAnalyzer(ANALYSIS, ChineseAnalyzer.Mode.BIGRAMS);
             TokenStream ts = analyzer.tokenStream("f", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            List<String> got = new ArrayList<>();
            while (ts.incrementToken()) {
                got.add(term + "@" + text.substring(offset.startOffset(), offset.endOffset()));
            }
            ts.end();
            assertEquals(List.of("全市@全市", "市规@市規", "规上@規上", "上工@上工", "工业@工業", "业增@業增", "增加@增加", "加值@加值"), got);
        }
    }
}
