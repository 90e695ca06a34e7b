package org.govfacts.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Tables of bulletins as text, through the real pipeline on a table written for the test. */
class TableCheckTest {
    private static final String TABLE = "全市年末户籍总人口为50.00万人。\n"
            + "表1 年末户籍人口数及构成\n"
            + "指标 | 年末数(人) | 比重(%) |\n"
            + "全市户籍总人口 | 500000 | 100 |\n"
            + "其中:城镇 | 300000 | 60.00 |\n"
            + "乡村 | 200000 | 40.00 |\n"
            + "其中:男性 | 255000 | 51.00 |\n"
            + "女性 | 245000 | 49.00 |\n"
            + "二、农业\n";

    private static List<Finding> tableFindings(String text) {
        return SharesOnTextTest.check("t.txt", text).stream().filter(f -> f.message().startsWith("In the table")).toList();
    }

    @Test
    void rowsWhoseSharesMakeAHundredSplitTheTotalAndEachShareIsOfTheTotal() {
        List<Finding> found = tableFindings(TABLE);
        assertEquals(2, found.stream().filter(f -> f.kind() == FindingKind.SUM).count(), found.toString());
        assertEquals(4, found.stream().filter(f -> f.kind() == FindingKind.SHARE).count(), found.toString());
        assertTrue(found.stream().allMatch(f -> f.verdict() == Verdict.CONSISTENT), found.toString());
    }

    @Test
    void anAlteredRowBreaksItsSumAndItsShare() {
        List<Finding> bad = tableFindings(TABLE.replace("乡村 | 200000", "乡村 | 220000")).stream()
                .filter(f -> f.verdict() == Verdict.INCONSISTENT).toList();
        assertEquals(2, bad.size(), bad.toString());
        assertTrue(bad.stream().allMatch(f -> f.facts().stream().anyMatch(x -> x.text().equals("220000"))));
    }

    @Test
    void aTableWithoutAShareColumnIsLeftAlone() {
        String text = "指标 | 年末数(人) |\n全市户籍总人口 | 500000 |\n其中:城镇 | 300000 |\n乡村 | 100000 |\n";
        assertTrue(tableFindings(text).isEmpty());
    }
}
