package org.govfacts.check;

import static org.govfacts.check.Findings.involving;
import static org.govfacts.check.RealTextRoundTwentyEightTest.check;
import static org.govfacts.check.RealTextRoundTwentyEightTest.of;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Real-text wordings of the sixty-fifth blind round: a grain yield against its output and area, a table of targets
 * that a PDF's text keeps with blanks between its cells, a share of the whole a sentence opens with (在固定资产投资中),
 * projects counted by a money threshold (超30亿项目2个), the projects of a kind of which some have begun, a result on an
 * adjusted basis, and a city's report that names its city once.
 */
class RealTextRoundFortySixTest {
    private static final Checker LEXICON_CHECKER = new Checker(org.govfacts.lexicon.Lexicon.at(java.nio.file.Path.of("dictionaries")));
    private static final String YIELD = "2021年通许县粮食生产情况\n"
            + "全年粮食播种面积53.38万亩,粮食总产量25.4242万吨,农作物播种面积81.2万亩。粮食亩产%s公斤,其中稻谷面积21.435万亩。\n";

    @Test
    void aYieldIsTheCropsOutputOverItsArea() {
        // 254242 t over 533800 亩 is 476.29 kg a 亩
        List<Finding> found = check("2021_通许县_粮食.txt", YIELD.replace("%s", "476.29"));
        assertTrue(of(found, FindingKind.RATE, Verdict.CONSISTENT).stream().anyMatch(f -> involving("53.38万亩").test(f)
                && involving("476.29公斤").test(f)), found.toString());
        List<Finding> altered = check("2021_通许县_粮食.txt", YIELD.replace("%s", "496.29"));
        assertTrue(of(altered, FindingKind.RATE, Verdict.INCONSISTENT).stream().anyMatch(involving("496.29公斤")), altered.toString());
        // never over the sown area of all crops (81.2万亩), which is no grain's
        assertTrue(found.stream().noneMatch(f -> involving("81.2万亩").test(f) && involving("476.29公斤").test(f)), found.toString());
    }

    private static final String BLANK_TABLE = "越城区2020年政府工作报告\n“十三五”规划主要指标完成情况\n表1\n"
            + "序号 指标名称 2020 年目标值 2020 年预计值 完成情况\n"
            + "1 全区生产总值(亿元) %s 1008.5 完成\n"
            + "2 人均生产总值(元) 130000 130913 完成\n";

    @Test
    void aTableWhoseCellsStandApartByBlanksIsReadForItsTargets() {
        List<Finding> found = check("2020_越城区_报告.txt", BLANK_TABLE.replace("%s", "1000"));
        assertTrue(of(found, FindingKind.TARGET, Verdict.MET).stream().anyMatch(involving("1008.5")), found.toString());
        assertTrue(of(found, FindingKind.TARGET, Verdict.MET).stream().anyMatch(involving("130913")), found.toString());
        List<Finding> altered = check("2020_越城区_报告.txt", BLANK_TABLE.replace("%s", "1080"));
        assertTrue(of(altered, FindingKind.TARGET, Verdict.MISSED).stream().anyMatch(involving("1080")), altered.toString());
    }

    private static final String WITHIN_WHOLE = "兴隆台区1998年国民经济和社会发展统计公报\n"
            + "全年完成固定资产投资21796万元,比上年下降11%。其中:基本建设投资16469万元,比上年下降18%;更新改造投资5327万元,比上年增长20%。"
            + "在固定资产投资中,第二产业完成投资%s万元,比上年增长32%,占投资比重81%;第三产业完成投资4200万元,比上年下降62%,占投资比重19%。\n";

