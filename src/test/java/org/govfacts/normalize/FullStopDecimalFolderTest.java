package org.govfacts.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FullStopDecimalFolderTest {

    @Test
    void aFullStopBetweenDigitsBeforeAUnitIsADecimalPoint() {
        String old = "征购入库49。27亿斤，征购的比重由28。2%增长到51。8%，工业总产值增长1。5倍。";
        StageResult r = new FullStopDecimalFolder().apply(old);
        assertEquals("征购入库49.27亿斤，征购的比重由28.2%增长到51.8%，工业总产值增长1.5倍。", r.text());
        assertTrue(r.isOneToOne(), "one character for one: spans lead back to the page");
    }

    @Test
    void aSentenceEndingOnAFigureStaysASentenceEnd() {
        // the figure closes one sentence and a date or a count opens the next
        for (String text : new String[] {"全年共接待游客1200。2月份以来客流回升。", "达到2020。3项工作全面完成", "增长5。2024年以来，"}) {
            assertEquals(text, new FullStopDecimalFolder().apply(text).text(), text);
        }
    }
}
