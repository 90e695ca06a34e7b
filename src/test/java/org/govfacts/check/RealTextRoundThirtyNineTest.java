package org.govfacts.check;

import static org.govfacts.check.Findings.involving;
import static org.govfacts.check.RealTextRoundTwentyEightTest.check;
import static org.govfacts.check.RealTextRoundTwentyEightTest.of;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Real-text wordings of the fifty-eighth blind round: final accounts with a balance split in brackets, a second 其中：
 * list after a semicolon, income items closed by 收入总计, an account item below zero; structures that a change starts
 * from, or whose parts stand under a per-capita figure; a completion rate of a counted group of projects; a share's
 * inline base after the amount's own growth.
 */
class RealTextRoundThirtyNineTest {
    private static final String ACCOUNTS = "2023年，市本级一般公共预算总收入164.47亿元，总支出153.81亿元。收支相抵，年终结余10.66亿元"
            + "（其中待偿债置换一般债券结余0.93亿元、专款年终结余9.73亿元），净结余为零。\n"
            + "2023年，市本级政府性基金预算总收入87.32亿元，其中：当年政府性基金预算收入28.36亿元，转移性收入58.96亿元；"
            + "市本级政府性基金预算总支出84.37亿元，其中：当年基金预算支出29.32亿元，调出资金0.26亿元，债务还本支出%s亿元，"
            + "债务转贷支出23.86亿元，政府性基金转移支付支出0.46亿元。\n"
            + "2023年，市本级社会保险基金预算收入65.17亿元，社会保险基金预算支出57.93亿元。收支相抵，本年收支结余%s亿元。\n";

    @Test
    void finalAccountsSplitTheirBalanceAndTheirSecondTotal() {
        List<Finding> found = check("2024_百色市_决算报告.txt", String.format(ACCOUNTS, "30.47", "7.24"));
        // 9.73亿元 in brackets is a part of the balance stated before it, not what the flows leave
        assertTrue(found.stream().noneMatch(f -> f.verdict() == Verdict.INCONSISTENT), found.toString());
        assertTrue(of(found, FindingKind.SUM, Verdict.CONSISTENT).stream().anyMatch(f -> involving("84.37亿元").test(f)
                && involving("29.32亿元").test(f) && involving("0.46亿元").test(f)), found.toString());
        assertTrue(of(found, FindingKind.SUM, Verdict.CONSISTENT).stream().anyMatch(f -> involving("7.24亿元").test(f)
                && involving("65.17亿元").test(f)), found.toString());
        List<Finding> altered = check("2024_百色市_决算报告.txt", String.format(ACCOUNTS, "32.47", "7.42"));
        assertTrue(of(altered, FindingKind.SUM, Verdict.INCONSISTENT).stream().anyMatch(f -> involving("32.47亿元").test(f)), altered.toString());
        assertTrue(of(altered, FindingKind.SUM, Verdict.INCONSISTENT).stream().anyMatch(f -> involving("7.42亿元").test(f)), altered.toString());
    }

    private static final String TOTAL_AFTER = "去年市本级一般预算收入315.6亿元，中央和省税收返还113.4亿元，各项补助收入50.9亿元，"
            + "区县级市上解收入22.9亿元，上年结余结转收入92.2亿元，转贷财政部代理发行地方政府债券收入4.2亿元，市本级收入总计%s亿元。\n";

    @Test
    void itemsNamedClauseByClauseAddUpToTheTotalThatClosesThem() {
        List<Finding> found = check("2010_广州市_决算报告.txt", String.format(TOTAL_AFTER, "599.2"));
        assertTrue(of(found, FindingKind.SUM, Verdict.CONSISTENT).stream().anyMatch(f -> involving("599.2亿元").test(f)
                && involving("315.6亿元").test(f)), found.toString());
        List<Finding> altered = check("2010_广州市_决算报告.txt", String.format(TOTAL_AFTER, "605.2"));
        assertTrue(of(altered, FindingKind.SUM, Verdict.INCONSISTENT).stream().anyMatch(f -> involving("605.2亿元").test(f)), altered.toString());
    }

    @Test
    void aRunningAccountOrAnAsideIsNoListTheTotalCloses() {
        String text = "全县一般预算总收入468222万元，加上年结余11080万元，加调入资金335万元，再加动用预算稳定调节基金1705万元，收入总计481342万元。\n"
                + "一般公共预算收入33.00亿元，转移性收入等31.76亿元（包括税收返还收入0.95亿元，上级转移支付9.21亿元，基金调入7.68亿元，"
                + "上年结转13.92亿元），收入合计64.76亿元。\n";
        List<Finding> found = check("2023_某县_预算报告.txt", text);
        assertTrue(of(found, FindingKind.SUM, Verdict.INCONSISTENT).isEmpty(), found.toString());
    }

    @Test
    void anAccountItemBelowZeroIsSubtracted() {
        String text = "争取上级转移支付收入15.3亿元，其中：返还性收入-1453万元，一般性转移支付收入6.9亿元，专项转移支付收入8.5亿元。\n";
        List<Finding> found = check("2021_某区_预算执行.txt", text);
        assertTrue(of(found, FindingKind.SUM, Verdict.CONSISTENT).stream().anyMatch(f -> involving("15.3亿元").test(f)
                && involving("-1453万元").test(f)), found.toString());
        assertTrue(of(found, FindingKind.SUM, Verdict.INCONSISTENT).isEmpty(), found.toString());
    }

