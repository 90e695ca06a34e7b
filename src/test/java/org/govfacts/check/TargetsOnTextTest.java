package org.govfacts.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.govfacts.lexicon.Lexicon;
import org.junit.jupiter.api.Test;

/**
 * A year's target in its report against the result in the next year's report, through the real
 * pipeline on short texts written for the test (dated by their file names): a target said with the
 * verb of a ceiling (涨幅控制在) and a result said with that of a rise (上涨) are one indicator, and an
 * indicator of indicator-synonyms.tsv is not taken for a subset of the figure before it in its sentence.
 */
class TargetsOnTextTest {
    private static final Lexicon LEXICON = Lexicon.at(Path.of("dictionaries"));
    /** The checker as the command builds it: lower-is-better.txt known (居民消费价格 is a ceiling). */
    private static final Checker CHECKER = new Checker(LEXICON);

    private static List<Finding> check(String... namesAndTexts) {
        return CHECKER.check(SharesOnTextTest.documents(namesAndTexts));
    }

    private static final String PLAN = "2012年经济社会发展的主要预期目标是：全省生产总值增长9%左右，单位生产总值能耗下降3.5%；"
            + "居民消费价格总水平涨幅控制在4%左右；城镇登记失业率控制在4%以内。";

    private static List<Finding> targets(String result) {
        return check("2012_湖北省_政府工作报告.txt", PLAN, "2013_湖北省_政府工作报告.txt", result).stream()
                .filter(f -> f.kind() == FindingKind.TARGET && f.facts().stream().anyMatch(x -> x.text().equals("4%左右"))).toList();
    }

    @Test
    void aCeilingOnPricesIsMetByALowerRise() {
        List<Finding> found = targets("过去一年，全省生产总值增长11.3%；居民消费价格总水平上涨2.9%。");
        assertEquals(1, found.size(), found.toString());
        assertEquals(Verdict.MET, found.get(0).verdict(), found.get(0).message());
    }

    @Test
    void aCeilingOnPricesIsMissedByAHigherRise() {
        List<Finding> found = targets("过去一年，全省生产总值增长11.3%；居民消费价格总水平上涨4.9%。");
        assertEquals(1, found.size(), found.toString());
        assertEquals(Verdict.MISSED, found.get(0).verdict(), found.get(0).message());
    }

    @Test
    void anotherIndicatorsRiseIsNoResultOfThePriceTarget() {
        assertTrue(targets("过去一年，全省生产总值增长11.3%；工业品出厂价格上涨2.9%。").isEmpty());
    }
}
