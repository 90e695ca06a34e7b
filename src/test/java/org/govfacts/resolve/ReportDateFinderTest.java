package org.govfacts.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import org.govfacts.lexicon.Lexicon;
import org.junit.jupiter.api.Test;

class ReportDateFinderTest {
    private static final ReportDateFinder DATES = new ReportDateFinder(Lexicon.at(Path.of("dictionaries")));

    @Test
    void aDatelineWinsOverTheTitleAndTheFileName() {
        String t = "政府工作报告\n——2024年3月5日在第十四届全国人民代表大会第二次会议上\n各位代表：";
        ReportDate d = DATES.find(t, "政府工作报告", Path.of("2020_国务院_政府工作报告.txt"));
        assertEquals("2024-03-05", d.label());
        assertEquals("dateline", d.source());
    }

    @Test
    void aDayFirstDatelineWithItsHourIsTheDayOfTheStory() {
        String t = "甘肃省今年将投1390亿元用于公路民航铁路建设\n15.01.2016 17:30\n本文来源: 中国兰州网\n"
                + "记者了解到，2016年我省交通运输固定资产投资将达到1390亿元。";
        ReportDate d = DATES.find(t, "甘肃省今年将投1390亿元用于公路民航铁路建设", null);
        assertEquals("2016-01-15", d.label());
        assertEquals("dateline", d.source());
        // a version number or a decimal is no date: no hour, no 发布时间 before it
        ReportDate none = DATES.find("软件版本15.01.2016发布说明。", null, null);
        assertTrue(none == null || !"dateline".equals(none.source()), String.valueOf(none));
    }

    @Test
    void aFirstLineThatIsASentenceNamesNoReportsYear() {
        // the first line is taken for a title, but its year (2018年…实现) and the genre word (政府工作报告) stand in two clauses;
        // the year planned for outright (2019年，…主要预期目标建议为) is the report's, and 2018 the year it reviews
        String t = "省长在会议上作政府工作报告时发布，2018年云南省实现地区生产总值增长8.9%。\n"
                + "2018年云南省地方一般公共预算收入增长5.7%。2018年固定资产投资增长11.6%。\n"
                + "2019年，云南省经济社会发展的主要预期目标建议为：地区生产总值增长8.5%左右。";
        ReportDate d = DATES.find(t, "省长在会议上作政府工作报告时发布，2018年云南省实现地区生产总值增长8.9%。", null);
        assertEquals(2019, d.year());
        assertEquals(2018, d.lastCompleteYear());
        // a title whose year and genre word stand in one clause still dates the report
        assertEquals(2018, DATES.find("各位代表：", "云南省2018年政府工作报告", null).year());
    }

    @Test
    void aWriteUpSayingTheReportReviewsAYearIsOfTheNextYear() {
        // the reviewed year is named more often than the year planned for; 报告回顾了2023年工作 says which is which
        String t = "1月23日上午，省人民代表大会开幕，省长向大会报告工作。报告回顾了2023年工作，同时提出了2024年工作总体要求。"
                + "过去一年，全省地区生产总值增长5.8%。报告晒出的数据展示了2023年经济发展的成绩。今年经济社会发展主要预期目标也定了。";
        ReportDate d = DATES.find(t, null, null);
        assertEquals(2024, d.year());
        assertEquals(2023, d.lastCompleteYear());
        // a span of years looked back on (回顾2013年以来) names no reviewed year
        assertEquals(2018, DATES.find("回顾2013年以来的工作，2018年全市地区生产总值增长7%，2018年投资增长9%。", null, null).year());
    }

