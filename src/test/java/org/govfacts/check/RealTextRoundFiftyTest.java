package org.govfacts.check;

import static org.govfacts.check.Findings.involving;
import static org.govfacts.check.RealTextRoundTwentyEightTest.check;
import static org.govfacts.check.RealTextRoundTwentyEightTest.of;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Real-text wordings of the sixty-ninth blind round: a district's final accounts adding up to 收入总量, a grain total in
 * tenths split into whole parts, a revenue's parts followed by the year's spending, a sex split of 在总人口中, a share
 * that falls 从去年的… to its level, and a bound then the level 实现.
 */
class RealTextRoundFiftyTest {
    private static final String ACCOUNT = "杨浦区2020年决算报告\n2020年，全区一般公共预算收入1284499万元，增长1%%。加上市级财政税收返还和补助收入"
            + "989641万元(含特殊转移支付60000万元)，上年结转收入、调入资金等332765万元，以及地方政府一般债务转贷收入242000万元，"
            + "收入总量为%s万元。\n";

    @Test
    void aDistrictsAccountAddsUpToItsTotalAmount() {
        List<Finding> found = check("2021_杨浦区_决算报告.txt", ACCOUNT.formatted("2848905"));
        assertTrue(of(found, FindingKind.SUM, Verdict.CONSISTENT).stream().anyMatch(involving("2848905万元")), found.toString());
        List<Finding> altered = check("2021_杨浦区_决算报告.txt", ACCOUNT.formatted("2848605"));
        assertTrue(of(altered, FindingKind.SUM, Verdict.INCONSISTENT).stream().anyMatch(involving("2848605万元")), altered.toString());
    }

    private static final String GRAIN = "吉林省粮食生产情况\n据国家统计局公布，吉林省粮食总产668.6亿斤。其中玉米%s亿斤，稻谷124亿斤，大豆10亿斤，其它23亿斤。\n";

    @Test
    void wholePartsAreRoundedToWholeThoughTheirTotalHasTenths() {
        // 512 + 124 + 10 + 23 = 669: each part rounded to a whole 亿斤 may be half of one off
        List<Finding> found = check("2013_吉林省_粮食.txt", GRAIN.formatted("512"));
        assertTrue(found.stream().noneMatch(f -> f.verdict() == Verdict.INCONSISTENT), found.toString());
        assertTrue(of(found, FindingKind.SUM, Verdict.CONSISTENT).stream().anyMatch(involving("668.6亿斤")), found.toString());
        List<Finding> altered = check("2013_吉林省_粮食.txt", GRAIN.formatted("532"));
        assertTrue(of(altered, FindingKind.SUM, Verdict.INCONSISTENT).stream().anyMatch(involving("532亿斤")), altered.toString());
    }

    @Test
    void aClauseOpeningOnTheYearEndsTheListOfParts() {
        String text = "满洲里市2022年国民经济和社会发展统计公报\n全市一般公共预算收入完成10.6亿元，下降7.5%，其中：税收收入完成7.9亿元，"
                + "增长8.4%；全年一般公共预算支出48.8亿元，增长25.3%。\n";
        List<Finding> found = check("2023_满洲里市_统计公报.txt", text);
        assertTrue(found.stream().noneMatch(f -> f.verdict() == Verdict.INCONSISTENT && involving("48.8亿元").test(f)), found.toString());
    }

    private static final String SEXES = "牙克石市2013年国民经济和社会发展统计公报\n2013年，全市总人口350775人。其中：农业人口10691人，"
            + "非农业人口340084人。在总人口中，少数民族39427人。其中：蒙古族17910人，其他少数民族21517人。"
            + "在总人口中，男性%s人，女性174062人。\n";

    @Test
    void aSplitOpenedByInTheTotalPopulationIsOfThatTotal() {
        List<Finding> found = check("2014_牙克石市_统计公报.txt", SEXES.formatted("176713"));
        assertTrue(of(found, FindingKind.SUM, Verdict.CONSISTENT).stream().anyMatch(f -> involving("176713人").test(f)
                && involving("350775人").test(f)), found.toString());
        assertTrue(found.stream().noneMatch(f -> involving("176713人").test(f) && involving("39427人").test(f)), found.toString());
        List<Finding> altered = check("2014_牙克石市_统计公报.txt", SEXES.formatted("175713"));
        assertTrue(of(altered, FindingKind.SUM, Verdict.INCONSISTENT).stream().anyMatch(involving("175713人")), altered.toString());
    }

    private static final String FALLING_SHARE = "上海市2012年上半年经济运行情况\n上半年全市生产总值9552.24亿元。第三产业增加值5765.7亿元，"
            + "增长10.3%%。上半年房地产业增加值421.25亿元，下降1.6%%，占三产比重从去年的9.2%%下降到%s%%。\n";

    @Test
    void aShareFallingFromLastYearsIsCheckedAtTheLevelItFallsTo() {
        List<Finding> found = check("2012_上海市_经济运行.txt", FALLING_SHARE.formatted("7.3"));
        assertTrue(of(found, FindingKind.SHARE, Verdict.CONSISTENT).stream().anyMatch(involving("7.3%")), found.toString());
        List<Finding> altered = check("2012_上海市_经济运行.txt", FALLING_SHARE.formatted("7.8"));
        assertTrue(of(altered, FindingKind.SHARE, Verdict.INCONSISTENT).stream().anyMatch(involving("7.8%")), altered.toString());
    }

    private static final String PASSED = "嵊州市2017年财政工作总结\n2017年，全市财政总收入突破60亿元，实现%s亿元，增长12.1%%。\n";

    @Test
    void aBoundPassedThenTheLevelAchievedMustAgree() {
        List<Finding> found = check("2018_嵊州市_财政总结.txt", PASSED.formatted("60.28"));
        assertTrue(of(found, FindingKind.DUPLICATE, Verdict.CONSISTENT).stream().anyMatch(involving("60.28亿元")), found.toString());
        List<Finding> altered = check("2018_嵊州市_财政总结.txt", PASSED.formatted("59.28"));
        assertTrue(of(altered, FindingKind.DUPLICATE, Verdict.INCONSISTENT).stream().anyMatch(f -> involving("59.28亿元").test(f)
                && f.message().contains("实现")), altered.toString());
    }

    private static final String BALANCED = "杨浦区2021年决算报告\n2021年，全区一般公共预算收入1430068万元。加上市级补助收入1027328万元，"
            + "收入总量为2457396万元。全区一般公共预算支出2058028万元。加上上解市级财政支出399368万元，支出总量为%s万元。"
            + "全区一般公共预算收支执行平衡。\n";

    @Test
    void anAccountSaidToBalanceHasEqualTotals() {
        List<Finding> found = check("2022_杨浦区_决算报告.txt", BALANCED.formatted("2457396"));
        assertTrue(of(found, FindingKind.SUM, Verdict.CONSISTENT).stream().anyMatch(f -> f.message().contains("收支执行平衡")), found.toString());
        List<Finding> altered = check("2022_杨浦区_决算报告.txt", BALANCED.formatted("2457896"));
        assertTrue(of(altered, FindingKind.SUM, Verdict.INCONSISTENT).stream().anyMatch(f -> f.message().contains("收支执行平衡")
                && involving("2457896万元").test(f)), altered.toString());
        // 收支平衡，略有结余: a small surplus, so the totals may differ
        List<Finding> surplus = check("2022_杨浦区_决算报告.txt", BALANCED.formatted("2457296").replace("收支执行平衡。", "收支平衡，略有结余。"));
        assertTrue(surplus.stream().noneMatch(f -> f.message().contains("收支平衡")), surplus.toString());
    }
}
