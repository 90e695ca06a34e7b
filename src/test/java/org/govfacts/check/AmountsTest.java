package org.govfacts.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.govfacts.fact.Fact;
import org.govfacts.fact.FactType;
import org.govfacts.fact.Qualifier;
import org.junit.jupiter.api.Test;

class AmountsTest {
    private static Fact fact(FactType type, String text, double value, String unit, Qualifier q) {
        return new Fact("t", type, 0, text.length(), text, value, unit, q, null, null, null, null, null, null, null, null, null, 0, null);
    }

    @Test
    void precisionIsReadFromHowTheFigureIsWritten() {
        assertEquals(0.1e8, Amounts.ulp(fact(FactType.MONEY, "401.2亿元", 401.2e8, "元", null)), 1e-3);
        assertEquals(1e8, Amounts.ulp(fact(FactType.MONEY, "248億元", 248e8, "元", null)), 1e-3);
        assertEquals(0.1, Amounts.ulp(fact(FactType.RATIO, "78.1%", 78.1, "%", null)), 1e-12);
        assertEquals(1, Amounts.ulp(fact(FactType.RATIO, "99%", 99, "%", null)), 1e-12);
        assertEquals(0, Amounts.ulp(fact(FactType.QUANTITY, "3118 条", 3118, "条", null)), 0);
        assertEquals(0, Amounts.ulp(fact(FactType.QUANTITY, "一年半", 1.5, "年", null)), 0);
        assertEquals(1e4, Amounts.ulp(fact(FactType.MONEY, "2800余万元", 2800e4, "元", Qualifier.MORE_THAN)), 1e-6);
        assertEquals(0.1e4, Amounts.ulp(fact(FactType.QUANTITY, "35.1万人次", 35.1e4, "人次", null)), 1e-6);
        // digits after the multiplier go on with a smaller one: the last group's digit, not the 兆, is the precision
        assertEquals(1e8, Amounts.ulp(fact(FactType.MONEY, "2兆7,446億元", 27446e8, "元", null)), 1e-3);
        assertEquals(1e8, Amounts.displayScale(fact(FactType.MONEY, "2兆7,446億元", 27446e8, "元", null)), 1e-3);
        assertEquals(0.1e4, Amounts.ulp(fact(FactType.MONEY, "3亿5000.5万元", 350005000.0, "元", null)), 1e-6);
        // zeros that end the lower group pad it: 6兆5,000億 is written to 1000億, as 6.5兆 is to 0.1兆
        assertEquals(1000e8, Amounts.ulp(fact(FactType.MONEY, "6兆5,000億元", 65000e8, "元", null)), 1e-3);
    }

    @Test
    void figuresInChineseNumeralsAreAsPreciseAsTheirLastDigit() {
        assertEquals(0.1, Amounts.ulp(fact(FactType.GROWTH, "百分之八点七", 8.7, "%", null)), 1e-12);
        assertEquals(1, Amounts.ulp(fact(FactType.GROWTH, "百分之九", 9, "%", null)), 1e-12);
        assertEquals(1e4, Amounts.ulp(fact(FactType.QUANTITY, "二千八百四十一万吨", 2841e4, "吨", null)), 1e-6);
        assertEquals(1e4, Amounts.ulp(fact(FactType.QUANTITY, "三亿五千三百四十三万吨", 35343e4, "吨", null)), 1e-6);
        assertEquals(0.01e12, Amounts.ulp(fact(FactType.MONEY, "五点六七兆元", 5.67e12, "元", null)), 1);
        // whole numbers with no 万 after the last digit, and shares in other words, stay exact
        assertEquals(0, Amounts.ulp(fact(FactType.QUANTITY, "三百个", 300, "个", null)), 0);
        assertEquals(0, Amounts.ulp(fact(FactType.RATIO, "三成", 30, "%", null)), 0);
    }

    @Test
    void qualifiersOpenTheRange() {
        Interval more = Amounts.interval(fact(FactType.RATIO, "99%以上", 99, "%", Qualifier.MORE_THAN));
        assertEquals(99, more.lo(), 0);
        assertFalse(more.bounded());
        Interval about = Amounts.interval(fact(FactType.MONEY, "约100亿元", 100e8, "元", Qualifier.ABOUT));
        assertEquals(95e8, about.lo(), 1);
    }

    @Test
    void aPercentageWithDecimalsMayHaveBeenCutAtItsLastDigit() {
        // 24.965% written 24.96: the value may lie a little past the rounding bound, away from zero
        Interval cut = Amounts.interval(fact(FactType.GROWTH, "24.96%", 24.96, "%", null));
        assertEquals(24.955, cut.lo(), 1e-9);
        assertEquals(24.967, cut.hi(), 1e-9);
        Interval negative = Amounts.interval(fact(FactType.GROWTH, "-3.2%", -3.2, "%", null));
        assertEquals(-3.27, negative.lo(), 1e-9);
        assertEquals(-3.15, negative.hi(), 1e-9);
        // a whole percentage is rounded in prose: 37% does not reach 37.6%
        Interval whole = Amounts.interval(fact(FactType.RATIO, "37%", 37, "%", null));
        assertEquals(37.5, whole.hi(), 1e-9);
        // money is rounded, never cut
        assertEquals(401.25e8, Amounts.interval(fact(FactType.MONEY, "401.2亿元", 401.2e8, "元", null)).hi(), 1);
    }

    @Test
    void amountsAreShownAsTheReportWritesThem() {
        Fact f = fact(FactType.MONEY, "401.2亿元", 401.2e8, "元", null);
        assertEquals("401.2亿元", Amounts.show(401.2e8, f));
        assertEquals("亿元", Amounts.displayUnit(f));
    }
}
