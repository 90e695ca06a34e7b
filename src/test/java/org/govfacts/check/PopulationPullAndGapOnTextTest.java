package org.govfacts.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.govfacts.fact.Fact;
import org.junit.jupiter.api.Test;

/**
 * Relations written in the general language of statistical releases, each as written, with one figure altered, and
 * beside figures that look alike but are not related: births less deaths, men and women of the population, a structure
 * whose terms carry per cent signs, contributions listed for all three sectors at once, a part's pull on growth, and
 * a gap against a rate the sentence names (比全省GDP增速快).
 */
class PopulationPullAndGapOnTextTest {
    private static List<Finding> of(List<Finding> findings, FindingKind kind, String... texts) {
        Set<String> wanted = Set.of(texts);
        return findings.stream().filter(f -> f.kind() == kind)
                .filter(f -> f.facts().stream().map(Fact::text).collect(Collectors.toSet()).equals(wanted)).toList();
    }

    private static Verdict verdict(List<Finding> findings, FindingKind kind, String... texts) {
        List<Finding> found = of(findings, kind, texts);
        assertEquals(1, found.size(), () -> "one " + kind + " over " + List.of(texts) + " expected among " + findings);
        return found.get(0).verdict();
    }

    private static final String POPULATION = """
            某省2023年国民经济和社会发展统计公报
            年末全省常住人口4100万人，比上年末增加12万人。其中，男性人口2090万人，女性人口2010万人。
            全年出生人口31.5万人，死亡人口28.2万人，自然增加人口3.3万人。
            """;

    @Test
    void birthsLessDeathsAndMenPlusWomenAreChecked() {
        List<Finding> found = SharesOnTextTest.check("2023_某省_统计公报.txt", POPULATION);
        assertEquals(Verdict.CONSISTENT, verdict(found, FindingKind.SUM, "31.5万人", "28.2万人", "3.3万人"));
        assertEquals(Verdict.CONSISTENT, verdict(found, FindingKind.SUM, "4100万人", "2090万人", "2010万人"));
        List<Finding> altered = SharesOnTextTest.check("2023_某省_统计公报.txt", POPULATION.replace("28.2万人", "26.2万人"));
        assertEquals(Verdict.INCONSISTENT, verdict(altered, FindingKind.SUM, "31.5万人", "26.2万人", "3.3万人"));
        List<Finding> men = SharesOnTextTest.check("2023_某省_统计公报.txt", POPULATION.replace("2090万人", "2190万人"));
        assertEquals(Verdict.INCONSISTENT, verdict(men, FindingKind.SUM, "4100万人", "2190万人", "2010万人"));
    }

    @Test
    void menAndWomenOfAnotherPopulationBesideTheResidentOneAreNotReported() {
        // 户籍人口 stated too: which population the men and women split cannot be told, so a mismatch says nothing
        String text = POPULATION.replace("其中，男性人口", "年末户籍人口4300万人，其中，男性人口").replace("2090万人", "2190万人");
        List<Finding> found = SharesOnTextTest.check("2023_某省_统计公报.txt", text);
        assertTrue(found.stream().noneMatch(f -> f.verdict() == Verdict.INCONSISTENT
                && f.facts().stream().anyMatch(x -> x.text().equals("2190万人"))), () -> found.toString());
    }

    @Test
    void aStructureWithPerCentSignsAddsUpTo100() {
        String text = "2023年，全区三次产业结构由上年的22.1%:21.5%:56.4%调整为22.0%:21.2%:56.8%。\n";
        List<Finding> found = SharesOnTextTest.check("2023_某区_统计公报.txt", text);
        assertEquals(2, found.stream().filter(f -> f.kind() == FindingKind.SUM && f.verdict() == Verdict.CONSISTENT).count(),
                () -> found.toString());
        List<Finding> altered = SharesOnTextTest.check("2023_某区_统计公报.txt", text.replace("21.2%:56.8%", "21.2%:55.8%"));
        assertEquals(1, altered.stream().filter(f -> f.kind() == FindingKind.SUM && f.verdict() == Verdict.INCONSISTENT).count(),
                () -> altered.toString());
    }

