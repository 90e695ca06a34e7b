package org.govfacts.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FootnoteMarkBlankerTest {
    private final FootnoteMarkBlanker blanker = new FootnoteMarkBlanker();

    @Test
    void aMarkAfterAFigureOrAWordIsBlankedOneToOne() {
        StageResult r = blanker.apply("扩增至20.26亿元[1]。年均增长7.97%[12]，");
        assertEquals("扩增至20.26亿元   。年均增长7.97%    ，", r.text());
        assertEquals(true, r.isOneToOne());
    }

    @Test
    void aNotesOwnNumberAYearAndNestedBracketsStay() {
        assertEquals("[1] 国家统计局公报", blanker.apply("[1] 国家统计局公报").text());
        assertEquals("文件[2023]5号", blanker.apply("文件[2023]5号").text());
        assertEquals("数组a[[1]]", blanker.apply("数组a[[1]]").text());
    }
}
