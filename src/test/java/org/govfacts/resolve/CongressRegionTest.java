package org.govfacts.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.govfacts.lexicon.Lexicon;
import org.govfacts.pipeline.DocumentInfo;
import org.govfacts.pipeline.Pipeline;
import org.govfacts.read.SourceDocument;
import org.junit.jupiter.api.Test;

/** A report with no title, file name or dateline naming its place takes the place of the local congress it goes to. */
class CongressRegionTest {
    private static final Pipeline PIPELINE = new Pipeline(Lexicon.at(Path.of("dictionaries")));

    private static DocumentInfo info(String text) {
        SourceDocument src = new SourceDocument(Path.of("news.txt"), "news.txt", text, "UTF-8", "0", text.getBytes(StandardCharsets.UTF_8).length);
        return PIPELINE.process(src).info();
    }

    @Test
    void aNewsWriteUpOfALocalCongressIsAboutItsPlace() {
        DocumentInfo i = info("记者 王明 李华\n据本报讯，浙江省第十四届人大三次会议今天上午在杭州开幕，省长作《政府工作报告》，"
                + "回顾过去一年的工作。一年来，全省生产总值增长5.5%，城镇新增就业110万人。");
        assertEquals("浙江省", i.region());
        assertEquals("dateline", i.regionSource());
    }

    @Test
    void theNationalCongressStaysNational() {
        assertEquals("全国", info("十四届全国人大二次会议5日上午开幕，国务院总理作政府工作报告。国内生产总值增长5.2%。").region());
    }

    @Test
    void aNewsDatelineNamesWhereTheStoryWasFiledNotWhatItIsAbout() {
        SourceDocument src = new SourceDocument(Path.of("2013_山东省_政府工作报告_新闻.txt"), "2013_山东省_政府工作报告_新闻.txt",
                "大众网济南1月25日讯\n今天上午，省十二届人大一次会议开幕。今年全省生产总值增长9.5%左右。", "UTF-8", "0", 10);
        assertEquals("山东省", PIPELINE.process(src).info().region());
    }

    @Test
    void aReportDeliveredToTheCongressOfADistrictOrAFormerCityIsOfThatPlace() {
        // 浦东新区 is in the gazetteer; 海门市 became a district in 2020, so only the delivery line names it
        assertEquals("浦东新区", info("2025年政府工作报告\n——2025年1月8日在浦东新区第七届\n人民代表大会第五次会议上\n区长 吴金城\n"
                + "各位代表：\n过去一年，全区地区生产总值增长5%。").region());
        assertEquals("海门市", info("——2005年1月6日在海门市第十四届人民代表大会第三次会议上\n市长 汤仲飞\n各位代表：\n"
                + "过去的一年，全市地区生产总值增长15.9%。").region());
    }

    @Test
    void aStoryOnTheNationalReportAboutOneProvinceIsOfThatProvince() {
        String text = "政府工作报告里的辽宁“亮点”与“落点”\n3月5日上午，十四届全国人大四次会议在京开幕，国务院总理作政府工作报告。\n"
                + "辽宁亮点\n2025年\n全省经济总体平稳\n城镇新增就业48万人\n";
        assertEquals("辽宁省", info(text).region());
        // the same story, its body speaking of the country only: the title's province is one place it names
        assertEquals("全国", info(text.replace("全省经济", "全国经济").replace("辽宁亮点", "亮点")).region());
    }
}
