package org.govfacts.check;

import static org.govfacts.check.Findings.involving;
import static org.govfacts.check.RealTextRoundTwentyEightTest.check;
import static org.govfacts.check.RealTextRoundTwentyEightTest.of;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Real-text wordings of the fifty-first blind round: a finance bureau's monthly release that states each rate before
 * its change (增长36.6%，增收404.5亿元) and then a rate on a like-for-like base (若剔除…按同口径计算增长53.5%), and a
 * bulletin's breadth of growth (在40个工业行业中，有33个行业增加值增长，增长面达82.5%).
 */
class RealTextRoundThirtyTwoTest {
    private static final String REVENUE = "今年1—5月份，全省一般公共预算收入完成%s亿元，比上年增长36.6%%，增收404.5亿元，扣除留抵退税(196.6亿元)因素后，"
            + "比上年同口径增长52.4%%。其中，税收收入完成1237.5亿元，增长50.1%%，增收%s亿元；非税收入完成271.8亿元，下降3%%，减收8.3亿元。\n";

    @Test
    void aChangeStatedRightAfterItsRateIsTheRatesOwn() {
        List<Finding> found = check("2022_山西省_财政收支.txt", String.format(REVENUE, "1509.3", "412.8"));
        List<Finding> consistent = of(found, FindingKind.GROWTH, Verdict.CONSISTENT);
        assertTrue(consistent.stream().anyMatch(f -> involving("404.5亿元").test(f) && involving("36.6%").test(f)), found.toString());
        assertTrue(consistent.stream().anyMatch(f -> involving("412.8亿元").test(f) && involving("50.1%").test(f)), found.toString());
        assertTrue(consistent.stream().anyMatch(f -> involving("8.3亿元").test(f) && involving("3%").test(f)), found.toString());
        // the like-for-like rate after the change is on another base: never read as the change over the level
        assertTrue(found.stream().noneMatch(f -> involving("52.4%").test(f) && f.verdict() == Verdict.INCONSISTENT), found.toString());

        List<Finding> altered = check("2022_山西省_财政收支.txt", String.format(REVENUE, "1509.3", "442.8"));
        assertTrue(of(altered, FindingKind.GROWTH, Verdict.INCONSISTENT).stream()
                .anyMatch(f -> involving("442.8亿元").test(f) && involving("50.1%").test(f)), altered.toString());
    }

    @Test
    void aRateOnALikeForLikeBaseIsNotTheStatedChangeOverTheStatedLevel() {
        String text = "今年1-4月份，全省一般公共预算收入完成1261.6亿元，比上年增长41.3%，增收368.7亿元，若剔除留抵退税政策对收入的影响，"
                + "按同口径计算增长53.5%，在全国名列前茅。\n";
        List<Finding> found = check("2022_山西省_财政收支.txt", text);
        assertTrue(of(found, FindingKind.GROWTH, Verdict.CONSISTENT).stream()
                .anyMatch(f -> involving("368.7亿元").test(f) && involving("41.3%").test(f)), found.toString());
        assertTrue(found.stream().noneMatch(f -> involving("53.5%").test(f)), found.toString());
    }

    private static final String BREADTH = "2021年，全省规模以上工业增加值比上年增长4.6%%。在40个工业行业中，有%d个行业增加值增长，增长面达82.5%%。"
            + "重点跟踪的65种主要工业产品中，有38种产品产量增长，增长面达58.5%%。\n";

    @Test
    void aBreadthOfGrowthIsTheShareOfTheMembersCountedThatGrew() {
        List<Finding> found = check("2021_辽宁省_统计公报.txt", String.format(BREADTH, 33));
        List<Finding> consistent = of(found, FindingKind.RATE, Verdict.CONSISTENT);
        assertTrue(consistent.stream().anyMatch(f -> involving("33个").test(f) && involving("40个").test(f) && involving("82.5%").test(f)), found.toString());
        assertTrue(consistent.stream().anyMatch(f -> involving("38种").test(f) && involving("65种").test(f) && involving("58.5%").test(f)), found.toString());
        List<Finding> altered = check("2021_辽宁省_统计公报.txt", String.format(BREADTH, 35));
        assertTrue(of(altered, FindingKind.RATE, Verdict.INCONSISTENT).stream().anyMatch(f -> involving("82.5%").test(f)), altered.toString());
    }

    private static final String TRADE = "农业部昨日公告称，上半年我国农产品进出口总额为846.1亿美元，同比增19.2%。其中，出口298.9亿美元，同比增4.7%；"
            + "进口547.2亿美元，同比增28.8%；贸易逆差248.3亿美元，同比扩大78.2%。\n"
            + "谷物方面，上半年共进口734.3万吨，同比增283.7%；出口65.1万吨，同比增13.1%。\n"
            + "食用植物油方面，上半年进口379.8万吨，同比增18.6%；出口5.6万吨，同比降15.5%。\n";

