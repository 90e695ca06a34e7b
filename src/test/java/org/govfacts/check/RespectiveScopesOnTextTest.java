package org.govfacts.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.govfacts.fact.Fact;
import org.govfacts.testdata.OnText;
import org.junit.jupiter.api.Test;

/**
 * 城乡居民人均可支配收入达到34446元和13094元，分别增长8.3%和9.7%: the first item of such a list is the 城镇 figure,
 * the second the 农村 one (check_respective_scopes.tsv), so each growth is checked against its own levels.
 */
class RespectiveScopesOnTextTest {
    private static CheckDocument doc(String name, String text) {
        return CheckDocument.of(OnText.process(name, text), text);
    }

    private static final String Y2018 = "宝鸡市政府工作报告\n一、2018年工作回顾\n过去一年，全市实现地区生产总值2265.16亿元，增长7.2%；"
            + "城乡居民人均可支配收入分别达到31802元和11936元，增长8.2%和9.3%。\n";

    /** The findings over the 2018 review and a 2019 review whose text after its heading is {@code review2019}. */
    private static List<Finding> withYearBefore(String review2019) {
        return Findings.CHECKER.check(List.of(doc("2019_宝鸡市_政府工作报告.txt", Y2018),
                doc("2020_宝鸡市_政府工作报告.txt", "宝鸡市政府工作报告\n一、2019年工作回顾\n" + review2019 + "\n")));
    }

    @Test
    void eachItemIsCheckedAgainstTheLevelsOfItsOwnScope() {
        List<Finding> found = withYearBefore("2019年，全年实现地区生产总值2223.81亿元，增长3.5%；城乡居民人均可支配收入达到34446元和13094元，"
                + "分别增长8.3%和9.7%。");
        assertTrue(found.stream().noneMatch(f -> f.verdict() == Verdict.INCONSISTENT), found.toString());
        for (String growth : List.of("8.3%", "9.7%")) {
            assertTrue(found.stream().anyMatch(f -> f.kind() == FindingKind.GROWTH && f.verdict() == Verdict.CONSISTENT
                    && f.facts().stream().anyMatch(x -> x.text().equals(growth))), growth + " " + found);
        }
    }

    @Test
    void anAlteredLevelOfOneScopeIsCaught() {
        List<Finding> found = withYearBefore("2019年，城乡居民人均可支配收入达到34846元和13094元，分别增长8.3%和9.7%。");
        List<Finding> wrong = found.stream().filter(f -> f.verdict() == Verdict.INCONSISTENT).toList();
        assertEquals(1, wrong.size(), found.toString());
        assertTrue(wrong.get(0).facts().stream().anyMatch(x -> x.text().equals("8.3%")), wrong.toString());
    }

    @Test
    void aListWithoutOneFigurePerScopeIsComparedWithNothing() {
        // three figures after 城乡: which is which is not said
        CheckDocument one = doc("2020_某市_政府工作报告.txt", "某市政府工作报告\n一、2019年工作回顾\n2019年，城乡居民人均可支配收入分别达到34446元、13094元和20000元。\n");
        CheckDocument two = doc("2021_某市_政府工作报告.txt", "某市政府工作报告\n一、2020年工作回顾\n2020年，城乡居民人均可支配收入分别达到30000元、13094元和20000元，"
                + "分别增长5.1%、8.4%和3%。\n");
        List<Finding> found = Findings.CHECKER.check(List.of(one, two));
        assertTrue(found.stream().noneMatch(f -> f.kind() == FindingKind.GROWTH), found.toString());
    }

    @Test
    void aBareLaterItemTakesTheFirstItemsModifierOnlyToMakeAKnownIndicator() {
        List<Fact> f = OnText.facts("2020_宝鸡市_政府工作报告.txt", "宝鸡市政府工作报告\n一、2019年工作回顾\n"
                + "工业加快转型，规模以上工业总产值、增加值分别增长4%和0.5%；工业总产值、利润分别增长3%和2%。\n");
        assertEquals("规模以上工业增加值", OnText.at(f, "0.5%").indicator());
        assertEquals("利润", OnText.at(f, "2%").indicator());
    }
}
