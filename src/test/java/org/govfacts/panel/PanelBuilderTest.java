package org.govfacts.panel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.govfacts.fact.Fact;
import org.govfacts.fact.FactType;
import org.govfacts.fact.Qualifier;
import org.govfacts.fact.Status;
import org.junit.jupiter.api.Test;

class PanelBuilderTest {
    static final PanelBuilder BUILDER = PanelBuilder.of(PanelFacts.LEXICON);

    static Panel gdp(List<Fact> facts) {
        return BUILDER.build(new PanelRequest(List.of("地区生产总值"), Set.of(), null, null, null, false), facts);
    }

    /** Two reports of 河南 and one of 漯河: results of 2023 and 2024, the 2024 target, a restatement. */
    static List<Fact> henan() {
        return List.of(
                PanelFacts.growth("2024.txt", "全省生产总值", "全省生产总值增长4.1%。", "4.1%", 4.1, "2023", Status.ACTUAL, "河南省"),
                PanelFacts.fact("2024.txt", FactType.GROWTH, "地区生产总值", "地区生产总值增长5%左右。", "5%左右", 5, null,
                        Qualifier.ABOUT, "2024", Status.TARGET, "河南省"),
                PanelFacts.growth("2025.txt", "地区生产总值", "地区生产总值增长5.1%。", "5.1%", 5.1, "2024", Status.ACTUAL, "河南省"),
                PanelFacts.growth("2025.txt", "GDP", "GDP增长5.1%，好于预期。", "5.1%", 5.1, "2024", Status.ACTUAL, "河南省"),
                PanelFacts.growth("2025.txt", "人均地区生产总值", "人均地区生产总值增长5.6%。", "5.6%", 5.6, "2024", Status.ACTUAL, "河南省"),
                PanelFacts.growth("漯河2025.txt", "全市生产总值", "全市生产总值增长5.8%。", "5.8%", 5.8, "2024", Status.ACTUAL, "漯河市"));
    }

    @Test
    void oneRowPerCellWithItsOtherSources() {
        Panel p = gdp(henan());
        assertEquals(4, p.rows().size(), p.rows().toString());
        PanelRow henan2024 = p.rows().stream().filter(r -> r.key().region().equals("河南省") && r.key().period().equals("2024")
                && r.key().status() == Status.ACTUAL).findFirst().orElseThrow();
        assertEquals(1, henan2024.others().size());
        assertFalse(henan2024.conflict());
        assertEquals(5.1, henan2024.value());
    }

    @Test
    void aYearlyAverageStatedForOnePeriodIsNoCellOfIt() {
        // 上半年…同比增长15.7%，两年平均增长8.2%: the average runs over years the half-year does not show
        String s = "上半年，全市地区生产总值同比增长15.7%，两年平均增长8.2%。";
        Fact yoy = PanelFacts.growth("h.txt", "地区生产总值", s, "15.7%", 15.7, "2021H1", Status.ACTUAL, "三门峡市");
        Fact two = PanelFacts.growth("h.txt", "地区生产总值", s, "8.2%", 8.2, "2021H1", Status.ACTUAL, "三门峡市");
        Fact average = new Fact(two.doc(), two.type(), two.start(), two.end(), two.text(), two.value(), two.unit(), null,
                org.govfacts.fact.Basis.ANNUAL_AVG, null, null, null, null, two.indicator(), null, null, s, two.sentenceStart(), s, null,
                "2021H1", Status.ACTUAL, "三门峡市");
        Panel p = gdp(List.of(yoy, average));
        assertEquals(1, p.rows().size(), p.rows().toString());
        assertEquals(15.7, p.rows().get(0).value());
        // over the span it names (2016-2020), a yearly average is a cell of its own
        Fact five = new Fact("f.txt", FactType.GROWTH, 100, 104, "7.1%", 7.1, "%", null, org.govfacts.fact.Basis.ANNUAL_AVG, null, null,
                null, null, "地区生产总值", null, null, "五年来年均增长7.1%。", 100, "五年来年均增长7.1%。", null, "2016-2020", Status.ACTUAL, "三门峡市");
        assertEquals(1, gdp(List.of(five)).rows().size());
    }

    @Test
    void aTargetIsComparedWithTheResultOfItsCell() {
        PanelRow target = gdp(henan()).rows().stream().filter(r -> r.key().status() == Status.TARGET).findFirst().orElseThrow();
        assertEquals(Attainment.MET, target.attainment());
        assertEquals(5.1, target.result().value());
    }

    @Test
    void statementsThatDisagreeBeyondRoundingAreAConflict() {
        List<Fact> facts = List.of(
                PanelFacts.growth("a.txt", "地区生产总值", "地区生产总值增长5.1%。", "5.1%", 5.1, "2024", Status.ACTUAL, "河南省"),
                PanelFacts.growth("b.txt", "地区生产总值", "地区生产总值增长5.14%。", "5.14%", 5.14, "2024", Status.ACTUAL, "河南省"),
                PanelFacts.growth("c.txt", "地区生产总值", "地区生产总值增长5.3%。", "5.3%", 5.3, "2024", Status.ACTUAL, "河南省"));
        PanelRow r = gdp(facts.subList(0, 2)).rows().get(0);
        assertFalse(r.conflict(), "5.14% rounds to 5.1%");
        r = gdp(facts).rows().get(0);
        assertTrue(r.conflict());
        assertEquals(List.of(5.1, 5.14, 5.3), r.values());
        assertEquals(2, r.others().size());
    }

