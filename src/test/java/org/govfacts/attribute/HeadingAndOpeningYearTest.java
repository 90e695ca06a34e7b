package org.govfacts.attribute;

import static org.govfacts.testdata.OnText.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.govfacts.fact.Fact;
import org.govfacts.testdata.OnText;
import org.junit.jupiter.api.Test;

/**
 * The period a figure that names none takes from the headings and the opening above it: a section heading run into its
 * paragraph that names its year twice, a bulletin's opening year under headings that name none, and 上年 of a passage
 * that names its year.
 */
class HeadingAndOpeningYearTest {
    private static List<Fact> facts(String name, String text) {
        return OnText.facts(name, text);
    }

    private static final String PLAN = "天津市2010年国民经济和社会发展计划\n天津市人民政府\n二○一○年三月十七日\n"
            + "一、2009年国民经济和社会发展计划执行情况2009年，面对异常严峻复杂的国内外环境，全市各方面共同努力。\n"
            + "(一)经济平稳较快增长。\n初步核算，全市地区生产总值7500.8亿元，按可比价格计算比上年增长16.5%。\n";

    @Test
    void aHeadingThatNamesItsYearTwiceDatesItsSection() {
        assertEquals("2009", at(facts("tj_2010p.txt", PLAN), "7500.8亿元").periodNorm());
        // two different years in the heading: neither governs
        String two = PLAN.replace("执行情况2009年，面对", "执行情况和2010年计划，面对");
        assertEquals("2009", at(facts("tj_2010p.txt", PLAN), "16.5%").periodNorm());
        assertNull(at(facts("tj_2010p.txt", two.replace("一、2009年", "一、2008年")), "7500.8亿元").periodNorm());
    }

    private static final String BULLETIN = "天津市统计局\n2010年3月1日\n2009年，全市人民积极应对国际金融危机的冲击。\n一、经济发展\n"
            + "全市生产总值完成7500.80亿元，比上年增长16.5%。三次产业增加值占全市生产总值的比重由上年的1.8%调整为1.7%。\n";

    @Test
    void aBulletinsOpeningYearDatesItsSectionsAndTheYearBeforeIsCountedFromIt() {
        List<Fact> f = facts("tj_2009.txt", BULLETIN);
        assertEquals("2009", at(f, "7500.80亿元").periodNorm());
        assertEquals("2008", at(f, "1.8%").periodNorm());
        // a title's year opens no paragraph: 成都市2007年政府工作报告 dates nothing under the headings after it
        String report = "成都市2007年政府工作报告\n2006年工作回顾\n过去的一年，全市地区生产总值2750亿元。\n一、经济发展\n第一产业实现增加值193.4亿元。\n";
        assertNotEquals("2007", at(facts("cd_2007.txt", report), "193.4亿元").periodNorm());
    }
}
