package org.govfacts.attribute;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.govfacts.fact.Fact;
import org.govfacts.fact.Status;
import org.govfacts.testdata.OnText;
import org.junit.jupiter.api.Test;

/**
 * Time and status told by words away from the figure: a story that tells a year's whole-year results is written after
 * that year (its 去年 is that year); a lead that lists numbers which a later paragraph calls 上述预期目标 lists goals, and
 * a number restated later with no time of its own is that goal again.
 */
class GoalsNamedBackAndYearResultsTest {
    private static Fact at(String name, String text, String figure) {
        return OnText.at(OnText.facts(name, text), figure);
    }

    @Test
    void aStoryTellingAYearsWholeYearResultsIsWrittenAfterIt() {
        String text = "国家统计局17日发布数据显示，2024年，全年国内生产总值1349084亿元，比上年增长5.0%。\n"
                + "去年，我国粮食产量达14130亿斤，首次迈上1.4万亿斤新台阶。\n";
        assertEquals("2024", at("story.txt", text, "14130亿斤").periodNorm());
    }

    @Test
    void aYearsWholeYearGoalDoesNotDateTheStoryAfterIt() {
        String text = "2024年全年经济增长预期目标为5%左右。\n去年，我国粮食产量达13908亿斤。\n2024年上半年，国内生产总值增长5.0%。\n";
        assertEquals("2023", at("story.txt", text, "13908亿斤").periodNorm());
    }

    @Test
    void numbersOfALeadThatALaterParagraphCallsGoalsAreGoals() {
        String text = "中新社北京2025年3月5日电 题：数看政府工作报告\n"
                + "国内生产总值增长5%左右、城镇新增就业1200万人以上、居民消费价格涨幅2%左右……\n"
                + "十四届全国人大三次会议5日开幕，国务院总理作政府工作报告，其中提到的这一组关键数字传递出信心。\n"
                + "政府工作报告指出，提出上述预期目标，综合考虑了国内外形势和各方面因素。\n"
                + "——城镇调查失业率5.5%左右，城镇新增就业1200万人以上\n政府工作报告还提到，今年要更大力度稳定和扩大就业。\n";
        assertEquals(Status.TARGET, at("story.txt", text, "5%左右").status());
        assertEquals(Status.TARGET, at("story.txt", text, "2%左右").status());
        // the heading restates the goal of the lead: the same goal, not a result
        Fact restated = OnText.facts("story.txt", text).stream().filter(f -> f.text().equals("1200万人以上")).reduce((a, b) -> b).get();
        assertEquals(Status.TARGET, restated.status());
        // and the figure listed beside it in that heading is one of the goals too
        assertEquals(Status.TARGET, at("story.txt", text, "5.5%左右").status());
        assertEquals("2025", at("story.txt", text, "5.5%左右").periodNorm());
    }

    @Test
    void goalsSaidToBeMetAreResults() {
        String text = "过去一年，国内生产总值增长5.2%，城镇新增就业1244万人。\n上述目标全面完成，经济社会发展取得新成效。\n";
        assertEquals(Status.ACTUAL, at("story.txt", text, "5.2%").status());
        assertEquals(Status.ACTUAL, at("story.txt", text, "1244万人").status());
    }
}
