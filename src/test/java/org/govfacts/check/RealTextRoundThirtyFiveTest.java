package org.govfacts.check;

import static org.govfacts.check.Findings.involving;
import static org.govfacts.check.RealTextRoundTwentyEightTest.check;
import static org.govfacts.check.RealTextRoundTwentyEightTest.of;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Real-text wordings of the fifty-fourth blind round: final accounts that give a result as a share of the budget stated
 * in the same clause and the amount over or short of it, a total restated in brackets with an item added, a structure
 * that 变化为 new terms, a footnote mark inside a name, a harvest's fall named 减产 and 下降幅度, and an education
 * bulletin whose labelled paragraphs split the totals before them.
 */
class RealTextRoundThirtyFiveTest {
    private static final String FINAL_ACCOUNTS = "根据汇编决算，2003年省级财政总收入为413.48亿元，为年度预算411.08亿元的100.58%%，超收%s亿元。"
            + "2003年，省级财政总支出完成411.15亿元，为年度预算410.61亿元的100.13%%，超支0.54亿元。\n";

    @Test
    void aResultIsTheShareOfTheBudgetStatedRightBeforeItsPerCent() {
        List<Finding> found = check("2003_广东省_决算报告.txt", String.format(FINAL_ACCOUNTS, "2.4"));
        assertTrue(of(found, FindingKind.SHARE, Verdict.CONSISTENT).stream().anyMatch(f -> involving("413.48亿元").test(f)
                && involving("411.08亿元").test(f) && involving("100.58%").test(f)), found.toString());
        assertTrue(of(found, FindingKind.SHARE, Verdict.CONSISTENT).stream().anyMatch(f -> involving("411.15亿元").test(f)
                && involving("100.13%").test(f)), found.toString());
    }

    @Test
    void anAmountOverTheBudgetIsTheResultLessTheBudget() {
        List<Finding> found = check("2003_广东省_决算报告.txt", String.format(FINAL_ACCOUNTS, "2.4"));
        assertTrue(of(found, FindingKind.SUM, Verdict.CONSISTENT).stream().anyMatch(f -> involving("2.4亿元").test(f)
                && f.message().contains("413.48亿元 − 411.08亿元")), found.toString());
        assertTrue(of(found, FindingKind.SUM, Verdict.CONSISTENT).stream().anyMatch(f -> involving("0.54亿元").test(f)), found.toString());
        List<Finding> altered = check("2003_广东省_决算报告.txt", String.format(FINAL_ACCOUNTS, "2.7"));
        assertTrue(of(altered, FindingKind.SUM, Verdict.INCONSISTENT).stream().anyMatch(f -> involving("2.7亿元").test(f)
                && f.message().contains("超收")), altered.toString());
    }

    @Test
    void anAmountShortOfTheBudgetIsTheBudgetLessTheResultWhateverTheIndicatorIsCalled() {
        String text = "2024年，全县大口径财政收入累计完成67955万元。其中：一般公共预算收入42100万元，完成预算49531万元的85.0%%，"
                + "短收%s万元，同比下降10.2%%。\n";
        List<Finding> found = check("2024_某县_预算执行报告.txt", String.format(text, "7431"));
        // 一般公共预算收入 names the indicator, not a budget: the result is 42100, the budget 49531
        assertTrue(of(found, FindingKind.SUM, Verdict.CONSISTENT).stream().anyMatch(f -> involving("7431万元").test(f)
                && involving("42100万元").test(f) && involving("49531万元").test(f)), found.toString());
        List<Finding> altered = check("2024_某县_预算执行报告.txt", String.format(text, "7481"));
        assertTrue(of(altered, FindingKind.SUM, Verdict.INCONSISTENT).stream().anyMatch(f -> involving("7481万元").test(f)), altered.toString());
    }

