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

    @Test
    void aChangeIsNotTheTotalOfTheLevelsListedAfterIt() {
        noAlarm("年末全市从业人员3520万人，比上年末增加45万人。其中城镇从业人员1860万人，比上年末增加38万人。");
    }

    @Test
    void clausesNamingTheTotalsMeasureAndAnotherAreNotItsParts() {
        noAlarm("上半年，全县完成工业总产值86.2亿元，同比增长12%，其中规模以上工业总产值71.5亿元，增长13.1%；"
                + "实现工业增加值30.4亿元，增长9.8%。");
    }

    @Test
    void eachClauseListAfterTheCueIsASplitOfItsOwn() {
        String text = "年末全县户籍人口为86420人。其中，城镇人口41210人，乡村人口45210人；男性人口43980人，女性人口%s人。";
        noAlarm(String.format(text, "42440"));
        List<Finding> altered = SharesOnTextTest.check("t.txt", String.format(text, "42040")).stream()
                .filter(f -> f.kind() == FindingKind.SUM && f.verdict() == Verdict.INCONSISTENT).toList();
        assertTrue(altered.size() == 1 && altered.get(0).message().contains("43980 + 42040"), altered.toString());
    }

    @Test
    void aStructureAfterAnotherYearsWholeIsNotOfTheBreakdownBeforeIt() {
        noAlarm("2023年，全县实现生产总值512300万元，按可比价格计算，比上年增长6.1%。其中，第一产业增加值40120万元，增长3.1%；"
                + "第二产业增加值230500万元，增长7.2%；第三产业增加值241680万元，增长5.9%。三次产业增加值结构为7.8:45.0:47.2。"
                + "2022年全县生产总值现价总量为498700万元，三次产业增加值结构为8.1:47.3:44.6。");
    }

    @Test
    void countsOfDifferentItemsOfAListAreNotRestatements() {
        // named like a provincial report, so that place and period resolve and the counts are compared at all
        List<Finding> bad = SharesOnTextTest.check("2026_辽宁省_政府工作报告.txt", "政府编制了《全省国民经济和社会发展第十五个五年规划纲要（草案）》，提请本次大会审议。\n"
                + "《纲要（草案）》明确了经济社会发展主要指标：一是围绕经济发展，提出6项指标，其中地区生产总值年均增长5%左右。"
                + "二是围绕创新驱动，提出5项指标，其中研发经费投入年均增长8%以上。三是围绕民生福祉，提出8项指标。").stream()
                .filter(f -> f.verdict() == Verdict.INCONSISTENT).toList();
        assertTrue(bad.isEmpty(), bad.toString());
    }
    @Test
    void aPartBrokenDownInItsTurnEndsTheListOfTheTotalsParts() {
        // 建筑业 is a part of 第二产业, not of the whole; 第三产业 comes in the next sentence
        noAlarm("全年全市地区生产总值318600万元，比上年增长8.2%。其中：第一产业增加值71200万元，增长4.1%；"
                + "第二产业增加值90400万元，增长9.0%，其中工业增加值完成58300万元，增长10.2%；建筑业增加值完成32100万元，增长6.5%。"
                + "第三产业增加值157000万元，增长9.4%。");
    }
}