    @Test
    void aShareOfTheWholeASentenceOpensWithIsNotOfThePartBefore() {
        List<Finding> found = check("1998_兴隆台区_统计公报.txt", WITHIN_WHOLE.replace("%s", "17596"));
        assertTrue(found.stream().noneMatch(f -> f.verdict() == Verdict.INCONSISTENT), found.toString());
        assertTrue(of(found, FindingKind.SHARE, Verdict.CONSISTENT).stream().anyMatch(f -> involving("21796万元").test(f)
                && involving("81%").test(f)), found.toString());
        // 18596 of 21796 is 85.3%, not 81%
        List<Finding> altered = check("1998_兴隆台区_统计公报.txt", WITHIN_WHOLE.replace("%s", "18596"));
        assertTrue(of(altered, FindingKind.SHARE, Verdict.INCONSISTENT).stream().anyMatch(f -> involving("18596万元").test(f)
                && involving("21796万元").test(f)), altered.toString());
    }

    private static final String THRESHOLD = "武进区重大项目\n"
            + "1至4月,武进区共入库总投资超10亿元的重大招引项目7个,列全市第一。其中:超30亿项目2个,超10亿项目%s个。"
            + "省重大项目共8个。其中新建项目5个,1至4月已开工4个,开工率80%;累计完成投资12亿元。\n";

    @Test
    void projectsCountedByAThresholdAndTheOnesBegunOfAKind() {
        List<Finding> found = check("2023_武进区_重大项目.txt", THRESHOLD.replace("%s", "5"));
        assertTrue(of(found, FindingKind.SUM, Verdict.CONSISTENT).stream().anyMatch(involving("7个")), found.toString());
        // 5个…1至4月已开工4个: four of the five, no part of the eight beside them
        assertTrue(found.stream().noneMatch(f -> f.verdict() == Verdict.INCONSISTENT), found.toString());
        List<Finding> altered = check("2023_武进区_重大项目.txt", THRESHOLD.replace("%s", "6"));
        assertTrue(of(altered, FindingKind.SUM, Verdict.INCONSISTENT).stream().anyMatch(involving("7个")), altered.toString());
    }

    private static final String TARGETS = "大连市人民政府工作报告(2022年1月8日)\n"
            + "2022年全市经济社会发展的主要预期目标是:地区生产总值增长8%左右;一般公共预算收入增长5%;规模以上工业增加值增长15%;"
            + "居民消费价格涨幅控制在3%左右。\n";
    private static final String RESULTS = "各位代表:\n现在,我代表市政府向大会报告工作,请予审议。\n"
            + "一年来,我们牢记嘱托,推动东北振兴,全面推进乡村振兴,殷切嘱托大连要勇当新时代东北振兴“跳高队”,全市上下奋进新征程。"
            + "预计,全市实现地区生产总值增长4.5%左右;一般公共预算收入扣除减税降费因素增长8%左右;规模以上工业增加值增长5%以上;"
            + "居民消费价格上涨2.5%。\n";

    @Test
    void aCitysReportNamingItsCityOnceIsThatCitysAndBoundsOrAdjustedResultsAreNotJudged() {
        // the checker as the command builds it, with the lexicon's ceilings (居民消费价格 is lower-is-better)
        List<Finding> found = LEXICON_CHECKER.check(SharesOnTextTest.documents("dl_2022t.txt", TARGETS, "dl_2022.txt", RESULTS));
        List<Finding> targets = found.stream().filter(f -> f.kind() == FindingKind.TARGET).toList();
        // 东北振兴, 乡村振兴 name no district of 丹东: the results are 大连's, and its targets are judged by them
        assertTrue(targets.stream().anyMatch(f -> f.verdict() == Verdict.MISSED && involving("4.5%左右").test(f)), targets.toString());
        assertTrue(targets.stream().anyMatch(f -> f.verdict() == Verdict.MET && involving("2.5%").test(f)), targets.toString());
        // 5%以上 against a target of 15%: the bound counts as the figure itself, as a report writes the result it reached
        assertTrue(targets.stream().anyMatch(f -> f.verdict() == Verdict.MISSED && involving("5%以上").test(f)), targets.toString());
        // 扣除减税降费因素: a result on another basis than the budget's target
        assertTrue(targets.stream().noneMatch(involving("8%左右").and(involving("5%"))), targets.toString());
    }
}
