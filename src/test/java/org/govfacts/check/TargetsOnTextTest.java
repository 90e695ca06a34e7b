package org.govfacts.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.govfacts.lexicon.Lexicon;
import org.junit.jupiter.api.Test;

/**
 * A year's target in its report against the result in the next year's report, through the real
 * pipeline on short texts written for the test (dated by their file names): a target said with the
 * verb of a ceiling (涨幅控制在) and a result said with that of a rise (上涨) are one indicator, and an
 * indicator of indicator-synonyms.tsv is not taken for a subset of the figure before it in its sentence.
 */
class TargetsOnTextTest {
    private static final Lexicon LEXICON = Lexicon.at(Path.of("dictionaries"));
    /** The checker as the command builds it: lower-is-better.txt known (居民消费价格 is a ceiling). */
    private static final Checker CHECKER = new Checker(LEXICON);

    private static List<Finding> check(String... namesAndTexts) {
        return CHECKER.check(SharesOnTextTest.documents(namesAndTexts));
    }

    private static final String PLAN = "2012年经济社会发展的主要预期目标是：全省生产总值增长9%左右，单位生产总值能耗下降3.5%；"
            + "居民消费价格总水平涨幅控制在4%左右；城镇登记失业率控制在4%以内。";

    private static List<Finding> targets(String result) {
        return check("2012_湖北省_政府工作报告.txt", PLAN, "2013_湖北省_政府工作报告.txt", result).stream()
                .filter(f -> f.kind() == FindingKind.TARGET && f.facts().stream().anyMatch(x -> x.text().equals("4%左右"))).toList();
    }

    @Test
    void aRankWithoutANumberIsNoTargetOrResultAndBreaksNothing() {
        // 力争保持中部第一 and 居中部第一 are rankings without a value: the checker passes them by instead of failing the run
        List<Finding> found = check("2018_江西省_政府工作报告.txt", "今年主要预期目标是：全省生产总值增长8%左右，经济总量力争保持中部第一。",
                "2019_江西省_政府工作报告.txt", "过去一年，全省生产总值增长8.1%，经济总量居中部第一。").stream()
                .filter(f -> f.kind() == FindingKind.TARGET).toList();
        assertTrue(found.stream().allMatch(f -> f.facts().stream().allMatch(x -> x.value() != null)), found.toString());
        assertTrue(found.stream().anyMatch(f -> f.verdict() == Verdict.MET), found.toString());
    }

    @Test
    void aCeilingOnPricesIsMetByALowerRise() {
        List<Finding> found = targets("过去一年，全省生产总值增长11.3%；居民消费价格总水平上涨2.9%。");
        assertEquals(1, found.size(), found.toString());
        assertEquals(Verdict.MET, found.get(0).verdict(), found.get(0).message());
    }

    @Test
    void aCeilingOnPricesIsMissedByAHigherRise() {
        List<Finding> found = targets("过去一年，全省生产总值增长11.3%；居民消费价格总水平上涨4.9%。");
        assertEquals(1, found.size(), found.toString());
        assertEquals(Verdict.MISSED, found.get(0).verdict(), found.get(0).message());
    }

    @Test
    void anotherIndicatorsRiseIsNoResultOfThePriceTarget() {
        assertTrue(targets("过去一年，全省生产总值增长11.3%；工业品出厂价格上涨2.9%。").isEmpty());
    }

    @Test
    void aYearsMeanOfAMonthlyRateIsTheResultOfItsTarget() {
        // 控制在 is what the target does and 平均值 how a monthly rate makes a year's: one indicator
        List<Finding> found = check("2022_国务院_政府工作报告.txt", "今年发展主要预期目标是：城镇新增就业1100万人以上，城镇调查失业率全年控制在5.5%以内。",
                "2022_国家统计局_统计公报.txt", "国家统计局发布。全年全国城镇调查失业率平均值为5.6%。").stream()
                .filter(f -> f.kind() == FindingKind.TARGET).toList();
        assertEquals(1, found.size(), found.toString());
        assertEquals(Verdict.MISSED, found.get(0).verdict(), found.get(0).message());
    }

