package org.govfacts.check;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.govfacts.testdata.OnText;
import org.junit.jupiter.api.Test;

/**
 * A target and its result are paired when the two reports name one indicator two ways (indicator-synonyms.tsv);
 * each report's result is judged on its own; a goal quoted beside its result (高于年初人代会12%的目标) is a target.
 */
class TargetPairingOnTextTest {
    private static CheckDocument doc(String name, String text) {
        return CheckDocument.of(OnText.process(name, text), text);
    }

    @Test
    void aGoalForRegionalGdpMeetsTheResultCalledGdp() {
        CheckDocument goals = doc("2014_山东省_政府工作报告.txt",
                "山东省政府工作报告\n今年经济社会发展的主要预期目标是：地区生产总值增长9%左右，公共财政预算收入增长11%左右。\n");
        CheckDocument results = doc("2015_山东省_政府工作报告.txt",
                "山东省政府工作报告\n一、2014年工作回顾\n2014年，全省生产总值增长8.7%，一般公共预算收入增长10.2%。\n");
        List<Finding> found = Findings.CHECKER.check(List.of(goals, results));
        assertTrue(found.stream().anyMatch(f -> f.kind() == FindingKind.TARGET && f.verdict() == Verdict.MISSED
                && f.facts().stream().anyMatch(x -> x.text().equals("8.7%"))), found.toString());
        assertTrue(found.stream().anyMatch(f -> f.kind() == FindingKind.TARGET && f.verdict() == Verdict.MISSED
                && f.facts().stream().anyMatch(x -> x.text().equals("10.2%"))), found.toString());
    }

    @Test
    void goalsBrokenDownAmongDepartmentsUnderNumberedItemsMeetTheirResults() {
        // 一、目标分解 heads a list of a year's goals (status-cues.tsv); the item's number (1.) names no subject
        CheckDocument goals = doc("2008_江苏省_目标任务分解方案.txt", "江苏省政府关于印发2008年工作目标任务分解落实方案的通知\n"
                + "二○○八年二月二十三日\n一、目标分解\n1.地区生产总值增长11%。 (省发展改革委)\n2.单位生产总值能耗下降4.4%。 (省经贸委)\n");
        CheckDocument results = doc("2009_江苏省_政府工作报告.txt", "江苏省政府工作报告\n一、2008年工作回顾\n"
                + "过去一年，全省地区生产总值增长12.5%左右，单位地区生产总值能耗下降4.6%左右。\n");
        List<Finding> found = Findings.CHECKER.check(List.of(goals, results));
        assertTrue(found.stream().anyMatch(f -> f.kind() == FindingKind.TARGET && f.verdict() == Verdict.MET
                && f.facts().stream().anyMatch(x -> x.text().equals("12.5%左右"))), found.toString());
        assertTrue(found.stream().noneMatch(f -> f.verdict() == Verdict.INCONSISTENT), found.toString());
    }

    @Test
    void aListItemAfterACountIsNoPartOfTheCountsGroupAndANameSaidTwiceIsOneIndicator() {
        CheckDocument goals = doc("2018_广州市_政府工作报告.txt", "广州市政府工作报告\n今年经济社会发展的主要预期目标是：地区生产总值增长7.5%左右，"
                + "城镇调查失业率控制在5.5%左右。\n");
        CheckDocument results = doc("2019_广州市_经济运行.txt", "2018年广州市经济运行情况\n2018年，广州市GDP实现地区生产总值22859.35亿元，"
                + "按可比价格计算，比上年增长6.2%。城镇新增就业32万人、城镇调查失业率平均为5.1%。\n");
        // the checker with the dictionaries, whose lower-is-better.txt makes an unemployment goal a ceiling
        List<Finding> found = new Checker(org.govfacts.lexicon.Lexicon.at(java.nio.file.Path.of("dictionaries"))).check(List.of(goals, results));
        // GDP实现地区生产总值 is 地区生产总值 named twice; the rate after 32万人、 is not of the group 城镇新增就业
        assertTrue(found.stream().anyMatch(f -> f.kind() == FindingKind.TARGET && f.verdict() == Verdict.MISSED
                && f.facts().stream().anyMatch(x -> x.text().equals("6.2%"))), found.toString());
        assertTrue(found.stream().anyMatch(f -> f.kind() == FindingKind.TARGET && f.verdict() == Verdict.MET
                && f.facts().stream().anyMatch(x -> x.text().equals("5.1%"))), found.toString());
    }

    @Test
    void eachReportsResultGetsItsOwnVerdict() {
        CheckDocument goals = doc("2013_福建省_政府工作报告.txt",
                "福建省政府工作报告\n今年经济社会发展的主要预期目标是：全省生产总值增长11%左右。\n");
        CheckDocument estimate = doc("2014_福建省_政府工作报告.txt",
                "福建省政府工作报告\n一、2013年工作回顾\n2013年，全省生产总值增长10%。\n");
        CheckDocument bulletin = doc("2014_福建省_统计公报.txt",
                "福建省2013年国民经济和社会发展统计公报\n2013年全年全省生产总值比上年增长11%。\n");
        List<Finding> found = Findings.CHECKER.check(List.of(goals, estimate, bulletin));
        assertTrue(found.stream().anyMatch(f -> f.kind() == FindingKind.TARGET && f.verdict() == Verdict.MISSED
                && f.facts().stream().anyMatch(x -> x.doc().equals("2014_福建省_政府工作报告.txt"))), found.toString());
        assertTrue(found.stream().anyMatch(f -> f.kind() == FindingKind.TARGET && f.verdict() == Verdict.MET
                && f.facts().stream().anyMatch(x -> x.doc().equals("2014_福建省_统计公报.txt"))), found.toString());
    }

