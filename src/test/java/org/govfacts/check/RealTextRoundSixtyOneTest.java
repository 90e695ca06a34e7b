package org.govfacts.check;

import static org.govfacts.check.Findings.involving;
import static org.govfacts.check.RealTextRoundTwentyEightTest.check;
import static org.govfacts.check.RealTextRoundTwentyEightTest.checkAll;
import static org.govfacts.check.RealTextRoundTwentyEightTest.of;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Real-text wordings of the eightieth blind round: a change and its rate on the level a census named with 与…的…相比; a
 * yearly average rate named as a noun (年平均增长率); a total with an aside in brackets (固定资产投资(不含农户)) split by
 * sector; the age brackets of a population, one inside another; one area in 千公顷 in one report and 万亩 in another.
 */
class RealTextRoundSixtyOneTest {

    private static final String CENSUS = "安徽省第七次全国人口普查公报\n截至2020年11月1日零时，安徽省常住人口为61027171人，与2010年"
            + "安徽省第六次全国人口普查的59500468人相比，增加1526703人，增长%s%%，年均增长率为0.25%%。\n";

    @Test
    void aChangeOnTheLevelNamedWithYuDeXiangBiIsOverThatLevel() {
        List<Finding> found = check("2021_安徽_七普公报.txt", CENSUS.formatted("2.57"));
        assertTrue(of(found, FindingKind.GROWTH, Verdict.CONSISTENT).stream()
                .anyMatch(f -> involving("59500468人").test(f) && involving("2.57%").test(f)), found.toString());
        assertTrue(found.stream().noneMatch(f -> f.verdict() == Verdict.INCONSISTENT), found.toString());
        List<Finding> altered = check("2021_安徽_七普公报.txt", CENSUS.formatted("2.87"));
        assertTrue(of(altered, FindingKind.GROWTH, Verdict.INCONSISTENT).stream().anyMatch(involving("2.87%")), altered.toString());
    }

    private static final String YEARLY = "2019年安徽省人口变动情况抽样调查主要数据公报\n2019年末，全省常住人口6365.9万人，比上年增加42.3万人，"
            + "增长0.67%，同2010年安徽省第六次全国人口普查的5950.1万人相比，共增加415.8万人，年均增加46.2万人，年平均增长率为0.75%。\n";

    @Test
    void aYearlyAverageRateNamedAsANounIsNoRateOfTheYearlyChange() {
        List<Finding> found = check("2019_安徽_人口公报.txt", YEARLY);
        assertTrue(found.stream().noneMatch(f -> f.verdict() == Verdict.INCONSISTENT), found.toString());
    }

    private static final String INVESTMENT = "国家统计局：2012年上半年国民经济运行情况\n上半年，固定资产投资(不含农户)150740亿元，同比名义增长20.4%%。"
            + "其中，国有及国有控股投资48986亿元，增长13.8%%。分产业看，第一产业投资3654亿元，同比增长28.6%%；第二产业投资%s亿元，"
            + "增长23.7%%；第三产业投资79288亿元，增长17.4%%。\n";

    @Test
    void aTotalWithAnAsideInBracketsIsSplitByItsSectors() {
        List<Finding> found = check("2012_全国_上半年.txt", INVESTMENT.formatted("67798"));
        assertTrue(of(found, FindingKind.SUM, Verdict.CONSISTENT).stream()
                .anyMatch(f -> involving("150740亿元").test(f) && involving("3654亿元").test(f)), found.toString());
        List<Finding> altered = check("2012_全国_上半年.txt", INVESTMENT.formatted("67768"));
        assertTrue(of(altered, FindingKind.SUM, Verdict.INCONSISTENT).stream().anyMatch(involving("67768亿元")), altered.toString());
    }

    private static final String AGES = "2019年安徽省人口变动情况抽样调查主要数据公报\n2019年末，全省常住人口6365.9万人，比上年增加42.3万人。\n"
            + "从年龄构成来看，全省常住人口中，0—14岁人口为1203.8万人，占总人口的18.91%%；15—64岁人口为4275.3万人，占总人口的67.16%%，"
            + "其中15—59岁人口为3990.1人，占总人口的62.68%%；60岁及以上人口为1172.0万人，占总人口的18.41%%，其中65岁及以上人口为%s万人，"
            + "占总人口的%s%%。\n";

