package org.govfacts.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Through the real pipeline on short texts written for the test: the evidence an {@code inconsistent}
 * verdict needs, from the false alarms of the seventh blind key and of unaltered real reports. Each
 * text holds no error; where the check can see one, an altered copy with a real error is still caught.
 */
class PlausibilityOnTextTest {
    private static List<Finding> inconsistent(String name, String text) {
        return FalseAlarmsOnTextTest.inconsistent(name, text);
    }

    @Test
    void aShareFarFromWhatTheFiguresGiveIsAWrongBaseNotAnError() {
        // 比预算超收3307.24亿元 is an excess over the budget, not the budget: 40213.16 of it is 1216%
        String text = "2006年，全国财政收入38730.62亿元，比预算超收3307.24亿元，完成预算的109.3%。"
                + "全国财政支出40213.16亿元，比2005年增加6282.88亿元，增长18.5%，完成预算的104.8%。";
        List<Finding> all = SharesOnTextTest.check("2006_全国_预算执行情况.txt", text);
        assertTrue(all.stream().noneMatch(f -> f.verdict() == Verdict.INCONSISTENT && f.kind() == FindingKind.SHARE), all.toString());
    }

    @Test
    void theTooFarApartRuleLeavesSmallMisprintsAlone() {
        Finding far = new Finding(FindingKind.SUM, Verdict.INCONSISTENT, List.of(), 11976.0, 4348.0, 1.5, "万元", "m");
        Finding near = new Finding(FindingKind.SUM, Verdict.INCONSISTENT, List.of(), 3902.24, 3920.24, 0.01, "亿元", "m");
        Finding growth = new Finding(FindingKind.GROWTH, Verdict.INCONSISTENT, List.of(), 57.4, 180.0, 5.0, "%", "m");
        assertTrue(Plausibility.tooFarApart(far));
        assertFalse(Plausibility.tooFarApart(near));
        assertFalse(Plausibility.tooFarApart(growth), "a growth rate may be misprinted by any factor");
        List<Finding> out = Plausibility.apply(List.of(far, near));
        assertEquals(Verdict.CANNOT_TELL, out.get(0).verdict());
        assertTrue(out.get(0).message().contains("too far apart"), out.get(0).message());
        assertEquals(Verdict.INCONSISTENT, out.get(1).verdict());
    }

    @Test
    void aBudgetBesideEachPartIsNoPartOfTheSplit() {
        String text = "1-5月，全县完成财政总收入4348万元，占年初预算10065万元的43.2%，同比下降6.5%。"
                + "其中：税收收入3511万元，占年初预算8465万元的41.5%，同比下降5.2%；非税收入837万元，占年初预算1600万元的52.3%，同比下降11.7%。";
        List<Finding> found = inconsistent("2024_泾县_1-5月财政收支.txt", text);
        assertTrue(found.stream().noneMatch(f -> f.kind() == FindingKind.SUM), found.toString());
    }

    @Test
    void twoGroupsUnderOneIndicatorDifferTogetherAndAreNotOneFigureMisstated() {
        String text = "黄河重大国家战略纵深实施，33个重点项目完成投资89.9亿元，一批项目建成投运。"
                + "绿色低碳高质量发展先行区建设成效明显，91个重点项目完成投资306亿元，一批项目建成投产。";
        List<Finding> found = inconsistent("2025_菏泽市_政府工作报告.txt", text);
        assertTrue(found.stream().noneMatch(f -> f.kind() == FindingKind.DUPLICATE), found.toString());
    }

    @Test
    void aFigureStatedTwiceWithItsNeighboursAgreeingIsStillCaught() {
        String text = "2024年，全县地区生产总值完成327.03亿元，同比增长6.5%。"
                + "全年经济运行稳中向好。全县地区生产总值完成372.03亿元，同比增长6.5%，经济总量再上新台阶。";
        List<Finding> found = inconsistent("2025_临泉县_政府工作报告.txt", text);
        assertTrue(found.stream().anyMatch(f -> f.kind() == FindingKind.DUPLICATE), found.toString());
    }

    @Test
    void wordsThatDoNotSayWhatIsMeasuredAreNotRestatements() {
        String text = "上半年，第二产业增加值378.0亿元，同比增长11.1%，两年平均增长5.5%；第三产业增加值326.0亿元，同比增长15.3%，两年平均增长6.7%。"
                + "上半年，全市农林牧渔业总产值60.1亿元，同比增长10.1%，两年平均增长5.0%。";
        List<Finding> found = inconsistent("2021_三门峡市_上半年经济运行.txt", text);
        assertTrue(found.stream().noneMatch(f -> f.kind() == FindingKind.DUPLICATE), found.toString());
    }

    @Test
    void aPartOfATotalInItsSentenceIsNoRestatementOfIt() {
        String text = "五年合计财政支出为六千零九十八亿元，其中一九八五年为一千三百零四亿元，比一九八○年增加九十二亿元。";
        List<Finding> found = inconsistent("1986_国务院_政府工作报告.txt", text);
        assertTrue(found.stream().noneMatch(f -> f.kind() == FindingKind.DUPLICATE), found.toString());
    }

    @Test
    void aMisprintedDigitThatMovesASumFarIsStillAnError() {
        String text = "2023年，全县粮食总产量25.3万吨，其中夏粮8.1万吨、秋粮17.2万吨。";
        assertTrue(inconsistent("2024_临泉县_统计公报.txt", text).isEmpty());
        // 17.2 misprinted 97.2: the parts give four times the total, yet one digit mends it
        List<Finding> altered = inconsistent("2024_临泉县_统计公报.txt", text.replace("秋粮17.2万吨", "秋粮97.2万吨"));
        assertTrue(altered.stream().anyMatch(f -> f.kind() == FindingKind.SUM), altered.toString());
    }
}
