package org.govfacts.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.govfacts.lexicon.Lexicon;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScriptConverterTest {
    private final ScriptConverter converter = new ScriptConverter(TestLexicons.TABLES);

    private String convert(String s) {
        return converter.apply(s).text();
    }

    @Test
    void convertsATraditionalReportSentence() {
        assertEquals("围绕顶层设计,抓好统筹谋划。研究出台《漯河市换道领跑战略工作方案》,制订“四个清单”(重点工作55项、重点项目15个)",
                convert("圍繞頂層設計,抓好統籌謀劃。研究出臺《漯河市換道領跑戰略工作方案》,制訂“四個清單”(重點工作55項、重點項目15個)"));
    }

    @ParameterizedTest
    @CsvSource({
        // OpenCC leaves 堿; the override table fixes it
        "金大地聯堿綠色轉型產業園, 金大地联碱绿色转型产业园",
        "陜甘寧天然氣進京工程, 陕甘宁天然气进京工程", // 陜, a variant of 陝, likewise
        "研發活動全覆蓋, 研发活动全覆盖",
        "復蓋率, 覆盖率",
        "要素跟著項目走, 要素跟着项目走",
        "若乾意見, 若干意见",
        "取得顯著成效, 取得显著成效",
        // phrase-level conversion from OpenCC itself
        "瞭解情況, 了解情况",
        "答覆群眾, 答复群众",
        "乾隆年間, 乾隆年间",
    })
    void convertsWithPhrasesAndOverrides(String traditional, String simplified) {
        assertEquals(simplified, convert(traditional));
    }

    @Test
    void phraseConversionMapsEachCharacterToItsSource() {
        String original = "我們瞭解到";
        StageResult r = converter.apply(original);
        assertEquals("我们了解到", r.text());
        OffsetMap map = r.mapOrIdentity();
        for (int i = 0; i < r.text().length(); i++) {
            assertEquals(i, map.start(i));
            assertEquals(i + 1, map.end(i + 1));
        }
    }

    @Test
    void leavesTextWithoutTraditionalCharactersAlone() {
        String s = "全市规上工业增加值增长12.1%，高于全省平均水平4.3个百分点。";
        StageResult r = converter.apply(s);
        assertSame(s, r.text());
        assertTrue(r.isOneToOne());
    }

    @Test
    void keepsTheMapAcrossSurrogatePairsAndLengthChanges(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("t2s-overrides.tsv"), String.join("\n",
                "# test table",
                "㑮\t𫝈",      // BMP → outside the BMP (a surrogate pair)
                "𠀀\t丘",      // outside the BMP → BMP
                "樂樂\t乐",    // two characters → one
                "閒\t闲闲",    // one → two
                ""));
        ScriptConverter c = new ScriptConverter(T2sTables.from(Lexicon.at(dir)));
        String original = "個㑮𠀀樂樂們閒,𠀁";
        StageResult r = c.apply(original);
        assertEquals("个𫝈丘乐们闲闲,𠀁", r.text());
        OffsetMap m = r.mapOrIdentity();
        String[] expectedSources = {"個", "㑮", "㑮", "𠀀", "樂樂", "們", "閒", "閒", ",", "\uD840", "\uDC01"};
        assertEquals(expectedSources.length, r.text().length());
        for (int i = 0; i < r.text().length(); i++) {
            assertEquals(expectedSources[i], original.substring(m.start(i), m.end(i + 1)), "char " + i);
        }
    }

    @Test
    void rejectsAMalformedOverrideRow(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("t2s-overrides.tsv"), "堿\n");
        assertThrows(IllegalStateException.class, () -> T2sTables.from(Lexicon.at(dir)));
    }

    @Test
    void convertsATraditionalSeedToTheSameTextAsOpenCcExceptForTheOverrides() throws IOException {
        String seed = new PinyinAnnotationStripper().apply(Files.readString(Path.of("seeds/002_5a96407056af2d3c.txt"))).text();
        String ours = convert(seed);
        String openCc = OpenCcT2s.toSimple(seed);
        assertEquals(openCc.length(), ours.length());
        int differences = 0;
        for (int i = 0; i < ours.length(); i++) {
            if (ours.charAt(i) != openCc.charAt(i)) {
                differences++;
                assertTrue("碱着".indexOf(ours.charAt(i)) >= 0, "unexpected " + ours.charAt(i) + " at " + i);
            }
        }
        assertEquals(2, differences); // 聯堿 → 联碱 and 跟著 → 跟着
    }
}
