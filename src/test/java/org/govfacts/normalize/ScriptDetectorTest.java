package org.govfacts.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScriptDetectorTest {
    private final ScriptDetector detector = new ScriptDetector(TestLexicons.TABLES);

    @ParameterizedTest
    @CsvSource({
        "000_de635acace6085cf.txt, simplified",
        "001_3eccfdf2ae0dd12a.txt, traditional",
        "002_5a96407056af2d3c.txt, traditional",
        "003_e62dfcd0269d6258.txt, simplified",
        "004_b32c99b684574bf5.txt, simplified",
    })
    void tellsTheSeedsApart(String file, String script) throws IOException {
        assertEquals(script, detector.detect(Files.readString(Path.of("seeds", file))));
    }

    @Test
    void aSimplifiedReportNamingTraditionalFormsStaysSimplified() {
        assertEquals("simplified", detector.detect(
                "昇腾384超节点实现量产，人工智能产业规模突破2200亿元，智能算力规模居全国前列，全省新增国家级专精特新企业120家。"));
    }

    @Test
    void aSimplifiedTextQuotingATraditionalPassageIsMixed() {
        String simplified = "全市规上工业增加值增长12.1%，高于全省平均水平4.3个百分点，居全省第1位。";
        String traditional = "實施項目投資支撐行動，建立重大項目庫。";
        assertEquals("mixed", detector.detect(simplified + simplified + traditional));
    }

    @Test
    void textWithoutHanIsSimplified() {
        assertEquals("simplified", detector.detect("GDP 2024: +5.2%"));
        assertEquals("simplified", detector.detect(""));
    }

    @Test
    void countsOverriddenSingleCharactersAsTraditional() {
        ScriptDetector.Profile p = detector.profile("聯堿");
        assertEquals(2, p.hanChars());
        assertEquals(2, p.traditionalChars());
    }
}
