package org.govfacts.panel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.govfacts.fact.Fact;
import org.govfacts.fact.FactType;
import org.govfacts.fact.Qualifier;
import org.govfacts.fact.Status;
import org.junit.jupiter.api.Test;

class TargetRuleTest {
    private static Fact target(String text, double v, Double max, Qualifier q) {
        return PanelFacts.fact("d", FactType.GROWTH, "地区生产总值", "增长" + text, text, v, max, q, "2024", Status.TARGET, "全国");
    }

    private static Attainment check(Fact target, double result, boolean lower) {
        Fact r = PanelFacts.growth("e", "地区生产总值", "增长" + result + "%", result + "%", result, "2024", Status.ACTUAL, "全国");
        // the direction as compare.TargetRule gives it from the one list of lower-is-better indicators
        org.govfacts.compare.TargetRule rule = org.govfacts.compare.TargetRule.from(PanelFacts.LEXICON);
        return TargetRule.attainment(target, r, rule.direction(lower ? "居民消费价格" : "地区生产总值", target.qualifier()));
    }

    @Test
    void aboutIsMetByTheTargetOrBetterAsCheckJudgesIt() {
        Fact about5 = target("5%左右", 5, null, Qualifier.ABOUT);
        assertEquals(Attainment.MET, check(about5, 5.2, false));
        assertEquals(Attainment.MET, check(about5, 5.0, false));
        assertEquals(Attainment.MISSED, check(about5, 4.8, false));
        Fact about55 = target("5.5%左右", 5.5, null, Qualifier.ABOUT);
        assertEquals(Attainment.MISSED, check(about55, 5.4, false));
        assertEquals(Attainment.MISSED, check(about55, 3.0, false));
    }

    @Test
    void boundsAndRanges() {
        Fact more6 = target("6%以上", 6, null, Qualifier.MORE_THAN);
        assertEquals(Attainment.MET, check(more6, 6.0, false));
        assertEquals(Attainment.MISSED, check(more6, 5.9, false));
        Fact range = target("6.5%－7%", 6.5, 7.0, null);
        assertEquals(Attainment.MET, check(range, 6.6, false));
        assertEquals(Attainment.MET, check(range, 7.4, false));
        assertEquals(Attainment.MISSED, check(range, 6.4, false));
        Fact within3 = target("3%以内", 3, null, Qualifier.LESS_THAN);
        assertEquals(Attainment.MET, check(within3, 2.9, false));
        assertEquals(Attainment.MISSED, check(within3, 3.1, false));
        Fact plain7 = target("7%", 7, null, null);
        assertEquals(Attainment.MISSED, check(plain7, 6.9, false));
    }

    @Test
    void whichWayIsBetterComesFromTheOneListCheckReadsToo() {
        Panel p = BUILDER_CPI.build(new PanelRequest(List.of("CPI"), java.util.Set.of(), null, null, null, false), List.of(
                PanelFacts.fact("a", FactType.GROWTH, "居民消费价格涨幅", "居民消费价格涨幅3%左右", "3%左右", 3, null, Qualifier.ABOUT,
                        "2024", Status.TARGET, "全国"),
                PanelFacts.growth("b", "居民消费价格", "居民消费价格上涨0.2%", "0.2%", 0.2, "2024", Status.ACTUAL, "全国")));
        PanelRow target = p.rows().stream().filter(r -> r.key().status() == Status.TARGET).findFirst().orElseThrow();
        assertEquals(Attainment.MET, target.attainment(), "a CPI below its 3%左右 ceiling keeps it");
        org.govfacts.compare.TargetRule rule = org.govfacts.compare.TargetRule.from(PanelFacts.LEXICON);
        assertEquals(org.govfacts.compare.TargetRule.Direction.LOWER_IS_BETTER, rule.direction("城镇调查失业率", Qualifier.ABOUT));
        assertEquals(org.govfacts.compare.TargetRule.Direction.LOWER_IS_BETTER, rule.direction("单位地区生产总值能耗", null));
        assertEquals(org.govfacts.compare.TargetRule.Direction.HIGHER_IS_BETTER, rule.direction("地区生产总值", Qualifier.ABOUT));
    }

    private static final PanelBuilder BUILDER_CPI = PanelBuilder.of(PanelFacts.LEXICON);

    @Test
    void whereLessIsBetterTheDirectionTurns() {
        Fact cpi = target("3%左右", 3, null, Qualifier.ABOUT);
        assertEquals(Attainment.MET, check(cpi, 2.0, true));
        assertEquals(Attainment.MET, check(cpi, 3.0, true));
        assertEquals(Attainment.MISSED, check(cpi, 3.4, true));
        Fact range = target("5%-5.5%", 5, 5.5, null);
        assertEquals(Attainment.MISSED, check(range, 5.6, true));
    }
}
