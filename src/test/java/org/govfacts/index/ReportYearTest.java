package org.govfacts.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ReportYearTest {

    @Test
    void aYearWithAPartBeatsAMoreFrequentPlainYear() {
        String text = "2022、2023年全市规上工业增加值增速位居全省前列。2023年，项目建设加快。2023年全市规模以上工业增加值增长7%。"
                + "2024年上半年，全市工业投资增长。较2023年同比增长。";
        assertEquals(2024, ReportYear.guess(text));
    }

    @Test
    void aFullDateDatesTheReport() {
        String text = "2026年河南省政府工作报告\n——2026年1月26日在河南省第十四届人民代表大会\n刚过去的2025年很不平凡。";
        assertEquals(2026, ReportYear.guess(text));
    }

    @Test
    void targetsAreNotTheReportsYear() {
        String text = "2024年，全市完成投资。到2027年，建成先进制造业基地；力争2030年前碳达峰，2035年远景目标。";
        assertEquals(2024, ReportYear.guess(text));
    }

    @Test
    void aStartingPointIsNotStrongEvidence() {
        String text = "2021 年以来，新增规模以上企业。2022 年，全市工业投资增长 33%。2023 年，全市 398 个项目。";
        assertEquals(2023, ReportYear.guess(text));
    }

    @Test
    void traditionalScriptAndNoYear() {
        assertEquals(2024, ReportYear.guess("2024年上半年居全省第一。"));
        assertNull(ReportYear.guess("今年以來，我市錨定建設現代化食品名城總目標。"));
        assertNull(ReportYear.guess(null));
    }
}
