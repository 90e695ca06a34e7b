package org.govfacts.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A growth over the years since a named base against the yearly average stated with it, through the real pipeline. */
class CompoundGrowthOnTextTest {
    private static List<Finding> compound(String text) {
        return SharesOnTextTest.check("2008_国务院_政府工作报告.txt", text).stream()
                .filter(f -> f.kind() == FindingKind.GROWTH && f.message().contains("a year over its")).toList();
    }

    private static final String REVIEW = "一、过去五年工作回顾\n2007年，国内生产总值达到24.66万亿元，比2002年增长65.5%，年均增长10.6%，从世界第六位上升到第四位。\n";

    @Test
    void aGrowthSinceABaseYearAgreesWithItsYearlyAverage() {
        List<Finding> found = compound(REVIEW);
        assertEquals(1, found.size(), found.toString());
        assertEquals(Verdict.CONSISTENT, found.get(0).verdict(), found.get(0).message());
        assertEquals(10.60, found.get(0).expected(), 0.01); // 1.655^(1/5) - 1
    }

    @Test
    void aWrongYearlyAverageIsFlaggedWithItsYears() {
        List<Finding> found = compound(REVIEW.replace("年均增长10.6%", "年均增长12.6%"));
        assertEquals(1, found.size(), found.toString());
        assertEquals(Verdict.INCONSISTENT, found.get(0).verdict(), found.get(0).message());
        assertTrue(found.get(0).message().contains("2002 to 2007"), found.get(0).message());
    }

    @Test
    void withoutANamedBaseYearOrAcrossASemicolonNothingIsChecked() {
        // 增长1.71倍 names no base: the years it spans are not known
        assertTrue(compound("一、过去五年工作回顾\n2007年，全国财政收入达到5.13万亿元，增长1.71倍，年均增长22%。\n").isEmpty());
        // the average after a semicolon is of another subject
        assertTrue(compound(REVIEW.replace("，年均增长10.6%", "；城乡居民收入年均增长10.6%")).isEmpty());
        // against the year before: one year, a growth checked against its levels, not an average
        assertTrue(compound(REVIEW.replace("比2002年", "比2006年")).isEmpty());
    }

    private static List<Finding> fromTo(String text) {
        return SharesOnTextTest.check("2017_某县_政府工作报告.txt", text).stream()
                .filter(f -> f.kind() == FindingKind.GROWTH && f.message().contains("a year ((")).toList();
    }

    private static final String FIVE_YEARS = "初步统计，全县地区生产总值由2011年的18.9亿元提高到2016年的28.4亿元；"
            + "财政收入由2.3亿元提高到4.3亿元，年均增长13.2%；社会消费品零售总额由5.4亿元提高到11.8亿元，年均增长16.9%。\n";

    @Test
    void aFromToWithoutYearsRunsOverTheYearsTheSentenceNamedFirst() {
        List<Finding> found = fromTo(FIVE_YEARS);
        assertEquals(2, found.size(), found.toString());
        assertTrue(found.stream().allMatch(f -> f.verdict() == Verdict.CONSISTENT), found.toString());
        assertTrue(found.stream().allMatch(f -> f.message().contains("over 5 years")), found.toString());
        List<Finding> wrong = fromTo(FIVE_YEARS.replace("年均增长16.9%", "年均增长19.6%"));
        assertEquals(1, wrong.stream().filter(f -> f.verdict() == Verdict.INCONSISTENT).count(), wrong.toString());
        // with no years named anywhere in the sentence, the span of years is unknown
        assertTrue(fromTo(FIVE_YEARS.replace("由2011年的18.9亿元提高到2016年的28.4亿元", "达到28.4亿元")).isEmpty());
    }

    @Test
    void aSpanReadOffAPeriodWordMayStartAtItsFirstYearsLevel() {
        // 过去五年 (2017-2021): 7.84 → 9.37 at 4.5% a year is four steps, from the level of 2017; 9.2% fits neither count
        String text = "过去五年，全县一般公共预算收入从7.84亿元增加到9.37亿元，年均增长4.5%。\n";
        List<Finding> found = fromTo(text);
        assertEquals(1, found.size(), found.toString());
        assertEquals(Verdict.CONSISTENT, found.get(0).verdict(), found.get(0).message());
        assertTrue(found.get(0).message().contains("over 4 years"), found.get(0).message());
        List<Finding> wrong = fromTo(text.replace("4.5%", "9.2%"));
        assertEquals(Verdict.INCONSISTENT, wrong.get(0).verdict(), wrong.get(0).message());
        assertTrue(wrong.get(0).message().contains("over 5 years"), wrong.get(0).message());
    }

