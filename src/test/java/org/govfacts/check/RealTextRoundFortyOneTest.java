package org.govfacts.check;

import static org.govfacts.check.Findings.involving;
import static org.govfacts.check.RealTextRoundTwentyEightTest.check;
import static org.govfacts.check.RealTextRoundTwentyEightTest.of;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Real-text wordings of the sixtieth blind round: water bulletins (a third source of supply spelled 集雨及其它工程供水,
 * a part in an aside after its whole, units whose superscript a copied page flattened to "m 3"), averages per doctor
 * that are no parts, the three sectors named under 三次产业中, and an urbanisation rate over 城镇常住人口.
 */
class RealTextRoundFortyOneTest {
    private static final String SUPPLY = "2015年河南省水资源公报\n2015年全省总供水量222.83亿立方米，其中地表水源供水量100.57亿立方米，"
            + "地下水源供水量120.65亿立方米，集雨及其它工程供水%s亿立方米。\n";

    @Test
    void aThirdSourceOfSupplyIsAPartOfTheTotal() {
        List<Finding> found = check("2015_河南省_水资源公报.txt", String.format(SUPPLY, "1.61"));
        assertTrue(of(found, FindingKind.SUM, Verdict.INCONSISTENT).isEmpty(), found.toString());
        List<Finding> altered = check("2015_河南省_水资源公报.txt", String.format(SUPPLY, "1.91"));
        assertTrue(of(altered, FindingKind.SUM, Verdict.INCONSISTENT).stream().anyMatch(f -> involving("1.91亿立方米").test(f)),
                altered.toString());
    }

    @Test
    void aPartInAnAsideIsNoRestatementOfItsWhole() {
        List<Finding> found = check("2012_河南省_水资源公报.txt", "2012年河南省水资源公报\n2012年全省总用水量238.61亿立方米，"
                + "其中工业用水60.51亿立方米；城乡生活、环境综合用水48.06亿立方米(城市生活、环境综合用水30.86亿立方米)。\n");
        assertTrue(of(found, FindingKind.DUPLICATE, Verdict.INCONSISTENT).isEmpty(), found.toString());
    }

    private static final String FLAT_UNITS = "2015年洛阳水资源公报\n全市总用水量为14.12亿m 3，按行业分：农林渔业用水量为5.00亿m 3；"
            + "工业用水量为%s 亿m 3；城镇公共用水量为0.66亿m3；生活用水量为2.08 亿m 3；生态环境用水为1.15 亿m 3。\n";

    @Test
    void unitsWhoseSuperscriptWasFlattenedAreOneUnit() {
        List<Finding> found = check("2015_洛阳市_水资源公报.txt", String.format(FLAT_UNITS, "5.24"));
        assertTrue(of(found, FindingKind.SUM, Verdict.INCONSISTENT).isEmpty(), found.toString());
        List<Finding> altered = check("2015_洛阳市_水资源公报.txt", String.format(FLAT_UNITS, "5.54"));
        assertTrue(of(altered, FindingKind.SUM, Verdict.INCONSISTENT).stream().anyMatch(f -> involving("14.12亿m 3").test(f)),
                altered.toString());
    }

    @Test
    void averagesOfAGroupAndOfItsSubgroupAreNoParts() {
        List<Finding> found = check("2022_安徽省_卫生健康统计公报.txt", "2022年，全省医院医师日均担负诊疗5.8人次和住院2.1床日，"
                + "其中：公立医院医师日均担负诊疗6.4人次和住院2.2床日。\n");
        assertTrue(of(found, FindingKind.SUM, Verdict.INCONSISTENT).isEmpty(), found.toString());
    }

    private static final String SECTORS = "2003年天津市国民经济和社会发展统计公报\n全年天津市地区生产总值2386.94亿元。"
            + "三次产业中第一产业完成增加值89.7亿元，第二产业完成增加值%s亿元，第三产业完成增加值1084.9亿元。\n";

    @Test
    void theSectorsNamedUnderTheirClassificationAddUpToTheTotal() {
        List<Finding> found = check("2003_天津市_统计公报.txt", String.format(SECTORS, "1212.34"));
        assertTrue(of(found, FindingKind.SUM, Verdict.CONSISTENT).stream().anyMatch(f -> involving("89.7亿元").test(f)), found.toString());
        List<Finding> altered = check("2003_天津市_统计公报.txt", String.format(SECTORS, "1252.34"));
        assertTrue(of(altered, FindingKind.SUM, Verdict.INCONSISTENT).stream().anyMatch(f -> involving("89.7亿元").test(f)), altered.toString());
    }

    private static final String URBAN = "2022年翼城县国民经济和社会发展统计公报\n年末全县常住人口259158人，其中城镇常住人口115223人，城镇化率为%s%%。\n";

    @Test
    void theUrbanRateIsCountedOverTheResidentPopulation() {
        List<Finding> found = check("2022_翼城县_统计公报.txt", String.format(URBAN, "44.46"));
        assertTrue(of(found, FindingKind.RATE, Verdict.CONSISTENT).stream().anyMatch(f -> involving("115223人").test(f)), found.toString());
        List<Finding> altered = check("2022_翼城县_统计公报.txt", String.format(URBAN, "44.16"));
        assertTrue(of(altered, FindingKind.RATE, Verdict.INCONSISTENT).stream().anyMatch(f -> involving("44.16%").test(f)), altered.toString());
    }
}
