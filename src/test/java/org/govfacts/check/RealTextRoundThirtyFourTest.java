package org.govfacts.check;

import static org.govfacts.check.Findings.involving;
import static org.govfacts.check.RealTextRoundTwentyEightTest.check;
import static org.govfacts.check.RealTextRoundTwentyEightTest.of;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Real-text wordings of the fifty-third blind round: a budget's running account (base, additions, deductions, total),
 * a health bulletin whose hospitals are split twice (by ownership, then by beds), water-use shares beside a 1980s
 * partition, and water bulletins' resources, whose parts overlap by definition.
 */
class RealTextRoundThirtyFourTest {
    private static final String ACCOUNT = "2025年一般公共预算收入633.8亿元，增长6.3%%，完成预算102.1%%。其中，税收收入515.4亿元，增长2%%。"
            + "加上级转移支付等收入116.3亿元，上年结余57.5亿元，一般债务18.3亿元，减调出资金等8亿元，减债务还本支出%s亿元，"
            + "预算总收入804.2亿元。\n";

    @Test
    void aRunningAccountAddsWhatItsClausesAddAndTakesAwayWhatTheyDeduct() {
        List<Finding> found = check("2025_滨海新区_预算执行报告.txt", String.format(ACCOUNT, "13.7"));
        assertTrue(of(found, FindingKind.SUM, Verdict.CONSISTENT).stream().anyMatch(f -> involving("633.8亿元").test(f)
                && involving("13.7亿元").test(f) && involving("804.2亿元").test(f) && f.message().contains("− 13.7")), found.toString());
        List<Finding> altered = check("2025_滨海新区_预算执行报告.txt", String.format(ACCOUNT, "19.7"));
        assertTrue(of(altered, FindingKind.SUM, Verdict.INCONSISTENT).stream().anyMatch(f -> involving("804.2亿元").test(f)
                && f.message().contains("加…")), altered.toString());
    }

    @Test
    void aShareOfTheBudgetDoneIsNoGoalOfTheGrowthBeforeIt() {
        List<Finding> found = check("2025_滨海新区_预算执行报告.txt", String.format(ACCOUNT, "13.7"));
        // 增长6.3%，完成预算102.1%: the second says how much of the budget the revenue is, not a goal of 102.1% growth
        assertTrue(found.stream().noneMatch(f -> f.kind() == FindingKind.TARGET && involving("6.3%").test(f)), found.toString());
        // 上年结余 names an item of this year's account: the figures after it keep the report's year
        List<org.govfacts.fact.Fact> total = found.stream().flatMap(f -> f.facts().stream()).filter(x -> x.text().equals("804.2亿元")).toList();
        assertTrue(!total.isEmpty() && total.stream().allMatch(x -> "2025".equals(x.periodNorm())), found.toString());
    }

    @Test
    void anAccountThatOpensItsOwnSentenceStartsFromTheLevelBeforeIt() {
        String text = "2024年一般公共预算收入完成47.98亿元，较上年增长13.4%%，其中：税收收入完成37.53亿元，非税收入完成10.45亿元。"
                + "加税收返还和转移支付22.18亿元、上年结余3.18亿元、调入资金%s亿元，扣除上解市级9.9亿元、一般债务还本14.4亿元。"
                + "2024年一般公共预算总收入完成52.72亿元。\n";
        List<Finding> found = check("2024_和平区_预算执行报告.txt", String.format(text, "3.68"));
        assertTrue(of(found, FindingKind.SUM, Verdict.CONSISTENT).stream().anyMatch(f -> involving("47.98亿元").test(f)
                && involving("52.72亿元").test(f) && !involving("37.53亿元").test(f)), found.toString());
        List<Finding> altered = check("2024_和平区_预算执行报告.txt", String.format(text, "3.98"));
        assertTrue(of(altered, FindingKind.SUM, Verdict.INCONSISTENT).stream().anyMatch(f -> involving("52.72亿元").test(f)), altered.toString());
    }

    @Test
    void aChangeInsideTheAccountLeavesItUnchecked() {
        String text = "一般公共预算收入50亿元。加上级补助收入20亿元，比上年增加3亿元，预算总收入71亿元。\n";
        List<Finding> found = check("2023_某县_预算执行报告.txt", text);
        assertTrue(found.stream().noneMatch(f -> involving("71亿元").test(f) && f.verdict() == Verdict.INCONSISTENT), found.toString());
    }