    @Test
    void respectiveAveragesGoToTheirFromTosInOrder() {
        String text = "全县地区生产总值由2011年的18.9亿元提高到2016年的28.4亿元；"
                + "游客接待量由767.1万人次提高到1441万人次，旅游总收入由56.8亿元提高到109亿元，年均分别增长13.4%、13.9%。\n";
        List<Finding> found = fromTo(text);
        assertEquals(2, found.size(), found.toString());
        assertTrue(found.stream().allMatch(f -> f.verdict() == Verdict.CONSISTENT), found.toString());
        // swapped, each average is still read against its own from-to: 13.9 is not the tourists' 13.4
        List<Finding> swapped = fromTo(text.replace("13.4%、13.9%", "9.2%、9.8%"));
        assertEquals(2, swapped.stream().filter(f -> f.verdict() == Verdict.INCONSISTENT).count(), swapped.toString());
        // one average after two from-tos is the nearer one's: the tourists' from-to is left unchecked
        List<Finding> one = fromTo(text.replace("年均分别增长13.4%、13.9%", "年均增长13.9%"));
        assertEquals(1, one.size(), one.toString());
        assertTrue(one.get(0).message().contains("109亿元"), one.get(0).message());
    }

    private static List<Finding> totals(String text) {
        return SharesOnTextTest.check("1992_某县_县志.txt", text).stream()
                .filter(f -> f.kind() == FindingKind.GROWTH && f.message().contains("is a rise of")).toList();
    }

    private static final String GAZETTEER = "1992年与1949年比较，国民生产总值（按1990年不变价，下同）由1325万元增至73126万元，增长54.2倍，"
            + "平均每年递增9.78%；人均国民生产总值由283元增至1483元，增长4.2倍；工业总产值由78万元增至44605万元，增长570.9倍。\n";

    @Test
    void theRiseStatedAfterAFromToIsCheckedAgainstItsLevels() {
        List<Finding> found = totals(GAZETTEER);
        assertEquals(3, found.size(), found.toString());
        assertTrue(found.stream().allMatch(f -> f.verdict() == Verdict.CONSISTENT), found.toString());
        List<Finding> altered = totals(GAZETTEER.replace("增长570.9倍", "增长532.9倍"));
        assertEquals(1, altered.stream().filter(f -> f.verdict() == Verdict.INCONSISTENT).count(), altered.toString());
        // a percentage after 、 too: 由9998亿元提升至12786亿元、增长27.9%
        List<Finding> percent = totals("社会消费品零售总额由2020年的9998亿元提升至2025年的12786亿元、增长29.7%，年均增长5.0%。\n");
        assertEquals(Verdict.INCONSISTENT, percent.get(0).verdict(), percent.toString());
    }

    @Test
    void moneyAtCurrentPricesOverDecadesAgainstARealGrowthIsNoAlarm() {
        // 50元 to 19593元 over 59 years is nominal; 增长了53倍 and 年均递增7.0% are at comparable prices
        String text = "2008年，全省实现生产总值18407.78亿元，按可比价格计算比1949年增长了123.9倍，年均递增8.5%。"
                + "人均生产总值在人口净增5744万人的情况下，仍由1949年的50元增加到2008年的19593元，增长了53倍，年均递增7.0%。\n";
        List<Finding> found = SharesOnTextTest.check("2009_某省_60年报告.txt", text).stream()
                .filter(f -> f.kind() == FindingKind.GROWTH && f.message().contains("19593")).toList();
        assertTrue(found.size() >= 1, found.toString());
        assertTrue(found.stream().allMatch(f -> f.verdict() == Verdict.CANNOT_TELL), found.toString());
        // tonnes do not rise with prices: the same gap in a quantity is a slip
        List<Finding> tonnes = totals("粮食产量由1949年的50万吨增加到2008年的19593万吨，增长了53倍。\n");
        assertEquals(Verdict.INCONSISTENT, tonnes.get(0).verdict(), tonnes.toString());
    }

