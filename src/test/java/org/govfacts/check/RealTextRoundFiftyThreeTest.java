package org.govfacts.check;

import static org.govfacts.check.Findings.involving;
import static org.govfacts.check.RealTextRoundTwentyEightTest.check;
import static org.govfacts.check.RealTextRoundTwentyEightTest.of;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Real-text wordings of the seventy-second blind round (national ministries' releases and bulletins, the south-west): parts
 * after 其中 whose first clause restates the year, a share naming its part without the part's measure word, the direction
 * of a change between two stated levels, and where a change started beside a headline's level.
 */
class RealTextRoundFiftyThreeTest {
    private static final Checker CHECKER = new Checker(org.govfacts.lexicon.Lexicon.at(java.nio.file.Path.of("dictionaries")));

    private static final String EXPRESS = "国家邮政局发布数据\n2023年我国快递业务量累计完成1320.7亿件，同比增长19.4%%。\n其中，2023年同城快递"
            + "业务量累计完成136.4亿件，同比增长6.6%%；异地快递业务量累计完成%s亿件，同比增长20.5%%；国际/港澳台快递业务量累计完成30.7亿件，"
            + "同比增长52%%。\n";

    @Test
    void aFirstPartRestatingTheYearIsStillAPart() {
        List<Finding> found = check("2023_全国_快递.txt", EXPRESS.formatted("1153.6"));
        assertTrue(of(found, FindingKind.SUM, Verdict.CONSISTENT).stream().anyMatch(involving("136.4亿件")), found.toString());
        List<Finding> altered = check("2023_全国_快递.txt", EXPRESS.formatted("1158.6"));
        assertTrue(of(altered, FindingKind.SUM, Verdict.INCONSISTENT).stream().anyMatch(involving("1158.6亿件")), altered.toString());
    }

    private static final String ROADS = "2012年公路水路交通运输行业发展统计公报\n年末全国公路总里程达423.75万公里，比上年末增加13.11万公里。"
            + "全国等级公路里程360.96万公里，比上年末增加15.60万公里。等级公路占公路总里程的%s%%，提高1.1个百分点。\n";

    @Test
    void aShareNamesItsPartWithoutThePartsMeasureWord() {
        List<Finding> found = check("2012_全国_公路.txt", ROADS.formatted("85.2"));
        assertTrue(of(found, FindingKind.SHARE, Verdict.CONSISTENT).stream().anyMatch(f -> involving("360.96万公里").test(f)
                && involving("423.75万公里").test(f)), found.toString());
        List<Finding> altered = check("2012_全国_公路.txt", ROADS.formatted("86.2"));
        assertTrue(of(altered, FindingKind.SHARE, Verdict.INCONSISTENT).stream().anyMatch(involving("86.2%")), altered.toString());
    }

    private static final String SHARE_RISE = "万州区政府工作报告\n预计完成规上工业总产值330亿元、同比增长5%%，规上工业总产值中经开区比重"
            + "由76.9%%提高到%s%%。\n";

    @Test
    void aChangeBetweenTwoLevelsMovesTheWayItsVerbSays() {
        List<Finding> found = check("2020_万州区_报告.txt", SHARE_RISE.formatted("79"));
        assertTrue(found.stream().noneMatch(f -> f.verdict() == Verdict.INCONSISTENT), found.toString());
        List<Finding> altered = check("2020_万州区_报告.txt", SHARE_RISE.formatted("74"));
        assertTrue(of(altered, FindingKind.GROWTH, Verdict.INCONSISTENT).stream().anyMatch(involving("74%")), altered.toString());
    }

    @Test
    void aVerbOfNoDirectionOrAFallsSizeIsNotJudged() {
        List<Finding> found = check("2020_某县_报告.txt", "某县政府工作报告\n城镇化率由45.2%调整为44.8%。工业增速由8.1%回落到5.2%。\n");
        assertTrue(found.stream().noneMatch(f -> f.verdict() == Verdict.INCONSISTENT), found.toString());
        // the same verbs the wrong way round are judged
        List<Finding> wrong = check("2020_某县_报告.txt", "某县政府工作报告\n城镇化率由45.2%下降到48.8%。工业增速由8.1%回落到9.2%。\n");
        assertTrue(of(wrong, FindingKind.GROWTH, Verdict.INCONSISTENT).stream().anyMatch(involving("48.8%")), wrong.toString());
    }

    private static final String TRILLION = "云南2012年GDP增速13%居全国第四 GDP突破万亿\n云南GDP突破万亿\n经过17年不懈努力,云南经济总量从千亿元"
            + "跃上万亿元新台阶的梦想终成现实。\n";

    @Test
    void whereAChangeStartedIsNoRestatementOfTheLevel() {
        List<Finding> found = check("2012_云南省_新闻.txt", TRILLION);
        assertTrue(found.stream().noneMatch(f -> f.verdict() == Verdict.INCONSISTENT && involving("千亿元").test(f)), found.toString());
    }

    private static final String NEWS = "商务部：2023年国家级经开区地区生产总值同比增长5.6%\n商务部发布数据，2023年国家级经开区实现地区生产总值"
            + "15.7万亿元，同比增长5.6%。\n";
    private static final String STATS = "国家级经济技术开发区主要经济指标情况\n根据初步核算，2023年，全国229家国家级经开区地区生产总值"
            + "15.7万亿元，同比增长%s(注：名义增长率，下同)。\n";

    @Test
    void aGrowthANoteCallsNominalIsNotTheRealGrowthOfAnotherText() {
        List<Finding> found = CHECKER.check(SharesOnTextTest.documents(
                "2023_全国_经开区新闻.txt", NEWS, "2023_全国_经开区统计.txt", STATS.formatted("6.4%")));
        assertTrue(found.stream().noneMatch(f -> f.verdict() == Verdict.INCONSISTENT && involving("6.4%").test(f)), found.toString());
        // the same figures without the note are one measure, and differ
        List<Finding> plain = CHECKER.check(SharesOnTextTest.documents(
                "2023_全国_经开区新闻.txt", NEWS, "2023_全国_经开区统计.txt", STATS.formatted("6.4%").replace("(注：名义增长率，下同)", "")));
        assertTrue(plain.stream().anyMatch(f -> f.verdict() == Verdict.INCONSISTENT && involving("6.4%").test(f)), plain.toString());
    }
}
