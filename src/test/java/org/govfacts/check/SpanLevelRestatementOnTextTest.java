package org.govfacts.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A level stated under a span of years (过去五年，…达到4.5万亿元) is of the span's last year, the year a bulletin states it
 * for (span-level-cues.tsv, read by compare/SpanLevels as the panel reads it), through the real pipeline on texts
 * written for the test.
 */
class SpanLevelRestatementOnTextTest {
    private static final String BULLETIN = "安徽省2022年国民经济和社会发展统计公报\n"
            + "全年全省生产总值45045亿元，比上年增长3.5%。\n";
    private static final String REPORT = "记者 王明 杭州报道\n"
            + "2023年1月13日，安徽省第十四届人民代表大会第一次会议开幕，省长向大会作政府工作报告。\n"
            + "报告指出，过去五年，全省生产总值连跨2个万亿元台阶、达到4.5万亿元左右，粮食产量稳定在800亿斤以上。\n";

    private static List<Finding> acrossReports(String report) {
        return SharesOnTextTest.checkAll("2022_安徽省_统计公报.txt", BULLETIN, "ah_report.txt", report).stream()
                .filter(f -> f.kind() == FindingKind.CROSS_DOCUMENT).toList();
    }

    @Test
    void aLevelReachedAtASpansEndIsThatYearsLevel() {
        List<Finding> found = acrossReports(REPORT);
        Finding same = found.stream().filter(f -> f.message().contains("45045")).findFirst().orElseThrow(() -> new AssertionError(found));
        assertEquals(Verdict.CONSISTENT, same.verdict(), same.message());
        assertTrue(same.message().contains("2022"), same.message());
        List<Finding> altered = acrossReports(REPORT.replace("达到4.5万亿元左右", "达到5.5万亿元左右"));
        assertTrue(altered.stream().anyMatch(f -> f.verdict() == Verdict.INCONSISTENT && f.message().contains("45045")), altered.toString());
    }

    @Test
    void aTotalOfTheYearsIsNoLevelOfOne() {
        List<Finding> found = acrossReports(REPORT.replace("全省生产总值连跨2个万亿元台阶、达到4.5万亿元左右", "全省生产总值累计达到4.5万亿元"));
        assertTrue(found.stream().noneMatch(f -> f.message().contains("45045")), found.toString());
    }
}