    @Test
    void twoSiblingGroupsBeforeAClassificationAreNotItsTotal() {
        String text = "医院中：公立医院458个，民营医院1483个。医院按床位数分：100张床位以下医院1150个，100～199张的医院323个，"
                + "200～499张的医院244个，500～799张的医院98个，800张及以上的医院126个。\n";
        List<Finding> found = check("2019_江苏省_卫生健康统计公报.txt", text);
        assertTrue(found.stream().noneMatch(f -> involving("1483个").test(f) && f.verdict() == Verdict.INCONSISTENT), found.toString());
    }

    @Test
    void waterUseSharesAreNoSplitOfTheGrossOutputOfIndustryAndAgriculture() {
        String text = "全省总用水量为216.96亿立方米。其中，农业用水占56.5%，工业用水占15.3%，生活用水占19.0%，人工生态环境补水占9.2%。\n";
        List<Finding> found = check("2022_山东省_水资源公报.txt", text);
        // 农业用水占 goes on with no measure of the 1980s split (总产值, 产值): two of the four sectors are no whole split
        assertTrue(found.stream().noneMatch(f -> f.message().startsWith("The shares of 工业, 农业")), found.toString());
        assertTrue(found.stream().noneMatch(f -> f.verdict() == Verdict.INCONSISTENT), found.toString());
    }

    private static final String RESOURCES = "2015年全市水资源总量为89409万m3，其中地表水资源量为28960万m3、地下水资源量为73410万m3，"
            + "两者重复计算量为%s万m3。\n2015年全市地下水资源量为73410万m3，其中平原区地下水资源量为31613万m3，山区地下水资源量为42885万m3。\n";

    @Test
    void waterResourcesAreSurfaceAndGroundWaterLessWhatTheyShare() {
        List<Finding> found = check("2015_淄博市_水资源公报.txt", String.format(RESOURCES, "12961"));
        assertTrue(of(found, FindingKind.SUM, Verdict.CONSISTENT).stream().anyMatch(f -> involving("89409万m3").test(f)
                && involving("12961万m3").test(f) && f.message().contains("− 12961")), found.toString());
        // the plains' and the hills' groundwater overlap by definition: more than their total is no misprint
        assertTrue(found.stream().noneMatch(f -> f.verdict() == Verdict.INCONSISTENT), found.toString());
        assertTrue(found.stream().anyMatch(f -> involving("42885万m3").test(f) && f.verdict() == Verdict.CANNOT_TELL
                && f.message().contains("overlap by definition")), found.toString());
        List<Finding> altered = check("2015_淄博市_水资源公报.txt", String.format(RESOURCES, "12691"));
        assertTrue(of(altered, FindingKind.SUM, Verdict.INCONSISTENT).stream().anyMatch(f -> involving("12691万m3").test(f)), altered.toString());
    }

    @Test
    void waterResourcesAreSurfaceWaterAndTheGroundwaterThatDoesNotOverlapIt() {
        String text = "2022年全省水资源总量为508.94亿立方米，其中地表水资源量为%s亿立方米、地下水资源量为225.38亿立方米、"
                + "地下水资源与地表水资源不重复量为117.86亿立方米。\n";
        List<Finding> found = check("2022_山东省_水资源公报.txt", String.format(text, "391.08"));
        assertTrue(of(found, FindingKind.SUM, Verdict.CONSISTENT).stream().anyMatch(f -> involving("508.94亿立方米").test(f)
                && involving("117.86亿立方米").test(f) && !involving("225.38亿立方米").test(f)), found.toString());
        // the list of all three after 其中 is read through the identity, not left as a list that may overlap
        assertTrue(found.stream().noneMatch(f -> f.verdict() == Verdict.CANNOT_TELL && involving("225.38亿立方米").test(f)), found.toString());
        List<Finding> altered = check("2022_山东省_水资源公报.txt", String.format(text, "397.08"));
        assertTrue(of(altered, FindingKind.SUM, Verdict.INCONSISTENT).stream().anyMatch(f -> involving("397.08亿立方米").test(f)), altered.toString());
    }
}
