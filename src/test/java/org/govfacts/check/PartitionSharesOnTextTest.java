package org.govfacts.check;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.govfacts.testdata.OnText;
import org.junit.jupiter.api.Test;

/**
 * Shares of a complete split add up to 100% (PartitionShareCheck), and a split of an unnamed place and year is an
 * identity within its paragraph (IdentityCheck): sentences of county bulletins as written and with a figure altered.
 */
class PartitionSharesOnTextTest {
    private static List<Finding> check(String text) {
        return Findings.CHECKER.check(List.of(CheckDocument.of(OnText.process("bulletin.txt", text), text)));
    }

    private static boolean judged(List<Finding> found, Verdict verdict, String figure) {
        return found.stream().anyMatch(f -> f.kind() == FindingKind.SUM && f.verdict() == verdict
                && f.facts().stream().anyMatch(x -> x.text().equals(figure)));
    }

    private static final String CONTRIBUTIONS = "前三季度全县经济运行情况\n从三次产业贡献看，第一产业对全县地区生产总值的贡献率为6.6%%，"
            + "第二产业对全县地区生产总值的贡献率为%s，第三产业对全县地区生产总值的贡献率为23%%。\n";

    @Test
    void contributionsOfTheThreeSectorsAddUpToAHundred() {
        assertTrue(judged(check(CONTRIBUTIONS.formatted("70.4%")), Verdict.CONSISTENT, "70.4%"));
        assertTrue(judged(check(CONTRIBUTIONS.formatted("74.0%")), Verdict.INCONSISTENT, "74.0%"));
    }

    @Test
    void laterSharesMayDropTheWholeTheFirstNamed() {
        String text = "全市经济运行情况\n第一产业增加值占地区生产总值的比重为17.1%%，第二产业增加值比重为21.5%%，第三产业增加值比重为%s。\n";
        assertTrue(judged(check(text.formatted("61.4%")), Verdict.CONSISTENT, "61.4%"), check(text.formatted("61.4%")).toString());
        assertTrue(judged(check(text.formatted("64.1%")), Verdict.INCONSISTENT, "64.1%"));
        // another share word after the first is another measure, not a shortened one
        assertTrue(check(text.formatted("61.4%").replace("第三产业增加值比重", "第三产业投资比重")).stream()
                .noneMatch(f -> f.kind() == FindingKind.SUM));
    }

    @Test
    void sharesUnderDifferentWordsOrOfTwoSectorsOnlyAreNotASplit() {
        List<Finding> found = check("全县经济运行情况\n第一产业对全县地区生产总值的贡献率为6.6%，第二产业投资占比为40.4%，"
                + "第三产业对全县地区生产总值的贡献率为23%。\n");
        assertTrue(found.stream().noneMatch(f -> f.kind() == FindingKind.SUM), found.toString());
        List<Finding> two = check("全县经济运行情况\n第一产业增加值占比为6.6%，第二产业增加值占比为40.4%。\n");
        assertTrue(two.stream().noneMatch(f -> f.kind() == FindingKind.SUM), two.toString());
    }

    @Test
    void aSplitOfAnUnnamedPlaceIsCheckedWithinItsParagraph() {
        String text = "统计公报\n全年地区生产总值744.94亿元。第一产业增加值145.88亿元，第二产业增加值222.80亿元，第三产业增加值%s亿元。\n";
        assertTrue(judged(check(text.formatted("376.26")), Verdict.CONSISTENT, "376.26亿元"), check(text.formatted("376.26")).toString());
        assertTrue(judged(check(text.formatted("367.26")), Verdict.INCONSISTENT, "367.26亿元"));
    }

    private static final String AGES = "全省人口情况\n年末常住人口5200.00万人。其中，0-14岁人口占总人口的17.20%%，15-64岁人口占%s，"
            + "65岁及以上人口占13.60%%。\n";

    @Test
    void sharesOfAgeBracketsFromBirthToTheOpenTopAddUpToAHundred() {
        assertTrue(judged(check(AGES.formatted("69.20%")), Verdict.CONSISTENT, "69.20%"), check(AGES.formatted("69.20%")).toString());
        assertTrue(judged(check(AGES.formatted("66.20%")), Verdict.INCONSISTENT, "66.20%"));
    }

    @Test
    void overlappingOrGappedAgeBracketsAreNoSplit() {
        // 60岁及以上 holds 65岁及以上: the brackets overlap and nothing adds up
        List<Finding> nested = check("全省人口情况\n年末常住人口中，60岁及以上人口占21.0%，65岁及以上人口占15.1%，0-14岁人口占16.0%。\n");
        assertTrue(nested.stream().noneMatch(f -> f.kind() == FindingKind.SUM), nested.toString());
        List<Finding> gap = check("全省人口情况\n年末常住人口中，0-14岁人口占17.2%，20-64岁人口占60.0%，65岁及以上人口占13.6%。\n");
        assertTrue(gap.stream().noneMatch(f -> f.kind() == FindingKind.SUM), gap.toString());
    }

    /** A city's bulletin (traditional in the original): the sectors' levels, the whole, then their shares of it. */
    private static final String LEVELS = "初步核算，全年地区生产总值2787.4亿元，按可比价格计算，比上年增长3.0%。"
            + "其中，第一产业增加值105.2亿元，增长2.0%；第二产业增加值1153.0亿元，增长9.8%；第三产业增加值1529.2亿元，下降1.8%。"
            + "三次产业增加值占地区生产总值的比重分别为3.8%、41.4%和{share}。\n";

    private static List<Finding> bulletin(String text) {
        return SharesOnTextTest.check("2020_某市_统计公报.txt", text);
    }

    private static List<Finding> sharesOfLevels(List<Finding> found) {
        return found.stream().filter(f -> f.kind() == FindingKind.SHARE && f.facts().size() == 3
                && f.facts().stream().anyMatch(x -> x.text().equals("2787.4亿元"))).toList();
    }

    @Test
    void sharesOfASplitAgreeWithTheLevelsOfItsPartsAndWhole() {
        List<Finding> found = sharesOfLevels(bulletin(LEVELS.replace("{share}", "54.8%")));
        // 3.8 and 41.4 agree; 54.8 for 54.86 is a last digit cut, not rounded (the bulletin kept the shares at 100)
        assertTrue(found.size() == 3 && found.stream().allMatch(f -> f.verdict() == Verdict.CONSISTENT), found.toString());
        List<Finding> altered = sharesOfLevels(bulletin(LEVELS.replace("{share}", "58.8%")));
        assertTrue(altered.stream().anyMatch(f -> f.verdict() == Verdict.INCONSISTENT && f.facts().stream().anyMatch(x -> x.text().equals("58.8%"))
                && f.message().contains("1529.2亿元 of 2787.4亿元")), altered.toString());
    }

    @Test
    void contributionsToGrowthAreNotSharesOfTheLevels() {
        String text = LEVELS.replace("{share}", "54.8%").replace("三次产业增加值占地区生产总值的比重分别为3.8%、41.4%和54.8%",
                "三次产业对经济增长的贡献率分别为11.9%、25.8%和62.3%");
        assertTrue(sharesOfLevels(bulletin(text)).isEmpty());
    }
}