    @Test
    void aGoalNamedAfterTheResultIsItsTarget() {
        // 低于5.5%左右的预期目标: the goal is of the rate before it, not of 低于
        List<Finding> found = check("2024_国家统计局_统计公报新闻.txt",
                "国家统计局发布。2023年，全国城镇调查失业率均值为5.2%，比上年下降0.4个百分点，低于5.5%左右的预期目标。").stream()
                .filter(f -> f.kind() == FindingKind.TARGET).toList();
        assertEquals(1, found.size(), found.toString());
        assertEquals(Verdict.MET, found.get(0).verdict(), found.get(0).message());
    }

    @Test
    void aControlTargetNamedAfterTheResultIsACeilingMissedByIt() {
        // 消费者价格指数 is 居民消费价格 by another name: lower is better, so 4.8% against 3% is missed
        List<Finding> found = check("2008_全国_物价新闻.txt",
                "国家统计局透露，2007年消费者价格指数较上年增长4.8%，远超出年初设定的全年增长3%的调控目标。").stream()
                .filter(f -> f.kind() == FindingKind.TARGET).toList();
        assertEquals(1, found.size(), found.toString());
        assertEquals(Verdict.MISSED, found.get(0).verdict(), found.get(0).message());
    }

    @Test
    void anEstimateSaidWithACompletionVerbIsTheResultOfTheTarget() {
        // 预计完成地区生产总值…增长10% is the 地区生产总值 of the target; 完成投资 of a plan keeps its verb
        List<Finding> found = check("2014_长沙市_市长见面会新闻.txt", "长沙市已确定2014年发展目标：地区生产总值增长11.5%。",
                "2015_长沙市_人代会开幕新闻.txt", "胡衡华说，2014年全市经济社会持续健康发展，预计完成地区生产总值7810亿元，增长10%。").stream()
                .filter(f -> f.kind() == FindingKind.TARGET).toList();
        assertEquals(1, found.size(), found.toString());
        assertEquals(Verdict.MISSED, found.get(0).verdict(), found.get(0).message());
    }

    @Test
    void aCeilingNamedRightBeforeItsFigureAfterTheResultIsJudged() {
        String text = "过去一年，城镇登记失业率3.52%，控制在预期4.2%以内；居民消费价格涨幅1.1%，控制在预期3%以内。";
        List<Finding> found = check("2017_山西省_政府工作报告.txt", text).stream().filter(f -> f.kind() == FindingKind.TARGET).toList();
        assertEquals(2, found.size(), found.toString());
        assertTrue(found.stream().allMatch(f -> f.verdict() == Verdict.MET), found.toString());
        List<Finding> altered = check("2017_山西省_政府工作报告.txt", text.replace("3.52%", "4.52%")).stream()
                .filter(f -> f.kind() == FindingKind.TARGET && f.verdict() == Verdict.MISSED).toList();
        assertEquals(1, altered.size(), altered.toString());
    }

    @Test
    void aGoalRestatedAfterAResultInItsOwnSentenceIsJudgedWhateverItsIndicator() {
        // the growth's subject is in the sentence before: neither figure has an indicator, the sentence pairs them
        String text = "初步核算，2018年国内生产总值900309亿元。按可比价格计算，比上年增长6.6%，实现了6.5%左右的预期发展目标。";
        List<Finding> found = check("2019_国家统计局_新闻.txt", text).stream().filter(f -> f.kind() == FindingKind.TARGET).toList();
        assertEquals(1, found.size(), found.toString());
        assertEquals(Verdict.MET, found.get(0).verdict(), found.get(0).message());
        List<Finding> shortOfIt = check("2019_国家统计局_新闻.txt", text.replace("增长6.6%", "增长6.1%")).stream()
                .filter(f -> f.kind() == FindingKind.TARGET).toList();
        assertEquals(1, shortOfIt.size(), shortOfIt.toString());
        assertEquals(Verdict.MISSED, shortOfIt.get(0).verdict(), shortOfIt.get(0).message());
        // the result is the nearest figure in the goal's unit, past a change between them
        List<Finding> early = check("2008_某省_政府工作报告.txt", "人均生产总值超过1.5万元，比2002年增加8000元以上，提前两年实现了11950元的预期目标。")
                .stream().filter(f -> f.kind() == FindingKind.TARGET).toList();
        assertEquals(1, early.size(), early.toString());
        assertEquals(Verdict.MET, early.get(0).verdict(), early.get(0).message());
        assertTrue(early.get(0).facts().stream().anyMatch(x -> x.text().equals("超过1.5万元")), early.toString());
        // a figure of another unit before the goal is no result of it; nor is a goal that no verb of reaching introduces
        assertTrue(check("2019_国家统计局_新闻.txt", "全年新增就业1361万人，实现了6.5%左右的预期发展目标。").stream()
                .noneMatch(f -> f.kind() == FindingKind.TARGET), "unit");
        assertTrue(check("2019_国家统计局_新闻.txt", "按可比价格计算，比上年增长6.6%，提出6.5%左右的预期发展目标。").stream()
                .noneMatch(f -> f.kind() == FindingKind.TARGET), "verb");
    }

