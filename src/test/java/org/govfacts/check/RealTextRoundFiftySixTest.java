package org.govfacts.check;

import static org.govfacts.check.Findings.involving;
import static org.govfacts.check.RealTextRoundTwentyEightTest.check;
import static org.govfacts.check.RealTextRoundTwentyEightTest.of;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Real-text wordings of the seventy-fifth blind round (north-eastern, southern and special-region texts): a result set
 * above or below another figure its sentence states (涨幅略高于上年的1.5%, 較…的1,969億元低), and a share's named total
 * stated later for a longer time, which is not its base.
 */
class RealTextRoundFiftySixTest {

    private static final String CPI = "2019年汕头市政府工作报告\n2018年，全市经济运行在合理区间。居民消费价格指数(CPI)同比上涨%s%%，"
            + "涨幅略高于上年的1.5%%。\n";

    @Test
    void aResultSetAboveTheYearBeforeIsAboveIt() {
        List<Finding> found = check("2019_汕头市_报告.txt", CPI.formatted("1.8"));
        assertTrue(of(found, FindingKind.GROWTH, Verdict.CONSISTENT).stream().anyMatch(f -> involving("1.8%").test(f)
                && involving("1.5%").test(f)), found.toString());
        List<Finding> altered = check("2019_汕头市_报告.txt", CPI.formatted("1.3"));
        assertTrue(of(altered, FindingKind.GROWTH, Verdict.INCONSISTENT).stream().anyMatch(involving("1.3%")), altered.toString());
    }

    @Test
    void aFigureStatedBelowAnEarlierYearsIsBelowIt() {
        String text = "二○○六至○七年度財政預算案\n二○○五/○六年度的經營開支為%s億元，較二○○四/○五年度的1,969億元低。\n";
        List<Finding> found = check("2006_香港_预算.txt", text.formatted("1,947"));
        assertTrue(of(found, FindingKind.GROWTH, Verdict.CONSISTENT).stream().anyMatch(involving("1,969億元")), found.toString());
        List<Finding> altered = check("2006_香港_预算.txt", text.formatted("1,987"));
        assertTrue(of(altered, FindingKind.GROWTH, Verdict.INCONSISTENT).stream().anyMatch(involving("1,987億元")), altered.toString());
    }

    @Test
    void aGapAboveABenchmarkIsNotALevel() {
        // 高于全省1.2个百分点 and 高于全省的7.5% without 的 before a level: neither is the benchmark's own level to compare
        String text = "2023年某县政府工作报告\n2022年，全县地区生产总值增长6.2%，高于全省1.2个百分点；规上工业增加值增长8.5%，高于全省7.5%。\n";
        List<Finding> found = check("2023_某县_报告.txt", text);
        assertTrue(found.stream().noneMatch(f -> f.verdict() == Verdict.INCONSISTENT), found.toString());
    }

    @Test
    void aTotalStatedLaterForALongerTimeIsNotAShareBase() {
        String text = "澳門統計暨普查局資料\n今年9月入境旅客有2,166,627人次，按年增加17.8%。不過夜旅客為1,145,615人次(占總數52.9%)。"
                + "今年首三季的入境旅客總數達20,662,153人次，按年增加11.2%。\n";
        List<Finding> found = check("2011_澳门_旅客.txt", text);
        assertTrue(found.stream().noneMatch(f -> f.kind() == FindingKind.SHARE && involving("20,662,153人次").test(f)
                && involving("52.9%").test(f)), found.toString());
    }

    private static final String SOWN = "黑龙江垦区2012年秋收\n据了解，今年黑龙江垦区农作物播种面积达4260万亩，其中粮豆播种面积为4080万亩，其他作物为%s万亩。\n";

    @Test
    void aListClosingOnTheRestNamesEveryPart() {
        List<Finding> found = check("2012_黑龙江垦区_秋收.txt", SOWN.formatted("180"));
        assertTrue(of(found, FindingKind.SUM, Verdict.CONSISTENT).stream().anyMatch(involving("4260万亩")), found.toString());
        List<Finding> altered = check("2012_黑龙江垦区_秋收.txt", SOWN.formatted("130"));
        assertTrue(of(altered, FindingKind.SUM, Verdict.INCONSISTENT).stream().anyMatch(involving("130万亩")), altered.toString());
        // without the rest, a list a little short may leave a part out: nothing for sure
        List<Finding> partial = check("2012_黑龙江垦区_秋收.txt", "黑龙江垦区2012年秋收\n今年垦区农作物播种面积达4260万亩，其中水稻播种面积为2300万亩，"
                + "玉米为1910万亩。\n");
        assertTrue(partial.stream().noneMatch(f -> f.verdict() == Verdict.INCONSISTENT), partial.toString());
        // the rest of something narrower than the total (其他谷物 of 粮食作物, which holds beans and tubers too) closes nothing
        List<Finding> narrower = check("2015_某省_公报.txt", "2015年某省国民经济和社会发展统计公报\n全年粮食作物播种面积3561.5千公顷，比上年增加18.0千公顷。"
                + "其中，水稻播种面积516.4千公顷，减少4.2千公顷；玉米播种面积2758.0千公顷，增加33.8千公顷；其他谷物播种面积106.5千公顷，减少15.0千公顷。\n");
        assertTrue(narrower.stream().noneMatch(f -> f.verdict() == Verdict.INCONSISTENT), narrower.toString());
    }
}
