package org.govfacts.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.BitSet;
import org.junit.jupiter.api.Test;

class OpenCcT2sTest {

    @Test
    void knowsWhichCharactersChange() {
        BitSet alone = OpenCcT2s.changedAlone();
        for (char c : "個們後發這來為說時會國經與對業動項".toCharArray()) {
            assertTrue(alone.get(c), String.valueOf(c));
        }
        for (char c : "个们后发这来为项乾著覆瞭".toCharArray()) {
            assertFalse(alone.get(c), String.valueOf(c));
        }
        BitSet inPhrase = OpenCcT2s.changedInPhrase();
        for (char c : "瞭覆乾藉".toCharArray()) {
            assertTrue(inPhrase.get(c), String.valueOf(c));
        }
    }

    /** The sets are read from OpenCC's tables; they must cover everything the converter really changes. */
    @Test
    void theSetsCoverEveryBmpCharacterTheConverterChanges() {
        StringBuilder all = new StringBuilder();
        for (int c = 0x3400; c <= 0x9FFF; c++) {
            all.append((char) c).append('\n');
        }
        String in = all.toString();
        String out = OpenCcT2s.toSimple(in);
        assertEquals(in.length(), out.length());
        int changed = 0;
        for (int i = 0; i < in.length(); i += 2) {
            if (in.charAt(i) != out.charAt(i)) {
                changed++;
                assertTrue(OpenCcT2s.changedAlone().get(in.charAt(i)), "missing " + in.charAt(i));
            }
        }
        assertTrue(changed > 2500, "changed " + changed);
    }
}
