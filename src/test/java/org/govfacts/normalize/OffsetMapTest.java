package org.govfacts.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class OffsetMapTest {
    @Test
    void composedMapsLeadBackToTheOriginal() {
        String original = "項(xiàng)目123";
        // stage 1: drop the annotation "(xiàng)" (chars 1..8)
        OffsetMap.Builder b1 = new OffsetMap.Builder(original.length());
        b1.copy(original, 0, 1).copy(original, 8, original.length());
        assertEquals("項目123", b1.text());
        // stage 2: 項 → 项, and "123" becomes one char standing for the three
        String s1 = b1.text();
        OffsetMap.Builder b2 = new OffsetMap.Builder(s1.length());
        b2.append('项', 0, 1).copy(s1, 1, 2).append('#', 2, 5);
        OffsetMap map = b1.map().then(b2.map());
        assertEquals("项目#", b2.text());
        assertEquals(0, map.start(0));
        assertEquals(8, map.start(1));
        assertEquals(9, map.end(2));
        assertEquals(12, map.end(3));
        assertEquals("目123", original.substring(map.start(1), map.end(3)));
    }
}
