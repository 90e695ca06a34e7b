package org.govfacts.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.govfacts.fact.Fact;
import org.govfacts.lexicon.Lexicon;
import org.govfacts.pipeline.Pipeline;
import org.govfacts.pipeline.DocumentResult;
import org.govfacts.read.SourceDocument;
import org.junit.jupiter.api.Test;

/**
 * A report that names its place in no title, file name or dateline is of the place its own scope words
 * (全省, 我国 …) stand for: national where it speaks only of 我国/全国, else the one place of the level it
 * speaks of that it names; with two such places, or one level no more used than the others, none.
 */
class ScopeRegionTest {
    private static final Pipeline PIPELINE = new Pipeline(Lexicon.at(Path.of("dictionaries")));

    private static DocumentResult process(String text) {
        SourceDocument src = new SourceDocument(Path.of("page.txt"), "page.txt", text, "UTF-8", "0", text.getBytes(StandardCharsets.UTF_8).length);
        return PIPELINE.process(src);
    }

    private static Fact at(List<Fact> facts, String text) {
        return facts.stream().filter(f -> f.text().equals(text)).findFirst().orElseThrow(() -> new AssertionError(text + " not found"));
    }

    @Test
    void aBulletinSignedByTheProvincesSurveyTeamIsTheProvinces() {
        String body = "(2016年2月25日)\n全年实现生产总值2417.05亿元，比上年增长8.2%。全省商品零售价格比上年上涨1.0%。\n";
        assertEquals("青海省", process("青海省统计局 国家统计局青海调查总队\n" + body).info().region());
        // the national office alone signs a national bulletin
        assertEquals("全国", process("国家统计局\n" + body.replace("全省", "全国")).info().region());
    }

    @Test
    void aWriteUpCitingTheNationalOfficeAsItsSourceIsOfThePlaceItSpeaksOf() {
        // 据国家统计局…数据显示: the office is the source of the figures, not the text's own voice
        String text = "据国家统计局日前公布数据显示:今年一季度,西藏全区生产总值增长11%,7项主要经济指标增速中,有5项位居全国第一,经济运行稳中有进。\n"
                + "初步核算,西藏一季度实现地区生产总值271.35亿元。从产业方面来看,第一产业增加值14.80亿元,增长3.1%;第二产业增加值32.96亿元,增长7.1%。\n";
        assertEquals("西藏自治区", process(text).info().region());
    }

    @Test
    void aTextSpeakingOnlyOfOurCountryIsNational() {
        DocumentResult d = process("过去一年\n2022年是极为重要的一年，我国发展取得新成就。\n城镇新增就业1206万人\n粮食产量1.37万亿斤\n");
        assertEquals("全国", d.info().region());
        assertEquals("全国", at(d.facts(), "1206万人").regionNorm());
    }

    @Test
    void aProvinceBenchmarkedAgainstTheCountryIsNotNational() {
        // 全国 only as a benchmark, 全省 as the subject: the province's, and it names no province
        DocumentResult d = process("全省生产总值增长6.1%，高于全国平均水平1个百分点。全省粮食产量3000万吨。全省城镇新增就业50万人。");
        assertNull(d.info().region());
    }

    @Test
    void aBulletinSayingTheProvinceIsOfTheOneProvinceItNames() {
        String bulletin = "2007年，全省人民奋力拼搏，全省经济社会保持良好发展势头。\n初步核算，2007年，全省生产总值为18638亿元，比上年增长14.5%。\n"
                + "图1 2001-2007年浙江省生产总值及其增长速度\n全省居民消费价格上涨4.2%。\n";
        DocumentResult d = process(bulletin);
        assertEquals("浙江省", d.info().region());
        assertEquals("浙江省", at(d.facts(), "18638亿元").regionNorm());
        // a second province named: which one the bulletin is of is not known
        assertNull(process(bulletin + "与江苏省签订合作协议。\n").info().region());
    }

    @Test
    void aDistrictReviewSayingTheDistrictIsOfTheDistrictItNames() {
        DocumentResult d = process("2023年，城中区完成地区生产总值327.03亿元，同比增长16.1%。\n2023年，全区完成地区生产总值327.03亿元，"
                + "分别高于全省和全市10.8个百分点和7.5个百分点。全区规模以上工业增加值增长38.9%。\n");
        assertEquals("城中区", d.info().region());
        assertEquals("城中区", at(d.facts(), "38.9%").regionNorm());
    }

    @Test
    void aNewsStoryOfAProvincesReportThatSaysNeitherProvinceNorCityIsTheProvinces() {
        String text = "1月15日上午开幕的广东省十四届人大三次会议上，广东省人大代表、省长作《政府工作报告》时称，预计2024年该省GDP迈上14万亿元新台阶、连续36年居全国首位。\n"
                + "进出口总额突破9万亿元、增长9.8%，总量连续39年居全国首位。规模以上工业增加值增长4.2%。\n";
        DocumentResult d = process(text);
        assertEquals("广东省", d.info().region());
        assertEquals("广东省", at(d.facts(), "9.8%").regionNorm());
        // one passing mention is still no region of its own
        assertNull(process(text.replace("广东省人大代表、", "")).info().region());
    }
}

