package org.govfacts.check;

import static org.govfacts.check.Findings.involving;
import static org.govfacts.check.RealTextRoundTwentyEightTest.check;
import static org.govfacts.check.RealTextRoundTwentyEightTest.of;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Real-text wordings of the fifty-second blind round: a bulletin that states the population's rates twice (户籍, then
 * 常住), a structure of contributions with a term below zero, a pastoral banner's gross increase rate, an education
 * bulletin whose paragraphs are labelled by level of school, and water bulletins' use by sector and supply by source.
 */
class RealTextRoundThirtyThreeTest {
    private static final String POPULATION = "年末全市户籍人口522.31万人。全年户籍出生人口7.31万人，出生率为14.01‰；死亡人口3.53万人，"
            + "死亡率为6.76‰；自然增长率为%s‰。\n年末全市常住人口516万人。根据常住人口推算，全年出生人口7.3万人，出生率为14.2‰；"
            + "死亡人口3.3万人，死亡率为6.4‰；自然增长率为7.8‰。\n";

    @Test
    void eachParagraphThatStatesEveryTermOnceIsAFrameOfItsOwn() {
        List<Finding> found = check("2019_漳州市_统计公报.txt", String.format(POPULATION, "7.25"));
        List<Finding> sums = of(found, FindingKind.SUM, Verdict.CONSISTENT);
        assertTrue(sums.stream().anyMatch(f -> involving("14.01‰").test(f) && involving("7.25‰").test(f)), found.toString());
        assertTrue(sums.stream().anyMatch(f -> involving("14.2‰").test(f) && involving("7.8‰").test(f)), found.toString());
        List<Finding> altered = check("2019_漳州市_统计公报.txt", String.format(POPULATION, "7.52"));
        assertTrue(of(altered, FindingKind.SUM, Verdict.INCONSISTENT).stream().anyMatch(f -> involving("7.52‰").test(f)), altered.toString());
        // the 常住 rates are never read against the 户籍 ones
        assertTrue(altered.stream().noneMatch(f -> involving("7.52‰").test(f) && involving("14.2‰").test(f)), altered.toString());
    }

    @Test
    void aContributionBelowZeroKeepsItsSign() {
        String text = "初步核算，全县地区生产总值116.5亿元，比上年增长4.6%%。三次产业可比价贡献率分别是-1.6:8.0:%s，分别拉动GDP增长"
                + "-0.1:0.4:4.3个百分点。\n";
        List<Finding> found = check("2017_平遥县_统计公报.txt", String.format(text, "93.6"));
        assertTrue(found.stream().noneMatch(f -> f.verdict() == Verdict.INCONSISTENT), found.toString());
        assertTrue(of(found, FindingKind.SUM, Verdict.CONSISTENT).stream().anyMatch(f -> f.message().contains("-1.6")), found.toString());
        List<Finding> altered = check("2017_平遥县_统计公报.txt", String.format(text, "95.6"));
        assertTrue(of(altered, FindingKind.SUM, Verdict.INCONSISTENT).stream().anyMatch(f -> f.message().contains("95.6")), altered.toString());
    }

    @Test
    void aGrossIncreaseRateIsOverTheHerdAtTheYearsStartNotTheYearEndCount() {
        String text = "牧业年度大小畜总头数845296头(只)，比上年同期增加930头(只)，增长0.1%。全年大小畜总增323441头(只)，"
                + "比上年增长29.4%，总增率62.44%，比上年提高16.5个百分点。\n";
        List<Finding> found = check("2001_苏尼特右旗_年鉴.txt", text);
        assertTrue(found.stream().noneMatch(f -> involving("62.44%").test(f) && f.verdict() == Verdict.INCONSISTENT), found.toString());
    }

    private static final String SCHOOLS = "全省义务教育中小学5056所，较上年增加2所。仪器设备值215.65亿元，增长11.2%%。\n"
            + "——小学。校数3308所，比上年减少2所。仪器设备值124.07亿元，增长%s%%。\n"
            + "——初中。校数1748所，比上年增加4所。仪器设备值91.58亿元，增长10.3%%。\n";

    @Test
    void paragraphsLabelledByTheirScopeAreNotOneFigureRestated() {
        List<Finding> found = check("2020_浙江省_教育统计公报.txt", String.format(SCHOOLS, "11.8"));
        assertTrue(of(found, FindingKind.DUPLICATE, Verdict.INCONSISTENT).isEmpty(), found.toString());
    }