    @Test
    void aGapWithNoBudgetStatedBeforeItIsLeftAlone() {
        String text = "一般公共预算收入42100万元，完成预算的85.0%，短收7431万元。\n";
        List<Finding> found = check("2024_某县_预算执行报告.txt", text);
        assertTrue(found.stream().noneMatch(f -> involving("7431万元").test(f) && f.kind() == FindingKind.SUM), found.toString());
    }

    @Test
    void aTotalRestatedInBracketsWithAnItemAddedIsNoListOfParts() {
        String text = "按照现行财政体制计算，全区含基金的总财力为37106万元(含上年净结余165万元后的总财力为37271万元)，"
                + "安排2005年全区含基金的财政支出36996万元。\n";
        List<Finding> found = check("2005_新罗区_预算报告.txt", text);
        assertTrue(found.stream().noneMatch(f -> involving("37106万元").test(f) && f.verdict() == Verdict.INCONSISTENT), found.toString());
    }

    @Test
    void aStructureThatChangesToNewTermsIsReadAfterEveryWordOfChange() {
        String text = "三次产业结构由上年的14.9∶49.6∶35.5变化为14.4∶49.3∶%s，产业结构进一步优化。\n";
        List<Finding> found = check("2001_山东省_统计公报.txt", String.format(text, "36.3"));
        assertTrue(of(found, FindingKind.SUM, Verdict.CONSISTENT).stream().anyMatch(f -> f.message().contains("14.4∶49.3∶36.3")), found.toString());
        List<Finding> altered = check("2001_山东省_统计公报.txt", String.format(text, "38.3"));
        assertTrue(of(altered, FindingKind.SUM, Verdict.INCONSISTENT).stream().anyMatch(f -> f.message().contains("14.4∶49.3∶38.3")), altered.toString());
    }

    @Test
    void aFootnoteMarkIsNoPartOfTheNameASharesBaseIsCalledBy() {
        String text = "据统计，全年国内生产总值(注2)达到1200亿元，比上年增长13.2%。非公有制经济发展迅速，全年实现增加值396亿元，"
                + "增长17.5%，占GDP的比重达到33%。\n";
        List<Finding> found = check("2002_济南市_统计公报.txt", text);
        assertTrue(of(found, FindingKind.SHARE, Verdict.CONSISTENT).stream().anyMatch(f -> involving("396亿元").test(f)
                && involving("1200亿元").test(f)), found.toString());
    }

    @Test
    void aHarvestsFallNamedByItsOwnWordsIsAChangeAndARate() {
        String text = "1985年全国粮食生产总量为37916.8万吨，比1984年减产2820.2万吨，下降幅度为%s%%。\n";
        List<Finding> found = check("1986_温州市_粮食生产.txt", String.format(text, "6.9"));
        assertTrue(of(found, FindingKind.GROWTH, Verdict.CONSISTENT).stream().anyMatch(f -> involving("2820.2万吨").test(f)
                && involving("6.9%").test(f)), found.toString());
        List<Finding> altered = check("1986_温州市_粮食生产.txt", String.format(text, "6.2"));
        assertTrue(of(altered, FindingKind.GROWTH, Verdict.INCONSISTENT).stream().anyMatch(f -> involving("6.2%").test(f)), altered.toString());
    }

    private static final String EDUCATION = "义务教育\n全县义务教育中小学30所。校舍总面积57.74万平方米，较上年增加0.56万平方米；"
            + "仪器设备值%s万元，较上年增加463.26万元；专任教师2384人，较上年减少53人。\n"
            + "——小学。校数17所；在校生22250人，比上年减少336人。校舍总面积25.48万平方米，比上年增加0.44万平方米；"
            + "仪器设备值9010.34万元，比上年增加272.90万元。\n"
            + "——初中。校数13所；在校生11012人，比上年增加380人。校舍总面积32.26万平方米，比上年增加0.12万平方米；"
            + "仪器设备值8909.45万元，比上年增加190.36万元。\n"
            + "学前教育\n全县幼儿园32所，比上年减少12所。园舍总面积15.82万平方米，比上年减少2.00万平方米。\n";

