package org.govfacts.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.govfacts.fact.Fact;
import org.govfacts.fact.Status;
import org.govfacts.lexicon.Lexicon;
import org.govfacts.pipeline.Pipeline;
import org.govfacts.read.SourceDocument;
import org.junit.jupiter.api.Test;

/** Periods and statuses in write-ups, half-year bulletins and line-wrapped old bulletins. */
class WriteUpPeriodAndStatusTest {
    private static final Pipeline PIPELINE = new Pipeline(Lexicon.at(Path.of("dictionaries")));

    private static List<Fact> facts(String fileName, String text) {
        SourceDocument src = new SourceDocument(Path.of(fileName), fileName, text, "UTF-8", "0", text.getBytes(StandardCharsets.UTF_8).length);
        return PIPELINE.process(src).facts();
    }

    private static Fact at(List<Fact> facts, String text) {
        return facts.stream().filter(f -> f.text().equals(text)).findFirst().orElseThrow(() -> new AssertionError(text + " not found"));
    }

    @Test
    void aGoalNamedOutrightStaysAGoalThoughItsYearIsPast() {
        List<Fact> f = facts("news.txt", "2020年4月，某市公布今年目标。2019年年初，某市政府工作报告提到的全市发展主要预期目标是地区生产总值增长7%左右。"
                + "2019年全市地区生产总值同比增长6.8%。");
        assertEquals(Status.TARGET, at(f, "7%左右").status());
        assertEquals("2019", at(f, "7%左右").periodNorm());
        assertEquals(Status.ACTUAL, at(f, "6.8%").status());
    }

    @Test
    void aHalfYearBulletinWithoutAYearTakesItsFileNamesYear() {
        List<Fact> f = facts("2021_某市_上半年经济运行.txt", "上半年全市经济稳中向好。\n初步核算，上半年全市生产总值735.4亿元，同比增长12.8%。");
        assertEquals("2021H1", at(f, "735.4亿元").periodNorm());
        assertEquals(Status.ACTUAL, at(f, "735.4亿元").status());
    }

    @Test
    void aPartOfTheYearMentionedInPassingDoesNotDateTheWholeYear() {
        List<Fact> f = facts("1998_国家统计局_统计公报.txt", "中华人民共和国1998年国民经济和社会发展统计公报\n国家统计局\n"
                + "国民经济扭转了上半年增幅回落的状况，保持了较快\n增长的态势。全年国内生产总值79553亿元，比上年增长\n7.8%。");
        assertEquals("1998", at(f, "79553亿元").periodNorm());
        assertEquals(Status.ACTUAL, at(f, "79553亿元").status());
    }

    @Test
    void aPlanExecutionReportPublishedLaterStillReviewsTheYearBefore() {
        List<Fact> f = facts("plan.txt", "2015年国民经济和社会发展计划执行情况与2016年国民经济和社会发展计划草案\n发布日期:2016-06-02\n"
                + "2015年是收官之年。一年来，全区经济平稳发展。全年实现地区生产总值61.48亿元，同比增长8.6%。");
        assertEquals("2015", at(f, "61.48亿元").periodNorm());
        assertEquals(Status.ACTUAL, at(f, "61.48亿元").status());
    }

    @Test
    void aScopeWordStandsForTheCityItsParagraphIsAbout() {
        List<Fact> f = facts("2020_杭州市等_经济增长目标_新闻.txt", "各地公布今年经济增长目标。\n"
                + "4月18日上午，山西临汾市四届人大七次会议开幕。临汾市2020年主要预期目标：全市地区生产总值增长6.1%左右，一般公共预算收入增长2%。");
        assertEquals("临汾市", at(f, "6.1%左右").regionNorm());
        assertEquals("临汾市", at(f, "2%").regionNorm());
    }

    @Test
    void anUndatedFigureOfAFlashOnADeliveredWorkReportIsOfTheReviewedYear() {
        String flash = "十四届全国人大二次会议5日上午在人民大会堂开幕，国务院总理李强向大会作政府工作报告。\n"
                + "政府工作报告：经济总体回升向好。国内生产总值超过126万亿元，增长5.2%。城镇新增就业1244万人。\n";
        List<Fact> f = facts("national_2024_report_flash.txt", flash);
        assertEquals("2023", at(f, "5.2%").periodNorm());
        assertEquals("2023", at(f, "1244万人").periodNorm());
        // the same figures in a text that only mentions the report later, after its own lead: no period guessed
        List<Fact> other = facts("national_2024_notes.txt", "经济总体回升向好。".repeat(50) + "\n" + flash);
        assertEquals(null, at(other, "1244万人").periodNorm());
    }

    @Test
    void indentedItemsOfAListOfGoalsAreGoals() {
        String page = "直通两会解读政府工作报告\n\n2021-03-06 10:16:00来源：央视网\n\n政府报告中提出，今年我国发展的主要预期目标是：\n\n"
                + "   一、国内生产总值增长6%以上；\n\n   二、城镇新增就业1100万人以上，城镇调查失业率5.5%左右；\n\n   三、居民消费价格涨幅3%左右；\n";
        List<Fact> f = facts("page.txt", page);
        for (String goal : List.of("6%以上", "1100万人以上", "5.5%左右", "3%左右")) {
            assertEquals(Status.TARGET, at(f, goal).status(), goal);
            assertEquals("2021", at(f, goal).periodNorm(), goal);
        }
        // indented lines that are no items of the list stay what their words say: results of the year reviewed
        List<Fact> review = facts("page.txt", page.replace("   二、城镇新增就业", "\n回顾去年。\n   城镇新增就业"));
        assertEquals(Status.ACTUAL, at(review, "1100万人以上").status());
    }

