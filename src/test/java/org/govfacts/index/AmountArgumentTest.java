package org.govfacts.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class AmountArgumentTest {
    @Test
    void readsPlainNumbersMultipliersAndUnits() {
        assertEquals(10, AmountArgument.parse("10"));
        assertEquals(-2.5, AmountArgument.parse("-2.5"));
        assertEquals(1e10, AmountArgument.parse("1e10"));
        assertEquals(1e10, AmountArgument.parse("100亿"));
        assertEquals(1e10, AmountArgument.parse("100亿元"));
        assertEquals(1e10, AmountArgument.parse("100億元"));
        assertEquals(60000, AmountArgument.parse("6万"));
        assertEquals(12.1, AmountArgument.parse("12.1%"));
        assertEquals(1_000_000, AmountArgument.parse("1,000,000"));
    }

    @Test
    void rejectsWhatIsNotANumber() {
        assertThrows(IllegalArgumentException.class, () -> AmountArgument.parse("ten"));
        assertThrows(IllegalArgumentException.class, () -> AmountArgument.parse("10亿美元"));
    }
}
