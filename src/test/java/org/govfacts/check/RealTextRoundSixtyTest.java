package org.govfacts.check;

import static org.govfacts.check.Findings.involving;
import static org.govfacts.check.RealTextRoundTwentyEightTest.check;
import static org.govfacts.check.RealTextRoundTwentyEightTest.of;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Real-text wordings of the seventy-ninth blind round: shares listed for parts named before 占 (重工业、轻工业产值占…的比重分别为)
 * against the parts' levels stated sentences before; stock by forest origin
 * (天然林, 人工林); two splits of one paragraph; a total opening its parts' sentence without a mark (市本级总收入中一般…); clauses
 * after 其中 far above their total that no slip of one digit mends.
 */
class RealTextRoundSixtyTest {

    private static final String INDUSTRY = "1997年哈尔滨市国民经济和社会发展统计公报\n1997年，全市完成工业总产值(1990年不变价，包括村及村以下)"
            + "5 324 858万元，比上年增长15.1%%。其中轻工业完成2 414 046万元，比上年增长18.5%%；重工业完成2 910 812万元，比上年增长12.4%%。"
            + "重工业、轻工业产值占全市工业总产值的比重分别为%s%%和45.3%%。\n";

    @Test
    void sharesListedForPartsNamedBeforeTheirVerbAreOfThePartsStatedBefore() {
        List<Finding> found = check("1997_哈尔滨_统计公报.txt", INDUSTRY.formatted("54.7"));
        assertTrue(of(found, FindingKind.SHARE, Verdict.CONSISTENT).stream()
                .anyMatch(f -> involving("54.7%").test(f) && involving("2 910 812万元").test(f)), found.toString());
        assertTrue(found.stream().noneMatch(f -> f.verdict() == Verdict.INCONSISTENT), found.toString());
        List<Finding> altered = check("1997_哈尔滨_统计公报.txt", INDUSTRY.formatted("57.4"));
        assertTrue(of(altered, FindingKind.SHARE, Verdict.INCONSISTENT).stream()
                .anyMatch(f -> involving("57.4%").test(f) && involving("2 910 812万元").test(f)), altered.toString());
        // the shares' sum is off too: 45.3% + 57.4%
        assertTrue(of(altered, FindingKind.SUM, Verdict.INCONSISTENT).stream().anyMatch(involving("57.4%")), altered.toString());
    }

    @Test
    void forestStockSplitsByOriginTheAreaNeedNot() {
        String text = "2015年森林资源\n黑龙江省森林面积1990万公顷，森林覆盖率43.78%%。活立木总蓄积199999万立方米，森林蓄积%s万立方米，"
                + "增加20217万立方米。天然林面积1747万公顷，天然林蓄积164338万立方米；人工林面积200万公顷，人工林蓄积20366万立方米。\n";
        List<Finding> found = check("2015_黑龙江_森林资源.txt", text.formatted("184704"));
        assertTrue(of(found, FindingKind.SUM, Verdict.CONSISTENT).stream().anyMatch(involving("184704万立方米")), found.toString());
        // the area's whole may also hold shrubland the two leave out: 1747 + 200 short of 1990 is no error
        assertTrue(found.stream().noneMatch(f -> f.verdict() == Verdict.INCONSISTENT), found.toString());
        List<Finding> altered = check("2015_黑龙江_森林资源.txt", text.formatted("185704"));
        assertTrue(of(altered, FindingKind.SUM, Verdict.INCONSISTENT).stream().anyMatch(involving("185704万立方米")), altered.toString());
    }

    @Test
    void aParagraphMayHoldEachPartsShareAndAListUnderAllPartsName() {
        String text = "2017年梧州市统计公报\n全年全市实现地区生产总值1338.1亿元，比上年增长6.7%%。其中，第一产业增加值136.4亿元；第二产业增加值785.7亿元；"
                + "第三产业增加值416.0亿元。第一产业增加值占地区生产总值的比重为10.2%%，第二产业增加值比重为58.7%%，第三产业增加值比重为31.1%%。"
                + "三次产业对经济增长的贡献率分别为7.2%%、45.1%%和%s%%。\n";
        List<Finding> found = check("2017_梧州_统计公报.txt", text.formatted("47.7"));
        assertTrue(of(found, FindingKind.SUM, Verdict.CONSISTENT).stream().anyMatch(involving("47.7%")), found.toString());
        List<Finding> altered = check("2017_梧州_统计公报.txt", text.formatted("49.7"));
        assertTrue(of(altered, FindingKind.SUM, Verdict.INCONSISTENT).stream().anyMatch(involving("49.7%")), altered.toString());
    }

    @Test
    void aTotalOpeningItsPartsSentenceWithoutAMarkIsTheTotalStatedBefore() {
        String text = "2015年广州市预算执行情况\n2015年广州市本级总收入1458.1亿元。市本级总收入中一般公共预算收入609.7亿元；"
                + "政府性基金预算收入729.4亿元；国有资本经营预算收入%s亿元；财政专户管理资金收入27.5亿元。\n";
        List<Finding> found = check("2015_广州_预算.txt", text.formatted("91.5"));
        assertTrue(of(found, FindingKind.SUM, Verdict.CONSISTENT).stream().anyMatch(involving("1458.1亿元")), found.toString());
        List<Finding> altered = check("2015_广州_预算.txt", text.formatted("94.5"));
        assertTrue(of(altered, FindingKind.SUM, Verdict.INCONSISTENT).stream().anyMatch(involving("1458.1亿元")), altered.toString());
    }

    @Test
    void clausesFarAboveTheirTotalThatNoSlipOfOneDigitMendsAreNoError() {
        // 200.64 + 192.92 + 80.58 against 314.1: key projects, industry and value added overlap or measure something else
        String text = "2021年市政府工作报告解读\n过去一年全市经济发展稳中有进。全社会固定资产投资额314.1亿元，增长30.8%，其中全市83个重点项目累计完成投资"
                + "200.64亿元，超额完成年度计划；工业投资额192.92亿元，增长41.62%；规模以上工业增加值80.58亿元，增长33.8%。\n";
        List<Finding> found = check("2021_陆丰_报告解读.txt", text);
        assertTrue(found.stream().noneMatch(f -> f.verdict() == Verdict.INCONSISTENT && involving("314.1亿元").test(f)), found.toString());
    }
}
