package org.govfacts.attribute;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.govfacts.fact.Fact;
import org.govfacts.fact.Status;
import org.govfacts.testdata.OnText;
import org.junit.jupiter.api.Test;

/**
 * When a news story was written, and so which year its 一年来 is: a full date with its weekday or hour is the day of the
 * event reported; a goal stated for a year makes that year the report's. Parts under a breakdown heading (分产业看：)
 * take the time of the total before it.
 */
class NewsDatelineAndBreakdownPeriodTest {
    private static Fact at(String name, String text, String figure) {
        return OnText.at(OnText.facts(name, text), figure);
    }

    @Test
    void aDateWithItsWeekdayAndHourDatesTheStory() {
        String text = "两会|去年经济增长5% 今年目标4.5%至5%\n"
                + "2026年3月5日（星期四）上午9时，十四届全国人大四次会议开幕，国务院总理作政府工作报告。\n"
                + "2025年，国内生产总值增长5%。\n"
                + "报告说，一年来，城镇新增就业1267万人，粮食产量达到1.43万亿斤。\n";
        assertEquals("2025", at("story.txt", text, "1267万人").periodNorm());
        assertEquals(Status.ACTUAL, at("story.txt", text, "1267万人").status());
    }

    @Test
    void aDateWithoutWeekdayOrHourInTheBodyDoesNotDateTheStory() {
        // the same story with the date only as an event of the past named in the body: the body's years decide
        String text = "两会|去年经济增长5%\n国务院总理作政府工作报告。2025年，国内生产总值增长5%，2024年3月5日出台一揽子政策。\n"
                + "报告说，一年来，城镇新增就业1267万人。\n";
        assertEquals("2025", at("story.txt", text, "1267万人").periodNorm());
    }

    @Test
    void aYearWhoseGoalIsStatedIsTheReportsYear() {
        String text = "2023年GDP目标为增长5%左右\n3月5日，国务院总理向十四届全国人大一次会议作政府工作报告，要点如下：\n"
                + "过去一年：\n全年国内生产总值增长3%\n";
        Fact past = at("政府工作报告要点.txt", text, "3%");
        assertEquals("2022", past.periodNorm());
        assertEquals(Status.TARGET, at("政府工作报告要点.txt", text, "5%左右").status());
    }

    @Test
    void partsUnderABreakdownHeadingTakeTheTimeOfTheTotal() {
        String text = "7月15日，统计局发布数据，初步核算，上半年国内生产总值616836亿元，同比增长5.0%。\n分产业看：\n"
                + "第一产业增加值30660亿元，同比增长3.5%；\n第二产业增加值236530亿元，增长5.8%；\n";
        assertEquals("2025H1", at("2025_国民经济.txt", text, "30660亿元").periodNorm());
        assertEquals("2025H1", at("2025_国民经济.txt", text, "236530亿元").periodNorm());
    }

    @Test
    void aHeadingThatOpensNoBreakdownPassesNoTime() {
        String text = "7月15日，统计局发布数据，上半年国内生产总值616836亿元。\n主要特点：\n第一产业增加值30660亿元。\n";
        // not a breakdown heading: the part line is not dated by the 上半年 of the line before it
        org.junit.jupiter.api.Assertions.assertNotEquals("2025H1", at("2025_国民经济.txt", text, "30660亿元").periodNorm());
    }
}