    @Test
    void filtersReadTheResolvedFields() {
        List<Fact> facts = henan();
        Panel within = BUILDER.build(new PanelRequest(List.of("GDP"), Set.of(FactType.GROWTH), Status.ACTUAL, "2024", "河南", true), facts);
        assertEquals(List.of("河南省", "漯河市"), within.rows().stream().map(r -> r.key().region()).toList());
        Panel exact = BUILDER.build(new PanelRequest(List.of("GDP"), Set.of(), null, "2023-2024", "河南省", false), facts);
        assertEquals(3, exact.rows().size());
        assertThrows(IllegalArgumentException.class,
                () -> BUILDER.build(new PanelRequest(List.of("GDP"), Set.of(), null, "last year", null, false), facts));
    }

    @Test
    void aLevelOfSeveralYearsIsATotalOrTheLevelOfOneOfItsYears() {
        Fact reached = PanelFacts.fact("r.txt", FactType.MONEY, "地区生产总值", "五年来，地区生产总值跨越5000亿元大关。",
                "5000亿元", 5e11, null, Qualifier.MORE_THAN, "2021-2025", Status.ACTUAL, "宁夏回族自治区");
        Fact summed = PanelFacts.fact("r.txt", FactType.QUANTITY, "城镇新增就业", "城镇新增就业累计超过41万人。",
                "41万人", 410000, null, Qualifier.MORE_THAN, "2021-2025", Status.ACTUAL, "宁夏回族自治区");
        Fact bare = PanelFacts.fact("r.txt", FactType.MONEY, "地区生产总值", "五年来，完成地区生产总值2.3万亿元。",
                "2.3万亿元", 2.3e12, null, null, "2021-2025", Status.ACTUAL, "宁夏回族自治区");
        Panel p = BUILDER.build(new PanelRequest(List.of("地区生产总值", "城镇新增就业"), Set.of(), null, null, null, false),
                List.of(reached, summed, bare));
        assertEquals(List.of("地区生产总值 2025", "城镇新增就业 2021-2025"),
                p.rows().stream().map(r -> r.key().indicator() + " " + r.key().period()).toList());
        assertEquals(1, p.yearsLevels(), "a level of five years with no word saying which year's is left out");
    }

    @Test
    void growthOverSeveralYearsIsACellOnlyAsAYearlyAverage() {
        Fact total = PanelFacts.growth("r.txt", "地区生产总值", "地区生产总值累计超1.6万亿元、较“十三五”增长16.3%。", "16.3%", 16.3,
                "2021-2025", Status.ACTUAL, "湖南省");
        Fact yearly = new Fact("r.txt", FactType.GROWTH, 100, 104, "5.7%", 5.7, "%", null, org.govfacts.fact.Basis.ANNUAL_AVG,
                null, null, null, null, "地区生产总值", null, null, "地区生产总值年均增长5.7%。", 90, "地区生产总值年均增长5.7%。", null,
                "2021-2025", Status.ACTUAL, "湖南省");
        Panel p = gdp(List.of(total, yearly));
        assertEquals(List.of(5.7), p.rows().stream().map(PanelRow::value).toList());
        assertEquals(1, p.yearsLevels());
    }

    @Test
    void aLevelFromWhichASpanStartedIsTheYearBeforeIt() {
        String s = "预计全市生產總值從4.16萬億元增加到5.67萬億元。";
        Fact from = PanelFacts.fact("r.txt", FactType.MONEY, "全市生产总值", s, "4.16萬億元", 4.16e12, null, null, "2021-2025",
                Status.ESTIMATE, "上海市");
        Fact to = PanelFacts.fact("r.txt", FactType.MONEY, "全市生产总值", s, "5.67萬億元", 5.67e12, null, null, "2021-2025",
                Status.ESTIMATE, "上海市");
        Panel p = gdp(List.of(from, to));
        assertEquals(List.of("2020 actual", "2025 estimate"),
                p.rows().stream().map(r -> r.key().period() + " " + r.key().status().id()).toList());
    }

    @Test
    void figuresWithoutPeriodOrPlaceAreCountedNotTabulated() {
        Panel p = gdp(List.of(PanelFacts.growth("a.txt", "地区生产总值", "地区生产总值增长5.1%。", "5.1%", 5.1, null, Status.ACTUAL, "河南省"),
                PanelFacts.growth("a.txt", "地区生产总值", "地区生产总值增长5.2%。", "5.2%", 5.2, "2024", Status.ACTUAL, null)));
        assertTrue(p.rows().isEmpty());
        assertEquals(1, p.withoutPeriod());
        assertEquals(1, p.withoutRegion());
        assertNull(PanelBuilder.period(" "));
    }
}
