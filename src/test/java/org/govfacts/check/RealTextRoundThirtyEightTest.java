package org.govfacts.check;

import static org.govfacts.check.Findings.involving;
import static org.govfacts.check.RealTextRoundTwentyEightTest.check;
import static org.govfacts.check.RealTextRoundTwentyEightTest.of;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Real-text wordings of the fifty-seventh blind round: a level stated as a multiple of a base year's that another
 * sentence gives, a 1990s bulletin whose 其中 clause is followed by aggregates of their own, a spending share whose
 * bracketed budget is of another scope, and state-asset reports that split each of several totals by scope, clause by clause.
 */
class RealTextRoundThirtyEightTest {
    private static final String MULTIPLE = "1978年，全市地区生产总值达到13.13亿元，社会消费品零售总额2.1亿元。\n"
            + "2023年，全市社会消费品零售总额达%s亿元，是1978年的%s倍；地区生产总值达945.2亿元，是1978年的%s倍。\n";

    @Test
    void aMultipleOfABaseYearIsCheckedAgainstThatYearsLevelStatedElsewhere() {
        List<Finding> found = check("2024_丹东市_七十五年.txt", String.format(MULTIPLE, "340.2", "162", "72"));
        assertTrue(of(found, FindingKind.GROWTH, Verdict.CONSISTENT).stream().anyMatch(f -> involving("162倍").test(f)
                && involving("2.1亿元").test(f)), found.toString());
        assertTrue(of(found, FindingKind.GROWTH, Verdict.CONSISTENT).stream().anyMatch(f -> involving("72倍").test(f)), found.toString());
        List<Finding> altered = check("2024_丹东市_七十五年.txt", String.format(MULTIPLE, "340.2", "182", "78"));
        assertTrue(of(altered, FindingKind.GROWTH, Verdict.INCONSISTENT).stream().anyMatch(f -> involving("182倍").test(f)), altered.toString());
        assertTrue(of(altered, FindingKind.GROWTH, Verdict.INCONSISTENT).stream().anyMatch(f -> involving("78倍").test(f)), altered.toString());
        // a product's multiple below the ratio of current-price levels may be at comparable prices: nothing is said
        List<Finding> real = check("2024_丹东市_七十五年.txt", String.format(MULTIPLE, "340.2", "162", "35"));
        assertTrue(of(real, FindingKind.GROWTH, Verdict.INCONSISTENT).stream().noneMatch(f -> involving("35倍").test(f)), real.toString());
    }

    @Test
    void anAggregateAfterThe其中ClauseIsANewStatementNotAPart() {
        String text = "实现社会总产值254亿元（1990年不变价），比上年增长3.3%，其中工农业总产值235.8亿元，比上年增长3.25%；"
                + "国民生产总值147亿元，比上年增长2.8%；国民收入129亿元，比上年增长3.2%。\n";
        List<Finding> found = check("1991_大庆市_统计公报.txt", text);
        assertTrue(of(found, FindingKind.SUM, Verdict.INCONSISTENT).isEmpty(), found.toString());
    }

    @Test
    void aBudgetOfAnotherScopeInBracketsIsNotTheShareBase() {
        String text = "2020年一般公共预算收入完成98.4亿元，完成年初预算的98.6%，比上年增加2.9亿元，同比增长3.0%。\n"
                + "2020年一般公共预算支出（预计）完成95.6亿元（含上级补助等），完成调整预算的96.1%（区财力调整预算为86.5亿元），比上年决算增长13.1%。\n";
        List<Finding> found = check("2020_某区_预算执行.txt", text);
        assertTrue(of(found, FindingKind.SHARE, Verdict.INCONSISTENT).isEmpty(), found.toString());
    }

    private static final String ASSETS = "截至2023年底，全市行政事业性资产总额13822.1亿元，同比增长6.2%%；负债总额2981.4亿元，同比减少0.8%%；"
            + "净资产总额10840.7亿元，同比增长8.3%%。从单位性质看：行政单位资产总额4347.5亿元，负债总额1143.8亿元，净资产总额3203.7亿元；"
            + "事业单位资产总额9474.6亿元，负债总额%s亿元，净资产总额7637亿元。从重点行业看：教育行业资产总额1823.4亿元，负债总额173亿元，"
            + "净资产总额1650.4亿元；卫生行业资产总额1469.5亿元，负债总额492.9亿元，净资产总额976.6亿元。\n";

