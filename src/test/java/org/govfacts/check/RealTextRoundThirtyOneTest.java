package org.govfacts.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.govfacts.check.Findings.involving;
import static org.govfacts.check.RealTextRoundTwentyEightTest.check;
import static org.govfacts.check.RealTextRoundTwentyEightTest.of;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Real-text wordings of the fiftieth blind round: results stated as a share of their own plan (final accounts, a
 * city's livestock tasks), a county's half-year release that gives each part's pull before its contribution and
 * names itself only by its short name, and a 1957 plan whose increase on last year is no result of its level.
 */
class RealTextRoundThirtyOneTest {
    private static final String ACCOUNTS = "2018年，全区一般公共预算收入完成214304万元，为预算的101.7%。其中：税收收入140915万元，为预算的100.3%；"
            + "非税收入73389万元，为预算的96.4%。一般公共预算支出完成688186万元，为预算的103.5%。政府性基金支出70734万元，为预算的92.6%。\n";

    @Test
    void aResultStatedAsAShareOfItsOwnPlanMeetsOrMissesIt() {
        List<Finding> found = check("2018_黔江区_决算.txt", ACCOUNTS);
        List<Finding> met = of(found, FindingKind.TARGET, Verdict.MET);
        List<Finding> missed = of(found, FindingKind.TARGET, Verdict.MISSED);
        assertTrue(met.stream().anyMatch(f -> involving("214304万元").test(f) && involving("101.7%").test(f)), found.toString());
        assertTrue(met.stream().anyMatch(f -> involving("140915万元").test(f) && involving("100.3%").test(f)), found.toString());
        assertTrue(missed.stream().anyMatch(f -> involving("73389万元").test(f) && involving("96.4%").test(f)), found.toString());
        // spending past its budget has gone over a ceiling: neither met nor missed; spending short of it did not carry it out
        assertTrue(of(found, FindingKind.TARGET, Verdict.CANNOT_TELL).stream().anyMatch(f -> involving("103.5%").test(f)), found.toString());
        assertTrue(met.stream().noneMatch(f -> involving("103.5%").test(f)), found.toString());
        assertTrue(missed.stream().anyMatch(f -> involving("92.6%").test(f)), found.toString());
    }

    private static final String PROGRESS = "截至10月底，全县一般公共预算收入完成8.6亿元，完成年度预算的86.2%。\n";

    @Test
    void aShareOfThePlanUnder100PercentWhileTheYearRunsIsProgressNotAMiss() {
        List<Finding> found = check("2023_某县_财政收支.txt", PROGRESS);
        assertTrue(of(found, FindingKind.TARGET, Verdict.MISSED).isEmpty(), found.toString());
    }

    private static final String HALF_YEAR = "上半年，缙云全县上下深入学习贯彻上级决策部署，全县经济运行延续向好态势。\n"
            + "据初步核算，2023年上半年全县实现生产总值145.17亿元，按可比价格计算，同比增长6.4%。\n"
            + "第二产业拉动全县GDP增长1.94个百分点，贡献度为30.5%。\n"
            + "服务业拉动全县GDP增长4.26个百分点，贡献度为66.8%。\n";

    @Test
    void aPullBeforeItsContributionIsCheckedInAReportThatNamesItsCountyByItsShortName() {
        List<Finding> found = check("jy_2023h1.txt", HALF_YEAR);
        List<Finding> consistent = of(found, FindingKind.GROWTH, Verdict.CONSISTENT).stream()
                .filter(f -> involving("1.94个百分点").test(f) || involving("4.26个百分点").test(f)).toList();
        assertEquals(2, consistent.size(), found.toString());
        List<Finding> altered = check("jy_2023h1.txt", HALF_YEAR.replace("66.8%", "68.8%"));
        assertEquals(1, of(altered, FindingKind.GROWTH, Verdict.INCONSISTENT).size(), altered.toString());
    }

    private static final String PLAN_1957 = "广东省一九五七年农业生产计划。\n在发展畜牧业生产中，要求全省养猪累计达到一千五百万头，比去年增加三百万头。\n";

    @Test
    void anIncreaseOnLastYearIsNoResultOfTheLevelItsPlanSets() {
        List<Finding> found = check("gd_1957.txt", PLAN_1957);
        assertTrue(found.stream().noneMatch(f -> f.kind() == FindingKind.TARGET), found.toString());
    }

    private static final String TWO_SCOPES = "2021年一季度，全省100个县区(含41个县和县级市、59个区，下同)一般公共预算收入完成503.7亿元，比上年同期增加85.8亿元，增长20.6%。\n"
            + "在41个县收支完成情况上，一般公共预算收入完成151亿元，同比增加21亿元，增长16.2%。\n"
            + "在59个区收支完成情况上，一般公共预算收入完成352.7亿元，同比增加64.8亿元，增长22.5%。其中：税收收入完成299.5亿元，增长15%，"
            + "占一般公共预算收入的84.9%；非税收入完成53.2亿元，增长64.6%，占一般公共预算收入的15.1%。\n";

    @Test
    void aShareIsOfTheBaseItsPassageNamesNotOfAFigureOfThatNameElsewhere() {
        List<Finding> found = check("2021_辽宁省_财政收支.txt", TWO_SCOPES);
        assertTrue(of(found, FindingKind.SHARE, Verdict.INCONSISTENT).isEmpty(), found.toString());
    }

    private static final String ROADS = "截至2016年末全国公路总里程469.63万km，比2015年增加11.90万km。公路养护里程459.00万km，占公路总里程的97.7%。\n"
            + "截至2016年末全国四级及以上等级公路里程422.65万km，比2015年增加18.03万km，占公路总里程的90.0%，提高0.6个百分点。\n";

    @Test
    void twoSharesOfOneBaseWhosePartsAreNotNamedAreNotOneFigure() {
        List<Finding> found = check("2016_交通运输部_公报.txt", ROADS);
        assertTrue(found.stream().noneMatch(f -> f.kind() == FindingKind.DUPLICATE && f.verdict() == Verdict.INCONSISTENT), found.toString());
    }

    private static final String FARM = "全年实现农林牧渔及服务业现价总产值126.39亿元，比上年增长4.04%；农林牧渔及服务业现价增加值77.49亿元，比上年增长-0.35%。"
            + "农林牧渔及服务业现价总产值中：农业产值45.88亿元，增长2.4%；林业产值1.56亿元，增长16.4%；牧业产值38.69亿元，增4.0%；"
            + "渔业产值33.88亿元，增长4.7%；农林牧渔服务业产值6.38亿元，增长9.8%。\n";

    @Test
    void aSentenceOpeningOnTheTotalsNameAndZhongListsItsParts() {
        List<Finding> found = check("2023_进贤县_统计公报.txt", FARM);
        assertTrue(of(found, FindingKind.SUM, Verdict.CONSISTENT).stream().anyMatch(f -> involving("126.39亿元").test(f) && involving("6.38亿元").test(f)),
                found.toString());
        List<Finding> altered = check("2023_进贤县_统计公报.txt", FARM.replace("33.88亿元", "35.88亿元"));
        assertTrue(of(altered, FindingKind.SUM, Verdict.INCONSISTENT).stream().anyMatch(f -> involving("126.39亿元").test(f)), altered.toString());
    }
}

