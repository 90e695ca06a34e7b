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
}
