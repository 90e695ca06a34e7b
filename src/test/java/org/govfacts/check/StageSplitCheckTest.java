package org.govfacts.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Continuing and newly started projects against the year's list, through the real pipeline on texts written for the test. */
class StageSplitCheckTest {
    private static final String TEXT = "今年以来，全市120个重点项目累计完成投资350亿元，占年度计划的52%。\n"
            + "80个续建项目累计完成投资290亿元，占年度计划的60%，10个项目建成投用。\n"
            + "40个新开工项目中32个已开工，累计完成投资60亿元。\n";

    private static List<Finding> splits(String text) {
        return Findings.of(SharesOnTextTest.check("t.txt", text), FindingKind.SUM, f -> f.message().contains("续建 and 新开工"));
    }

    @Test
    void continuingAndNewProjectsMakeUpTheListAndItsInvestment() {
        List<Finding> found = splits(TEXT);
        assertEquals(2, found.size(), found.toString());
        assertTrue(found.stream().allMatch(f -> f.verdict() == Verdict.CONSISTENT), found.toString());
    }

    @Test
    void anAlteredCountIsCaught() {
        List<Finding> found = splits(TEXT.replace("80个续建", "86个续建"));
        assertEquals(1, found.stream().filter(f -> f.verdict() == Verdict.INCONSISTENT).count(), found.toString());
    }

    @Test
    void stagesShortOfTheListMayLeaveOthersUncountedAndSayNothingForSure() {
        // 74 + 40 = 114 of 120: the other six may be at a stage the text does not count (前期, 预备)
        List<Finding> found = splits(TEXT.replace("80个续建", "74个续建"));
        assertEquals(0, found.stream().filter(f -> f.verdict() == Verdict.INCONSISTENT).count(), found.toString());
        assertEquals(1, found.stream().filter(f -> f.verdict() == Verdict.CANNOT_TELL).count(), found.toString());
    }

    @Test
    void aListByStageThatNamesAThirdStageIsLeftToTheList() {
        String text = "全市150个在建重点项目完成投资400亿元。按阶段划分，其中30个投产项目完成投资100亿元；"
                + "90个续建项目完成投资260亿元；30个新开工项目完成投资40亿元。";
        assertTrue(splits(text).isEmpty(), splits(text).toString());
    }
}