    @Test
    void aStoryOnTheReleaseOfAYearsFiguresIsOfTheNextYear() {
        // 去年 in it is the year released: the story is written after it
        String t = "本报讯 昨天，市统计局公布了2020年全市经济运行情况。据初步核算，去年全市实现地区生产总值1240亿元，同比增长3.3%。"
                + "2020年，全市规上工业增加值增长4.5%。";
        ReportDate d = DATES.find(t, null, null);
        assertEquals(2021, d.year());
        assertEquals(2020, d.lastCompleteYear());
        // the release of a part of the year is written within that year
        String half = "本报讯 昨天，市统计局发布了2020年上半年全市经济运行情况。上半年，全市地区生产总值增长1.3%。2020年以来，投资回升。";
        assertEquals(2020, DATES.find(half, null, null).year());
        // a year's fiscal accounts (年度 says the whole year) are released after it
        String fiscal = "我盟公布2020年度财政收支“账单”\n1月7日，记者从盟财政局获悉，去年全年全盟一般公共预算收入累计完成310682万元。";
        assertEquals(2020, DATES.find(fiscal, null, null).lastCompleteYear());
    }

    @Test
    void chineseNumeralDatelinesOfOldReports() {
        ReportDate d = DATES.find("政府工作报告\n一九九七年三月一日在第八届全国人民代表大会第五次会议上\n", null, null);
        assertEquals("1997-03-01", d.label());
    }

    @Test
    void titleAndFileNameByGenre() {
        ReportDate bulletin = DATES.find("", "玉环市2019年国民经济和社会发展统计公报", null);
        assertEquals(2020, bulletin.year());
        assertEquals(2019, bulletin.lastCompleteYear());
        ReportDate file = DATES.find("各位代表：", null, Path.of("2026_安徽省_政府工作报告.txt"));
        assertEquals("2026", file.label());
        assertEquals("file_name", file.source());
        assertEquals(2025, file.lastCompleteYear());
    }

    @Test
    void aTextWithoutAnyYearTakesTheOneYearOfItsFileName() {
        ReportDate d = DATES.find("上半年全市生产总值735.4亿元，同比增长12.8%。", null, Path.of("2021_三门峡市_上半年经济运行.txt"));
        assertEquals("2021", d.label());
        assertEquals("file_name", d.source());
        // a year in the body still outranks a file name without a genre word
        assertEquals(2019, DATES.find("2019年上半年，全市生产总值增长6%。", null, Path.of("2021_某市_经济运行.txt")).year());
        // two different years in the name: no year is told
        assertNull(DATES.find("上半年生产总值增长6%。", null, Path.of("2020-2021_某市_经济运行.txt")));
    }

    @Test
    void aStrayDateInTheBodyDoesNotRedateTheReport() {
        String t = "1996年，全省经济增长10%。1996年财政收入增长12%。1997年上半年工业增长9%。"
                + "澳门将于1999年12月20日回归祖国。";
        assertEquals(1997, DATES.find(t, null, null).year());
    }

    @Test
    void aHeadingThatReviewsAYearDatesAReportEarlyInTheNext() {
        String t = "现在，我代表市人民政府，向大会报告工作。\n一、2020年工作回顾\n过去一年，全市生产总值增长3.1%。"
                + "2021年工作安排。2021年是“十四五”开局之年。";
        ReportDate d = DATES.find(t, null, null);
        assertEquals(2021, d.year());
        assertEquals(2020, d.lastCompleteYear());
    }

    @Test
    void aYearNamedAsTheBaseOfAComparisonDoesNotDateTheReport() {
        String t = "全省生产总值比2000年增长69.8%。肉类总产量由2000年的641.3万吨增加到949.2万吨。2000年以来全省新增就业300万人。";
        assertEquals(2000, DATES.find(t, null, null).year()); // 2000年以来 still dates it
        assertNull(DATES.find("全省生产总值比2000年增长69.8%，夏粮产量略低于最高年份2015年。", null, null));
    }

