package org.govfacts.check;

import static org.govfacts.check.Findings.involving;
import static org.govfacts.check.RealTextRoundTwentyEightTest.check;
import static org.govfacts.check.RealTextRoundTwentyEightTest.of;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Real-text wordings of the sixty-sixth blind round: a population bulletin whose sentences open on the whole (全市常住人口中),
 * a 其中 followed by its comma, a budget's total whose first addend stands in the sentence before, a population less a
 * part (不含高新区), a headline's bound of a level, a goal of the next year after this year's result, and a report that
 * names no place at all.
 */
class RealTextRoundFortySevenTest {
    private static final String POPULATION = "2019年阜阳市人口变动调查主要数据公报\n"
            + "2019年末，全市常住人口825.9万人，比上年增加5.2万人。\n二、城乡人口结构\n"
            + "全市常住人口中，居住在城镇的人口为368.52万人，占总人口的%s%%；居住在乡村的人口为457.38万人，占总人口的55.38%%。\n";

    @Test
    void aShareOfTheWholeTheSentenceOpensWithIsOfThatWholeStatedBefore() {
        List<Finding> found = check("2019_阜阳市_人口公报.txt", POPULATION.formatted("44.62"));
        assertTrue(of(found, FindingKind.SHARE, Verdict.CONSISTENT).stream().anyMatch(f -> involving("825.9万人").test(f)
                && involving("44.62%").test(f)), found.toString());
        // urban and rural residents make the resident population (check_identities.txt)
        assertTrue(of(found, FindingKind.SUM, Verdict.CONSISTENT).stream().anyMatch(f -> involving("368.52万人").test(f)
                && involving("457.38万人").test(f)), found.toString());
        List<Finding> altered = check("2019_阜阳市_人口公报.txt", POPULATION.formatted("45.62"));
        assertTrue(of(altered, FindingKind.SHARE, Verdict.INCONSISTENT).stream().anyMatch(involving("45.62%")), altered.toString());
    }

    private static final String PROJECTS = "2018年全市安排276个重点项目，其中，京津冀协同发展项目88个、公共服务提升项目%s个、"
            + "城市治理项目78个、高精尖项目53个。\n";

    @Test
    void aListAfterTheCommaOfItsCueSplitsTheTotal() {
        List<Finding> found = check("2018_北京市_重点工程.txt", PROJECTS.formatted("57"));
        assertTrue(of(found, FindingKind.SUM, Verdict.CONSISTENT).stream().anyMatch(involving("276个")), found.toString());
        List<Finding> altered = check("2018_北京市_重点工程.txt", PROJECTS.formatted("67"));
        assertTrue(of(altered, FindingKind.SUM, Verdict.INCONSISTENT).stream().anyMatch(involving("276个")), altered.toString());
    }

    private static final String REVENUE = "中方县2020年预算执行情况\n2020年，全县地方一般公共预算收入完成48535万元，为预算数的100.6%%。"
            + "上级转移支付收入181748万元，一般债券收入10200万元，动用预算稳定调节基金239万元，调入资金1777万元，收入总计%s万元。\n";

    @Test
    void aTotalsFirstAddendMayStandInTheSentenceBefore() {
        List<Finding> found = check("2020_中方县_预算.txt", REVENUE.formatted("242499"));
        assertTrue(found.stream().noneMatch(f -> f.verdict() == Verdict.INCONSISTENT), found.toString());
        assertTrue(of(found, FindingKind.SUM, Verdict.CONSISTENT).stream().anyMatch(f -> involving("48535万元").test(f)
                && involving("242499万元").test(f)), found.toString());
        // no level before makes 193964 + x = 252499: the list stands as found, and falls short
        List<Finding> altered = check("2020_中方县_预算.txt", REVENUE.formatted("252499"));
        assertTrue(of(altered, FindingKind.SUM, Verdict.INCONSISTENT).stream().anyMatch(involving("252499万元")), altered.toString());
    }

    private static final String LESS_A_PART = "谯城区2020年统计公报\n年末辖区户籍总人口171.5万人，比上年增加1.58万人，其中，"
            + "谯城区(不含高新区)户籍总人口为159.4万人，城镇人口32.46万人，乡村人口%s万人。\n";