    @Test
    void increasedNTimesReadAsTheEndOverTheStartIsNoAlarm() {
        // 25.3 / 6.8 = 3.72: the writer's 增长3.7倍 is 是…的3.7倍, as many write it
        List<Finding> found = totals("社会消费品零售总额从6.8亿元增加到25.3亿元，增长3.7倍。\n");
        assertEquals(1, found.size(), found.toString());
        assertEquals(Verdict.CONSISTENT, found.get(0).verdict(), found.get(0).message());
        assertTrue(found.get(0).message().contains("N times the start"), found.get(0).message());
    }

    @Test
    void aGazetteersYearsFromAComparisonFrameReachPastThirtyYears() {
        List<Finding> found = fromTo(GAZETTEER);
        assertEquals(1, found.size(), found.toString());
        assertEquals(Verdict.CONSISTENT, found.get(0).verdict(), found.get(0).message());
        assertTrue(found.get(0).message().contains("over 43 years"), found.get(0).message());
        // the levels are at constant prices (按1990年不变价), so a real yearly growth may be set against them; without that
        // note the GDP levels are at current prices and the average is not checked
        assertTrue(fromTo(GAZETTEER.replace("（按1990年不变价，下同）", "")).isEmpty());
        List<Finding> wrong = fromTo(GAZETTEER.replace("9.78%", "8.78%"));
        assertEquals(Verdict.INCONSISTENT, wrong.get(0).verdict(), wrong.toString());
    }

    @Test
    void aFigureWrappedAcrossTwoLinesOfATypedPageIsStillOneFigure() {
        // a gazetteer typed at a fixed width: the lines differ by up to three characters where digits fill them, and a
        // break falls inside 66439\n万元
        String page = "建国以后，全县经济发展较快，县域经济的综合实力大大增强。1992年与1949年比较，国\n"
                + "民生产总值（按1990年不变价，下同）由1325万元增至73126万元，增长54.2倍，平均每年递增\n"
                + "9.78%；人均国民生产总值由283元增至1483元，增长4.2倍；国民收入由1250万元增至66439\n"
                + "万元，增长52.2倍，平均每年递增9.68%；社会总产值由2886万元增至161464万元，增长\n"
                + "54.9倍，平均每年递增9.81%。全县的工业和农业都有了长足的发展，人民生活得到改善。\n";
        List<Finding> rises = totals(page);
        assertTrue(rises.stream().anyMatch(f -> f.message().contains("From 1250万元 to 66439万元")), rises.toString());
        assertTrue(rises.stream().allMatch(f -> f.verdict() == Verdict.CONSISTENT), rises.toString());
        List<Finding> averages = fromTo(page);
        assertTrue(averages.stream().anyMatch(f -> f.message().contains("9.78%")), averages.toString());
    }

    private static List<Finding> sinceBase(String text) {
        return SharesOnTextTest.check("2008_某省_政府工作报告.txt", text).stream()
                .filter(f -> f.kind() == FindingKind.GROWTH && (f.message().contains("times the level of") || f.message().contains("less the change")))
                .toList();
    }

    private static final String INCOMES = "一、过去五年工作回顾\n2007年，城镇居民人均可支配收入11485元，比2002年增加4696元，年均增长11.1%；"
            + "地方财政收入达261.33亿元，是2002年的4.75倍，年均增长36.6%。\n";

    @Test
    void aLevelWithItsChangeOrItsMultipleSinceABaseYearImpliesTheYearlyAverage() {
        List<Finding> found = sinceBase(INCOMES);
        assertEquals(2, found.size(), found.toString());
        assertTrue(found.stream().allMatch(f -> f.verdict() == Verdict.CONSISTENT), found.toString());
        // 11485 − 4696 = 6789 in 2002: (11485/6789)^(1/5) − 1 = 11.09%
        assertTrue(found.stream().anyMatch(f -> Math.abs(f.expected() - 11.09) < 0.01), found.toString());
        List<Finding> wrong = sinceBase(INCOMES.replace("增加4696元", "增加4196元").replace("4.75倍", "5.75倍"));
        assertEquals(2, wrong.stream().filter(f -> f.verdict() == Verdict.INCONSISTENT).count(), wrong.toString());
    }

