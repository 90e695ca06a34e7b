package org.govfacts.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.govfacts.lexicon.Lexicon;
import org.govfacts.pipeline.Pipeline;
import org.govfacts.read.SourceDocument;
import org.junit.jupiter.api.Test;

/**
 * Targets of a list of goals (主要预期目标：…；…控制在…以内；…增长…以上) against the next year's results,
 * through the real pipeline on short texts written for the test (dated by their file names): a
 * ceiling's verb (控制在) is no part of a ratio's indicator, one item of the list lends no subject to
 * the next, and a growth against the year before (比上年增长) in a passage on five years is the last
 * year's.
 */
class TargetListsOnTextTest {
    private static final Lexicon LEXICON = Lexicon.at(Path.of("dictionaries"));
    private static final Pipeline PIPELINE = new Pipeline(LEXICON);
    private static final Checker CHECKER = new Checker(LEXICON);

    private static final String GOALS = "2015年全省经济社会发展的主要预期目标是：全省生产总值增长8.5%左右；城镇新增就业70万人，"
            + "城镇登记失业率控制在4.2%以内，城镇居民人均可支配收入增长9%，农村居民人均纯收入增长10%以上；"
            + "居民消费价格上涨幅度控制在3%左右。";

    private static List<Finding> check(String nextYear) {
        List<CheckDocument> docs = new java.util.ArrayList<>();
        String[] namesAndTexts = {"2015_湖南省_政府工作报告.txt", GOALS, "2016_湖南省_政府工作报告.txt", nextYear};
        for (int i = 0; i < namesAndTexts.length; i += 2) {
            String text = namesAndTexts[i + 1];
            SourceDocument src = new SourceDocument(Path.of(namesAndTexts[i]), namesAndTexts[i], text, "UTF-8", "0",
                    text.getBytes(StandardCharsets.UTF_8).length);
            docs.add(CheckDocument.of(PIPELINE.process(src), text));
        }
        return CHECKER.check(docs);
    }

    /** Each income with its level first, as results are written: the growth's own clause names nothing. */
    private static final String INCOMES = "过去一年，城镇居民人均可支配收入28838元，增长8.8%；农村居民人均纯收入11520元，增长10.6%。";

    /** The target findings of the goal written {@code target}. */
    private static List<Finding> targetsOf(String target, String nextYear) {
        return check(nextYear).stream()
                .filter(f -> f.kind() == FindingKind.TARGET && f.facts().stream().anyMatch(x -> x.text().equals(target))).toList();
    }

    private static String resultOf(Finding f) {
        return f.facts().get(1).text();
    }

    @Test
    void anUnemploymentCeilingIsMetByALowerRateAndMissedByAHigherOne() {
        List<Finding> met = targetsOf("4.2%以内", "过去一年，全省城镇新增就业75万人，城镇登记失业率4.1%。");
        assertEquals(1, met.size(), met.toString());
        assertEquals(Verdict.MET, met.get(0).verdict(), met.get(0).message());
        List<Finding> missed = targetsOf("4.2%以内", "过去一年，全省城镇新增就业75万人，城镇登记失业率4.6%。");
        assertEquals(1, missed.size(), missed.toString());
        assertEquals(Verdict.MISSED, missed.get(0).verdict(), missed.get(0).message());
    }

    @Test
    void aSurveyedRateIsNoResultOfARegisteredRatesCeiling() {
        assertTrue(targetsOf("4.2%以内", "过去一年，全省城镇新增就业75万人，城镇调查失业率4.1%。").isEmpty());
    }

    @Test
    void anItemOfTheListIsJudgedByItsOwnIndicatorNotTheItemBefore() {
        List<Finding> found = targetsOf("10%以上", INCOMES);
        assertEquals(1, found.size(), found.toString());
        assertEquals("10.6%", resultOf(found.get(0)), found.get(0).message());
        assertEquals(Verdict.MET, found.get(0).verdict(), found.get(0).message());
        // the urban income's result is not taken for the rural target, nor the rural for the urban
        List<Finding> urban = targetsOf("9%", INCOMES);
        assertEquals(1, urban.size(), urban.toString());
        assertEquals("8.8%", resultOf(urban.get(0)), urban.get(0).message());
        assertEquals(Verdict.MISSED, urban.get(0).verdict(), urban.get(0).message());
    }

    @Test
    void aCeilingOnThePriceRiseIsKeptByASmallerRise() {
        List<Finding> found = targetsOf("3%左右", "过去一年，全省居民消费价格上涨1.4%。");
        assertEquals(1, found.size(), found.toString());
        assertEquals(Verdict.MET, found.get(0).verdict(), found.get(0).message());
    }

    @Test
    void aGrowthOnTheYearBeforeInAFiveYearReviewIsTheLastYearsResult() {
        String review = "过去五年，全省经济实力显著增强。全省生产总值达到28902亿元，比上年增长8.1%，比2010年增长62.5%，年均增长10.2%。";
        List<Finding> found = targetsOf("8.5%左右", review);
        assertEquals(1, found.size(), found.toString());
        assertEquals("8.1%", resultOf(found.get(0)), found.get(0).message());
        assertEquals(Verdict.MISSED, found.get(0).verdict(), found.get(0).message());
    }

    @Test
    void aFiveYearGrowthWithoutTheYearBeforeIsNoResultOfTheYearsTarget() {
        // 增长62.5% over five years and the yearly average are of 2011-2015, not of 2015
        String review = "过去五年，全省经济实力显著增强。全省生产总值比2010年增长62.5%，年均增长10.2%。";
        assertTrue(targetsOf("8.5%左右", review).isEmpty());
    }
}