    @Test
    void aWholeLessAPartIsNoPartOfTheWholeAndTheClausesAfterItSplitIt() {
        List<Finding> found = check("2020_谯城区_统计公报.txt", LESS_A_PART.formatted("126.95"));
        assertTrue(found.stream().noneMatch(f -> f.verdict() == Verdict.INCONSISTENT), found.toString());
        assertTrue(of(found, FindingKind.SUM, Verdict.CONSISTENT).stream().anyMatch(f -> involving("159.4万人").test(f)
                && involving("126.95万人").test(f)), found.toString());
        List<Finding> altered = check("2020_谯城区_统计公报.txt", LESS_A_PART.formatted("128.95"));
        assertTrue(of(altered, FindingKind.SUM, Verdict.INCONSISTENT).stream().anyMatch(involving("159.4万人")), altered.toString());
    }

    private static final String BOUND = "天津市2009年国民经济和社会发展统计公报\n2009年，全市人民积极应对国际金融危机。\n一、经济发展\n"
            + "全市生产总值超过7500亿元。据初步核算，全市生产总值完成%s亿元，比上年增长16.5%%。\n";

    @Test
    void aBoundJustUnderALevelRestatesItAndABulletinsSectionsAreOfItsYear() {
        List<Finding> found = check("tj_2009_bulletin.txt", BOUND.formatted("7500.80"));
        // the opening year (2009年，) dates the section under 一、经济发展, so the figures have a measure to be compared by
        assertTrue(of(found, FindingKind.DUPLICATE, Verdict.CONSISTENT).stream().anyMatch(f -> involving("超过7500亿元").test(f)
                && involving("7500.80亿元").test(f)), found.toString());
        // two bounds, or a bound far under the level, say different things
        List<Finding> far = check("tj_2009_bulletin.txt", BOUND.formatted("9500.80"));
        assertTrue(far.stream().noneMatch(involving("超过7500亿元").and(involving("9500.80亿元"))), far.toString());
    }

    private static final String NEXT_GOAL = "北京GDP增速\n2023年北京全市GDP增加5.2%，城镇调查失业率4.4%，北京2024年城镇调查失业率要控制在5%以内的目标。\n";

    @Test
    void aGoalThatNamesAnotherPeriodAfterAResultIsNotThatResultsGoal() {
        List<Finding> found = check("bj_2024_news.txt", NEXT_GOAL);
        assertTrue(found.stream().noneMatch(f -> f.kind() == FindingKind.TARGET && involving("4.4%").test(f)), found.toString());
        // the same words with no period of their own: the goal the result reached
        List<Finding> same = check("bj_2024_news.txt", NEXT_GOAL.replace("北京2024年城镇调查失业率要控制在", "实现了城镇调查失业率控制在"));
        assertTrue(same.stream().anyMatch(f -> f.kind() == FindingKind.TARGET && involving("4.4%").test(f)), same.toString());
    }

    private static final String UNNAMED = "2020年全县经济运行情况\n2020年，全县地区生产总值%s万元，比上年增加1200万元。"
            + "\n一是经济运行稳中有进。\n2020年，全县地区生产总值38652万元，全县共有规模以上工业企业86家。\n";

    @Test
    void aReportThatNamesNoPlaceIsOnePlaceWithinItselfAndNoneAcrossReports() {
        List<Finding> found = check("edu_2020.txt", UNNAMED.formatted("38652"));
        assertTrue(of(found, FindingKind.DUPLICATE, Verdict.CONSISTENT).stream().anyMatch(involving("38652万元")), found.toString());
        List<Finding> altered = check("edu_2020.txt", UNNAMED.formatted("38952"));
        assertTrue(of(altered, FindingKind.DUPLICATE, Verdict.INCONSISTENT).stream().anyMatch(f -> involving("38952万元").test(f)
                && f.message().contains("does not name")), altered.toString());
        // two reports that name no place are two places: never compared
        List<Finding> two = LEXICON.check(SharesOnTextTest.documents("a_2020.txt", UNNAMED.formatted("38652"),
                "b_2020.txt", UNNAMED.formatted("40000")));
        assertTrue(two.stream().noneMatch(involving("38652万元").and(involving("40000万元"))), two.toString());
    }

    private static final Checker LEXICON = new Checker(org.govfacts.lexicon.Lexicon.at(java.nio.file.Path.of("dictionaries")));
}
