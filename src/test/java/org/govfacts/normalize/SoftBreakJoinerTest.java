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
        StageResult r = new SoftBreakJoiner(org.govfacts.text.TestLines.LINES).apply(WRAPPED);
        assertTrue(r.text().contains("百分之八，"), r.text());
        assertTrue(r.text().contains("商品零售价格"), r.text());
        int at = r.text().indexOf("百分之八");
        // 百分之八 read whole spans the break on the page
        assertEquals("百分之\n八", WRAPPED.substring(r.map().start(at), r.map().end(at + 4)));
    }

    @Test
    void shortLinesAndBreaksAfterAFullStopStay() {
        StageResult r = new SoftBreakJoiner(org.govfacts.text.TestLines.LINES).apply(WRAPPED);
        // a short line is a heading, and a break after 。 ends a paragraph
        assertTrue(r.text().contains("以内。\n短标题\n下一段。"), r.text());
        assertTrue(new SoftBreakJoiner(org.govfacts.text.TestLines.LINES).apply("标题\n正文第一句。").isOneToOne());
    }

    @Test
    void aTitleAsWideAsTheLineAfterItIsNoWrappedLine() {
        // two lines of one width are no page wrapped at that width: a bulletin's title over its first line
        String page = "中华人民共和国2020年国民经济和社会发展统计公报\n全年国内生产总值1015986亿元，比上年增长2.3%。\n";
        assertTrue(new SoftBreakJoiner(org.govfacts.text.TestLines.LINES).apply(page).isOneToOne());
    }

    @Test
    void aRetypedPageWithAsciiCommasIsJoinedWhereALineFallsShortOfItsWidth() {
        // a typed page retyped with ASCII commas and blanks: its lines are 36 to 37 characters wide, and a line
        // with four ASCII commas and a blank (其|中 broken) is as wide as printed, though it counts two narrower
        String page = "全年工业生产发展较快,全区工业总产值达到1.75亿元,比上年增长61%。全年批准工\n"
                + "业技改新建项目投资达6126万元,实施技改新建项目48个,已完成投资4208万元。新\n"
                + "建扩建出口或替代进口产品的企业7个,开发出口产品6种,纺织机械骨干行业正在形成\n"
                + "共开发新产品22个,有5户企业通过了三级计量验收,2个产品被评为市优质产品。交通\n"
                + "城乡市场活跃繁荣, 全区社会商品零售额达到6577万元,比上年增长25.6%,其\n"
                + "中消费品5756万元,比上年增长32%,农业生产资料821万元,比上年减少5.6%。\n";
        StageResult r = new SoftBreakJoiner(org.govfacts.text.TestLines.LINES).apply(page);
        assertTrue(r.text().contains("其中消费品5756万元"), r.text());
        assertTrue(r.text().contains("全年批准工业技改"), r.text());
    }
}
