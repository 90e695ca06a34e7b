package org.govfacts.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SpacedDecimalJoinerTest {
    private static final String PDF = "全省地区生产总值 60132. 9 亿元，地区生产总值增长 6. 0%，居全国第5位。";

    @Test
    void aDecimalSplitAfterItsPointIsJoinedAndLeadsBackToThePage() {
        StageResult r = new SpacedDecimalJoiner().apply(PDF);
        assertTrue(r.text().contains("60132.9 亿元"), r.text());
        assertTrue(r.text().contains("增长 6.0%"), r.text());
        int at = r.text().indexOf("6.0%");
        assertEquals("6. 0%", PDF.substring(r.map().start(at), r.map().end(at + 4)));
    }

    @Test
    void aListsNumberOrAYearAfterThePointStays() {
        assertTrue(new SpacedDecimalJoiner().apply("1. 2024年全市地区生产总值增长5%。\n 2. 投资增长3%。").isOneToOne());
        assertTrue(new SpacedDecimalJoiner().apply("人均收入达到5. 2025年起实施新标准。").isOneToOne());
        assertTrue(new SpacedDecimalJoiner().apply("增长6.0%，共12. 3456户").isOneToOne());
    }
}