    @Test
    void aMultipleOfCurrentPriceProductIsNotSetAgainstItsRealGrowth() {
        // the product's levels are at current prices, its yearly growth at comparable prices: 3.6^(1/9) is not 11.5%
        assertTrue(sinceBase("一、过去五年工作回顾\n2008年，全市生产总值达到1850亿元，是1999年的3.6倍，年均增长11.5%。\n").isEmpty());
        // a change with no base year, or a bound, says nothing of the years
        assertTrue(sinceBase(INCOMES.replace("比2002年增加4696元", "增加4696元").replace("是2002年的", "是")).isEmpty());
    }

    @Test
    void aTwoYearAverageSinceTheYearNamedAgreesWithTheGrowthSinceThen() {
        String text = "全年全省地区生产总值5000亿元，比上年增长8.0%，比2019年增长10.2%，两年平均增长5.0%。\n";
        List<Finding> found = SharesOnTextTest.check("2021_某省_统计公报.txt", text).stream()
                .filter(f -> f.kind() == FindingKind.GROWTH && f.message().contains("a year over its 2 years")).toList();
        assertEquals(1, found.size(), found.toString());
        assertEquals(Verdict.CONSISTENT, found.get(0).verdict(), found.get(0).message());
        // against the year before only, the two-year average needs the year before's growth, which is not stated
        assertTrue(SharesOnTextTest.check("2021_某省_统计公报.txt", "全年全省地区生产总值5000亿元，比上年增长8.0%，两年平均增长5.0%。\n").stream()
                .noneMatch(f -> f.kind() == FindingKind.GROWTH && f.verdict() == Verdict.INCONSISTENT));
    }

    @Test
    void aQuartersGrowthSinceTheSameQuarterOfABaseYearAgreesWithItsTwoYearAverage() {
        String text = "一季度，全市地区生产总值3404.04亿元，按可比价格计算，同比增长15.9%，比2019年一季度增长4.9%，两年均增长2.4%。\n";
        List<Finding> found = SharesOnTextTest.check("2021_天津市_一季度经济运行.txt", text).stream()
                .filter(f -> f.kind() == FindingKind.GROWTH && f.message().contains("a year over its 2 years")).toList();
        assertEquals(1, found.size(), found.toString());
        assertEquals(Verdict.CONSISTENT, found.get(0).verdict(), found.get(0).message()); // sqrt(1.049) − 1 = 2.42%
        List<Finding> wrong = SharesOnTextTest.check("2021_天津市_一季度经济运行.txt", text.replace("两年均增长2.4%", "两年均增长2.9%")).stream()
                .filter(f -> f.kind() == FindingKind.GROWTH && f.verdict() == Verdict.INCONSISTENT).toList();
        assertEquals(1, wrong.size(), wrong.toString());
    }

    @Test
    void aFromToWithCongIsReadLikeOneWithYou() {
        String text = "“十一五”时期，全省财政总收入从728亿元增加到1919亿元，年均增长21.4%。\n";
        List<Finding> found = fromTo(text);
        assertEquals(1, found.size(), found.toString());
        assertEquals(Verdict.CONSISTENT, found.get(0).verdict(), found.get(0).message()); // (1919/728)^(1/5) − 1 = 21.4%
        assertEquals(Verdict.INCONSISTENT, fromTo(text.replace("1919亿元", "1619亿元")).get(0).verdict());
    }

    @Test
    void aMultipleOverSixtyYearsIsCheckedAgainstItsYearlyAverage() {
        // a region's sixty years since 1965: 155^(1/59) − 1 = 8.92%
        String text = "2024年，全区生产总值达到2765亿元，按不变价格计算，是1965年的155倍，年均增长8.9%。\n";
        java.util.function.Function<String, List<Finding>> sixty = t -> SharesOnTextTest.check("2025_某自治区_成立60周年.txt", t).stream()
                .filter(f -> f.kind() == FindingKind.GROWTH && f.message().contains("times the level of")).toList();
        List<Finding> found = sixty.apply(text);
        assertEquals(1, found.size(), found.toString());
        assertEquals(Verdict.CONSISTENT, found.get(0).verdict(), found.get(0).message());
        List<Finding> wrong = sixty.apply(text.replace("年均增长8.9%", "年均增长9.8%"));
        assertEquals(Verdict.INCONSISTENT, wrong.get(0).verdict(), wrong.get(0).message());
    }
}
