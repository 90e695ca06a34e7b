package org.govfacts.check;

import static org.govfacts.check.Findings.involving;
import static org.govfacts.check.RealTextRoundTwentyEightTest.check;
import static org.govfacts.check.RealTextRoundTwentyEightTest.of;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.govfacts.compare.TargetRule;
import org.govfacts.fact.Qualifier;
import org.junit.jupiter.api.Test;

/**
 * Real-text wordings of the sixty-third blind round: a table of targets whose first column spans rows, a result given
 * as an estimate right at a target's edge, a milestone crossed before the total, a part of the city after 其中, how many
 * of a list reached a stage, a table written one cell a line with a lone bar between rows, an urban–rural gap (倍差)
 * over figures given respectively, a five-year review whose later changes take the years of its first, and a headline
 * that states a figure of the text in fewer words.
 */
class RealTextRoundFortyFourTest {
    private static final String TARGET_TABLE = "2021年国民经济和社会发展主要指标完成情况\n"
            + "表一:2021年国民经济与社会发展有关指标完成情况\n"
            + "属性 | 指标名称 | 人代会 目标 | 完成情况 | 全市排名 |\n"
            + "预期性 | 地区生产总值 | 8%左右 | 9.7 | 2 |\n"
            + "财政总收入 | 8%以上 | 16.2% | 2 |\n"
            + "固定资产投资 | 11% | %s | 2 |\n"
            + "民间投资 | 12% | 17.3% | 4 |\n";

    @Test
    void aTableWhoseFirstColumnSpansRowsIsReadRowByRow() {
        // only the first row writes 预期性: the rows after it stand one cell to the left
        List<Finding> found = check("2021_吴兴区_指标完成情况.txt", TARGET_TABLE.replace("%s", "25.6%"));
        List<Finding> met = of(found, FindingKind.TARGET, Verdict.MET);
        assertTrue(met.stream().anyMatch(involving("16.2%")), found.toString());
        assertTrue(met.stream().anyMatch(involving("25.6%")), found.toString());
        // a bare 9.7 under 完成情况, whose other rows are per cents, is 9.7%
        assertTrue(met.stream().anyMatch(involving("8%左右")), found.toString());
        List<Finding> altered = check("2021_吴兴区_指标完成情况.txt", TARGET_TABLE.replace("%s", "9.6%"));
        assertTrue(of(altered, FindingKind.TARGET, Verdict.MISSED).stream().anyMatch(involving("9.6%")), altered.toString());
    }

    @Test
    void anEstimateAboutATargetsEdgeCannotTell() {
        // 沈阳 2023: a target of 6%以上 and the year's estimate 6%左右
        TargetRule.Judgement j = TargetRule.judge(6, null, Qualifier.MORE_THAN, 0.5, 6, 0.5, Qualifier.ABOUT,
                TargetRule.Direction.HIGHER_IS_BETTER);
        assertEquals(TargetRule.Outcome.CANNOT_TELL, j.outcome(), j.reason());
        TargetRule.Judgement plain = TargetRule.judge(7, null, null, 0.5, 7, 0.5, Qualifier.ABOUT, TargetRule.Direction.HIGHER_IS_BETTER);
        assertEquals(TargetRule.Outcome.CANNOT_TELL, plain.outcome(), plain.reason());
        TargetRule.Judgement above = TargetRule.judge(6, null, Qualifier.MORE_THAN, 0.5, 6.5, 0.05, Qualifier.ABOUT,
                TargetRule.Direction.HIGHER_IS_BETTER);
        assertEquals(TargetRule.Outcome.MET, above.outcome(), above.reason());
        TargetRule.Judgement aboutBoth = TargetRule.judge(5.5, null, Qualifier.ABOUT, 0.05, 5.5, 0.05, Qualifier.ABOUT,
                TargetRule.Direction.HIGHER_IS_BETTER);
        assertEquals(TargetRule.Outcome.MET, aboutBoth.outcome(), aboutBoth.reason()); // 浙江 2024: 5.5%左右, reached 5.5%左右
        TargetRule.Judgement stated = TargetRule.judge(6, null, Qualifier.MORE_THAN, 0.5, 6, 0.5, null, TargetRule.Direction.HIGHER_IS_BETTER);
        assertEquals(TargetRule.Outcome.MET, stated.outcome(), stated.reason());
    }

