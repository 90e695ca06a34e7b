package org.govfacts.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class PeriodNormalizerTest {

    /** period as written | report year | expected label ("" = nothing derivable). */
    @ParameterizedTest(name = "{0} in a report of {1} → {2}")
    @CsvSource(delimiter = '|', nullValues = "null", emptyValue = "", value = {
        "2024年上半年 | null | 2024 H1",
        "今年上半年   | 2024 | 2024 H1",
        "今年上半年   | null | H1",
        "上半年       | 2024 | 2024 H1",
        "2023年       | 2024 | 2023",
        "2023年全年   | 2025 | 2023",
        "全年         | 2024 | 2024",
        "2024年度     | null | 2024",
        "2022、2023年 | null | 2022,2023",
        "2021-2023年  | null | 2021,2022,2023",
        "一季度       | 2024 | 2024 Q1",
        "2024年第二季度 | null | 2024 Q2",
        "1-3月        | 2024 | 2024 Q1",
        "2024年1—6月  | null | 2024 H1",
        "1至8月       | null | M1-8",
        "前8个月      | 2024 | 2024 M1-8",
        "今年前8个月  | 2024 | 2024 M1-8",
        "前三季度     | 2024 | 2024 M1-9",
        "1-12月       | 2023 | 2023",
        "截至6月底    | 2024 | 2024 H1",
        "今年9月底    | 2024 | 2024 M1-9",
        "6月份        | 2024 | 2024 M6",
        "十二月       | null | M12",
        "去年同期     | 2024 | 2023",
        "上年         | 2024 | 2023",
        "今年以来     | 2024 | 2024 YTD",
        "2021年以来   | 2024 | 2021,2022,2023,2024",
        "今年         | null | ''",
        "近两年       | 2024 | ''",
        "十四五期间   | 2024 | ''",
    })
    void normalizes(String written, Integer reportYear, String expected) {
        NormalizedPeriod p = PeriodNormalizer.normalize(written.strip(), reportYear);
        String label = p.label();
        assertEquals(expected.replace("''", "").strip(), label == null ? "" : label, () -> written + " → " + p);
    }

    @Test
    void traditionalScriptIsReadToo() {
        assertEquals("2024 H1", PeriodNormalizer.normalize("今年上半年", 2024).label());
        assertEquals("2024 M1-8", PeriodNormalizer.normalize("今年前8個月", 2024).label());
    }

    @Test
    void nothingGivesEmpty() {
        assertTrue(PeriodNormalizer.normalize(null, 2024).isEmpty());
        assertTrue(PeriodNormalizer.normalize("  ", 2024).isEmpty());
        assertNull(NormalizedPeriod.NONE.label());
    }

    @Test
    void chineseNumerals() {
        assertEquals(8, PeriodNormalizer.number("八"));
        assertEquals(10, PeriodNormalizer.number("十"));
        assertEquals(12, PeriodNormalizer.number("十二"));
        assertEquals(20, PeriodNormalizer.number("二十"));
        assertEquals(2, PeriodNormalizer.number("两"));
        assertEquals(11, PeriodNormalizer.number("11"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2024     | 2024",
        "2024 H1  | 2024 H1",
        "2024h1   | 2024 H1",
        "2024-Q3  | 2024 Q3",
        "H2       | H2",
        "M1-8     | M1-8",
        "M1-3     | Q1",
        "2022,2023| 2022,2023",
    })
    void labelsParseBack(String label, String expected) {
        NormalizedPeriod p = NormalizedPeriod.parseLabel(label);
        assertEquals(expected, p.label());
    }

    @Test
    void writtenPeriodsAreNotLabels() {
        assertNull(NormalizedPeriod.parseLabel("2024年上半年"));
        assertNull(NormalizedPeriod.parseLabel("上半年"));
        assertEquals(List.of(2024), NormalizedPeriod.parseLabel("2024").years());
    }
}
