package org.govfacts.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
    private static List<String> sentences(String t) {
        return SentenceSplitter.split(t, TestLines.LINES).stream().map(s -> t.substring(s.start(), s.end())).toList();
    }

    /** The items as normalising leaves them: a footnote's mark after an item ([5]) turned into spaces before the dash. */
    @Test
    void aDashSetApartBetweenWordsStartsTheNextItemOfASummary() {
        assertEquals(List.of("工业表现亮眼：规上工业增加值同比增长12.5%", "高技术制造业增加值增长20.1%，高于规上工业平均水平7.6个百分点",
                        "消费表现突出：社会消费品零售总额1125.7亿元"),
                sentences("工业表现亮眼：规上工业增加值同比增长12.5%    - 高技术制造业增加值增长20.1%，高于规上工业平均水平7.6个百分点    - "
                        + "消费表现突出：社会消费品零售总额1125.7亿元"));
    }

    @Test
    void aDashBetweenFiguresOrInsideWordsIsNoBoundary() {
        assertEquals(List.of("2024 - 2025年度预算收入3.2亿元。"), sentences("2024 - 2025年度预算收入3.2亿元。"));
        assertEquals(List.of("G15-沈海高速全长3710公里。"), sentences("G15-沈海高速全长3710公里。"));
        assertEquals(List.of("整个路环 - 九澳隧道项目于2008年完工。"), sentences("整个路环 - 九澳隧道项目于2008年完工。"));
    }
}
