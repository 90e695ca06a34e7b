package org.govfacts.check;

import static org.govfacts.check.Findings.involving;
import static org.govfacts.check.RealTextRoundTwentyEightTest.check;
import static org.govfacts.check.RealTextRoundTwentyEightTest.of;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Real-text wordings of the fifty-sixth blind round: a mid-term review's count of targets on schedule (45项…，有40项…，
 * 占88.9%), a county's running account whose transfers are split after 其中, a department budget copied out of a PDF
 * (spaces around figures, lines wrapped after a comma and before a unit), and a budget's year-end balance on a line of
 * its own after the total income and the total spending.
 */
class RealTextRoundThirtySevenTest {
    @Test
    void aCountTheClauseOpensWith有IsSomeOfTheCountBeforeIt() {
        String text = "《纲要》实施两年多来，进展顺利，《纲要》确定的8类45项主要目标，有40项达到进度要求，占%s%%。\n";
        List<Finding> found = check("2013_贵州省_中期评估.txt", String.format(text, "88.9"));
        assertTrue(of(found, FindingKind.SHARE, Verdict.CONSISTENT).stream().anyMatch(f -> involving("45项").test(f)
                && involving("40项").test(f)), found.toString());
        List<Finding> altered = check("2013_贵州省_中期评估.txt", String.format(text, "86.9"));
        assertTrue(of(altered, FindingKind.SHARE, Verdict.INCONSISTENT).stream().anyMatch(f -> involving("86.9%").test(f)), altered.toString());
        // a count in an earlier clause is not what the 有 clause is some of
        List<Finding> apart = check("2013_贵州省_中期评估.txt", "全省共有45个县，经济平稳，有40个县实现增长，占86.9%。\n");
        assertTrue(of(apart, FindingKind.SHARE, Verdict.INCONSISTENT).isEmpty(), apart.toString());
    }

    private static final String ACCOUNT = "全县地方一般公共预算收入32044万元，圆满完成年度预算，增长6.7%%。加上转移性收入361934万元（为决算预计数，下同），"
            + "其中，上级补助收入322821万元、调入资金6960万元、动用预算稳定调节基金100万元和上年结转结余收入32053万元，债务收入%s万元，"
            + "收入总计441038万元。\n";

    @Test
    void thePartsAfter其中AreInTheItemBeforeThemNotItemsOfTheAccount() {
        List<Finding> found = check("2020_琼中县_预算执行.txt", String.format(ACCOUNT, "47060"));
        assertTrue(found.stream().noneMatch(f -> f.verdict() == Verdict.INCONSISTENT), found.toString());
        assertTrue(of(found, FindingKind.SUM, Verdict.CONSISTENT).stream().anyMatch(f -> involving("441038万元").test(f)
                && involving("47060万元").test(f)), found.toString());
        List<Finding> altered = check("2020_琼中县_预算执行.txt", String.format(ACCOUNT, "47660"));
        assertTrue(of(altered, FindingKind.SUM, Verdict.INCONSISTENT).stream().anyMatch(f -> involving("441038万元").test(f)), altered.toString());
    }

    @Test
    void aDecreaseWordSetOffByAPdfsSpacesStillTurnsTheChangeDown() {
        String text = "（三）卫生健康支出类科目 43897.73 元，占支出总预算4.04 %%，同比减少 6014.46 元，下降 %s %%。\n";
        List<Finding> found = check("2025_某局_部门预算.txt", String.format(text, "12.05"));
        assertTrue(of(found, FindingKind.GROWTH, Verdict.CONSISTENT).stream().anyMatch(f -> involving("6014.46 元").test(f)), found.toString());
        List<Finding> altered = check("2025_某局_部门预算.txt", String.format(text, "14.05"));
        assertTrue(of(altered, FindingKind.GROWTH, Verdict.INCONSISTENT).stream().anyMatch(f -> involving("14.05 %").test(f)), altered.toString());
    }

    @Test
    void aLineThatEndsInACommaOrBeforeItsUnitRunsOn() {
        String text = "五、一般公共预算支出情况说明\n2025 年本年一般公共预算支出 1085203.63 元，同比\n"
                + "减少 43506.06 元，下降 %s %%。其中：基本支出 1037103.63\n元，同比减少 43506.06 元，下降 4.03 %%。\n";
        List<Finding> found = check("2025_某局_部门预算.txt", String.format(text, "3.85"));
        assertTrue(of(found, FindingKind.GROWTH, Verdict.CONSISTENT).stream().anyMatch(f -> involving("43506.06 元").test(f)
                && involving("1085203.63 元").test(f)), found.toString());
        assertTrue(of(found, FindingKind.GROWTH, Verdict.CONSISTENT).stream().anyMatch(f -> involving("4.03 %").test(f)), found.toString());
        List<Finding> altered = check("2025_某局_部门预算.txt", String.format(text, "4.85"));
        assertTrue(of(altered, FindingKind.GROWTH, Verdict.INCONSISTENT).stream().anyMatch(f -> involving("4.85 %").test(f)), altered.toString());
    }

    private static final String FINAL_ACCOUNT = "2021年，全市地方一般公共预算收入117.1亿元，完成预算的103.0%%，同比增长6.1%%，加上上级补助收入88.5亿元、"
            + "债务转贷收入22.9亿元、动用预算稳定调节基金31.8亿元、调入资金3.2亿元，全市地方一般公共预算总收入263.5亿元。\n"
            + "全市地方一般公共预算支出202.4亿元，完成预算的87.2%%，加上上解上级支出11.3亿元，债务还本支出12.6亿元，调出资金2.5亿元，"
            + "按规定安排预算稳定调节基金21.4亿元，全市地方一般公共预算总支出250.2亿元。\n收支相抵，年终结余结转%s亿元。\n";

    @Test
    void aYearEndBalanceOnItsOwnLineIsTheTotalIncomeLessTheTotalSpending() {
        List<Finding> found = check("2021_三亚市_决算报告.txt", String.format(FINAL_ACCOUNT, "13.3"));
        assertTrue(of(found, FindingKind.SUM, Verdict.CONSISTENT).stream().anyMatch(f -> involving("13.3亿元").test(f)
                && involving("263.5亿元").test(f) && involving("250.2亿元").test(f)), found.toString());
        List<Finding> altered = check("2021_三亚市_决算报告.txt", String.format(FINAL_ACCOUNT, "18.3"));
        assertTrue(of(altered, FindingKind.SUM, Verdict.INCONSISTENT).stream().anyMatch(f -> involving("18.3亿元").test(f)), altered.toString());
    }
}