    private static final String MILESTONE = "绍兴市2003年国民经济和社会发展统计公报\n"
            + "国民经济继续保持较快增长。据初步测算，绍兴市生产总值跃上1000亿元的新台阶，达1088.39亿元，按可比价计算，比上年增长15.0%。"
            + "其中第一产业增加值83.26亿元，增长4.0%；第二产业增加值%s亿元，增长17.1%；第三产业增加值360.73亿元，增长14.0%。"
            + "全市人均GDP达25094元。其中市区经济发展尤其迅速，GDP增速达18.1%。\n";

    @Test
    void aMilestoneCrossedIsNotTheTotalItsPartsAddTo() {
        List<Finding> found = check("2003_绍兴市_统计公报.txt", MILESTONE.replace("%s", "644.40"));
        assertTrue(of(found, FindingKind.SUM, Verdict.INCONSISTENT).isEmpty(), found.toString());
        assertTrue(of(found, FindingKind.SUM, Verdict.CONSISTENT).stream().anyMatch(f -> involving("1088.39亿元").test(f)
                && involving("83.26亿元").test(f)), found.toString());
        List<Finding> altered = check("2003_绍兴市_统计公报.txt", MILESTONE.replace("%s", "664.40"));
        assertTrue(of(altered, FindingKind.SUM, Verdict.INCONSISTENT).stream().anyMatch(f -> involving("1088.39亿元").test(f)
                && involving("664.40亿元").test(f)), altered.toString());
    }

    @Test
    void aPartOfTheCityAfterQizhongIsNotTheWholeStatedAgain() {
        List<Finding> found = check("2003_绍兴市_统计公报.txt", MILESTONE.replace("%s", "644.40"));
        assertTrue(of(found, FindingKind.DUPLICATE, Verdict.INCONSISTENT).stream().noneMatch(involving("18.1%")), found.toString());
    }

    private static final String STAGES = "山东省重点项目1-5月投资完成情况\n"
            + "截至5月底，120个省重点项目完成投资442.6亿元。其中100个重点建设项目，开工78个，完成投资405.8亿元，完成年度计划的45.5%；"
            + "%s个重点准备项目，开工6个，完成投资36.8亿元。\n";

    @Test
    void howManyOfAListReachedAStageIsNotAPartOfIt() {
        List<Finding> found = check("2019_山东省_重点项目.txt", STAGES.replace("%s", "20"));
        assertTrue(of(found, FindingKind.SUM, Verdict.INCONSISTENT).isEmpty(), found.toString());
        assertTrue(of(found, FindingKind.SUM, Verdict.CONSISTENT).stream().anyMatch(f -> involving("120个").test(f)
                && involving("100个").test(f)), found.toString());
        List<Finding> altered = check("2019_山东省_重点项目.txt", STAGES.replace("%s", "30"));
        assertTrue(of(altered, FindingKind.SUM, Verdict.INCONSISTENT).stream().anyMatch(f -> involving("120个").test(f)
                && involving("30个").test(f)), altered.toString());
    }

    private static final String CELLS = "磐石市2018年国民经济和社会发展统计公报\n"
            + "年末全市总人口506427人，比上年末减少3174人。\n"
            + "表1 2018年年末人口数及其构成\n"
            + "指标 |\n年末数(人) |\n比重(%) |\n|\n"
            + "全市总人口 |\n506427 |\n100.0 |\n|\n"
            + "其中:男性 |\n259078 |\n51.2 |\n|\n"
            + "女性 |\n%s |\n48.8 |\n"
            + "年末商品房待售面积11.1万平方米。\n";

