package org.govfacts.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class AmountsTest {
    @Test
    void readsPlainNumbersMultipliersAndUnits() {
        assertEquals(10, Amounts.parse("10"));
        assertEquals(-2.5, Amounts.parse("-2.5"));
        assertEquals(1e10, Amounts.parse("1e10"));
        assertEquals(1e10, Amounts.parse("100亿"));
        assertEquals(1e10, Amounts.parse("100亿元"));
        assertEquals(1e10, Amounts.parse("100億元"));
        assertEquals(60000, Amounts.parse("6万"));
        assertEquals(12.1, Amounts.parse("12.1%"));
        assertEquals(1_000_000, Amounts.parse("1,000,000"));
    }

    @Test
    void rejectsWhatIsNotANumber() {
        assertThrows(IllegalArgumentException.class, () -> Amounts.parse("ten"));
        assertThrows(IllegalArgumentException.class, () -> Amounts.parse("10亿美元"));
    }
}
