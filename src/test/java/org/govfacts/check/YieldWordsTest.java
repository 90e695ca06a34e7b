package org.govfacts.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** check_yield_words.tsv read by role, longest words first, and a bad line refused with what it said. */
class YieldWordsTest {

    @Test
    void wordsAreReadByRoleLongestFirst() {
        YieldWords w = YieldWords.of(List.of(new String[] {"亩产", "yield"}, new String[] {"平均亩产", "yield"},
                new String[] {"产量", "output"}, new String[] {"绝产", "damaged"}, new String[] {"全市", "lead"},
                new String[] {"作物", "suffix"}, new String[] {"面积", "area"}));
        assertEquals(List.of("平均亩产", "亩产"), w.yields());
        assertEquals(List.of("产量"), w.outputs());
        assertEquals(List.of("面积"), w.areas());
        assertEquals(List.of("绝产"), w.damaged());
        assertEquals(List.of("全市"), w.leads());
        assertEquals(List.of("作物"), w.suffixes());
    }

    @Test
    void anUnknownRoleOrAMissingOneIsRefusedWithItsLine() {
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> YieldWords.of(List.<String[]>of(new String[] {"亩产", "yeild"})));
        assertTrue(unknown.getMessage().contains("yeild") && unknown.getMessage().contains("亩产"), unknown.getMessage());
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> YieldWords.of(List.<String[]>of(new String[] {"亩产"})));
        assertTrue(missing.getMessage().contains("亩产"), missing.getMessage());
    }
}
