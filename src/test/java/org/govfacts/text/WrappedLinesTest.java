package org.govfacts.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WrappedLinesTest {
    private static boolean softAtFirstBreak(String t) {
        return TestLines.LINES.softBreak(t, t.indexOf('\n'));
    }

    @Test
    void aParagraphWrappedAtAFixedWidthRunsOnOverItsBreak() {
        String t = "全年共实施重点项目一百二十个，完成投资三百亿元，其中李村河污\n水处理厂扩建工程已经完成主体施工，年底前将全部投入使用运营。\n";
        assertTrue(softAtFirstBreak(t));
    }

    @Test
    void aCaptionsBylineEndsItsLineHoweverWideTheLinesAre() {
        // photo captions of one width, each ending in its photographer's name after a space
        String t = "临夏州2023年一季度全州重大项目集中开工活动现场。新甘肃·甘肃日报记者 王虎\n"
                + "张掖市甘州区河西硅业20万吨硅系新材料综合利用项目建设现场。甘州区委宣传部供图\n";
        assertFalse(softAtFirstBreak(t));
    }

    @Test
    void aLineEndingInACommaRunsOnUnlessItIsAShortLineOfAList() {
        assertTrue(softAtFirstBreak("（一）文化旅游体育与传媒支出类科目 850088.3 元,\n占支出总预算 78.33%,同比减少 54357.12 元。\n"));
        assertFalse(softAtFirstBreak("一、稳增长，\n二、调结构。\n"));
    }

    @Test
    void aFigureAndItsUnitAreOneWordAcrossALineBreak() {
        String t = "其中：基本支出 1037103.63\n元，项目支出 48100 元。\n";
        assertTrue(softAtFirstBreak(t));
        assertTrue(WrappedLines.partsFigureFromUnit(t, t.indexOf('\n')));
        assertFalse(WrappedLines.partsFigureFromUnit("全年完成 2023\n年度计划。\n", "全年完成 2023\n年度计划。\n".indexOf('\n')));
    }

    @Test
    void aComparisonWaitingForItsChangeWordRunsOn() {
        assertTrue(softAtFirstBreak("2025 年本年一般公共预算支出 1085203.63 元，同比\n减少 43506.06 元，下降 3.85 %。\n"));
        assertFalse(softAtFirstBreak("五、一般公共预算支出情况说明\n2025 年本年一般公共预算支出 1085203.63 元。\n"));
    }
}
