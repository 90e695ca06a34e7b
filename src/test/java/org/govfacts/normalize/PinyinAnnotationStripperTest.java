package org.govfacts.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PinyinAnnotationStripperTest {
    private final PinyinAnnotationStripper stripper = new PinyinAnnotationStripper();

    private String strip(String s) {
        return stripper.apply(s).text();
    }

    @ParameterizedTest
    @CsvSource({
        "項(xiàng)目, 項目",
        "發(fā)展, 發展",
        "現(xiàn)代化, 現代化",
        "三個(gè)一批, 三個一批",
        "產(chǎn)業(yè)鏈, 產業鏈",
        "綠(lǜ)色, 綠色",
        "綠(lü)色, 綠色",
        "綠(lv)色, 綠色",
        "嗯(ň), 嗯",
        "項（xiàng）目, 項目",
        "發(fa)展, 發展",
        "項(xia\u0300ng)目, 項目",
    })
    void removesAnnotations(String in, String out) {
        assertEquals(out, strip(in));
    }

    @Test
    void removesEveryAnnotationOfAReportSentence() {
        String s = "研究出臺《漯河市換道領(lǐng)跑戰(zhàn)略工作方案》,制訂“四個(gè)清單”(重點(diǎn)工作55項(xiàng)、重點(diǎn)項(xiàng)目15個(gè))";
        assertEquals("研究出臺《漯河市換道領跑戰略工作方案》,制訂“四個清單”(重點工作55項、重點項目15個)", strip(s));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "正大(漯河)超級食品工廠",
        "國內生產總值(GDP)增長",
        "行動計劃(2023—2025)",
        "全市重大項目(61项续建项目全部复工)",
        "《xx市工业节水实施方案》(xx)",
        "措施(a)和(b)",
        "指標(n)",
        "同比增长2%(sh)",
        "2023(xiàng)",
        "人工智能(AI)",
        "項(xiàngmù)目",
        "項(xiang",
        "項()目",
        "(xiàng)開頭",
    })
    void leavesRealParenthesesAlone(String s) {
        StageResult r = stripper.apply(s);
        assertSame(s, r.text());
        assertTrue(r.isOneToOne());
    }

    @Test
    void annotatedCharacterMapsToItselfAndItsAnnotation() {
        String original = "項目766個(gè)。";
        StageResult r = stripper.apply(original);
        assertEquals("項目766個。", r.text());
        OffsetMap map = r.map();
        int ge = r.text().indexOf('個');
        assertEquals("個(gè)", original.substring(map.start(ge), map.end(ge + 1)));
        assertEquals("766個(gè)", original.substring(map.start(2), map.end(ge + 1)));
        assertEquals("。", original.substring(map.start(ge + 1), map.end(ge + 2)));
    }

    @Test
    void annotationAfterSupplementaryCharacterKeepsThePairTogether() {
        String original = "𠀀(qiū)地";
        StageResult r = stripper.apply(original);
        assertEquals("𠀀地", r.text());
        assertEquals(0, r.map().start(0));
        assertEquals(0, r.map().start(1));
        assertEquals(original.indexOf('地'), r.map().start(2));
    }

    private static final Pattern LATIN_LOWER = Pattern.compile("[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńň]");

    @ParameterizedTest
    @ValueSource(strings = {"seeds/001_3eccfdf2ae0dd12a.txt", "seeds/002_5a96407056af2d3c.txt"})
    void traditionalSeedsLoseEveryAnnotationAndNothingElse(String file) throws IOException {
        String original = Files.readString(Path.of(file));
        assertTrue(LATIN_LOWER.matcher(original).find());
        String stripped = strip(original);
        assertFalse(LATIN_LOWER.matcher(stripped).find(), "pinyin left in " + file);
        // what went is exactly the annotations: removing them by the scorer's own pattern agrees
        String scorerFold = original.replaceAll(
                "\\((?:[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńň][a-zü]*|[a-z]{1,6})\\)", "");
        assertEquals(scorerFold, stripped);
    }

    @Test
    void syllableInventoryHasTheUsualSize() {
        // about 400 syllables, plus a few interjections
        assertTrue(PinyinSyllables.size() > 395 && PinyinSyllables.size() < 430, "size " + PinyinSyllables.size());
        assertTrue(PinyinSyllables.isSyllable("zhuang"));
        assertTrue(PinyinSyllables.isSyllable("lüe"));
        assertFalse(PinyinSyllables.isSyllable("xx"));
        assertFalse(PinyinSyllables.isSyllable("gdp"));
        assertFalse(PinyinSyllables.isSyllable("biang"));
    }
}