    @Test
    void aGoalQuotedBesideItsResultIsATarget() {
        CheckDocument report = doc("2007_泾县_政府工作报告.txt", "泾县政府工作报告\n2006年财政收入2.01亿元，较上年增长26.4%，"
                + "高于年初人代会12%的目标14.4个百分点。2006年全社会固定资产投资15.5亿元，较上年增长10.4%，低于年初人代会18%的目标7.6个百分点。\n");
        List<Finding> found = Findings.CHECKER.check(List.of(report));
        assertTrue(found.stream().anyMatch(f -> f.kind() == FindingKind.TARGET && f.verdict() == Verdict.MET
                && f.facts().stream().anyMatch(x -> x.text().equals("26.4%"))), found.toString());
        assertTrue(found.stream().anyMatch(f -> f.kind() == FindingKind.TARGET && f.verdict() == Verdict.MISSED
                && f.facts().stream().anyMatch(x -> x.text().equals("10.4%"))), found.toString());
    }

    @Test
    void aGrowthTargetSetForAPlaceAndALevelSaidWith在ArePaired() {
        // 深圳 2018: news on the plan sets the GDP growth target; the next year's plan report gives the result
        CheckDocument goals = doc("2018_深圳市_计划报告新闻.txt",
                "深圳市2018年计划报告\n2018年，深圳将GDP增长目标设定为8%以上。其他主要预期目标是：城镇登记失业率控制在3%以内。\n");
        CheckDocument results = doc("2019_深圳市_计划执行报告.txt",
                "深圳市2018年国民经济和社会发展计划执行情况的报告\n2018年，全市地区生产总值增长7.6%，城镇登记失业率在3%以下。\n");
        List<Finding> found = Findings.CHECKER.check(List.of(goals, results));
        assertTrue(found.stream().anyMatch(f -> f.kind() == FindingKind.TARGET && f.verdict() == Verdict.MISSED
                && f.facts().stream().anyMatch(x -> x.text().equals("7.6%"))), found.toString());
        assertTrue(found.stream().anyMatch(f -> f.kind() == FindingKind.TARGET && f.verdict() == Verdict.MET
                && f.facts().stream().anyMatch(x -> x.text().equals("3%以下"))), found.toString());
    }

    @Test
    void theGrowthOfTheEconomysTotalIsTheGrowthOfGdp() {
        // 经济总量@money,growth: the economy's total, with its growth, is GDP and its growth
        CheckDocument goals = doc("2024_全国_政府工作报告.txt", "政府工作报告\n今年发展主要预期目标是：国内生产总值增长5%左右。\n");
        CheckDocument results = doc("2024_全国_统计新闻.txt", "国家统计局数据\n2024年我国经济总量达到134.9万亿元，比上年增长%s。\n".formatted("5%"));
        assertTrue(Findings.CHECKER.check(List.of(goals, results)).stream().anyMatch(f -> f.kind() == FindingKind.TARGET
                && f.verdict() == Verdict.MET), "5% against 5%左右");
        CheckDocument short_ = doc("2024_全国_统计新闻.txt", "国家统计局数据\n2024年我国经济总量达到134.9万亿元，比上年增长4%。\n");
        assertTrue(Findings.CHECKER.check(List.of(goals, short_)).stream().anyMatch(f -> f.kind() == FindingKind.TARGET
                && f.verdict() == Verdict.MISSED), "4% against 5%左右");
    }

    @Test
    void economicGrowthAsATargetIsTheGrowthOfGdp() {
        // 经济@growth in indicator-synonyms.tsv: 经济 names GDP only in a growth figure
        CheckDocument goals = doc("2019_河北省_政府工作报告.txt", "河北省政府工作报告\n今年经济社会发展的主要预期目标是：经济增长7%左右，经济总量5%。\n");
        CheckDocument results = doc("2020_河北省_政府工作报告.txt", "河北省政府工作报告\n一、2019年工作回顾\n2019年，全省地区生产总值增长6.8%。\n");
        List<Finding> found = Findings.CHECKER.check(List.of(goals, results));
        assertTrue(found.stream().anyMatch(f -> f.kind() == FindingKind.TARGET && f.verdict() == Verdict.MISSED
                && f.facts().stream().anyMatch(x -> x.text().equals("7%左右"))), found.toString());
        assertTrue(found.stream().noneMatch(f -> f.facts().stream().anyMatch(x -> x.text().equals("5%"))), found.toString());
    }

    @Test
    void aPlacesOwnGrowthIsItsEconomysGrowth() {
        CheckDocument news = doc("2022_news.txt", "新闻\n2021年，海南省增长11.2%，居全国前列。\n");
        CheckDocument report = doc("2022_海南省_政府工作报告.txt", "海南省政府工作报告\n一、2021年工作回顾\n2021年，全省地区生产总值增长11.2%。\n");
        List<Finding> found = Findings.CHECKER.check(List.of(news, report));
        assertTrue(found.stream().anyMatch(f -> f.verdict() == Verdict.CONSISTENT && f.facts().size() == 2), found.toString());
        List<Finding> altered = Findings.CHECKER.check(List.of(doc("2022_news.txt", "新闻\n2021年，海南省增长12.1%，居全国前列。\n"), report));
        assertTrue(altered.stream().anyMatch(f -> f.verdict() == Verdict.INCONSISTENT), altered.toString());
    }
}
