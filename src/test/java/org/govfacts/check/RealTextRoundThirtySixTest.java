package org.govfacts.check;

import static org.govfacts.check.Findings.involving;
import static org.govfacts.check.RealTextRoundTwentyEightTest.check;
import static org.govfacts.check.RealTextRoundTwentyEightTest.of;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Real-text wordings of the fifty-fifth blind round: a county's investment news whose classifications (按地域分, 从构成看)
 * stand a sentence of counts away from their total, a final account that compares with 较上年 and the level itself, a
 * budget's list of transfers with 其他 items, 机关事业单位 spending, a 收入总计 split after 其中 by commas, and the
 * contributions of the three sectors listed after their joint name.
 */
class RealTextRoundThirtySixTest {
    private static final String INVESTMENT = "1—8月份固定资产投资累计完成11.68亿元，同比增长48.25%%，完成年度计划的71%%。"
            + "施工项目个数为65个，同比增长27.45%%，其中本年新开工项目43个。按地域分：城镇投资59832万元，同比增长-1.7%%；"
            + "农村投资%s万元，增长218.04%%。从构成看：建筑工程投资52043万元，增长-22.73%%；安装工程投资28768万元，增长497.59%%；"
            + "设备、工器具购置投资35966万元，增长4.98倍。\n";

    @Test
    void aClassificationSplitsTheLastTotalOfItsKindPastASentenceOfCounts() {
        List<Finding> found = check("2012_临潭县_投资.txt", String.format(INVESTMENT, "56945"));
        assertTrue(of(found, FindingKind.SUM, Verdict.CONSISTENT).stream().anyMatch(f -> involving("11.68亿元").test(f)
                && involving("56945万元").test(f)), found.toString());
        assertTrue(of(found, FindingKind.SUM, Verdict.CONSISTENT).stream().anyMatch(f -> involving("11.68亿元").test(f)
                && involving("35966万元").test(f)), found.toString());
        List<Finding> altered = check("2012_临潭县_投资.txt", String.format(INVESTMENT, "58945"));
        assertTrue(of(altered, FindingKind.SUM, Verdict.INCONSISTENT).stream().anyMatch(f -> involving("58945万元").test(f)), altered.toString());
    }

    @Test
    void aLevelComparedWithAfter较上年IsTheBaseOfTheRateNotTheLevelReached() {
        String text = "2021年全县财政总收入完成23992万元，占年度预算22443万元的106.9%%，较上年21012万元，增收2980万元，增幅%s%%。\n";
        List<Finding> found = check("2021_某县_决算报告.txt", String.format(text, "14.2"));
        assertTrue(found.stream().noneMatch(f -> f.verdict() == Verdict.INCONSISTENT), found.toString());
        assertTrue(of(found, FindingKind.GROWTH, Verdict.CONSISTENT).stream().anyMatch(f -> involving("21012万元").test(f)
                && involving("2980万元").test(f)), found.toString());
        List<Finding> altered = check("2021_某县_决算报告.txt", String.format(text, "16.2"));
        assertTrue(of(altered, FindingKind.GROWTH, Verdict.INCONSISTENT).stream().anyMatch(f -> involving("16.2%").test(f)), altered.toString());
    }

    @Test
    void anOtherItemOfAListIsNoRemainingPartOfATotal() {
        String text = "2021年全县地方财政收入完成11489万元。根据上述地方财政收入，加返还性收入3714万元；均衡性转移支付补助收入46887万元；"
                + "其他固定数额及结算补助收入20543万元；专项转移支付收入25051万元；其他一般性转移支付收入27285万元；"
                + "2021年财政总收入为182513万元。\n";
        List<Finding> found = check("2021_某县_决算报告.txt", text);
        assertTrue(of(found, FindingKind.SPLIT, Verdict.INCONSISTENT).isEmpty(), found.toString());
    }

    @Test
    void spendingOfOfficesAndPublicInstitutionsIsAnAmountThatAddsUp() {
        String text = "当年省级机关事业单位财政拨款“三公经费”支出3.1亿元，比上年下降27.2%%，其中：因公出国费%s万元，下降38.3%%；"
                + "公务用车购置及运行费2.4亿元，下降25.1%%；公务接待费6344万元，下降36.2%%。\n";
        List<Finding> found = check("2014_甘肃省_决算报告.txt", String.format(text, "1287"));
        assertTrue(of(found, FindingKind.SUM, Verdict.CONSISTENT).stream().anyMatch(f -> involving("6344万元").test(f)
                && involving("3.1亿元").test(f)), found.toString());
        List<Finding> altered = check("2014_甘肃省_决算报告.txt", String.format(text, "4287"));
        assertTrue(of(altered, FindingKind.SUM, Verdict.INCONSISTENT).stream().anyMatch(f -> involving("4287万元").test(f)), altered.toString());
    }

    @Test
    void aTotalCalledSoIsSplitByTheCommaListAfterIt() {
        String text = "收支平衡情况：收入总计60.07亿元，其中：一般公共预算收入完成12.70亿元，上级补助收入%s亿元，债务转贷收入5.75亿元，"
                + "调入资金0.12亿元，上年结转结余7.85亿元。\n";
        List<Finding> found = check("2025_高昌区_预算报告.txt", String.format(text, "33.65"));
        assertTrue(of(found, FindingKind.SUM, Verdict.CONSISTENT).stream().anyMatch(f -> involving("60.07亿元").test(f)
                && involving("7.85亿元").test(f)), found.toString());
        List<Finding> altered = check("2025_高昌区_预算报告.txt", String.format(text, "38.65"));
        assertTrue(of(altered, FindingKind.SUM, Verdict.INCONSISTENT).stream().anyMatch(f -> involving("38.65亿元").test(f)), altered.toString());
        // without a word of total the comma clauses may be statements of their own, and long names are not read as parts
        List<Finding> plain = check("2025_高昌区_预算报告.txt", String.format(text, "38.65").replace("收入总计", "收入"));
        assertTrue(of(plain, FindingKind.SUM, Verdict.INCONSISTENT).stream().noneMatch(f -> involving("38.65亿元").test(f)), plain.toString());
    }

    @Test
    void theSectorsContributionsListedAfterTheirJointNameMakeAHundred() {
        String text = "全年实现地区生产总值3131亿元，增长16.5%%。三次产业构成比例为7.9:49.1:43.0，对经济增长的贡献率分别为4.8%%、%s%%和39.0%%。\n";
        List<Finding> found = check("2007_大连市_统计公报.txt", String.format(text, "56.2"));
        assertTrue(of(found, FindingKind.SUM, Verdict.CONSISTENT).stream().anyMatch(f -> involving("56.2%").test(f)
                && involving("39.0%").test(f)), found.toString());
        List<Finding> altered = check("2007_大连市_统计公报.txt", String.format(text, "59.2"));
        assertTrue(of(altered, FindingKind.SUM, Verdict.INCONSISTENT).stream().anyMatch(f -> involving("59.2%").test(f)), altered.toString());
    }
}
