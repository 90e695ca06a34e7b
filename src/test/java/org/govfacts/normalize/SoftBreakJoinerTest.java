package org.govfacts.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SoftBreakJoinerTest {
    private static final String WRAPPED = "国务院总理在全国人民代表大会会议上所作的政府工作报告中说，\n"
            + "今年国民经济宏观调控的主要目标是：经济增长速度预定为百分之\n"
            + "八，全社会固定资产投资预定增长百分之十或者更多一些，商品零售\n"
            + "价格涨幅控制在百分之三以内。\n"
            + "短标题\n"
            + "下一段。";

    @Test
    void linesOfAWrappedParagraphAreJoinedAndLeadBackToThePage() {
        StageResult r = new SoftBreakJoiner().apply(WRAPPED);
        assertTrue(r.text().contains("百分之八，"), r.text());
        assertTrue(r.text().contains("商品零售价格"), r.text());
        int at = r.text().indexOf("百分之八");
        // 百分之八 read whole spans the break on the page
        assertEquals("百分之\n八", WRAPPED.substring(r.map().start(at), r.map().end(at + 4)));
    }

    @Test
    void shortLinesAndBreaksAfterAFullStopStay() {
        StageResult r = new SoftBreakJoiner().apply(WRAPPED);
        // a short line is a heading, and a break after 。 ends a paragraph
        assertTrue(r.text().contains("以内。\n短标题\n下一段。"), r.text());
        assertTrue(new SoftBreakJoiner().apply("标题\n正文第一句。").isOneToOne());
    }

    @Test
    void aTitleAsWideAsTheLineAfterItIsNoWrappedLine() {
        // two lines of one width are no page wrapped at that width: a bulletin's title over its first line
        String page = "中华人民共和国2020年国民经济和社会发展统计公报\n全年国内生产总值1015986亿元，比上年增长2.3%。\n";
        assertTrue(new SoftBreakJoiner().apply(page).isOneToOne());
    }
}
