package org.govfacts.extract.numeral;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Digit runs: positional before a multiplier or a point, a range when two neighbouring digits or before 十百千. */
class ChineseNumeralsTest {
    private static void reads(String numeral, String value) {
        assertEquals(0, new BigDecimal(value).compareTo(ChineseNumerals.parse(numeral)), numeral);
    }

    @Test
    void digitRunsBeforeAMultiplierArePositional() {
        reads("三五一亿", "35100000000");
        reads("三五一.七八亿", "35178000000");
        reads("一二.五", "12.5");
        reads("二○七亿", "20700000000");
        reads("一亿三五万", "100350000");
    }

    @Test
    void rangesKeepTheirLastDigit() {
        reads("七八亿", "800000000");
        reads("三四十", "40");
        reads("十二三万", "130000");
        reads("一千零五", "1005");
        reads("一万零五百", "10500");
    }

    @Test
    void aFullStopBetweenDigitCharactersIsAPoint() {
        String t = "上升百分之一二.五，";
        assertEquals("一二.五", t.substring(5, ChineseNumerals.end(t, 5)));
        String list = "一.加快建设";
        assertEquals("一", list.substring(0, ChineseNumerals.end(list, 0)));
    }
}