    @Test
    void ageBracketsFromBirthToTheOpenTopSplitThePopulationPassingOverABracketInsideAnother() {
        List<Finding> found = check("2019_安徽_人口公报.txt", AGES.formatted("886.8", "13.93"));
        assertTrue(of(found, FindingKind.SUM, Verdict.CONSISTENT).stream()
                .anyMatch(f -> involving("18.91%").test(f) && involving("67.16%").test(f) && involving("13.93%").test(f)), found.toString());
        assertTrue(of(found, FindingKind.SUM, Verdict.CONSISTENT).stream()
                .anyMatch(f -> involving("18.91%").test(f) && involving("62.68%").test(f) && involving("18.41%").test(f)), found.toString());
        assertTrue(of(found, FindingKind.SUM, Verdict.CONSISTENT).stream()
                .anyMatch(f -> involving("6365.9万人").test(f) && involving("886.8万人").test(f)), found.toString());
        // 3990.1人 among 万人 is a unit dropped in print: its chain is not summed
        assertTrue(found.stream().noneMatch(f -> f.verdict() == Verdict.INCONSISTENT), found.toString());
        List<Finding> shares = check("2019_安徽_人口公报.txt", AGES.formatted("886.8", "15.93"));
        assertTrue(of(shares, FindingKind.SUM, Verdict.INCONSISTENT).stream().anyMatch(involving("15.93%")), shares.toString());
        List<Finding> levels = check("2019_安徽_人口公报.txt", AGES.formatted("896.8", "13.93"));
        assertTrue(of(levels, FindingKind.SUM, Verdict.INCONSISTENT).stream().anyMatch(involving("896.8万人")), levels.toString());
    }

    @Test
    void oneAreaInThousandsOfHectaresAndTensOfThousandsOfMuIsOneMeasureAcrossReports() {
        String bulletin = "安徽省统计局关于2021年粮食产量的公告\n2021年全省粮食播种面积7309.6千公顷，比上年增加19.6千公顷。\n";
        String news = "安徽日报：2021年我省粮食生产再获丰收\n2021年，安徽省粮食播种面积%s万亩，粮食总产量817.5亿斤。\n";
        List<Finding> agree = checkAll("2021_安徽_粮食公告.txt", bulletin, "2021_安徽_粮食新闻.txt", news.formatted("10964.4"));
        assertTrue(agree.stream().anyMatch(f -> f.verdict() == Verdict.CONSISTENT && involving("7309.6千公顷").test(f)
                && involving("10964.4万亩").test(f)), agree.toString());
        List<Finding> differ = checkAll("2021_安徽_粮食公告.txt", bulletin, "2021_安徽_粮食新闻.txt", news.formatted("10904.4"));
        assertTrue(differ.stream().anyMatch(f -> f.verdict() == Verdict.INCONSISTENT && involving("10904.4万亩").test(f)), differ.toString());
    }

    @Test
    void retailSalesSplitByTheCitiesAndTheCountiesOrByKindOfConsumption() {
        String older = "国家统计局月度报告\n一、二月份，中国社会消费品零售总额10313亿元，比上年同期增长13.6%%。分地域看，城市消费品零售额%s亿元，"
                + "比上年同期增长14.4%%；县及县以下零售额3427亿元，增长11.9%%。\n";
        List<Finding> found = check("2005_全国_社零.txt", older.formatted("6886"));
        assertTrue(of(found, FindingKind.SUM, Verdict.CONSISTENT).stream()
                .anyMatch(f -> involving("10313亿元").test(f) && involving("3427亿元").test(f)), found.toString());
        List<Finding> altered = check("2005_全国_社零.txt", older.formatted("6986"));
        assertTrue(of(altered, FindingKind.SUM, Verdict.INCONSISTENT).stream().anyMatch(involving("6986亿元")), altered.toString());
        String newer = "2019年国民经济和社会发展统计公报\n全年社会消费品零售总额12.5万亿元，增长4.6%。按消费类型分，商品零售11.2万亿元，"
                + "增长4.0%；餐饮收入1.3万亿元，增长9.6%。\n";
        List<Finding> kinds = check("2019_某省_公报.txt", newer);
        assertTrue(of(kinds, FindingKind.SUM, Verdict.CONSISTENT).stream()
                .anyMatch(f -> involving("12.5万亿元").test(f) && involving("1.3万亿元").test(f)), kinds.toString());
    }
}