    @Test
    void contributionsListedForTheThreeSectorsAtOnceAddUpTo100() {
        String text = "全年全市地区生产总值增长6.0%。三次产业对经济增长的贡献率分别为8.5%、46.1%和45.4%。\n";
        List<Finding> found = SharesOnTextTest.check("2023_某市_统计公报.txt", text);
        assertEquals(Verdict.CONSISTENT, verdict(found, FindingKind.SUM, "8.5%", "46.1%", "45.4%"));
        List<Finding> altered = SharesOnTextTest.check("2023_某市_统计公报.txt", text.replace("46.1%", "48.1%"));
        assertEquals(Verdict.INCONSISTENT, verdict(altered, FindingKind.SUM, "8.5%", "48.1%", "45.4%"));
        // two of three sectors only: no split, nothing said
        List<Finding> two = SharesOnTextTest.check("2023_某市_统计公报.txt", "全年全市地区生产总值增长6.0%。三次产业中第二、三产业对经济增长的贡献率分别为46.1%和45.4%。\n");
        assertTrue(two.stream().noneMatch(f -> f.kind() == FindingKind.SUM), () -> two.toString());
    }

    private static final String PULL = """
            上半年，全市地区生产总值同比增长4.8%。
            分行业看，工业增加值增长6.5%，对经济增长的贡献率为38.5%，拉动经济增长1.8个百分点；交通运输仓储和邮政业增长5.9%，比全市GDP增速快1.1个百分点。
            """;

    @Test
    void aPullIsTheContributionTimesTheGrowth() {
        List<Finding> found = SharesOnTextTest.check("2024_某市_上半年经济运行.txt", PULL);
        assertEquals(Verdict.CONSISTENT, verdict(found, FindingKind.GROWTH, "38.5%", "4.8%", "1.8个百分点"));
        List<Finding> altered = SharesOnTextTest.check("2024_某市_上半年经济运行.txt", PULL.replace("1.8个百分点", "2.8个百分点"));
        assertEquals(Verdict.INCONSISTENT, verdict(altered, FindingKind.GROWTH, "38.5%", "4.8%", "2.8个百分点"));
    }

    @Test
    void aGapAgainstTheRateItNamesStatedEarlierInTheReport() {
        List<Finding> found = SharesOnTextTest.check("2024_某市_上半年经济运行.txt", PULL);
        assertEquals(Verdict.CONSISTENT, verdict(found, FindingKind.GAP, "4.8%", "5.9%", "1.1个百分点"));
        List<Finding> altered = SharesOnTextTest.check("2024_某市_上半年经济运行.txt", PULL.replace("5.9%", "6.9%"));
        assertEquals(Verdict.INCONSISTENT, verdict(altered, FindingKind.GAP, "4.8%", "6.9%", "1.1个百分点"));
        // 比上年同期快: a time, not a rate the text states — nothing said
        List<Finding> time = SharesOnTextTest.check("2024_某市_上半年经济运行.txt",
                "上半年，全市地区生产总值同比增长4.8%，比上年同期快0.6个百分点。\n");
        assertTrue(time.stream().noneMatch(f -> f.kind() == FindingKind.GAP), () -> time.toString());
    }

    private static final String GAPS = """
            一季度，全市规模以上工业增加值同比增长5.8%。分经济类型看，民营企业增加值增长7.5%，外商企业增长8.5%，分别快于规模以上工业1.7个、2.7个百分点。
            前三季度，城镇居民人均可支配收入增长9.8%；农村居民人均可支配收入增长12.2%，快于城镇居民2.4个百分点。
            """;

    @Test
    void gapsListedAtOnceGoWithTheirRatesInOrderAndARateMayBeNamedShort() {
        List<Finding> found = SharesOnTextTest.check("2024_某市_一季度经济运行.txt", GAPS);
        assertEquals(Verdict.CONSISTENT, verdict(found, FindingKind.GAP, "5.8%", "7.5%", "1.7个"));
        assertEquals(Verdict.CONSISTENT, verdict(found, FindingKind.GAP, "5.8%", "8.5%", "2.7个百分点"));
        assertEquals(Verdict.CONSISTENT, verdict(found, FindingKind.GAP, "9.8%", "12.2%", "2.4个百分点"));
        assertTrue(found.stream().noneMatch(f -> f.verdict() == Verdict.INCONSISTENT), () -> found.toString());
        List<Finding> altered = SharesOnTextTest.check("2024_某市_一季度经济运行.txt", GAPS.replace("12.2%", "12.8%"));
        assertEquals(Verdict.INCONSISTENT, verdict(altered, FindingKind.GAP, "9.8%", "12.8%", "2.4个百分点"));
    }
}