    @Test
    void aWriteUpOfAReportThatPlansForItsYearReviewsTheYearBefore() {
        // 宝鸡 2020: the session opened late (5月31日); 过去的一年 is 2019, the 2020年 of the text is planned for
        List<Fact> f = facts("news.txt", "宝鸡市人大会议开幕\n5月31日上午，市人民代表大会第五次会议开幕。市长代表市人民政府向大会作工作报告。\n"
                + "过去的一年，全市发展质量稳步提升。全年实现地区生产总值2223.81亿元，增长3.5%。\n"
                + "报告提出，2020年，全市经济社会发展力争实现地区生产总值增长6.5%左右。");
        assertEquals("2019", at(f, "2223.81亿元").periodNorm());
        assertEquals(Status.ACTUAL, at(f, "2223.81亿元").status());
        assertEquals("2020", at(f, "6.5%左右").periodNorm());
        assertEquals(Status.TARGET, at(f, "6.5%左右").status());
        assertEquals("地区生产总值", at(f, "6.5%左右").indicator());
    }

    @Test
    void aWriteUpThatNamesItsYearWithResultsReviewsThatYear() {
        // a headline naming the year of a result (2023年…达8.5万元): the report is delivered the year after
        List<Fact> f = facts("news.txt", "2023年上海居民人均可支配收入达8.5万元\n据报道，市人大会议1月23日上午开幕。市长作《政府工作报告》。"
                + "一年来，全市经济运行稳步恢复，全市生产总值达到4.72万亿元。去年居民人均可支配收入达到8.5万元、增长6.6%。");
        assertEquals("2023", at(f, "4.72万亿元").periodNorm());
        assertEquals("2023", at(f, "6.6%").periodNorm());
    }

    @Test
    void aWriteUpThatEstimatesItsNamedYearReviewsThatYear() {
        // no 一年来, but the named year's results are still estimated (预计): the report is delivered the year after
        List<Fact> f = facts("news.txt", "据报道，上海市浦东新区第七届人民代表大会第六次会议1月21日开幕，区长作政府工作报告。区长介绍，2025年，全区经济社会发展稳中有进。\n"
                + "一是经济韧性增长。预计地区生产总值1.88万亿元左右，一般公共预算收入1343.1亿元、同比增长2.6%。");
        assertEquals("2025", at(f, "1343.1亿元").periodNorm());
        assertEquals(Status.ESTIMATE, at(f, "1343.1亿元").status());
    }

    @Test
    void anEstimateSaidToHoldBelowMakesLaterResultsEstimates() {
        // 预计(下同): every later figure of the reviewed year is estimated, though its own sentence says nothing
        List<Fact> f = facts("report.txt", "——2006年2月15日在海门市第十四届人民代表大会第四次会议上\n各位代表：\n"
                + "2005年，全市预计(下同)实现地区生产总值236.6亿元，增长15.5%。\n实现工业增加值119.5亿元，增长19.5%。\n"
                + "今年的主要预期目标是：地区生产总值增长13%。");
        assertEquals(Status.ESTIMATE, at(f, "119.5亿元").status());
        assertEquals(Status.TARGET, at(f, "13%").status());
        // without the note the later result is a plain result
        List<Fact> g = facts("report.txt", "——2006年2月15日在海门市第十四届人民代表大会第四次会议上\n各位代表：\n"
                + "2005年，全市预计实现地区生产总值236.6亿元，增长15.5%。\n实现工业增加值119.5亿元，增长19.5%。");
        assertEquals(Status.ACTUAL, at(g, "119.5亿元").status());
    }

    @Test
    void aFigureNamingNoTimeIsOfTheTimeItsTitleNames() {
        String body = "\n一、综合\n全区地区生产总值250.0亿元，增长8.1%。\n二、农业\n粮食产量12.5万吨。\n";
        List<Fact> f = facts("news.txt", "广安区2021年经济运行情况" + body);
        assertEquals("2021", at(f, "250.0亿元").periodNorm());
        assertEquals("2021", at(f, "12.5万吨").periodNorm());
        assertEquals("2021H1", at(facts("news.txt", "某区2021年上半年经济运行情况" + body), "12.5万吨").periodNorm());
        // a title naming two times says nothing of the figures; a work report's title names the year of its goals, and
        // its results are of the year before
        assertEquals(null, at(facts("news.txt", "某区2020年经济运行情况和2021年工作安排" + body), "12.5万吨").periodNorm());
        assertEquals("2020", at(facts("news.txt", "某区政府工作报告(2021年)" + body), "12.5万吨").periodNorm());
    }

    @Test
    void aYearAfterYouOrCongOpensAChangeAndDatesNoLaterSentence() {
        List<Fact> f = facts("news.txt", "广安区2021年经济运行情况\n全区地区生产总值250.0亿元；三次产业结构由上年的16.5:14.8:68.7调整为"
                + "16.4:15.4:68.2。区本级地区生产总值204.3亿元，增长8.3%。");
        assertEquals("2021", at(f, "204.3亿元").periodNorm());
    }
}