    @Test
    void clausesOpenedByTheirScopesSplitEachTotalBeforeThem() {
        List<Finding> found = check("2023_重庆市_国有资产报告.txt", String.format(ASSETS, "1837.6"));
        assertTrue(of(found, FindingKind.SUM, Verdict.CONSISTENT).stream().anyMatch(f -> involving("13822.1亿元").test(f)
                && involving("4347.5亿元").test(f) && involving("9474.6亿元").test(f)), found.toString());
        assertTrue(of(found, FindingKind.SUM, Verdict.CONSISTENT).stream().anyMatch(f -> involving("2981.4亿元").test(f)
                && involving("1837.6亿元").test(f)), found.toString());
        assertTrue(found.stream().noneMatch(f -> f.verdict() == Verdict.INCONSISTENT), found.toString());
        List<Finding> altered = check("2023_重庆市_国有资产报告.txt", String.format(ASSETS, "1873.6"));
        assertTrue(of(altered, FindingKind.SUM, Verdict.INCONSISTENT).stream().anyMatch(f -> involving("2981.4亿元").test(f)
                && involving("1873.6亿元").test(f)), altered.toString());
        // the same item of two scopes (事业单位's and 教育行业's 负债总额) is no figure stated twice
        assertTrue(of(altered, FindingKind.DUPLICATE, Verdict.INCONSISTENT).isEmpty(), altered.toString());
    }

    @Test
    void aScopesItemIsNotItsTotalRestated() {
        String text = "2018年，全国国有企业资产总额210.4万亿元，负债总额135.0万亿元，国有资本权益总额58.7万亿元。"
                + "其中，中央国有企业资产总额80.8万亿元、负债总额54.7万亿元、国有资本权益总额16.7万亿元，平均资产负债率67.7%；"
                + "地方国有企业资产总额129.6万亿元、负债总额80.3万亿元、国有资本权益总额42.0万亿元，平均资产负债率62.0%。\n";
        List<Finding> found = check("2019_全国_国有资产报告.txt", text);
        assertTrue(found.stream().noneMatch(f -> f.verdict() == Verdict.INCONSISTENT), found.toString());
        assertTrue(of(found, FindingKind.SUM, Verdict.CONSISTENT).stream().anyMatch(f -> involving("58.7万亿元").test(f)
                && involving("16.7万亿元").test(f) && involving("42.0万亿元").test(f)), found.toString());
    }

    @Test
    void twoSharesAfter比重AddUpTo100ButARatioNeedNot() {
        String text = "预计全市地区生产总值突破4000亿元、增长10%%以上，油与非油经济比重%s；地方财政收入263亿元、增长24.8%%。\n";
        List<Finding> found = check("2013_大庆市_政府工作报告.txt", String.format(text, "46:54"));
        assertTrue(of(found, FindingKind.SUM, Verdict.CONSISTENT).stream().anyMatch(f -> f.message().contains("46:54")), found.toString());
        List<Finding> altered = check("2013_大庆市_政府工作报告.txt", String.format(text, "46:56"));
        assertTrue(of(altered, FindingKind.SUM, Verdict.INCONSISTENT).stream().anyMatch(f -> f.message().contains("46:56")), altered.toString());
        List<Finding> ratio = check("2013_某市_统计公报.txt", "城乡居民收入比例为1:2.5，男女性别比为105:100。\n");
        assertTrue(of(ratio, FindingKind.SUM, Verdict.INCONSISTENT).isEmpty(), ratio.toString());
    }

    @Test
    void aLevelReachedMustBePastTheBoundItIsSaidToPass() {
        String text = "农业生产获大丰收。粮豆总产首次突破3亿公斤，达到3.016亿公斤；平均亩产首次突破300公斤，达到%s公斤。\n";
        List<Finding> found = check("1991_大庆市_政府工作报告.txt", String.format(text, "318"));
        assertTrue(of(found, FindingKind.DUPLICATE, Verdict.CONSISTENT).stream().anyMatch(f -> involving("318公斤").test(f)), found.toString());
        assertTrue(found.stream().noneMatch(f -> f.verdict() == Verdict.INCONSISTENT), found.toString());
        List<Finding> altered = check("1991_大庆市_政府工作报告.txt", String.format(text, "298"));
        assertTrue(of(altered, FindingKind.DUPLICATE, Verdict.INCONSISTENT).stream().anyMatch(f -> involving("298公斤").test(f)), altered.toString());
    }
}
