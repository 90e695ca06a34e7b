package org.govfacts.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A total's growth against the growth of the parts it adds up to, through the real pipeline. */
class WeightedGrowthOnTextTest {
    private static List<Finding> weighted(String text) {
        return SharesOnTextTest.check("1998_新疆_统计公报.txt", text).stream()
                .filter(f -> f.kind() == FindingKind.GROWTH && f.message().contains("Last year's parts")).toList();
    }

    private static final String INVESTMENT = "1998年全社会固定资产投资520亿元，比上年增长15.6%。"
            + "其中地方项目完成投资258亿元，增长22.9%；中央项目完成投资262亿元，增长9.2%。\n";

    @Test
    void aTotalsGrowthAgreesWithItsPartsGrowthWeightedByTheirLevels() {
        List<Finding> found = weighted(INVESTMENT);
        assertEquals(1, found.size(), found.toString());
        assertEquals(Verdict.CONSISTENT, found.get(0).verdict(), found.get(0).message());
        assertEquals(15.59, found.get(0).expected(), 0.01); // 520 / (258/1.229 + 262/1.092) - 1
    }

    @Test
    void aPartsGrowthFarFromTheTotalsIsFlaggedAndANearOneIsLeftAlone() {
        List<Finding> wrong = weighted(INVESTMENT.replace("增长9.2%", "增长3.2%"));
        assertEquals(1, wrong.size(), wrong.toString());
        assertEquals(Verdict.INCONSISTENT, wrong.get(0).verdict());
        assertTrue(wrong.get(0).message().contains("current-price weights"), wrong.get(0).message());
        // about a point off beyond rounding: price weights of an unusual year could do that, so no verdict either way
        assertTrue(weighted(INVESTMENT.replace("增长9.2%", "增长7.2%")).isEmpty());
    }

    @Test
    void aListThatDoesNotAddUpOrAPartWithoutItsOwnGrowthIsNotTried() {
        assertTrue(weighted(INVESTMENT.replace("262亿元", "226亿元")).isEmpty());
        assertTrue(weighted(INVESTMENT.replace("，增长9.2%", "")).isEmpty());
        // a bound is no growth to weigh
        assertTrue(weighted(INVESTMENT.replace("增长22.9%", "增长20%以上")).isEmpty());
    }

    @Test
    void theCueMayOpenTheClauseAfterASemicolon() {
        String grain = "全年全省粮食总产量130亿公斤，比上年下降1.4%，为历史上第四个高产年；其中，夏粮27.9亿公斤，增产1.4%；秋粮102.1亿公斤，减产2.2%。\n";
        List<Finding> found = weighted(grain);
        assertEquals(1, found.size(), found.toString());
        assertEquals(Verdict.CONSISTENT, found.get(0).verdict(), found.get(0).message());
    }

    @Test
    void aListOfLevelsTakesItsGrowthsFromTheListOfRatesAfterIt() {
        String text = "1998年全区地区生产总值250.0亿元，增长8.1%，其中，一、二、三产业增加值分别为41.0亿元、38.6亿元和170.4亿元，"
                + "分别增长6.9%、8.6%和8.3%。\n";
        List<Finding> found = weighted(text);
        assertEquals(1, found.size(), found.toString());
        assertEquals(Verdict.CONSISTENT, found.get(0).verdict(), found.get(0).message());
        assertEquals(Verdict.INCONSISTENT, weighted(text.replace("8.3%。", "3.3%。")).get(0).verdict());
        // two rates for three levels, or a rate list not introduced by 分别: no pairing
        assertTrue(weighted(text.replace("、8.6%和8.3%", "和8.6%")).isEmpty());
        assertTrue(weighted(text.replace("分别增长", "增速为")).isEmpty());
    }
}
