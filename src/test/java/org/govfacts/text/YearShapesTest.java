package org.govfacts.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class YearShapesTest {
    @Test
    void aFiscalYearsSecondYearIsInsideIt() {
        String text = "2024 / 25年度的开支";
        assertTrue(YearShapes.inFiscalYear(text, text.indexOf("25年")));
        assertFalse(YearShapes.inFiscalYear(text, text.indexOf("开支")));
    }

    @Test
    void digitsBeforeTheSearchWindowStillCount() {
        // The window opens eight characters before the figure, right at the 2 of 2024: the 1 before it must be seen.
        String text = "12024 / 25年度";
        assertFalse(YearShapes.inFiscalYear(text, text.indexOf("5年")));
    }
}
