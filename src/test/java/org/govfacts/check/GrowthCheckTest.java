package org.govfacts.check;

import static org.govfacts.check.Findings.check;
import static org.govfacts.check.Findings.involving;
import static org.govfacts.check.Findings.one;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GrowthCheckTest {
    private static CheckDocument year2023() {
        return new DocBuilder("a.txt", "2023年,全市港口货物吞吐量3000万吨。").region("周口市").norm("2023年", "2023")
                .quantity("3000万吨", 3000e4, "吨", "港口货物吞吐量", "2023年").build();
    }

    private static CheckDocument year2024(String level, String growth) {
        return new DocBuilder("b.txt", "2024年,全市港口货物吞吐量" + level + "万吨,同比增长" + growth + "%。").region("周口市").norm("2024年", "2024")
                .quantity(level + "万吨", Double.parseDouble(level) * 1e4, "吨", "港口货物吞吐量", "2024年")
                .growth(growth + "%", Double.parseDouble(growth), "港口货物吞吐量", "2024年").build();
    }

    @Test
    void aGrowthRateAgreeingWithTheLevelsIsConsistent() {
        Finding f = one(check(year2023(), year2024("3305", "10.2")), FindingKind.GROWTH, involving("10.2%"));
        assertEquals(Verdict.CONSISTENT, f.verdict(), f.message());
        assertEquals(10.1667, f.expected(), 1e-3);
    }

    @Test
    void aGrowthRateDisagreeingWithTheLevelsIsFlagged() {
        Finding f = one(check(year2023(), year2024("3305", "13.4")), FindingKind.GROWTH, involving("13.4%"));
        assertEquals(Verdict.INCONSISTENT, f.verdict(), f.message());
    }

    @Test
    void theSameFigureInTwoReportsUnderTwoYearsIsOneFigureDatedTwoWays() {
        // the other report's 去年 read as the year before: the level it states is this report's own, so nothing is said
        CheckDocument earlier = new DocBuilder("a.txt", "去年,全市港口货物吞吐量3305万吨。").region("周口市").norm("去年", "2023")
                .quantity("3305万吨", 3305e4, "吨", "港口货物吞吐量", "去年").build();
        Finding f = one(check(earlier, year2024("3305", "10.2")), FindingKind.GROWTH, involving("10.2%"));
        assertEquals(Verdict.CANNOT_TELL, f.verdict(), f.message());
    }

    @Test
    void anEstimatedLevelOfTheYearBeforeServesWithRoomForItsRevision() {
        String text = "遵义市2019年经济运行情况\n2018年，全市一般公共预算收入预计完成252.14亿元。\n"
                + "2019年，全市一般公共预算收入LEVEL亿元，增长0.9%。\n";
        java.util.function.Function<String, Verdict> verdict = level -> one(SharesOnTextTest.check("2019_遵义市_经济运行.txt",
                text.replace("LEVEL", level)), FindingKind.GROWTH, involving("0.9%")).verdict();
        assertEquals(Verdict.CONSISTENT, verdict.apply("254.5"));
        // 1.7% implied against 0.9% stated: the final figure for 2018 may have revised the estimate by that much
        assertEquals(Verdict.CANNOT_TELL, verdict.apply("256.5"));
        // 4.9% against 0.9%: no revision of an estimate explains that
        assertEquals(Verdict.INCONSISTENT, verdict.apply("264.5"));
    }

    @Test
    void levelsOfAnotherRegionAreNotUsed() {
        CheckDocument other = new DocBuilder("a.txt", "2023年,全市港口货物吞吐量3000万吨。").region("漯河市").norm("2023年", "2023")
                .quantity("3000万吨", 3000e4, "吨", "港口货物吞吐量", "2023年").build();
        assertTrue(Findings.of(check(other, year2024("3305", "13.4")), FindingKind.GROWTH, f -> true).isEmpty());
    }

    /** The national reports for 2014 and 2015: GDP grows 6.9% at comparable prices while its level rises 6.4% at current prices. */
    @Test
    void realGdpGrowthIsNotCheckedAgainstNominalLevels() {
        CheckDocument y2014 = new DocBuilder("2015.txt", "2014年,国内生产总值达到63.6万亿元,比上年增长7.4%。").region("全国").norm("2014年", "2014")
                .money("63.6万亿元", 63.6e12, "国内生产总值", "2014年").growth("7.4%", 7.4, "国内生产总值", "2014年").build();
        CheckDocument y2015 = new DocBuilder("2016.txt", "2015年,国内生产总值达到67.7万亿元,增长6.9%。").region("全国").norm("2015年", "2015")
                .money("67.7万亿元", 67.7e12, "国内生产总值", "2015年").growth("6.9%", 6.9, "国内生产总值", "2015年").build();
        assertTrue(Findings.of(check(y2014, y2015), FindingKind.GROWTH, f -> true).isEmpty());
    }

    @Test
    void growthSaidToBeRealIsNotCheckedAgainstLevels() {
        CheckDocument y2023 = new DocBuilder("a.txt", "2023年,社会消费品零售总额3000亿元。").region("周口市").norm("2023年", "2023")
                .money("3000亿元", 3000e8, "社会消费品零售总额", "2023年").build();
        CheckDocument y2024 = new DocBuilder("b.txt", "2024年,社会消费品零售总额3305亿元,扣除价格因素实际增长13.4%。").region("周口市").norm("2024年", "2024")
                .money("3305亿元", 3305e8, "社会消费品零售总额", "2024年").growth("13.4%", 13.4, "社会消费品零售总额", "2024年").build();
        assertTrue(Findings.of(check(y2023, y2024), FindingKind.GROWTH, f -> true).isEmpty());
        // the same nominal growth, not said to be real, is checked
        CheckDocument nominal = new DocBuilder("b.txt", "2024年,社会消费品零售总额3305亿元,同比增长13.4%。").region("周口市").norm("2024年", "2024")
                .money("3305亿元", 3305e8, "社会消费品零售总额", "2024年").growth("13.4%", 13.4, "社会消费品零售总额", "2024年").build();
        assertEquals(Verdict.INCONSISTENT, one(check(y2023, nominal), FindingKind.GROWTH, involving("13.4%")).verdict());
    }

    /** 兵团 bulletins 2018 and 2019: the change and its rate follow the level; the change is no level of its own. */
    private static CheckDocument population(String doc, String year, String level, String change, String growth) {
        String text = year + "年末总人口" + level + "万人,比上年末增加" + change + "万人,增长" + growth + "%。";
        return new DocBuilder(doc, text).region("新疆生产建设兵团").norm(year + "年末", ".." + year + "-12")
                .quantity(level + "万人", Double.parseDouble(level) * 1e4, "人", "总人口", year + "年末")
                .change(change + "万人", Double.parseDouble(change) * 1e4, "人", "总人口", year + "年末")
                .growth(growth + "%", Double.parseDouble(growth), "总人口", year + "年末").build();
    }

    @Test
    void aStatedChangeIsCheckedAgainstBothYearsLevelsAndIsNoLevelItself() {
        CheckDocument y2018 = population("2018.txt", "2018", "310.56", "10.03", "3.3");
        Finding agree = one(check(y2018, population("2019.txt", "2019", "324.84", "14.29", "4.6")), FindingKind.GROWTH,
                f -> f.facts().size() == 4);
        assertEquals(Verdict.CONSISTENT, agree.verdict(), agree.message());
        // the changes 10.03 and 14.29 are not compared as levels (14.29 against 10.03 would be 42% up)
        assertTrue(Findings.of(check(y2018, population("2019.txt", "2019", "324.84", "14.29", "4.6")), FindingKind.GROWTH,
                f -> f.verdict() == Verdict.INCONSISTENT).isEmpty());
        // a slip in the change (15.29 for 14.29) disagrees with the levels even where the rate agrees
        Finding slip = one(check(y2018, population("2019.txt", "2019", "324.84", "15.29", "4.6")), FindingKind.GROWTH,
                f -> f.facts().size() == 4);
        assertEquals(Verdict.INCONSISTENT, slip.verdict(), slip.message());
        assertTrue(slip.message().contains("15.29万人"), slip.message());
    }
}
