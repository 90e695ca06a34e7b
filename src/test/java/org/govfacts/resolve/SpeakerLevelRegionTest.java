package org.govfacts.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.govfacts.lexicon.Lexicon;
import org.govfacts.pipeline.DocumentInfo;
import org.govfacts.pipeline.Pipeline;
import org.govfacts.read.SourceDocument;
import org.junit.jupiter.api.Test;

/** A report that speaks of itself below a province (行署, 地委, 全县) is not the province it names in passing. */
class SpeakerLevelRegionTest {
    private static final Pipeline PIPELINE = new Pipeline(Lexicon.at(Path.of("dictionaries")));

    private static DocumentInfo info(String text) {
        SourceDocument src = new SourceDocument(Path.of("report.txt"), "report.txt", text, "UTF-8", "0", text.getBytes(StandardCharsets.UTF_8).length);
        return PIPELINE.process(src).info();
    }

    private static final String PREFECTURE = "2023年行署工作报告\n一、2022年工作回顾\n2022年，在地委的坚强领导下，我们深入贯彻习近平总书记视察新疆"
            + "重要讲话重要指示精神，完整准确贯彻新时代党的治疆方略，新疆各族干部群众团结奋斗。全年完成地区生产总值877.47亿元，增长5.2%。\n";

    @Test
    void aPrefecturesReportIsNotTheProvinceItNamesInPassing() {
        assertNotEquals("新疆维吾尔自治区", info(PREFECTURE).region());
    }

    @Test
    void theSameTextSpokenAsTheProvinceIsTheProvinces() {
        String province = PREFECTURE.replace("行署工作报告", "政府工作报告").replace("地委", "自治区党委");
        assertEquals("新疆维吾尔自治区", info(province).region());
    }
}
