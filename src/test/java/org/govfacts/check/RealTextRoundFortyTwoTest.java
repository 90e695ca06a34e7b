package org.govfacts.check;

import static org.govfacts.check.Findings.involving;
import static org.govfacts.check.RealTextRoundTwentyEightTest.check;
import static org.govfacts.check.RealTextRoundTwentyEightTest.of;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Real-text wordings of the sixty-first blind round: market entities listed without their cooperatives, the three
 * sectors by their short names (一产、二产、三产) in a paragraph of their own, two comparisons of one rate in a row,
 * a rate of projects begun counted as 开工建设, a year's list by three stages (预备 the third), and vital rates per
 * thousand (agreeing, or off but never for sure).
 */
class RealTextRoundFortyTwoTest {
    @Test
    void marketEntitiesListedWithoutTheirCooperativesMayFallShort() {
        List<Finding> found = check("2023_旅顺口区_统计公报.txt", "2023年旅顺口区国民经济和社会发展统计公报\n"
                + "全年新登记市场主体5279户，比上年下降5.0%。其中，新登记企业1262户，增长0.2%；新增个体工商户4012户，下降6.6%。\n");
        assertTrue(of(found, FindingKind.SUM, Verdict.INCONSISTENT).isEmpty(), found.toString());
        assertTrue(of(found, FindingKind.SUM, Verdict.CANNOT_TELL).stream().anyMatch(f -> f.message().contains("农民专业合作社")),
                found.toString());
    }

    private static final String SECTORS = "2024年一季度长春市经济运行情况\n一季度，全市GDP实现1534.4亿元，同比增长7.1%%。\n"
            + "从三次产业看，一季度，全市一产、二产、三产分别实现增加值52.9亿元、%s亿元和942.1亿元，分别增长3.1%%、11.7%%和4.8%%。\n";

    @Test
    void theSectorsByTheirShortNamesAddUpToTheProduct() {
        List<Finding> found = check("2024_长春市_一季度.txt", String.format(SECTORS, "539.4"));
        assertTrue(of(found, FindingKind.SUM, Verdict.CONSISTENT).stream().anyMatch(f -> involving("1534.4亿元").test(f)), found.toString());
        List<Finding> altered = check("2024_长春市_一季度.txt", String.format(SECTORS, "589.4"));
        assertTrue(of(altered, FindingKind.SUM, Verdict.INCONSISTENT).stream().anyMatch(f -> involving("589.4亿元").test(f)),
                altered.toString());
    }

    @Test
    void aSecondComparisonIsOfTheRateNotOfTheFirstComparisonsRate() {
        List<Finding> found = check("2021_陕西省_重点项目.txt", "2021年上半年陕西省重点项目建设情况\n"
                + "527个省级重点项目完成投资2638亿元，占年度投资的59.7%，比去年同期(46.9%)高出12.8个百分点，比2019年同期(45.6%)高出14.1个百分点。\n");
        assertTrue(of(found, FindingKind.GAP, Verdict.INCONSISTENT).isEmpty(), found.toString());
        assertTrue(of(found, FindingKind.GAP, Verdict.CONSISTENT).stream().anyMatch(f -> involving("45.6%").test(f)), found.toString());
    }

    private static final String BEGUN = "2022年甘肃省重大项目建设情况\n今年前4个月，80个计划新开工项目开工建设%s个，开工率64%%。\n";

    @Test
    void aRateOfProjectsBegunIsOverThoseToBegin() {
        List<Finding> found = check("2022_甘肃省_重大项目.txt", String.format(BEGUN, "51"));
        assertTrue(of(found, FindingKind.RATE, Verdict.CONSISTENT).stream().anyMatch(f -> involving("80个").test(f)), found.toString());
        List<Finding> altered = check("2022_甘肃省_重大项目.txt", String.format(BEGUN, "57"));
        assertTrue(of(altered, FindingKind.RATE, Verdict.INCONSISTENT).stream().anyMatch(f -> involving("57个").test(f)), altered.toString());
    }

    private static final String STAGES = "2015年甘肃省重大项目建设\n今年省政府确定省列重大项目166个，总投资10286.5亿元。其中，省上重点推进的重大项目82个；"
            + "市州重点推进的重大项目84个。\n按建设阶段分，续建项目102个、计划新开工项目%s个、预备项目30个。\n";

    @Test
    void aThirdStageJoinsTheStagesOfTheListNotOfItsLastGroup() {
        List<Finding> found = check("2015_甘肃省_重大项目.txt", String.format(STAGES, "34"));
        assertTrue(of(found, FindingKind.SUM, Verdict.CONSISTENT).stream().anyMatch(f -> involving("166个").test(f) && involving("30个").test(f)),
                found.toString());
        assertTrue(found.stream().noneMatch(f -> involving("84个").test(f) && involving("102个").test(f)), found.toString());
        List<Finding> altered = check("2015_甘肃省_重大项目.txt", String.format(STAGES, "44"));
        assertTrue(of(altered, FindingKind.SUM, Verdict.INCONSISTENT).stream().anyMatch(f -> involving("166个").test(f)), altered.toString());
    }

    private static final String VITAL = "2023年旅顺口区国民经济和社会发展统计公报\n年末全区户籍人口21.4万人，比上年末增加0.1万人。"
            + "全年户籍出生人口1020人，出生率为4.8‰；死亡人口%s人，死亡率为12.4‰；自然增长率为-7.7‰。\n";

    @Test
    void vitalRatesPerThousandAreCountedOverThePopulation() {
        List<Finding> found = check("2023_旅顺口区_统计公报.txt", String.format(VITAL, "2661"));
        assertTrue(of(found, FindingKind.RATE, Verdict.CONSISTENT).stream().anyMatch(f -> involving("2661人").test(f)), found.toString());
        assertTrue(of(found, FindingKind.RATE, Verdict.INCONSISTENT).isEmpty(), found.toString());
        // a vital rate is over the year's average population or a sample, which the text does not state: off, but not for sure
        List<Finding> altered = check("2023_旅顺口区_统计公报.txt", String.format(VITAL, "2961"));
        assertTrue(of(altered, FindingKind.RATE, Verdict.CANNOT_TELL).stream().anyMatch(f -> involving("2961人").test(f)), altered.toString());
        assertTrue(of(altered, FindingKind.RATE, Verdict.INCONSISTENT).isEmpty(), altered.toString());
    }

    @Test
    void anInfantMortalityRateIsNotOverThePopulation() {
        List<Finding> found = check("2023_某县_统计公报.txt", "2023年某县国民经济和社会发展统计公报\n年末全县常住人口50.2万人。"
                + "全年死亡人口3500人，死亡率为7.0‰。婴儿死亡率为3.1‰。\n");
        assertTrue(found.stream().noneMatch(f -> involving("3.1‰").test(f)), found.toString());
    }
}