    @Test
    void labelledParagraphsSplitTheTotalsOfTheParagraphBeforeThem() {
        List<Finding> found = check("2024_象山县_教育统计.txt", String.format(EDUCATION, "17919.79"));
        assertTrue(of(found, FindingKind.SUM, Verdict.CONSISTENT).stream().anyMatch(f -> involving("57.74万平方米").test(f)
                && involving("25.48万平方米").test(f) && involving("32.26万平方米").test(f)), found.toString());
        assertTrue(of(found, FindingKind.SUM, Verdict.CONSISTENT).stream().anyMatch(f -> involving("0.56万平方米").test(f)
                && involving("0.12万平方米").test(f)), found.toString());
        List<Finding> altered = check("2024_象山县_教育统计.txt", String.format(EDUCATION, "17949.79"));
        assertTrue(of(altered, FindingKind.SUM, Verdict.INCONSISTENT).stream().anyMatch(f -> involving("17949.79万元").test(f)
                && f.message().contains("小学, 初中")), altered.toString());
        // the kindergartens after the run are no part: their paragraph has no label
        assertTrue(found.stream().noneMatch(f -> involving("15.82万平方米").test(f)), found.toString());
    }

    @Test
    void aLabelledItemThatAloneFailsToAddUpSaysNothing() {
        // only one item is stated in every paragraph, and it misses: nothing shows that the labels split the total
        String text = "义务教育\n全县义务教育中小学30所。校舍总面积60.74万平方米。\n——小学。校舍总面积25.48万平方米。\n"
                + "——初中。校舍总面积32.26万平方米。\n";
        List<Finding> found = check("2024_某县_教育统计.txt", text);
        assertTrue(found.stream().noneMatch(f -> involving("60.74万平方米").test(f) && f.verdict() == Verdict.INCONSISTENT), found.toString());
    }

    @Test
    void aStructureTakenFromAPdfWithSpacesAfterItsDecimalPointsIsStillRead() {
        String text = "三次产业对经济增长的贡献率分别为 7. 6%%、29. 9%% 和 62. 5%%。三次产业结构比为 10. 1∶35. 4∶%s。\n";
        List<Finding> found = check("2023_四川省_统计公报.txt", String.format(text, "54. 5"));
        assertTrue(of(found, FindingKind.SUM, Verdict.CONSISTENT).stream().anyMatch(f -> f.message().contains("10.1 + 35.4 + 54.5")), found.toString());
        List<Finding> altered = check("2023_四川省_统计公报.txt", String.format(text, "57. 5"));
        assertTrue(of(altered, FindingKind.SUM, Verdict.INCONSISTENT).stream().anyMatch(f -> f.message().contains("57.5")), altered.toString());
    }

    @Test
    void theSectorsContributionsToGrowthAddUpToAHundredWithoutTheWordRate() {
        String text = "三次产业结构比为9.9:56.2:33.9。三次产业对经济增长的贡献分别为6.5%%、%s%%、32.3%%，其中工业对经济增长的贡献为46.2%%。\n";
        List<Finding> found = check("2023_江津区_统计公报.txt", String.format(text, "61.2"));
        assertTrue(of(found, FindingKind.SUM, Verdict.CONSISTENT).stream().anyMatch(f -> involving("61.2%").test(f)), found.toString());
        List<Finding> altered = check("2023_江津区_统计公报.txt", String.format(text, "67.2"));
        assertTrue(of(altered, FindingKind.SUM, Verdict.INCONSISTENT).stream().anyMatch(f -> involving("67.2%").test(f)), altered.toString());
        // industry's contribution is a part of the secondary sector's, no fourth part
        assertTrue(found.stream().noneMatch(f -> involving("46.2%").test(f) && f.verdict() != Verdict.CANNOT_TELL), found.toString());
    }
}