    @Test
    void aLabelIsShortAndMarkedAHeadlinePhraseIsNoLabel() {
        // the topic sentence of a work report's paragraph labels no scope: its figure and the same one restated later are one
        String text = "——发展质效稳步提升。一般公共预算收入达到2027.3亿元，增长9.8%。\n"
                + "一是财税稳步增长。去年一般公共预算收入增长8.9%。\n";
        List<Finding> found = check("2024_天津市_政府工作报告.txt", text);
        assertTrue(of(found, FindingKind.DUPLICATE, Verdict.INCONSISTENT).stream()
                .anyMatch(f -> involving("9.8%").test(f) && involving("8.9%").test(f)), found.toString());
    }

    private static final String WATER_USE = "2014年全市总用水量39.65亿立方米。其中，农业用水22.29亿立方米，工业用水%s亿立方米，"
            + "城镇公共用水0.6亿立方米，居民生活用水2.47亿立方米，生态环境用水0.11亿立方米。\n";

    @Test
    void waterUseIsTheSumOfItsSectors() {
        List<Finding> found = check("2014_南通市_水资源公报.txt", String.format(WATER_USE, "14.18"));
        assertTrue(of(found, FindingKind.SUM, Verdict.CONSISTENT).stream().anyMatch(f -> involving("39.65亿立方米").test(f)
                && involving("0.11亿立方米").test(f)), found.toString());
        List<Finding> altered = check("2014_南通市_水资源公报.txt", String.format(WATER_USE, "14.78"));
        assertTrue(of(altered, FindingKind.SUM, Verdict.INCONSISTENT).stream().anyMatch(f -> involving("14.78亿立方米").test(f)),
                altered.toString());
    }

    @Test
    void aShorterIdentityIsNotJudgedWhereAFurtherPartIsStated() {
        String text = "2011年全市总供水量35.29亿立方米。地表水源供水量31.83亿立方米，占90.2%。地下水源供水量1.96亿立方米，占5.6%。"
                + "其他水源供水量1.5亿立方米。\n";
        List<Finding> found = check("2011_赣州市_水资源公报.txt", text);
        assertTrue(found.stream().noneMatch(f -> f.kind() == FindingKind.SUM && f.verdict() == Verdict.INCONSISTENT), found.toString());
        assertTrue(of(found, FindingKind.SUM, Verdict.CONSISTENT).stream().anyMatch(f -> involving("1.5亿立方米").test(f)), found.toString());
    }

    private static final String MULTIPLE = "这是综合实力显著增强的五年。地区生产总值从129.8亿元增长到325亿元，是2016年的%s倍，由全省第48位上升到第29位。\n";

    @Test
    void aRiseStatedAsAMultipleOfItsStartIsTheEndOverTheStart() {
        List<Finding> found = check("2021_全椒县_政府工作报告.txt", String.format(MULTIPLE, "2.5"));
        assertTrue(of(found, FindingKind.GROWTH, Verdict.CONSISTENT).stream().anyMatch(f -> involving("2.5倍").test(f)), found.toString());
        List<Finding> altered = check("2021_全椒县_政府工作报告.txt", String.format(MULTIPLE, "2.8"));
        assertTrue(of(altered, FindingKind.GROWTH, Verdict.INCONSISTENT).stream().anyMatch(f -> involving("2.8倍").test(f)), altered.toString());
        // a multiple of another base (the national average) is no rise over the start
        List<Finding> other = check("2021_全椒县_政府工作报告.txt",
                "五年来，人均收入从3万元增长到5万元，是全国平均水平的1.2倍。\n");
        assertTrue(other.stream().noneMatch(f -> involving("1.2倍").test(f)), other.toString());
    }

    private static final String SECTIONS = "2014年对全市118条河流205个断面进行了水质调查监测，综合评价结果表明：达到Ⅱ类水质的断面5个，占2.4%%；"
            + "Ⅲ类水质断面64个，占31.2%%；Ⅳ类水质断面91个，占%s%%；V类水质断面25个，占12.2%%；劣于V类水质断面20个，占9.8%%。\n";

    @Test
    void anAssessmentSortsEveryMemberItAssessedIntoItsClasses() {
        List<Finding> found = check("2014_南通市_水资源公报.txt", String.format(SECTIONS, "44.4"));
        assertTrue(of(found, FindingKind.SUM, Verdict.CONSISTENT).stream().anyMatch(f -> involving("205个").test(f) && involving("20个").test(f)),
                found.toString());
        List<Finding> altered = check("2014_南通市_水资源公报.txt", String.format(SECTIONS, "49.4"));
        assertTrue(altered.stream().anyMatch(f -> involving("49.4%").test(f) && f.verdict() == Verdict.INCONSISTENT), altered.toString());
    }
}
