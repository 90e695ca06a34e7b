package org.govfacts.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Which lines introduce a figure's paragraph, for the status cues of its paragraph (主要预期目标). */
class ParagraphStartTest {
    @Test
    void aNumberedSectionHeadingIntroducesTheNumberedItemsUnderIt() {
        String t = "一、过去一年工作\n全市生产总值增长6%。\n二、今年主要预期目标\n1、生产总值增长5.5%左右。\n2、居民消费价格涨幅3%左右。";
        int at = t.indexOf("3%左右");
        assertEquals(t.indexOf("二、"), Resolver.paragraphStart(t, at));
    }

    @Test
    void aSentenceIsNoHeadingAndAnUnnumberedLineIsNoItem() {
        String t = "二、全年经济运行总体平稳，生产总值增长6%。\n1、工业增加值增长7%。";
        assertEquals(t.indexOf("1、"), Resolver.paragraphStart(t, t.indexOf("7%")));
        String u = "二、主要预期目标\n生产总值增长5.5%左右。";
        assertEquals(u.indexOf("生产"), Resolver.paragraphStart(u, u.indexOf("5.5%")));
    }

    @Test
    void shortItemsNumberedInChineseRunBackToTheirHeading() {
        String t = "今年发展的主要预期目标是：\n一、国内生产总值增长6%以上；\n二、城镇新增就业1100万人以上；\n三、居民消费价格涨幅3%左右；";
        assertEquals(0, Resolver.paragraphStart(t, t.indexOf("3%左右")));
        // a numbered line that is a sentence of its own is no item of a list
        String u = "一、过去一年，全市生产总值增长6%，经济运行总体平稳，各项事业取得新进展，人民生活持续改善。\n二、城镇新增就业1万人；";
        assertEquals(u.indexOf("二、"), Resolver.paragraphStart(u, u.indexOf("1万人")));
    }
}
