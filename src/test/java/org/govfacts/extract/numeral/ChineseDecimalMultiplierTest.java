package org.govfacts.extract.numeral;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** A decimal written in characters keeps the multipliers after it: 十八点二三万亿 is 18.23 × 10¹². */
class ChineseDecimalMultiplierTest {
    @Test
    void multipliersAfterTheDecimalPart() {
        String t = "达到十八点二三万亿元，";
        int start = t.indexOf('十');
        int end = ChineseNumerals.end(t, start);
        assertEquals("十八点二三万亿", t.substring(start, end));
        assertEquals(0, new BigDecimal("18230000000000").compareTo(ChineseNumerals.parse(t.substring(start, end))));
        assertEquals(0, new BigDecimal("150000").compareTo(ChineseNumerals.parse("十五万")));
        assertEquals(0, new BigDecimal("11.8").compareTo(ChineseNumerals.parse("十一点八")));
        assertEquals("十一点八", "增长百分之十一点八。".substring(5, ChineseNumerals.end("增长百分之十一点八。", 5)));
    }
}