    @Test
    void aResultsGapToItsGoalSaysWhetherTheGoalWasReached() {
        String text = "2011年，鲤城区生产总值完成120亿元，增长13.5%，高于预期目标0.5个百分点；第三产业增加值增长8%，低于预期目标5.5个百分点；"
                + "居民消费价格上涨3.2%，低于调控目标0.8个百分点。";
        List<Finding> found = check("2012_鲤城区_政府工作报告.txt", text).stream().filter(f -> f.kind() == FindingKind.TARGET).toList();
        assertEquals(3, found.size(), found.toString());
        assertEquals(Verdict.MET, found.stream().filter(f -> f.facts().get(0).text().equals("13.5%")).findFirst().orElseThrow().verdict());
        assertEquals(Verdict.MISSED, found.stream().filter(f -> f.facts().get(0).text().equals("8%")).findFirst().orElseThrow().verdict());
        // prices: lower is better, so a rise below the ceiling meets it
        assertEquals(Verdict.MET, found.stream().filter(f -> f.facts().get(0).text().equals("3.2%")).findFirst().orElseThrow().verdict());
        // a gap to another benchmark is no goal
        assertTrue(check("2012_鲤城区_政府工作报告.txt", "2011年，鲤城区生产总值增长13.5%，高于全省平均水平0.5个百分点。").stream()
                .noneMatch(f -> f.kind() == FindingKind.TARGET), "benchmark");
    }

    @Test
    void aGapToThePlanOnEitherSideIsAGapToTheGoal() {
        // 差计划目标3.1个百分点 reads as a change, not as a gap to a benchmark; the words before it still name the plan
        String text = "2022年，全县实现地区生产总值126亿元，同比增长6.9%，差计划目标3.1个百分点；固定资产投资增长18.7%，超计划目标6.7个百分点。";
        List<Finding> found = check("2023_元江县_政府工作报告.txt", text).stream().filter(f -> f.kind() == FindingKind.TARGET).toList();
        assertEquals(Verdict.MISSED, found.stream().filter(f -> f.facts().get(0).text().equals("6.9%")).findFirst().orElseThrow().verdict(),
                found.toString());
        assertEquals(Verdict.MET, found.stream().filter(f -> f.facts().get(0).text().equals("18.7%")).findFirst().orElseThrow().verdict(),
                found.toString());
    }

    @Test
    void aBudgetStatedRightAfterItsOutturnIsItsGoal() {
        String text = "2022年，一般公共预算收入19617万元，完成调整预算数17740万元的110.58%。";
        List<Finding> found = check("2023_融水县_财政决算.txt", text).stream().filter(f -> f.kind() == FindingKind.TARGET).toList();
        assertEquals(1, found.size(), found.toString());
        assertEquals(Verdict.MET, found.get(0).verdict());
        List<Finding> shortOfIt = check("2023_融水县_财政决算.txt", text.replace("19617万元", "16617万元").replace("110.58%", "93.67%"))
                .stream().filter(f -> f.kind() == FindingKind.TARGET).toList();
        assertEquals(Verdict.MISSED, shortOfIt.get(0).verdict(), shortOfIt.toString());
    }
}