    @Test
    void aWorkReportWithoutAYearInItsTitleIsDeliveredAfterTheYearItNamesMost() {
        String t = "过去5年，全省生产总值比2000年增长69.8%。2005年规模以上工业增加值2034.4亿元。2005年旅游总收入721.3亿元。";
        ReportDate d = DATES.find(t, "张中伟作四川省政府工作报告举要", null);
        assertEquals(2006, d.year());
        assertEquals(2005, d.lastCompleteYear());
        // a report that plans for the next year names it: it is delivered then, reviewing the year before
        String plans = "2005年全省生产总值增长12.6%。2005年财政收入增长23.6%。2006年全省生产总值增长9%左右。2006年是“十一五”开局之年。";
        ReportDate p = DATES.find(plans, "四川省政府工作报告", null);
        assertEquals(2006, p.year());
        assertEquals(2005, p.lastCompleteYear());
        // a summary, which reviews nothing, keeps the year it names
        assertEquals(2005, DATES.find(t, "四川省工作总结", null).year());
    }

    @Test
    void aYearCalledJustOverDatesAWriteUpEarlyInTheNext() {
        // a news write-up of a work report, with no title and a dateline without its year
        String t = "杭州1月16日讯 今天上午，省长代表省人民政府作工作报告。他说，刚刚过去的2012年，我们坚持稳中求进。"
                + "据初步统计，全省生产总值增长8%。";
        ReportDate d = DATES.find(t, null, null);
        assertEquals(2013, d.year());
        assertEquals(2012, d.lastCompleteYear());
        // a year that is only named, not said to be over, still dates the text itself
        assertEquals(2012, DATES.find("2012年，我们坚持稳中求进。据初步统计，全省生产总值增长8%。", null, null).year());
    }

    @Test
    void noYearNoDate() {
        assertNull(DATES.find("今年以来，我市锚定目标。", null, null));
    }

    @Test
    void aBareYearOfAWriteUpOfADeliveredWorkReportLooksBackOnTheYearBefore() {
        String flash = "十四届全国人大二次会议5日上午在人民大会堂开幕，国务院总理李强向大会作政府工作报告。\n国内生产总值超过126万亿元，增长5.2%。";
        ReportDate d = DATES.find(flash, null, Path.of("national_2024_report_flash.txt"));
        assertEquals(2024, d.year());
        assertEquals(2023, d.lastCompleteYear());
        // the same file name over a story that delivers no report: a year of its own
        ReportDate plain = DATES.find("国内生产总值超过126万亿元，增长5.2%。", null, Path.of("national_2024_report_flash.txt"));
        assertEquals(2024, plain.lastCompleteYear());
        // a cue far into the text is no opening: a later article quoting the report
        ReportDate late = DATES.find("上半年经济运行".repeat(80) + "总理作政府工作报告", null, Path.of("national_2024_news.txt"));
        assertEquals(2024, late.lastCompleteYear());
    }

    @Test
    void aBulletinPostedAgainYearsLaterSpeaksOfItsOwnYear() {
        // a year's bulletin of any kind (水资源公报) is written in the year after; a posting stamp years later does not move it
        String t = "2003年辽宁省水资源公报\n发布时间: 2021年02月02日   来源: 水资源处\n2003年全省平均降水量为629.5毫米。年初到5月末，全省平均降水量91.1毫米。";
        ReportDate d = DATES.find(t, "2003年辽宁省水资源公报", null);
        assertEquals(2003, d.lastCompleteYear());
        // posted in the year after, the stamp still dates it
        ReportDate posted = DATES.find("2020年环境状况公报\n发布时间：2021年06月02日\n全年空气质量优良天数比例为87%。", "2020年环境状况公报", null);
        assertEquals("2021-06-02", posted.label());
        assertEquals(2020, posted.lastCompleteYear());
        // its bare parts of a year are the reviewed year's, stepped back once only, however far the dateline's month is
        PeriodResolver periods = new PeriodResolver(org.govfacts.lexicon.Lexicon.at(Path.of("dictionaries")));
        ReportDate march = DATES.find("2023年统计公报\n发布时间：2024年03月01日\n下半年，全市生产总值增长5%。", "2023年统计公报", null);
        assertEquals("2023H2", periods.resolve("下半年", march, false, null));
        assertEquals("2023M05-08", periods.resolve("5-8月", march, false, null));
    }
}