    @Test
    void topicsAndKindsOfLevelTellFiguresOfOneWordApart() {
        List<Finding> found = check("2012_农业部_农产品贸易.txt", TRADE);
        // the imports of grain (in tonnes, under 谷物方面) and of all farm products (in dollars) are no one figure restated
        assertTrue(of(found, FindingKind.DUPLICATE, Verdict.INCONSISTENT).isEmpty(), found.toString());
        // the trade deficit is no part of the trade total: exports and imports make it up
        assertTrue(of(found, FindingKind.SUM, Verdict.CONSISTENT).stream()
                .anyMatch(f -> involving("846.1亿美元").test(f) && involving("298.9亿美元").test(f) && !involving("248.3亿美元").test(f)), found.toString());
        assertTrue(found.stream().noneMatch(f -> f.verdict() == Verdict.INCONSISTENT), found.toString());
    }

    @Test
    void aParagraphOpeningOnItsPartsCueSplitsTheTotalBeforeIt() {
        String text = "财政部13日公布最新数据显示，上半年，全国财政收入63795亿元，同比增长12.2%%，增幅同比回落19个百分点。\n"
                + "其中，中央财政收入31819亿元，同比增长10%%；地方本级收入%s亿元，同比增长14.4%%。\n";
        List<Finding> found = check("2012_财政部_财政收支.txt", String.format(text, "31976"));
        assertTrue(of(found, FindingKind.SUM, Verdict.CONSISTENT).stream().anyMatch(f -> involving("63795亿元").test(f) && involving("31976亿元").test(f)),
                found.toString());
        List<Finding> altered = check("2012_财政部_财政收支.txt", String.format(text, "31796"));
        assertTrue(of(altered, FindingKind.SUM, Verdict.INCONSISTENT).stream().anyMatch(f -> involving("31796亿元").test(f)), altered.toString());
    }

    @Test
    void aThresholdCrossedIsNotTheTotalItsPartsSplit() {
        String text = "经初步核算，2017年，襄阳市地区生产总值(GDP)跨越4000亿元，达到4064.9亿元，按可比价格计算，比上年增长7.2%。"
                + "分产业看，第一产业增加值461.8亿元，增长3.5%；第二产业增加值2147.8亿元，增长6.2%；第三产业增加值1455.3亿元，增长10.3%。"
                + "三次产业结构为11.4:52.8:35.8。\n";
        List<Finding> found = check("2017_襄阳市_统计公报.txt", text);
        assertTrue(of(found, FindingKind.SUM, Verdict.CONSISTENT).stream().anyMatch(f -> involving("4064.9亿元").test(f) && involving("1455.3亿元").test(f)),
                found.toString());
        assertTrue(of(found, FindingKind.SHARE, Verdict.CONSISTENT).stream().anyMatch(f -> involving("11.4:52.8:35.8").test(f)), found.toString());
        // one figure alone in brackets restates the total another way (at constant prices): no part of it
        List<Finding> priced = check("1992_汝南县_统计公报.txt", "全县工业总产值43266万元(90年不变价为43515万元)，比上年增长24.9%。\n");
        assertTrue(priced.stream().noneMatch(f -> f.kind() == FindingKind.SUM), priced.toString());
    }

    private static final String STRUCTURE = "一般公共预算收入达到20.9亿元。三次产业结构由6.6:55:38.4调整为5.1:46.5:48.4，实现了从“二三一”到“三二一”的转变。"
            + "三产比重提高了%s个百分点。\n";

    @Test
    void aPartsChangeInPointsIsItsTermsChangeBetweenTwoStructures() {
        List<Finding> found = check("2021_建安区_政府工作报告.txt", String.format(STRUCTURE, "10"));
        assertTrue(of(found, FindingKind.GROWTH, Verdict.CONSISTENT).stream().anyMatch(f -> involving("10个百分点").test(f) && involving("48.4").test(f)),
                found.toString());
        List<Finding> altered = check("2021_建安区_政府工作报告.txt", String.format(STRUCTURE, "12"));
        assertTrue(of(altered, FindingKind.GROWTH, Verdict.INCONSISTENT).stream().anyMatch(f -> involving("12个百分点").test(f)), altered.toString());
    }

    private static final String INVESTMENT = "今年1至5月，我国实际使用外资3010.9亿元人民币(折合489.1亿美元)，同比增长2.8%%。其中，服务业利用外资金额%s亿美元，"
            + "增长19.5%%，领先于外资整体增速，服务业外资在全国总量中的比重也继续攀升达到56.2%%。\n";

    @Test
    void aShareOfTheWholeIsOfTheNearestLargerFigureOfItsMeasure() {
        List<Finding> found = check("2014_商务部_吸收外资.txt", String.format(INVESTMENT, "275"));
        assertTrue(of(found, FindingKind.SHARE, Verdict.CONSISTENT).stream()
                .anyMatch(f -> involving("275亿美元").test(f) && involving("489.1亿美元").test(f)), found.toString());
        List<Finding> altered = check("2014_商务部_吸收外资.txt", String.format(INVESTMENT, "257"));
        assertTrue(of(altered, FindingKind.SHARE, Verdict.INCONSISTENT).stream().anyMatch(f -> involving("257亿美元").test(f)),
                altered.toString());
    }
}
