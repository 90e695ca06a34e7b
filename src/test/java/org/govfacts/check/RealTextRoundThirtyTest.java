package org.govfacts.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Real-text wordings behind the false alarms of the forty-eighth blind round (a county bulletin's flattened transport
 * table, a district report that gives the structure of two scopes, a district's final accounts, an old investment
 * release, a city bulletin's pulls on growth beside the growth per head, a farm output list without its services),
 * each with an altered figure where the check must still speak.
 */
class RealTextRoundThirtyTest {
    private static List<Finding> check(String name, String text) {
        return RealTextRoundTwentyEightTest.check(name, text);
    }

    private static List<Finding> of(List<Finding> found, FindingKind kind, Verdict verdict) {
        return RealTextRoundTwentyEightTest.of(found, kind, verdict);
    }

    private static boolean is(org.govfacts.fact.Fact f, double value) {
        return f.value() != null && f.value() == value;
    }

    /**
     * The check is quiet on {@code text} for {@code kind} and flags one inconsistency once {@code from} is altered to
     * {@code to}; returns the findings on the unaltered text.
     */
    private static List<Finding> quietThenCaught(String name, String text, FindingKind kind, String from, String to) {
        assertTrue(text.contains(from), from);
        List<Finding> found = check(name, text);
        assertTrue(of(found, kind, Verdict.INCONSISTENT).isEmpty(), found.toString());
        List<Finding> altered = check(name, text.replace(from, to));
        assertEquals(1, of(altered, kind, Verdict.INCONSISTENT).size(), altered.toString());
        return found;
    }

    private static final String TABLE = "1998年淳安县国民经济和社会发展统计公报\n全年各种运输完成情况如下: 1998年 比上年±% 货物运输量 289万吨 -23.6"
            + " 其中:公路 252万吨 -11.3 水路 37万吨 -61.5 旅客运输量 942万人 5.8 其中:公路 640万人 1.3 水路 302万人 17.1"
            + " 内河港口货物吞吐量 59万吨 -60.7 邮电通信事业继续发展。\n";

    @Test
    void qiZhongBelongsToTheNearestLevelBeforeItNotToAFigureOfAnotherUnitFurtherBack() {
        // 其中 after 942万人 lists passengers; 59万吨 (port throughput) is no part of the 37万吨 by water
        List<Finding> found = check("1998_淳安县_统计公报.txt", TABLE);
        assertTrue(found.stream().noneMatch(f -> f.kind() == FindingKind.SUM && f.facts().stream().anyMatch(x -> is(x, 59e4))),
                found.toString());
        // a 其中 list of the same unit after its total still reads as its parts: 300 > 289 is caught
        List<Finding> over = check("1998_淳安县_统计公报.txt", "全年货物运输量289万吨，其中公路货运量300万吨。\n");
        assertEquals(1, of(over, FindingKind.SUM, Verdict.INCONSISTENT).size(), over.toString());
    }

    private static final String TWO_SCOPES = "全年实现国内生产总值206亿元，同比增长13.5%。三次产业比重分别为0.8%、29%和70.2%。区属国内生产总值实现86.2亿元，"
            + "比上年增长21.4%。三次产业比重分别为1.8%、28.7%和69.5%。\n";

    @Test
    void listsOfOneSharedIndicatorRestateItemByItemAndTwoListsThatDifferThroughoutAreTwoScopes() {
        List<Finding> found = check("2002_丰台区_政府工作报告.txt", TWO_SCOPES);
        // 0.8% is the first industry's share, 28.7% the second's: never one figure stated twice; and the two lists differ in
        // every item, so they are of two scopes (the district, then its own economy)
        assertTrue(of(found, FindingKind.DUPLICATE, Verdict.INCONSISTENT).isEmpty(), found.toString());
        // a list that repeats another but for one item is a restatement with a slip in that item
        List<Finding> slip = check("2002_丰台区_政府工作报告.txt", TWO_SCOPES.replace("1.8%、28.7%和69.5%", "0.8%、29%和70.5%"));
        List<Finding> flagged = of(slip, FindingKind.DUPLICATE, Verdict.INCONSISTENT);
        assertEquals(1, flagged.size(), slip.toString());
        assertTrue(flagged.get(0).facts().stream().allMatch(x -> is(x, 70.2) || is(x, 70.5)), flagged.toString());
    }

    private static final String ACCOUNTS = "2018年，全区一般公共预算收入完成214304万元，加上级补助收入369578万元、债券转贷收入30000万元、上年结余31689万元，"
            + "收入总计645571万元。全区一般公共预算支出611237万元，加上解上级支出3483万元、调出资金108851万元、当年结余1851万元，"
            + "支出总计725422万元。\n";

    @Test
    void aListOpeningOnJiaAddsToTheFigureBeforeIt() {
        // 214304 + 369578 + 30000 + 31689 = 645571: the list after 加 with the revenue before it makes the total
        List<Finding> found = check("2018_黔江区_决算.txt", ACCOUNTS);
        assertEquals(2, of(found, FindingKind.SUM, Verdict.CONSISTENT).stream()
                .filter(f -> f.facts().stream().anyMatch(x -> is(x, 214304e4) || is(x, 611237e4))).count(), found.toString());
        assertTrue(of(found, FindingKind.SUM, Verdict.INCONSISTENT).isEmpty(), found.toString());
        List<Finding> altered = check("2018_黔江区_决算.txt", ACCOUNTS.replace("收入总计645571万元", "收入总计648571万元"));
        assertEquals(1, of(altered, FindingKind.SUM, Verdict.INCONSISTENT).size(), altered.toString());
        // the first addend in another sentence: the list after 加 alone is not the total's split
        List<Finding> apart = check("2018_黔江区_决算.txt", "全区一般公共预算支出611237万元。加上解上级支出3483万元、调出资金108851万元、"
                + "当年结余1851万元，支出总计725422万元。\n");
        assertTrue(of(apart, FindingKind.SUM, Verdict.INCONSISTENT).isEmpty(), apart.toString());
    }

    private static final String INVESTMENT = "全区完成全社会固定资产投资3.62亿元，增长10.2%。其中：基本建设投资2.99亿元，增长9.1%，占投资总额的82.6%；"
            + "更新改造投资0.16亿元，增长8.7%，占投资总额的4.5%。\n";

    @Test
    void aFigureWithItsOwnShareOfTheBaseIsNotThatBase() {
        // 基本建设投资 states its own share of 投资总额 (after its growth rate): it is a part beside 更新改造投资, not the whole
        List<Finding> found = check("2001_西藏_一季度.txt", INVESTMENT);
        assertTrue(of(found, FindingKind.SHARE, Verdict.INCONSISTENT).isEmpty(), found.toString());
    }

    private static final String PULLS = "据初步统计，我市实现地区生产总值560.65亿元，按可比价计算，同比增长8.0%。按户籍人口计算，全市人均生产总值77068元，"
            + "同比增长8.3%。一、二、三产业结构比为6.5:48.5:45.0，三次产业分别拉动经济增长0.1、4.0和3.9个百分点。\n";

    @Test
    void pullsOnGrowthAddUpToTheGrowthOfTheWholeNotOfTheMeanPerHead() {
        List<Finding> found = quietThenCaught("2018_嵊州市_统计公报.txt", PULLS, FindingKind.SUM, "4.0和3.9", "4.0和3.4");
        assertTrue(found.stream().noneMatch(f -> f.kind() == FindingKind.SUM && f.facts().stream().anyMatch(x -> is(x, 8.3))),
                found.toString());
        assertFalse(of(found, FindingKind.SUM, Verdict.CONSISTENT).stream()
                .filter(f -> f.facts().stream().anyMatch(x -> is(x, 8.0))).toList().isEmpty(), found.toString());
    }

    private static final String FARM = "全市实现农林牧渔业总产值54.80亿元，按可比价计算增长2.3%。其中农业产值41.03亿元，增长2.8%；林业产值5.39亿元，增长2.7%；"
            + "牧业产值6.94亿元，下降1.3%；渔业产值1.09亿元，增长3.0%。\n";

    @Test
    void aListOfSomePartsOfASplitByDefinitionSaysNothingByFallingShort() {
        // 54.45 of 54.80: the services to farming (农林牧渔服务业) are left out of the list
        List<Finding> found = check("2018_嵊州市_统计公报.txt", FARM);
        assertTrue(of(found, FindingKind.SUM, Verdict.INCONSISTENT).isEmpty(), found.toString());
        // with the services the split is whole: 54.80 is checked, and a slip is caught
        String whole = FARM.replace("。\n", "；农林牧渔服务业产值0.35亿元，增长4.1%。\n");
        assertEquals(1, of(check("2018_嵊州市_统计公报.txt", whole), FindingKind.SUM, Verdict.CONSISTENT).size());
        List<Finding> slip = check("2018_嵊州市_统计公报.txt", whole.replace("林业产值5.39亿元", "林业产值5.89亿元"));
        assertEquals(1, of(slip, FindingKind.SUM, Verdict.INCONSISTENT).size(), slip.toString());
        // over the total the short list is still an error
        List<Finding> over = check("2018_嵊州市_统计公报.txt", FARM.replace("农业产值41.03亿元", "农业产值41.93亿元"));
        assertEquals(1, of(over, FindingKind.SUM, Verdict.INCONSISTENT).size(), over.toString());
    }

    private static final String PULLS_OF_TWO_PARTS = "经济总体恢复向好。上半年全省地区生产总值为11688.6亿元，同比增长4.7%。其中，第一产业增加值436.7亿元，增长1.3%，"
            + "拉动经济增长0.1个百分点；第二产业增加值5853.1亿元，增长3.9%，拉动经济增长1.7个百分点；第三产业增加值5398.7亿元，增长5.7%，"
            + "拉动经济增长2.9个百分点。\n工业保持平稳增长。上半年全省规模以上工业增加值同比增长3.9%。工业占地区生产总值比重为45.9%，"
            + "对经济增长的贡献率为34.6%，拉动经济增长1.6个百分点。\n";

    @Test
    void pullsOfTwoPartsOnOneWholeAreTwoFigures() {
        // the third industry's pull and industry's pull are both 拉动经济增长 of one period and place, but of two parts
        List<Finding> found = check("2023_山西省_上半年.txt", PULLS_OF_TWO_PARTS);
        assertTrue(of(found, FindingKind.DUPLICATE, Verdict.INCONSISTENT).isEmpty(), found.toString());
    }

    private static final String FUNDS = "2024年，全县大口径财政收入累计完成67955万元。其中：一般公共预算收入42100万元，完成预算49531万元的85.0%，短收7431万元；"
            + "政府性基金收入3089万元，完成预算24850万元的12.4%，短收21761万元，同比减收31430万元，下降91.1%。\n";

    @Test
    void aShortfallAgainstTheBudgetIsNotTheLevelAFallIsOf() {
        // 31430 on 3089 + 31430 is 91.05%: the fall is of the revenue, not of the 21761 the budget was missed by
        List<Finding> found = quietThenCaught("2024_甘谷县_决算.txt", FUNDS, FindingKind.GROWTH, "下降91.1%", "下降81.1%");
        assertEquals(1, of(found, FindingKind.GROWTH, Verdict.CONSISTENT).size(), found.toString());
    }

    private static final String URBAN = "年末全州常住人口为28.2万人，比上年末增加0.1万人。按城乡分，城镇人口12.4万人，乡村人口15.8万人，"
            + "城镇人口占常住人口比重(常住人口城镇化率)为43.97%，比上年末提高0.84个百分点。\n";

    @Test
    void aShareIsOfThePartItNamesNotOfTheNearestFigure() {
        List<Finding> found = quietThenCaught("2023_黄南州_统计公报.txt", URBAN, FindingKind.SHARE, "城镇人口12.4万人", "城镇人口12.9万人");
        assertEquals(1, of(found, FindingKind.SHARE, Verdict.CONSISTENT).size(), found.toString());
    }

    private static final String SPREAD = "全年实现生产总值171.08亿元，比上年下降11.6%。其中，第一产业增加值61.86亿元，比上年增长1.5%；"
            + "第二产业增加值34.19亿元，下降37.5%；第三产业增加值75.04亿元，增长0.1%。\n";

    @Test
    void partsWhoseRatesLieFarApartLeaveTheirPriceWeightsOpen() {
        // the parts imply −10.2%, 1.35 points from −11.6%: with rates 39 points apart, relative prices move the weights that much
        List<Finding> found = check("2022_铁门关市_统计公报.txt", SPREAD);
        assertTrue(of(found, FindingKind.GROWTH, Verdict.INCONSISTENT).isEmpty(), found.toString());
        // rates close together leave no such room: the same gap is an error
        List<Finding> close = check("2022_铁门关市_统计公报.txt", SPREAD.replace("下降37.5%", "增长1.0%").replace("下降11.6%", "增长2.4%"));
        assertEquals(1, of(close, FindingKind.GROWTH, Verdict.INCONSISTENT).size(), close.toString());
    }

    private static final String DECADE = "全州生产总值由2011年的26.16亿元增加到2021年的51.51亿元。第三产业由2011年的12.75亿元增加到2021年的25.25亿元，"
            + "年均增长9.85%。\n";

    @Test
    void aBarePartOfGdpGrowsInRealTermsAndItsLevelsInCurrentPrices() {
        // 12.75 to 25.25 in ten years is 7.07% a year at current prices; the 9.85% is at comparable prices
        List<Finding> found = check("2021_果洛州_十年.txt", DECADE);
        assertTrue(of(found, FindingKind.GROWTH, Verdict.INCONSISTENT).isEmpty(), found.toString());
        // the same wording of a count is still checked
        List<Finding> count = check("2021_果洛州_十年.txt", "全州各类市场主体由2011年的12750户增加到2021年的25250户，年均增长9.85%。\n");
        assertEquals(1, of(count, FindingKind.GROWTH, Verdict.INCONSISTENT).size(), count.toString());
    }

    private static final String SHARES = "2016年，全旗地区生产总值117.4亿元，按可比价格计算，比上年增长7.3%。第一产业增加值19.3亿元，比上年增长3.7%；"
            + "第二产业增加值51.7亿元，比上年增长7.7%；第三产业增加值46.4亿元，比上年增长7.9%。三次产业比重为16.4∶44.1∶39.5。\n";

    @Test
    void aStructureCuedBy比重IsEachPartsShareOfTheTotal() {
        List<Finding> found = quietThenCaught("2016_阿鲁科尔沁旗_统计公报.txt", SHARES, FindingKind.SHARE, "16.4∶44.1", "18.4∶44.1");
        assertEquals(1, of(found, FindingKind.SHARE, Verdict.CONSISTENT).size(), found.toString());
        // last year's structure a change starts from is not of this year's parts
        List<Finding> change = check("2021_四川省_统计公报.txt", "2021年，四川省地区生产总值53850.8亿元，比上年增长8.2%。其中，第一产业增加值5661.9亿元，"
                + "增长7%。第二产业增加值19901.4亿元，增长7.4%。第三产业增加值28287.5亿元，增长8.9%。三次产业结构由上年 的 11.5:36.1:52.4 调 整 为 "
                + "10.5: 37.0:52.5。\n");
        assertTrue(of(change, FindingKind.SHARE, Verdict.INCONSISTENT).isEmpty(), change.toString());
        // the structure it changes to is this year's, however its cue is spaced: an altered term is caught
        List<Finding> altered2021 = check("2021_四川省_统计公报.txt", "2021年，四川省地区生产总值53850.8亿元，比上年增长8.2%。其中，第一产业增加值5661.9亿元，"
                + "增长7%。第二产业增加值19901.4亿元，增长7.4%。第三产业增加值28287.5亿元，增长8.9%。三次产业结构由上年 的 11.5:36.1:52.4 调 整 为 "
                + "11.5: 37.0:52.5。\n");
        assertEquals(1, of(altered2021, FindingKind.SHARE, Verdict.INCONSISTENT).size(), altered2021.toString());
    }

    private static final String FROM_SHARE = "2013年，内蒙古地区生产总值达到16832.38亿元。2013年，内蒙古工业增加值达到7944.4亿元，比1984年增长50.2倍，"
            + "工业占GDP的比重由30.5%提高到47.2%。\n";

    @Test
    void theShareAChangeStartsFromIsOfAnEarlierYear() {
        // 30.5% is 1984's share, not 7944.4 of 16832.38 (2013's 47.2%)
        List<Finding> found = check("2013_内蒙古_三十年.txt", FROM_SHARE);
        assertTrue(of(found, FindingKind.SHARE, Verdict.INCONSISTENT).isEmpty(), found.toString());
        // the share as this year's level is still checked
        List<Finding> level = check("2013_内蒙古_三十年.txt", FROM_SHARE.replace("由30.5%提高到47.2%", "为45.2%"));
        assertEquals(1, of(level, FindingKind.SHARE, Verdict.INCONSISTENT).size(), level.toString());
        // the share it rises to is this year's, of the base named where the change begins
        quietThenCaught("2013_内蒙古_三十年.txt", FROM_SHARE, FindingKind.SHARE, "提高到47.2%", "提高到41.2%");
    }
}
