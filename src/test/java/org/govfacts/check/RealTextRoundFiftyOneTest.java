package org.govfacts.check;

import static org.govfacts.check.Findings.involving;
import static org.govfacts.check.RealTextRoundTwentyEightTest.check;
import static org.govfacts.check.RealTextRoundTwentyEightTest.of;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Real-text wordings of the seventieth blind round: a level with the base it is compared with and the change between
 * them, a farm output's parts each changing from one year to another, a count of a list's headings before its parts,
 * parts joined by 和 after 包括, and a gap to a rate whose sentence opens on its period before a clause of another year.
 */
class RealTextRoundFiftyOneTest {
    private static final String POPULATION = "湖北省2017年人口变动情况\n根据抽样调查数据推算，湖北省2017年末常住人口为5902万人，"
            + "比2016年末常住人口%s万人增加17万人，比2010年末常住人口5723.8万人增加178.2万人。\n";

    @Test
    void aLevelAgreesWithItsComparedBaseAndTheChange() {
        List<Finding> found = check("2018_湖北省_人口.txt", POPULATION.formatted("5885"));
        assertTrue(found.stream().noneMatch(f -> f.verdict() == Verdict.INCONSISTENT), found.toString());
        assertTrue(of(found, FindingKind.SUM, Verdict.CONSISTENT).stream().anyMatch(f -> involving("5885万人").test(f)
                && involving("5902万人").test(f)), found.toString());
        assertTrue(of(found, FindingKind.SUM, Verdict.CONSISTENT).stream().anyMatch(involving("5723.8万人")), found.toString());
        List<Finding> altered = check("2018_湖北省_人口.txt", POPULATION.formatted("5895"));
        assertTrue(of(altered, FindingKind.SUM, Verdict.INCONSISTENT).stream().anyMatch(involving("5895万人")), altered.toString());
    }

    private static final String FARM = "赣州市农业发展七十年\n赣州市农林牧渔业总产值由1949年的2.76亿元扩增至2018年的545.80亿元。"
            + "其中，农业产值由2.19亿元扩增至289.29亿元，林业产值由0.24亿元扩增至%s亿元，牧业产值由0.31亿元扩增至124.07亿元，"
            + "渔业产值由0.02亿元扩增至55.02亿元，农林牧渔服务业产值由开始有统计的2003年的3.25亿元扩增至20.26亿元[1]。\n";

    @Test
    void partsChangingFromOneYearToAnotherAddUpInTheLaterYear() {
        List<Finding> found = check("2019_赣州市_农业.txt", FARM.formatted("57.16"));
        assertTrue(of(found, FindingKind.SUM, Verdict.CONSISTENT).stream().anyMatch(f -> involving("545.80亿元").test(f)
                && involving("20.26亿元").test(f)), found.toString());
        List<Finding> altered = check("2019_赣州市_农业.txt", FARM.formatted("51.16"));
        assertTrue(of(altered, FindingKind.SUM, Verdict.INCONSISTENT).stream().anyMatch(involving("51.16亿元")), altered.toString());
    }

    private static final String HEADINGS = "江西省2023年重大项目\n从项目结构上来看，3558个大中型项目主要包括4个方面：交通、能源、水利等"
            + "基础设施领域大中型项目854个；机械制造、电子信息等产业升级项目1624个；教育、医疗卫生等公共服务项目%s个；"
            + "节能减排、污水垃圾处理及其他生态环保等项目210个。\n";

    @Test
    void aCountOfTheListsHeadingsIsNoPart() {
        List<Finding> found = check("2023_江西省_重大项目.txt", HEADINGS.formatted("870"));
        assertTrue(of(found, FindingKind.SUM, Verdict.CONSISTENT).stream().anyMatch(involving("3558个")), found.toString());
        assertTrue(found.stream().noneMatch(involving("4个")), found.toString());
        List<Finding> altered = check("2023_江西省_重大项目.txt", HEADINGS.formatted("876"));
        assertTrue(of(altered, FindingKind.SUM, Verdict.INCONSISTENT).stream().anyMatch(involving("876个")), altered.toString());
    }

    private static final String INDICATORS = "大兴区2022年国民经济和社会发展计划\n2022年计划共安排21项指标，包括12项预期性指标和%s项约束性指标。\n";

    @Test
    void partsJoinedByAndAfterIncludingAddUp() {
        List<Finding> found = check("2022_大兴区_计划.txt", INDICATORS.formatted("9"));
        assertTrue(of(found, FindingKind.SUM, Verdict.CONSISTENT).stream().anyMatch(involving("21项")), found.toString());
        List<Finding> altered = check("2022_大兴区_计划.txt", INDICATORS.formatted("10"));
        assertTrue(of(altered, FindingKind.SUM, Verdict.INCONSISTENT).stream().anyMatch(involving("10项")), altered.toString());
    }

    private static final String GAP = "江西省2021年一季度投资运行情况\n一季度，全省固定资产投资同比增长29.7%%。一季度，2020年增速持续低于"
            + "全部投资的民间投资得到有力改善，其中：民间投资增长32.5%%，比全部投资增速高%s个百分点。\n";

    @Test
    void aClauseOfLastYearDoesNotDateTheRatesAfterIt() {
        List<Finding> found = check("2021_江西省_投资.txt", GAP.formatted("2.8"));
        assertTrue(of(found, FindingKind.GAP, Verdict.CONSISTENT).stream().anyMatch(involving("2.8个百分点")), found.toString());
        List<Finding> altered = check("2021_江西省_投资.txt", GAP.formatted("3.8"));
        assertTrue(of(altered, FindingKind.GAP, Verdict.INCONSISTENT).stream().anyMatch(involving("3.8个百分点")), altered.toString());
    }

    private static final String BUDGETS = "武昌区2019年财政预算执行情况\n区人大常委会审查批准了预算调整方案，地方一般公共预算收入调整为1,351,100万元；"
            + "地方一般公共预算支出调整为1,012,469万元。\n2019地方一般公共预算收入预计完成1,351,100万元，为预算的100%%，同比下降4%%。"
            + "地方一般公共预算支出完成%s万元，为预算的100%%，同比增长5.2%%。\n";

    @Test
    void theSpendingsBudgetIsNoRevenueFigure() {
        List<Finding> found = check("2020_武昌区_预算报告.txt", BUDGETS.formatted("1,012,469"));
        assertTrue(found.stream().noneMatch(f -> f.verdict() == Verdict.INCONSISTENT), found.toString());
    }
}
