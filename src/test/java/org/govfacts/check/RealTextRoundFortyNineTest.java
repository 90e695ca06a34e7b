package org.govfacts.check;

import static org.govfacts.check.Findings.involving;
import static org.govfacts.check.RealTextRoundTwentyEightTest.check;
import static org.govfacts.check.RealTextRoundTwentyEightTest.of;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Real-text wordings of the sixty-eighth blind round: a county's sectors' contributions listed 依次 and one below zero,
 * a level and the mark it passes in one sentence, an old county budget's tax and non-tax revenue, a part's investment
 * set against 全部投资, and a news item that names its goals' year after the goals.
 */
class RealTextRoundFortyNineTest {
    private static final String CONTRIBUTIONS = "古丈县2023年国民经济和社会发展统计公报\n全年地区生产总值增长2.4%%。"
            + "第一、二、三产业增加值对经济增长的贡献率分别是7.3%%、-54.1%%、%s%%。\n";

    @Test
    void contributionsBelowZeroStillAddUpToTheWhole() {
        // 7.3 − 54.1 + 146.8 = 100: the minus sign after 、 is the second sector's, not a range's dash
        List<Finding> found = check("2024_古丈县_统计公报.txt", CONTRIBUTIONS.formatted("146.8"));
        assertTrue(found.stream().noneMatch(f -> f.verdict() == Verdict.INCONSISTENT), found.toString());
        assertTrue(of(found, FindingKind.SUM, Verdict.CONSISTENT).stream().anyMatch(involving("146.8%")), found.toString());
        List<Finding> altered = check("2024_古丈县_统计公报.txt", CONTRIBUTIONS.formatted("140.8"));
        assertTrue(of(altered, FindingKind.SUM, Verdict.INCONSISTENT).stream().anyMatch(involving("140.8%")), altered.toString());
    }

    private static final String IN_ORDER = "商城县2022年国民经济和社会发展统计公报\n2022年全年，全县地区生产总值增长4.2%%，"
            + "一二三产对GDP增长的贡献率依次为22.1%%、%s%%、13.7%%。\n";

    @Test
    void theThreeSectorsNamedAtOnceInOrderSplitTheWhole() {
        List<Finding> found = check("2023_商城县_统计公报.txt", IN_ORDER.formatted("64.2"));
        assertTrue(of(found, FindingKind.SUM, Verdict.CONSISTENT).stream().anyMatch(involving("64.2%")), found.toString());
        List<Finding> altered = check("2023_商城县_统计公报.txt", IN_ORDER.formatted("61.2"));
        assertTrue(of(altered, FindingKind.SUM, Verdict.INCONSISTENT).stream().anyMatch(involving("61.2%")), altered.toString());
    }

    private static final String PASSED = "岳西县2023年国民经济和社会发展统计公报\n2023年，全县地区生产总值%s亿元，增长6.5%%，"
            + "首次突破300亿元。\n";

    @Test
    void aLevelMustBePastTheMarkItsSentenceSaysItPassed() {
        List<Finding> found = check("2024_岳西县_统计公报.txt", PASSED.formatted("314.04"));
        assertTrue(of(found, FindingKind.DUPLICATE, Verdict.CONSISTENT).stream().anyMatch(involving("314.04亿元")), found.toString());
        List<Finding> altered = check("2024_岳西县_统计公报.txt", PASSED.formatted("294.04"));
        assertTrue(of(altered, FindingKind.DUPLICATE, Verdict.INCONSISTENT).stream().anyMatch(f -> involving("294.04亿元").test(f)
                && f.message().contains("not past")), altered.toString());
    }

    private static final String OLD_BUDGET = "双牌县2023年财政工作总结\n全年地方一般预算收入6.6亿元，增长5.1%%，其中累计入库税收收入%s亿元，"
            + "非税收入1.9亿元。\n";

    @Test
    void theOldNameOfTheBudgetRevenueSplitsIntoTaxAndOtherRevenue() {
        List<Finding> found = check("2024_双牌县_财政总结.txt", OLD_BUDGET.formatted("4.69"));
        assertTrue(of(found, FindingKind.SUM, Verdict.CONSISTENT).stream().anyMatch(involving("6.6亿元")), found.toString());
        List<Finding> altered = check("2024_双牌县_财政总结.txt", OLD_BUDGET.formatted("4.99"));
        assertTrue(of(altered, FindingKind.SUM, Verdict.INCONSISTENT).stream().anyMatch(involving("4.99亿元")), altered.toString());
    }

    private static final String WHOLE_INVESTMENT = "山西省1-8月份经济运行情况\n1-8月份，全省固定资产投资同比增长1.6%%。"
            + "其中，工业投资增长9.6%%，快于全部投资%s个百分点。\n";

    @Test
    void allInvestmentIsTheFixedAssetInvestmentAPartIsSetAgainst() {
        List<Finding> found = check("2024_山西省_经济运行.txt", WHOLE_INVESTMENT.formatted("8.0"));
        assertTrue(found.stream().anyMatch(f -> f.verdict() == Verdict.CONSISTENT && involving("8.0个百分点").test(f)), found.toString());
        List<Finding> altered = check("2024_山西省_经济运行.txt", WHOLE_INVESTMENT.formatted("6.0"));
        assertTrue(altered.stream().anyMatch(f -> f.verdict() == Verdict.INCONSISTENT && involving("6.0个百分点").test(f)), altered.toString());
    }
}
