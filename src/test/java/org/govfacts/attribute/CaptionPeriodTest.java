package org.govfacts.attribute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.govfacts.testdata.OnText.at;

import java.util.List;
import org.govfacts.fact.Fact;
import org.govfacts.testdata.OnText;
import org.junit.jupiter.api.Test;

/** The caption of a chart (图1 2001-2007年…) names what the chart shows: its period dates no paragraph after it. */
class CaptionPeriodTest {
    private static List<Fact> facts(String text) {
        return OnText.facts("浙江省2007年国民经济和社会发展统计公报.txt", text);
    }

    private static final String BULLETIN = "浙江省2007年国民经济和社会发展统计公报\n一、综合\n初步核算，2007年，全省生产总值为18638亿元，比上年增长14.5%。\n"
            + "图1 2001-2007年浙江省生产总值及其增长速度\n全省居民消费价格上涨4.2%。\n";

    @Test
    void aParagraphAfterAChartsCaptionIsOfTheBulletinsYear() {
        assertEquals("2007", at(facts(BULLETIN), "4.2%").periodNorm());
    }

    @Test
    void aLineOpeningWithAPeriodThatIsNoCaptionStillGovernsWhatFollows() {
        List<Fact> f = facts(BULLETIN.replace("图1 2001-2007年浙江省生产总值及其增长速度", "2001-2007年浙江省生产总值及其增长速度"));
        assertEquals("2001-2007", at(f, "4.2%").periodNorm());
    }

    @Test
    void aChartsCaptionWithoutANumberEndsInAChartWord() {
        String release = "2022年上半年某市经济运行情况\n2022年上半年全市地区生产总值1500.2亿元，同比增长3.5%。\n"
                + "2016-2022年某市地区生产总值统计图\n分产业看，第一产业增加值为60.1亿元。\n";
        assertEquals("2022H1", at(facts(release), "60.1亿元").periodNorm());
        // a line that does not end in a chart word, or holds a sentence's punctuation, is no caption
        assertEquals("2016-2022", at(facts(release.replace("统计图", "情况")), "60.1亿元").periodNorm());
    }
}