    private static final String STRUCTURE = "2005年，全市地区生产总值2371亿元，比上年增长13.5%%；其中第一产业增加值182.3亿元，第二产业增加值1007.7亿元，"
            + "第三产业增加值1181亿元；产业结构由2000年的10.1:36.4:53.5调整优化为7.7:42.5:%s。\n";

    @Test
    void theStructureAChangeStartsFromIsOfItsOwnYear() {
        List<Finding> found = check("2006_成都市_政府工作报告.txt", String.format(STRUCTURE, "49.8"));
        assertTrue(found.stream().noneMatch(f -> f.verdict() == Verdict.INCONSISTENT), found.toString());
        assertTrue(of(found, FindingKind.SHARE, Verdict.CONSISTENT).stream().anyMatch(f -> involving("7.7:42.5:49.8").test(f)), found.toString());
        List<Finding> altered = check("2006_成都市_政府工作报告.txt", String.format(STRUCTURE, "48.8"));
        assertTrue(of(altered, FindingKind.SHARE, Verdict.INCONSISTENT).stream().anyMatch(f -> involving("7.7:42.5:48.8").test(f)), altered.toString());
        assertTrue(altered.stream().noneMatch(f -> f.verdict() == Verdict.INCONSISTENT && involving("10.1:36.4:53.5").test(f)), altered.toString());
    }

    private static final String PER_CAPITA = "实现地区生产总值183.11亿元，按可比价格计算比上年增长25.0%%。按户籍人口计算，人均生产总值由上年的16849元增加到20586元。"
            + "生产总值中，第一产业增加值12.66亿元；第二产业增加值92.22亿元；第三产业增加值78.23亿元。三次产业结构由上年的8.1∶46.4∶45.5调整为6.9∶50.4∶%s。\n";

    @Test
    void partsUnderAPerCapitaFigureShareTheWholeTheyMake() {
        List<Finding> found = check("2007_宜宾市_统计公报.txt", String.format(PER_CAPITA, "42.7"));
        assertTrue(of(found, FindingKind.SHARE, Verdict.INCONSISTENT).isEmpty(), found.toString());
        assertTrue(of(found, FindingKind.SHARE, Verdict.CONSISTENT).stream().anyMatch(f -> involving("183.11亿元").test(f)), found.toString());
        List<Finding> altered = check("2007_宜宾市_统计公报.txt", String.format(PER_CAPITA, "44.7"));
        assertTrue(of(altered, FindingKind.SHARE, Verdict.INCONSISTENT).stream().anyMatch(f -> involving("183.11亿元").test(f)
                && involving("78.23亿元").test(f)), altered.toString());
        assertTrue(altered.stream().noneMatch(f -> involving("20586元").test(f) && f.kind() == FindingKind.SHARE), altered.toString());
    }

    @Test
    void aCountedGroupsCompletionRateIsNotOfThePlanOfAll() {
        String text = "全市重点项目总投资914.9亿元，年度计划投资118亿元，项目完成投资22.37亿元，投资完成率19%，超序时进度2.3个百分点，"
                + "(1)16个续建项目完成投资20.94亿元，投资完成率21.6%，超序时进度4.9个百分点。\n";
        List<Finding> found = check("2021_自贡市_重点项目.txt", text);
        assertTrue(of(found, FindingKind.SHARE, Verdict.CONSISTENT).stream().anyMatch(f -> involving("19%").test(f)), found.toString());
        assertTrue(found.stream().noneMatch(f -> involving("21.6%").test(f) && f.verdict() == Verdict.INCONSISTENT), found.toString());
    }

    @Test
    void aShareOfTheBudgetNamedInlineAfterTheAmountsGrowth() {
        String text = "前三季度，全省地方公共财政收入424.8亿元，增长18.2%%，完成年度预算552.8亿元的%s%%。\n";
        List<Finding> found = check("2014_海南省_财政.txt", String.format(text, "76.8"));
        assertTrue(of(found, FindingKind.SHARE, Verdict.CONSISTENT).stream().anyMatch(f -> involving("76.8%").test(f)
                && involving("424.8亿元").test(f)), found.toString());
        List<Finding> altered = check("2014_海南省_财政.txt", String.format(text, "78.6"));
        assertTrue(of(altered, FindingKind.SHARE, Verdict.INCONSISTENT).stream().anyMatch(f -> involving("78.6%").test(f)), altered.toString());
    }

    @Test
    void aListOfPartsEndsAtAClauseOfWords() {
        String text = "农林牧渔业总产值87.82亿元，比上年增长4.1%%。其中，农业59.65亿元，林业1.46亿元，牧业%s亿元，渔业0.19亿元，其构成为67.9∶1.7∶30.2∶0.2。\n";
        List<Finding> found = check("2003_毕节地区_统计公报.txt", String.format(text, "26.52"));
        assertTrue(of(found, FindingKind.SUM, Verdict.CONSISTENT).stream().anyMatch(f -> involving("87.82亿元").test(f)
                && involving("0.19亿元").test(f)), found.toString());
        List<Finding> altered = check("2003_毕节地区_统计公报.txt", String.format(text, "28.52"));
        assertTrue(of(altered, FindingKind.SUM, Verdict.INCONSISTENT).stream().anyMatch(f -> involving("87.82亿元").test(f)), altered.toString());
    }
}
