package org.govfacts.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The changes of the shares of a complete split cancel, through the real pipeline. */
class ShareChangesOnTextTest {
    private static List<Finding> changes(String text) {
        return SharesOnTextTest.check("2016_某市_统计公报.txt", text).stream()
                .filter(f -> f.kind() == FindingKind.SUM && f.message().contains("changes of the shares")).toList();
    }

    private static final String CLAUSES = "2016年，全市三次产业结构为16.2:28.2:55.6，与上年相比，第一产业所占比重下降1.3个百分点，"
            + "第二产业提高0.7个百分点，第三产业提高0.6个百分点。\n";

    @Test
    void sectorShareChangesThatCancelAreConsistent() {
        List<Finding> found = changes(CLAUSES);
        assertEquals(1, found.size(), found.toString());
        assertEquals(Verdict.CONSISTENT, found.get(0).verdict(), found.get(0).message());
        List<Finding> respective = changes("2016年，与上年相比，第一产业、第三产业比重分别上升0.1和0.8个百分点，第二产业比重下降0.9个百分点。\n");
        assertEquals(1, respective.size(), respective.toString());
        assertEquals(Verdict.CONSISTENT, respective.get(0).verdict());
    }

    @Test
    void aChangeThatBreaksTheBalanceIsFlagged() {
        List<Finding> found = changes(CLAUSES.replace("提高0.6个百分点", "提高0.9个百分点"));
        assertEquals(1, found.size(), found.toString());
        assertEquals(Verdict.INCONSISTENT, found.get(0).verdict());
        assertEquals(0.3, found.get(0).expected(), 1e-9);
    }

    @Test
    void sharesOfOtherWholesOrGrowthRatesAreNotAPartition() {
        // three shares of three different wholes, a clause each
        assertTrue(changes("2013年，三次产业结构继续优化，服务业占GDP的比重提高1.4个百分点；高技术产业占规模以上工业总产值的比重提高了1.4个百分点；"
                + "民间投资占固定资产投资的比重提高0.8个百分点。\n").isEmpty());
        // growth rates that moved, not shares
        assertTrue(changes("2016年，第一产业增速比重点监测的上年回落0.5个百分点，第二产业增速提高0.7个百分点，第三产业增速提高0.6个百分点，占比稳定。\n").isEmpty());
        // a part left unnamed
        assertTrue(changes("2016年，第一产业比重下降1.3个百分点，工业比重提高0.7个百分点，第三产业提高0.6个百分点。\n").isEmpty());
    }
}