    @Test
    void aTableOneCellALineWithALoneBarBetweenRowsIsATable() {
        List<Finding> found = check("2018_磐石市_统计公报.txt", CELLS.replace("%s", "247349"));
        assertTrue(found.stream().anyMatch(f -> f.verdict() == Verdict.CONSISTENT && involving("259078").test(f)), found.toString());
        assertTrue(found.stream().noneMatch(f -> f.verdict() == Verdict.INCONSISTENT), found.toString());
        List<Finding> altered = check("2018_磐石市_统计公报.txt", CELLS.replace("%s", "247849"));
        assertTrue(altered.stream().anyMatch(f -> f.verdict() == Verdict.INCONSISTENT && involving("247849").test(f)), altered.toString());
    }

    private static final String RESPECTIVE = "湖州市2022年政府工作报告\n"
            + "城镇、农村居民人均可支配收入分别达到71044元和%s元，增长4.5%和6.8%，城乡居民收入倍差缩小至1.61。\n";

    @Test
    void anUrbanRuralGapIsTheRespectiveFiguresRatio() {
        // 倍差 names the ratio, and 城镇、农村…分别 gives each figure its own scope
        List<Finding> found = check("2023_湖州市_政府工作报告.txt", RESPECTIVE.replace("%s", "44112"));
        assertTrue(of(found, FindingKind.SHARE, Verdict.CONSISTENT).stream().anyMatch(f -> involving("1.61").test(f)
                && involving("44112元").test(f)), found.toString());
        List<Finding> altered = check("2023_湖州市_政府工作报告.txt", RESPECTIVE.replace("%s", "41112"));
        assertTrue(of(altered, FindingKind.SHARE, Verdict.INCONSISTENT).stream().anyMatch(involving("41112元")), altered.toString());
    }

    private static final String REVIEW = "赶超发展的五年\n"
            + "地区生产总值从2011年的1520亿元增加到2016年的2243.1亿元，年均增长8.6%；\n"
            + "城镇居民人均可支配收入从28993元增加到%s元，年均增长9.6%；\n";

    @Test
    void aChangeListedUnderOneThatNamesItsYearsIsBetweenThem() {
        List<Finding> found = check("2017_湖州市_政府工作报告.txt", REVIEW.replace("%s", "45794"));
        assertTrue(of(found, FindingKind.GROWTH, Verdict.CONSISTENT).stream().anyMatch(f -> involving("45794元").test(f)
                && involving("9.6%").test(f)), found.toString());
        List<Finding> altered = check("2017_湖州市_政府工作报告.txt", REVIEW.replace("%s", "45294"));
        assertTrue(of(altered, FindingKind.GROWTH, Verdict.INCONSISTENT).stream().anyMatch(involving("45294元")), altered.toString());
    }

    private static final String HEADLINE = "黑龙江上半年民生支出%s亿元\n"
            + "2021-08-08 来源:中国改革报\n"
            + "今年上半年，一般公共预算支出完成2477.2亿元，增长0.4%。其中，全省财政民生支出2150.5亿元，占一般公共预算支出比重达86.8%。\n";

    @Test
    void aHeadlineStatesAFigureOfTheTextInFewerWords() {
        List<Finding> found = check("2021_黑龙江省_民生支出.txt", HEADLINE.replace("%s", "2150.5"));
        assertTrue(of(found, FindingKind.DUPLICATE, Verdict.CONSISTENT).stream().anyMatch(f -> f.facts().size() == 2
                && f.facts().stream().allMatch(x -> x.text().equals("2150.5亿元"))), found.toString());
        List<Finding> altered = check("2021_黑龙江省_民生支出.txt", HEADLINE.replace("%s", "2156.5"));
        assertTrue(of(altered, FindingKind.DUPLICATE, Verdict.INCONSISTENT).stream().anyMatch(f -> involving("2156.5亿元").test(f)
                && involving("2150.5亿元").test(f)), altered.toString());
    }
}
