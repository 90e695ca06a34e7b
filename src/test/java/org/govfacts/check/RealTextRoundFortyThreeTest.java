package org.govfacts.check;

import static org.govfacts.check.Findings.involving;
import static org.govfacts.check.RealTextRoundTwentyEightTest.check;
import static org.govfacts.check.RealTextRoundTwentyEightTest.of;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Real-text wordings of the sixty-second blind round: a year's plan dated by 年度 and read as the base of a completion
 * share called a 比例, a key-project list numbered on lines of its own under 其中:, and a numbered clause that states
 * fewer of the totals than the clauses before it.
 */
class RealTextRoundFortyThreeTest {
    private static final String NUMBERED = "晋安区2022年1-12月各类项目总结\n"
            + "市重点建设项目进展顺利，131个市级重大项目，总投资1520.63亿元，年度计划投资373.5亿元，1-12月完成投资485.85亿元。其中:\n"
            + "(1)在建项目75个，总投资1111.41亿元，年度计划投资229.3亿元，1-12月完成投资309.73亿元，完成投资比例%s%%；\n"
            + "(2)计划新开工项目51个，总投资349.22亿元，年度计划投资144.2亿元，已开工44个项目，1-12月完成投资175.52亿元；\n"
            + "(3)预备项目5个，总投资%s亿元，前期工作进展顺利。\n";

    @Test
    void aNumberedListOnLinesOfItsOwnSplitsTheTotalsBeforeIt() {
        List<Finding> found = check("2022_晋安区_项目总结.txt", String.format(NUMBERED, "135", "60"));
        assertTrue(of(found, FindingKind.SUM, Verdict.CONSISTENT).stream().anyMatch(f -> involving("1520.63亿元").test(f)
                && involving("60亿元").test(f)), found.toString());
        assertTrue(of(found, FindingKind.SUM, Verdict.CONSISTENT).stream().anyMatch(f -> involving("373.5亿元").test(f)), found.toString());
        List<Finding> altered = check("2022_晋安区_项目总结.txt", String.format(NUMBERED, "135", "90"));
        assertTrue(of(altered, FindingKind.SUM, Verdict.INCONSISTENT).stream().anyMatch(f -> involving("90亿元").test(f)), altered.toString());
    }

    @Test
    void aCompletionShareCalledABiliIsOverTheItemsOwnPlan() {
        List<Finding> found = check("2022_晋安区_项目总结.txt", String.format(NUMBERED, "135", "60"));
        assertTrue(of(found, FindingKind.SHARE, Verdict.CONSISTENT).stream().anyMatch(f -> involving("229.3亿元").test(f)
                && involving("309.73亿元").test(f)), found.toString());
        List<Finding> altered = check("2022_晋安区_项目总结.txt", String.format(NUMBERED, "153", "60"));
        assertTrue(of(altered, FindingKind.SHARE, Verdict.INCONSISTENT).stream().anyMatch(f -> involving("153%").test(f)), altered.toString());
    }

    private static final String SAME_LINE = "2022年晋安区市重点项目\n全区131个市级重大项目，总投资1520.63亿元，年度计划投资373.5亿元。"
            + "其中：(1)在建项目75个，总投资1111.41亿元，年度计划投资229.3亿元；(2)计划新开工项目51个，总投资349.22亿元，年度计划投资144.2亿元；"
            + "(3)预备项目5个，总投资%s亿元。\n";

    @Test
    void aLastClauseStatingFewerItemsIsStillAPartOfTheList() {
        // the third clause has no plan: without it the total investment fell 60 short and was called inconsistent
        List<Finding> found = check("2022_晋安区_市重点项目.txt", String.format(SAME_LINE, "60"));
        assertTrue(of(found, FindingKind.SUM, Verdict.INCONSISTENT).isEmpty(), found.toString());
        assertTrue(of(found, FindingKind.SUM, Verdict.CONSISTENT).stream().anyMatch(f -> involving("1520.63亿元").test(f)
                && involving("60亿元").test(f)), found.toString());
        List<Finding> altered = check("2022_晋安区_市重点项目.txt", String.format(SAME_LINE, "40"));
        assertTrue(of(altered, FindingKind.SUM, Verdict.INCONSISTENT).stream().anyMatch(f -> involving("40亿元").test(f)), altered.toString());
    }
}
