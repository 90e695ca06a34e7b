package org.govfacts.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Through the real pipeline on short texts written for the test: a figure is compared with another of
 * its report only when both are of the same group, and the place a figure is of is no part of its
 * indicator.
 */
class GroupSubjectsOnTextTest {
    private static List<Finding> duplicates(String name, String text) {
        return SharesOnTextTest.check(name, text).stream().filter(f -> f.kind() == FindingKind.DUPLICATE).toList();
    }

    private static final String TWO_GROUPS = "2012年上半年，全省重点项目建设进展顺利。"
            + "纳入天府新区的30个省重点项目年度计划投资356亿元，累计完成投资211亿元，占年度计划的59.2%。"
            + "纳入成渝经济区的448个省重点项目年度计划投资3805亿元，累计完成投资2003亿元，占年度计划的52.6%。";

    @Test
    void sharesOfTwoGroupsNamedAtTheirSentencesStartAreNotOneFigure() {
        List<Finding> found = duplicates("2012_四川省_重点项目.txt", TWO_GROUPS);
        assertTrue(found.stream().noneMatch(f -> f.verdict() == Verdict.INCONSISTENT), found.toString());
    }

    @Test
    void theSameGroupStatedTwiceIsStillCompared() {
        String first = "纳入天府新区的30个省重点项目年度计划投资356亿元，累计完成投资211亿元，占年度计划的59.2%。";
        List<Finding> found = duplicates("2012_四川省_重点项目.txt", "2012年上半年，全省重点项目建设进展顺利。" + first
                + first.replace("59.2%", "52.6%"));
        assertTrue(found.stream().anyMatch(f -> f.verdict() == Verdict.INCONSISTENT), found.toString());
    }

    @Test
    void thePlaceOfAFigureIsNoPartOfItsIndicator() {
        String text = "城中区2023年经济运行情况\n2023年，城中区完成地区生产总值327.03亿元，同比增长16.1%。\n2023年，全区完成地区生产总值372.03亿元，同比增长16.1%。\n";
        List<Finding> found = duplicates("2023_城中区_经济运行.txt", text);
        assertTrue(found.stream().anyMatch(f -> f.verdict() == Verdict.INCONSISTENT
                && f.facts().stream().anyMatch(x -> x.text().equals("372.03亿元"))), found.toString());
        // another district named as the subject is another place: nothing to compare
        List<Finding> other = duplicates("2023_城中区_经济运行.txt", text.replace("2023年，城中区", "2023年，城东区"));
        assertEquals(0, other.stream().filter(f -> f.verdict() == Verdict.INCONSISTENT).count(), other.toString());
    }

    @Test
    void afterASemicolonAnItemSpeaksOfItselfNotOfTheClauseBefore() {
        String first = "2006年，全市工业增加值7414.24亿元，同比增长24.46%，占全省工业增加值的8.21%；税收收入1570.02亿元，同比增长28.77%。";
        String again = "2006年，全市税收收入1670.02亿元。";
        List<Finding> found = duplicates("2006_洛阳市_统计公报.txt", "洛阳市2006年国民经济和社会发展统计公报\n" + first + "\n" + again + "\n");
        assertTrue(found.stream().anyMatch(f -> f.verdict() == Verdict.INCONSISTENT), found.toString());
    }

    @Test
    void namesOfOneIndicatorAreOneMeasure() {
        String text = "福建省2022年上半年经济运行情况\n上半年，福建GDP同比增长4.6%%。\n上半年，全省实现生产总值24605.36亿元，同比增长%s。\n";
        List<Finding> same = duplicates("2022_福建省_上半年经济运行.txt", text.formatted("4.6%"));
        assertTrue(same.stream().anyMatch(f -> f.verdict() == Verdict.CONSISTENT), same.toString());
        List<Finding> differ = duplicates("2022_福建省_上半年经济运行.txt", text.formatted("6.4%"));
        assertTrue(differ.stream().anyMatch(f -> f.verdict() == Verdict.INCONSISTENT), differ.toString());
    }
}

