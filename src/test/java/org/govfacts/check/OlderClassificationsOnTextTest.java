package org.govfacts.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Splits of the older bulletins (check_partitions.tsv), written in their general language: retail sales of
 * consumer goods and of the means of farming, and a report's list of achievements closed by 等等, which names
 * no other subject than the same figure stated in another report.
 */
class OlderClassificationsOnTextTest {
    private static Verdict verdict(List<Finding> findings, FindingKind kind, String... texts) {
        return Findings.one(findings, kind, Findings.over(texts)).verdict();
    }

    private static final String RETAIL = """
            1987年某县国民经济和社会发展概况
            全县社会商品零售额达到8350万元，比上年增长18.2%，其中消费品7410万元，农业生产资料940万元。
            """;

    @Test
    void consumerGoodsAndMeansOfFarmingSplitRetailSales() {
        List<Finding> found = SharesOnTextTest.check("1987_某县_统计公报.txt", RETAIL);
        assertEquals(Verdict.CONSISTENT, verdict(found, FindingKind.SUM, "8350万元", "7410万元", "940万元"));
        List<Finding> altered = SharesOnTextTest.check("1987_某县_统计公报.txt", RETAIL.replace("940万元", "990万元"));
        assertEquals(Verdict.INCONSISTENT, verdict(altered, FindingKind.SUM, "8350万元", "7410万元", "990万元"));
    }

    @Test
    void onlyOneOfTheTwoKindsListedIsNoSplit() {
        String text = RETAIL.replace("，农业生产资料940万元", "，增长20.1%");
        List<Finding> found = SharesOnTextTest.check("1987_某县_统计公报.txt", text);
        assertTrue(found.stream().noneMatch(f -> f.kind() == FindingKind.SUM), () -> found.toString());
    }

    @Test
    void aListOfAchievementsClosedByDengdengRestatesItsFigures() {
        String report = "2024年湖南省政府工作报告\n过去一年，全省粮食产量创新高，居民人均可支配收入增长6.3%等等。\n";
        String news = "2024年湖南省经济运行新闻\n2023年，全省居民人均可支配收入增长6.3%，城乡居民收入差距继续缩小。\n";
        List<Finding> found = SharesOnTextTest.checkAll("2024_湖南省_政府工作报告.txt", report, "2024_湖南省_新闻.txt", news);
        assertTrue(found.stream().anyMatch(f -> f.verdict() == Verdict.CONSISTENT && f.facts().size() == 2
                && f.facts().stream().allMatch(x -> x.text().equals("6.3%"))), () -> found.toString());
    }
}
