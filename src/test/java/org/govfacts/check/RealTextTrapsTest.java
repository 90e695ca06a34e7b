package org.govfacts.check;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Forms of real bulletins and reports that once raised false alarms, in texts written for the test:
 * none of them may be called inconsistent.
 */
class RealTextTrapsTest {
    private static void noAlarm(String text) {
        List<Finding> bad = SharesOnTextTest.check("t.txt", text).stream().filter(f -> f.verdict() == Verdict.INCONSISTENT).toList();
        assertTrue(bad.isEmpty(), bad.toString());
    }

    @Test
    void aRateIsNotComputedFromACountThatOnlySharesAWordWithIt() {
        noAlarm("全年城镇新增就业5210人，比上年多增120人。失业人员再就业2100人，就业困难人员再就业640人。年末城镇登记失业率控制在3.1%。");
    }

    @Test
    void aListThatLeavesOutKindsTheTotalNamesIsNotShort() {
        noAlarm("全年猪牛羊禽肉总产量8200吨，增长12.5%。其中，猪肉产量5100吨，增长10.2%；禽肉产量2300吨，增长15.1%。");
    }

    @Test
    void theItemsOfAHeadlineListAreNotThePartsOfAnEarlierItem() {
        noAlarm("全年实现地区生产总值420亿元，增长7.1%；财政收入41.2亿元，增长5.3%，其中地方级收入27.3亿元，增长2.1%；"
                + "固定资产投资增长11.5%；社会消费品零售总额118亿元，增长9.3%。");
    }
}
