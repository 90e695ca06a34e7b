package org.govfacts.attribute;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.govfacts.fact.Fact;
import org.govfacts.fact.Status;
import org.govfacts.testdata.OnText;
import org.junit.jupiter.api.Test;

/** A line that is a day alone ((2016年2月25日) under a bulletin's title) dates the text, not the passage after it. */
class DatelinePeriodTest {
    private static Fact at(String name, String text, String figure) {
        return OnText.at(OnText.facts(name, text), figure);
    }

    @Test
    void aBulletinsDatelineDoesNotMakeItsYearTheReviewedOne() {
        String text = "青海省2015年国民经济和社会发展统计公报\n(2016年2月28日)\n全年实现生产总值2417.05亿元，比上年增长8.2%。\n";
        Fact gdp = at("bulletin.txt", text, "2417.05亿元");
        assertEquals("2015", gdp.periodNorm());
        assertEquals(Status.ACTUAL, gdp.status());
    }

    @Test
    void aLineThatOpensOnADayAndGoesOnStillDatesWhatFollows() {
        String text = "某县工作简报\n2016年3月1日，县政府召开常务会议。\n当年完成固定资产投资120亿元。\n";
        assertEquals("2016", at("brief.txt", text, "120亿元").periodNorm());
    }
}
