package org.govfacts.panel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.govfacts.fact.Fact;
import org.govfacts.fact.FactType;
import org.govfacts.fact.Status;
import org.junit.jupiter.api.Test;

class IndicatorMatcherTest {
    private final IndicatorMatcher matcher = IndicatorMatcher.of(PanelFacts.LEXICON);
    private final IndicatorMatcher.Asked gdp = matcher.asked("GDP");

    private boolean gdp(String indicator, FactType type) {
        Fact f = PanelFacts.fact("d", type, indicator, "x5%y", "5%", 5, null, null, "2024", Status.ACTUAL, "全国");
        return matcher.matches(f, gdp);
    }

    @Test
    void anyNameOfTheIndicatorFindsItsLine() {
        assertEquals("地区生产总值", gdp.indicator().canonical());
        assertEquals("地区生产总值", matcher.asked("国内生产总值").indicator().canonical());
        assertEquals("规模以上工业增加值", matcher.asked("规上工业增加值").indicator().canonical());
    }

    @Test
    void namesReportsUseAreTheIndicator() {
        for (String s : new String[] {"地区生产总值", "国内生产总值", "全省生产总值", "全市地区生产总值", "GDP", "ＧＤＰ",
            "国内生产总值总量", "地区生产总值跨越", "完成地区生产总值", "2.地区生产总值", "泸州地区生产总值",
            "报告提出了成都发展的主要预期目标——地区生产总值", "生产总值[2]", "地区生产总值历史性迈上",
            "地区生产总值(GDP)[2]完成", "区属地区生产总值", "建议GDP增长目标", "预期目标为地区生产总值",
            "杭州市政府工作报告提到的全市发展主要预期目标是地区生产总值"}) {
            assertTrue(gdp(s, FactType.GROWTH), s);
        }
    }

    @Test
    void consumerPricesUnderTheirOlderName() {
        IndicatorMatcher.Asked cpi = matcher.asked("居民消费价格");
        Fact f = PanelFacts.growth("d", "居民消费价格总水平涨幅控制在", "x4%y", "4%", 4, "2010", Status.TARGET, "漳州市");
        assertTrue(matcher.matches(f, cpi));
    }

    @Test
    void lookAlikesAreNot() {
        for (String s : new String[] {"人均地区生产总值", "单位国内生产总值能耗", "单位GDP能耗", "第二产业增加值",
            "服务业增加值占地区生产总值比重", "城市副中心和平原新城地区生产总值", "数字经济", "民营经济增加值",
            "人均地区生产总值(元)", "目标是人均地区生产总值"}) {
            assertFalse(gdp(s, FactType.GROWTH), s);
        }
    }

    @Test
    void contextNamesHoldOnlyForTheirType() {
        assertTrue(gdp("经济总量", FactType.MONEY));
        assertTrue(gdp("经济总量", FactType.GROWTH), "经济总量增长5%: 总量 trimmed, 经济 before a growth rate");
        assertFalse(gdp("数字经济总量", FactType.MONEY));
        assertTrue(gdp("全省经济", FactType.GROWTH));
        assertFalse(gdp("经济", FactType.MONEY));
    }

    @Test
    void spellingsAreFolded() {
        IndicatorMatcher.Asked industry = matcher.asked("规模以上工业增加值");
        Fact f = PanelFacts.growth("d", "全市规上工业增加值", "x6%y", "6%", 6, "2024", Status.ACTUAL, "漯河市");
        assertTrue(matcher.matches(f, industry));
    }

    @Test
    void anUnknownNameStandsForItself() {
        IndicatorMatcher.Asked asked = matcher.asked("新材料产业产值");
        assertNull(asked.indicator());
        assertTrue(matcher.matches(PanelFacts.growth("d", "全市新材料产业产值", "x6%y", "6%", 6, "2024", Status.ACTUAL, "漯河市"), asked));
        assertFalse(matcher.matches(PanelFacts.growth("d", "新材料产业产值占比", "x6%y", "6%", 6, "2024", Status.ACTUAL, "漯河市"), asked));
    }
}
