package org.govfacts.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A change stated without a rate (比上年末增加4万人, 比上年末提高0.48个百分点) against the same measure one
 * year earlier in another report, through the real pipeline on two short bulletins written for the test.
 */
class ChangeAcrossReportsOnTextTest {
    private static List<Finding> growth(String... namesAndTexts) {
        return SharesOnTextTest.checkAll(namesAndTexts).stream().filter(f -> f.kind() == FindingKind.GROWTH).toList();
    }

    private static final String Y2021 = "贵州省2021年国民经济和社会发展统计公报\n"
            + "年末常住人口3852万人。其中，城镇常住人口2092.79万人，占年末常住人口的比重为54.33%。\n";
    private static final String Y2022 = "贵州省2022年国民经济和社会发展统计公报\n"
            + "年末常住人口3856万人，比上年末增加4万人。其中，城镇常住人口2114万人，占年末常住人口的比重为54.81%，比上年末提高0.48个百分点。\n";

    @Test
    void aChangeInPeopleIsTheDifferenceOfTheTwoYearEnds() {
        List<Finding> found = growth("gz2021.txt", Y2021, "gz2022.txt", Y2022);
        Finding people = found.stream().filter(f -> f.message().contains("4万人")).findFirst().orElseThrow(() -> new AssertionError(found));
        assertEquals(Verdict.CONSISTENT, people.verdict(), people.message());
        List<Finding> altered = growth("gz2021.txt", Y2021, "gz2022.txt", Y2022.replace("增加4万人", "增加7万人"));
        Finding wrong = altered.stream().filter(f -> f.message().contains("7万人")).findFirst().orElseThrow(() -> new AssertionError(altered));
        assertEquals(Verdict.INCONSISTENT, wrong.verdict(), wrong.message());
        assertTrue(wrong.message().contains("3852万人") && wrong.message().contains("one year apart"), wrong.message());
    }

    @Test
    void aChangeInPointsIsTheDifferenceOfTheTwoShares() {
        List<Finding> found = growth("gz2021.txt", Y2021, "gz2022.txt", Y2022);
        Finding points = found.stream().filter(f -> f.message().contains("0.48 points")).findFirst().orElseThrow(() -> new AssertionError(found));
        assertEquals(Verdict.CONSISTENT, points.verdict(), points.message());
        List<Finding> altered = growth("gz2021.txt", Y2021, "gz2022.txt", Y2022.replace("0.48个百分点", "0.84个百分点"));
        assertTrue(altered.stream().anyMatch(f -> f.verdict() == Verdict.INCONSISTENT && f.message().contains("0.84 points")), altered.toString());
    }

    @Test
    void withoutLastYearsReportNothingIsSaid() {
        assertTrue(growth("gz2022.txt", Y2022.replace("增加4万人", "增加7万人")).isEmpty());
    }

    @Test
    void sharesOfOutputAreRevisedAndNotCompared() {
        // the next bulletin's 比上年 is against revised national accounts: 13.9 → 14.2 with +0.2 stated is no error
        String y1 = "贵州省2021年国民经济和社会发展统计公报\n第一产业增加值占地区生产总值的比重为13.9%。\n";
        String y2 = "贵州省2022年国民经济和社会发展统计公报\n第一产业增加值占地区生产总值的比重为14.2%，比上年提高0.2个百分点。\n";
        assertTrue(growth("a.txt", y1, "b.txt", y2).isEmpty(), growth("a.txt", y1, "b.txt", y2).toString());
    }

    @Test
    void aFlowsIncreaseOnTheYearBeforeIsADifferenceAndNoRestatementOfTheFlow() {
        String y2022 = "国家统计局2022年国民经济和社会发展统计公报\n全年全国城镇新增就业1206万人。\n";
        String y2023 = "国家统计局2023年国民经济和社会发展统计公报\n全年全国城镇新增就业1244万人，比上年多增38万人。\n";
        List<Finding> all = SharesOnTextTest.checkAll("cn2022.txt", y2022, "cn2023.txt", y2023);
        assertTrue(all.stream().noneMatch(f -> f.kind() == FindingKind.DUPLICATE), all.toString());
        assertTrue(all.stream().anyMatch(f -> f.kind() == FindingKind.GROWTH && f.verdict() == Verdict.CONSISTENT && f.message().contains("38万人")),
                all.toString());
        List<Finding> altered = growth("cn2022.txt", y2022, "cn2023.txt", y2023.replace("多增38万人", "多增83万人"));
        assertTrue(altered.stream().anyMatch(f -> f.verdict() == Verdict.INCONSISTENT && f.message().contains("83万人")), altered.toString());
    }
}
