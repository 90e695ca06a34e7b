package org.govfacts.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A level, its change and the rate in one sentence, through the real pipeline on short texts
 * written for the test: a change after 减少/下降 is a fall, and a rate written as a multiple (增长1.8倍)
 * is rounded to a tenth of a multiple, not to a tenth of a point.
 */
class ChangeAndRateOnTextTest {
    private static List<Finding> growth(String text) {
        return SharesOnTextTest.check("t.txt", text).stream().filter(f -> f.kind() == FindingKind.GROWTH).toList();
    }

    @Test
    void aDecreaseIsAFallFromAHigherLevel() {
        String text = "全省秋粮总产量5000万吨，比上年减少100万吨，下降2.0%。";
        List<Finding> found = growth(text);
        assertEquals(1, found.size(), found.toString());
        assertEquals(Verdict.CONSISTENT, found.get(0).verdict(), found.get(0).message());
        assertTrue(found.get(0).message().contains("a decrease of"), found.get(0).message());
        // 100 / 5100 is 1.96%: a fall of 3.0% is another figure
        List<Finding> altered = growth(text.replace("下降2.0%", "下降3.0%"));
        assertEquals(Verdict.INCONSISTENT, altered.get(0).verdict(), altered.get(0).message());
    }

    @Test
    void aDecreaseSaidWith了IsStillAFall() {
        // the link word between the change word and its amount (change-links.txt) is looked past
        List<Finding> found = growth("全省秋粮总产量5000万吨，比上年减少了100万吨，下降2.0%。");
        assertEquals(1, found.size(), found.toString());
        assertEquals(Verdict.CONSISTENT, found.get(0).verdict(), found.get(0).message());
        assertTrue(found.get(0).message().contains("a decrease of"), found.get(0).message());
    }

    @Test
    void theLinksLookedPastAreTheQualifiersOfTheOneListAndTheLinkWords() {
        org.govfacts.lexicon.Lexicon lexicon = org.govfacts.lexicon.Lexicon.at(java.nio.file.Path.of("dictionaries"));
        List<String> links = CheckWords.from(lexicon).changeLinks();
        // every qualifier before a figure of qualifiers.tsv, no copy of them kept in the code
        assertTrue(links.containsAll(lexicon.qualifiersBefore()), links.toString());
        assertTrue(links.containsAll(List.of("约", "超过", "了", "达")), links.toString());
        // a qualifier after a figure (以上, 左右) never stands between a change word and its amount
        assertFalse(links.contains("以上") || links.contains("左右"), links.toString());
        // longest first, so 超过 is looked past whole, not as 超 leaving 过
        assertTrue(links.indexOf("超过") < links.indexOf("超"), links.toString());
    }

    @Test
    void aPerHeadLevelMovesByItsOwnChange() {
        // 1789 / (43233 − 1789) is 4.32%: an income per head is no whole, but its change is of the same figure
        String text = "城镇居民人均可支配收入43233元，比上年增加1789元，比上年增长4.3%。";
        List<Finding> found = growth(text);
        assertEquals(1, found.size(), found.toString());
        assertEquals(Verdict.CONSISTENT, found.get(0).verdict(), found.get(0).message());
        assertEquals(Verdict.INCONSISTENT, growth(text.replace("增加1789元", "增加1978元")).get(0).verdict());
    }

    @Test
    void anIncreaseStaysAnIncrease() {
        List<Finding> found = growth("全市完成投资300亿元，比上年增加50亿元，增长20.0%。");
        assertEquals(1, found.size(), found.toString());
        assertEquals(Verdict.CONSISTENT, found.get(0).verdict(), found.get(0).message());
        assertFalse(found.get(0).message().contains("decrease"));
    }

    @Test
    void aMultipleIsRoundedToItsOwnLastDigit() {
        // 463.2 / 258.1 is 179.5%: 增长1.8倍 (1.75 to 1.85 times) holds it, 增长2.8倍 does not
        String text = "全省旅游总收入721.3亿元，比2000年增加463.2亿元，增长1.8倍。";
        List<Finding> found = growth(text);
        assertTrue(found.stream().noneMatch(f -> f.verdict() == Verdict.INCONSISTENT), found.toString());
        List<Finding> altered = growth(text.replace("增长1.8倍", "增长2.8倍"));
        assertTrue(altered.stream().anyMatch(f -> f.verdict() == Verdict.INCONSISTENT), altered.toString());
    }

    @Test
    void aNominalGrowthOfOutputIsCheckedAgainstItsLevelAndChange() {
        // a write-up of 黑龙江's 2021 economy: 1180.7 / (14879.2 − 1180.7) is 8.62%
        String text = "2021年，黑龙江省实现地区生产总值14879.2亿元，相比上年同期增长了1180.7亿元，名义增长速度为8.62%。";
        List<Finding> found = growth(text);
        assertEquals(1, found.size(), found.toString());
        assertEquals(Verdict.CONSISTENT, found.get(0).verdict(), found.get(0).message());
        assertEquals(Verdict.INCONSISTENT, growth(text.replace("8.62%", "9.62%")).get(0).verdict());
        // the same rate not said to be nominal is real growth, at comparable prices: not checked
        assertTrue(growth(text.replace("名义增长速度为", "增长")).isEmpty());
    }

    @Test
    void aFigureRestatedInAnotherUnitInBracketsIsNotTheChange() {
        // the National Bureau's grain release gives each figure again in 亿斤
        String text = "2016年，全国粮食总产量61623.9万吨(12324.8亿斤)，比2015年减少520.1万吨(104.0亿斤)，减少0.8%。";
        List<Finding> found = growth(text);
        assertEquals(1, found.size(), found.toString());
        assertEquals(Verdict.CONSISTENT, found.get(0).verdict(), found.get(0).message());
        assertTrue(found.get(0).facts().stream().anyMatch(f -> f.text().equals("520.1万吨")), found.toString());
        List<Finding> altered = growth(text.replace("减少0.8%", "减少2.1%"));
        assertEquals(Verdict.INCONSISTENT, altered.get(0).verdict(), altered.get(0).message());
    }

    @Test
    void aChangeIsOfTheLevelItsIndicatorNamesNotOfTheLastPartListed() {
        String text = "2023年秋粮播种面积33.75万亩，其中玉米308184亩、豆类21264亩、鲜薯类7268亩，秋粮播种面积比去年增加0.03万亩，同比增长0.09%。";
        List<Finding> found = growth(text);
        assertEquals(1, found.size(), found.toString());
        assertEquals(Verdict.CONSISTENT, found.get(0).verdict(), found.toString());
        assertTrue(found.get(0).facts().stream().anyMatch(f -> f.text().equals("33.75万亩")), found.toString());
        // the same change said of the area with a wrong rate is caught against that area
        assertEquals(Verdict.INCONSISTENT, growth(text.replace("0.09%", "0.9%")).get(0).verdict());
    }
}

