package org.govfacts.check;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Lists that name only some of a total's parts, through the real pipeline on short texts written
 * for the test: nothing is called wrong unless the parts must be all of it.
 */
class PartialListsOnTextTest {
    private static List<Finding> alarms(String text) {
        return SharesOnTextTest.check("t.txt", text).stream().filter(f -> f.verdict() == Verdict.INCONSISTENT).toList();
    }

    @Test
    void aListOfSomeCropsIsNoSplitOfTheSownArea() {
        String text = "全年农作物总播种面积52000公顷。其中，粮食作物种植面积38000公顷；油料作物种植面积6000公顷；蔬菜种植面积5900公顷。";
        assertTrue(alarms(text).isEmpty(), alarms(text).toString());
        // more than the whole is wrong whatever the list leaves out
        String over = text.replace("38000公顷", "48000公顷");
        assertTrue(alarms(over).stream().anyMatch(f -> f.kind() == FindingKind.SUM), alarms(over).toString());
    }

    @Test
    void theStagesOfTheNextListAreNotThisOnes() {
        String text = "一季度，全市25个省重点工业项目完成投资35.9亿元。6个新开工项目中，3个项目已开工建设，续建项目进展顺利。\n"
                + "一季度，全市124个市工业重点项目完成投资99.8亿元。66个新开工项目已有28个开工建设；58个续建项目进展顺利。";
        assertTrue(alarms(text).isEmpty(), alarms(text).toString());
    }

    @Test
    void aStageAloneIsNoIndicatorToRestate() {
        String text = "城镇住房开工97.1%，其中完工74.7%。学校开工99.2%，其中完工79.7%。";
        assertTrue(alarms(text).isEmpty(), alarms(text).toString());
    }

    @Test
    void whatBecameOfAPartIsNoFurtherPart() {
        // a county highway bureau's work summary: 6 planned, and 6 of them now started, are one part, not two
        String text = "1、我局今年公路新开工和续建项目共10个，其中计划开工项目6个，目前6个项目已正式开工；力争开工项目1个，"
                + "目前正在抓紧做前期工作；续建项目3个。";
        assertTrue(alarms(text).isEmpty(), alarms(text).toString());
        // the same list with a part altered still adds up wrong: 6 + 1 + 4 is not 10
        assertTrue(!alarms(text.replace("续建项目3个", "续建项目4个")).isEmpty());
    }

    @Test
    void aSmallPartInASmallerUnitSetsNoRoundingStepForTheList() {
        // a 1999 provincial bulletin: 216 and 31.5 亿 are rounded to a tenth of 亿, whatever 1879.1万 is written to
        String text = "全年各种运输方式完成货物周转量247.6亿吨公里，比上年增长1.2%。其中：铁路216亿吨公里，增长1.2%；"
                + "公路31.5亿吨公里，增长4.4%；民航1879.1万吨公里，增长4.4%。";
        assertTrue(alarms(text).isEmpty(), alarms(text).toString());
        assertTrue(!alarms(text.replace("铁路216亿吨公里", "铁路226亿吨公里")).isEmpty());
    }

    @Test
    void aListThatNamesOneKindTwiceIsNoSplit() {
        // a county work report: the clauses after 其中 say what became of projects, and 产业类项目 comes twice
        String text = "组建31个重大项目工作专班，全年开复工500万元以上重点项目52个，开复工率100%。其中，钰龙农业生态采摘园等32个产业类项目"
                + "纳入省市重点项目库；民心小区一期基础设施配套等11个政府类投资项目投入使用；丰金玄武岩二期等16个产业类项目竣工投产。";
        assertTrue(alarms(text).isEmpty(), alarms(text).toString());
    }
}
