package org.govfacts.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WrappedLinesTest {
    private static boolean softAtFirstBreak(String t) {
        return WrappedLines.softBreak(t, t.indexOf('\n'));
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
}
