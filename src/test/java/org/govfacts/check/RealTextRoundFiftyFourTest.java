package org.govfacts.check;

import static org.govfacts.check.Findings.involving;
import static org.govfacts.check.RealTextRoundTwentyEightTest.check;
import static org.govfacts.check.RealTextRoundTwentyEightTest.of;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Real-text wordings of the seventy-third blind round (the north-east, the south and the special regions): a share of a
 * year-end total, a classification that names its whole, a share that agrees with one of two figures of its base's name,
 * a level against the base after 比 and its rate, a part counted within a group its sentence counts, a list of long item
 * names after 其中：, and a 其中 list after a run of items parted by semicolons.
 */
class RealTextRoundFiftyFourTest {

    private static final String ROADS = "2012年公路水路交通运输行业发展统计公报\n年末全国公路总里程达423.75万公里。\n"
            + "其中，二级及以上公路里程50.19万公里，占公路总里程的%s%%。\n";

    @Test
    void aShareOfTheYearIsOfItsYearEndTotal() {
        List<Finding> found = check("2012_全国_公路.txt", ROADS.formatted("11.8"));
        assertTrue(of(found, FindingKind.SHARE, Verdict.CONSISTENT).stream().anyMatch(involving("423.75万公里")), found.toString());
        List<Finding> altered = check("2012_全国_公路.txt", ROADS.formatted("12.8"));
        assertTrue(of(altered, FindingKind.SHARE, Verdict.INCONSISTENT).stream().anyMatch(involving("12.8%")), altered.toString());
    }

    private static final String HOSPITALS = "2012年我国卫生事业发展统计公报\n2012年末，全国医疗卫生机构总数达950297个。其中：医院23170个，"
            + "基层医疗卫生机构912620个。\n医院中，公立医院13384个，民营医院9786个。医院按床位数分：100张床位以下医院13814个，"
            + "100-199张医院3488个，200-499张医院3508个，500-799张医院1301个，800张及以上医院%s个。\n";

    @Test
    void aClassificationNamingItsWholeSplitsThatWholeNotAKindOfIt() {
        List<Finding> found = check("2012_全国_卫生.txt", HOSPITALS.formatted("1059"));
        assertTrue(found.stream().noneMatch(f -> f.verdict() == Verdict.INCONSISTENT), found.toString());
        assertTrue(of(found, FindingKind.SUM, Verdict.CONSISTENT).stream().anyMatch(involving("23170个")), found.toString());
        List<Finding> altered = check("2012_全国_卫生.txt", HOSPITALS.formatted("1089"));
        assertTrue(of(altered, FindingKind.SUM, Verdict.INCONSISTENT).stream().anyMatch(f -> involving("23170个").test(f)
                && involving("1089个").test(f)), altered.toString());
    }

    private static final String POPULATION = "谯城区2020年国民经济和社会发展统计公报\n年末辖区户籍总人口171.5万人，其中，谯城区(不含高新区)"
            + "户籍总人口为159.4万人。18岁以下人口39.16万人，占总人口的%s%%。\n";

    @Test
    void aShareAgreeingWithOneOfTwoFiguresOfItsBaseIsOfThatOne() {
        List<Finding> found = check("2020_谯城区_公报.txt", POPULATION.formatted("24.6"));
        assertTrue(found.stream().noneMatch(f -> f.verdict() == Verdict.INCONSISTENT), found.toString());
        assertTrue(of(found, FindingKind.SHARE, Verdict.CONSISTENT).stream().anyMatch(involving("159.4万人")), found.toString());
        // a share that agrees with neither is still wrong
        List<Finding> altered = check("2020_谯城区_公报.txt", POPULATION.formatted("26.6"));
        assertTrue(of(altered, FindingKind.SHARE, Verdict.INCONSISTENT).stream().anyMatch(involving("26.6%")), altered.toString());
    }

    @Test
    void aLevelAgainstTheBaseAfterBiAndItsRate() {
        String text = "某市统计局发布\n2023年全市汽车挂牌数为40783辆，比上年的53310辆减少%s%%。\n";
        List<Finding> found = check("2023_某市_汽车.txt", text.formatted("23.5"));
        assertTrue(of(found, FindingKind.GROWTH, Verdict.CONSISTENT).stream().anyMatch(involving("53310辆")), found.toString());
        List<Finding> altered = check("2023_某市_汽车.txt", text.formatted("30.72"));
        assertTrue(of(altered, FindingKind.GROWTH, Verdict.INCONSISTENT).stream().anyMatch(involving("30.72%")), altered.toString());
        // 比上年增0.6336万亩，增0.8%: the figure after 比上年增 is the change, not a base
        List<Finding> change = check("2014_某县_农业.txt", "某县农业局\n2014年全县粮豆播种面积76.8241万亩，比上年增0.6336万亩，增0.8%。\n");
        assertTrue(change.stream().noneMatch(f -> f.verdict() == Verdict.INCONSISTENT), change.toString());
    }

    @Test
    void aPartCountedWithinAGroupItsSentenceCountsFirst() {
        String text = "黑龙江省发展改革委\n今年已开复工3114个项目中，新开工项目达2063个，占比%s%%。\n";
        List<Finding> found = check("2022_黑龙江省_项目.txt", text.formatted("66.2"));
        assertTrue(of(found, FindingKind.SHARE, Verdict.CONSISTENT).stream().anyMatch(involving("3114个")), found.toString());
        List<Finding> altered = check("2022_黑龙江省_项目.txt", text.formatted("68.2"));
        assertTrue(of(altered, FindingKind.SHARE, Verdict.INCONSISTENT).stream().anyMatch(involving("68.2%")), altered.toString());
    }

    private static final String BUDGET = "营口市2024年财政预算执行情况\n2024年全市财政总收入536.7亿元，其中：一般公共预算收入140.6亿元，"
            + "上级财政补助收入121.5亿元，调入资金51.9亿元，上年结余收入49.5亿元，债务转贷收入102.8亿元，待偿债再融资一般债券上年结余"
            + "%s亿元，动用预算稳定调节基金34.3亿元。\n";

    @Test
    void aListAfterQiZhongColonMayNameItsItemsAtLength() {
        List<Finding> found = check("2024_营口市_财政.txt", BUDGET.formatted("36.1"));
        assertTrue(of(found, FindingKind.SUM, Verdict.CONSISTENT).stream().anyMatch(involving("536.7亿元")), found.toString());
        List<Finding> altered = check("2024_营口市_财政.txt", BUDGET.formatted("42.1"));
        assertTrue(of(altered, FindingKind.SUM, Verdict.INCONSISTENT).stream().anyMatch(involving("42.1亿元")), altered.toString());
    }

    @Test
    void aListAfterARunOfItemsIsOfTheLastItem() {
        String text = "营口市2024年财政预算执行情况\n盖州市一般公共预算收入13.2亿元，完成年度预算的112.8%；站前区一般公共预算收入18.2亿元，"
                + "完成年度预算的98.4%；西市区一般公共预算收入18.4亿元，完成年度预算的93.4%。其中：西市区本级一般公共预算收入3.2亿元，"
                + "沿海产业基地一般公共预算收入7.9亿元，自贸区一般公共预算收入7.3亿元。\n";
        List<Finding> found = check("2024_营口市_财政.txt", text);
        assertTrue(found.stream().noneMatch(f -> f.verdict() == Verdict.INCONSISTENT && involving("13.2亿元").test(f)), found.toString());
    }
}
