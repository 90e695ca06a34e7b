package org.govfacts.normalize;

import com.github.houbb.opencc4j.util.ZhConverterUtil;
import java.util.List;

/**
 * Character-level traditional → simplified, full-width → ASCII and upper → lower case folding of
 * text that is compared rather than read: index terms and queries, indicator names in panels, the
 * words a check or a comparison matches, file names that place a report. The normaliser already
 * converts script, but a comparison must never see two spellings of one word whatever the
 * normaliser was configured to do (or on the original text, which it never touched). Folding a
 * single BMP character to a single BMP character keeps offsets one-to-one, and on text that is
 * already simplified it changes nothing.
 */
public final class ScriptFolding {
    private static final int FIRST = 0x3400;
    private static final int LAST = 0xFAFF;

    private ScriptFolding() {
    }

    /** Built on first use from opencc4j's character table; a lookup per character afterwards. */
    private static final class Table {
        static final char[] SIMPLE = build();

        private static char[] build() {
            char[] table = new char[LAST - FIRST + 1];
            for (int c = FIRST; c <= LAST; c++) {
                char ch = (char) c;
                if (!ZhConverterUtil.isTraditional(ch)) {
                    continue;
                }
                List<String> simple = ZhConverterUtil.toSimple(ch);
                if (simple != null && !simple.isEmpty() && simple.get(0).length() == 1 && simple.get(0).charAt(0) != ch) {
                    table[c - FIRST] = simple.get(0).charAt(0);
                }
            }
            return table;
        }
    }

    /** The simplified form of {@code c}, or {@code c} itself. */
    public static char fold(char c) {
        if (c < FIRST || c > LAST) {
            return c;
        }
        char s = Table.SIMPLE[c - FIRST];
        return s == 0 ? c : s;
    }

    /**
     * {@code text} with every character folded to simplified script, full-width ASCII to ASCII and
     * letters to lower case: the same length, so offsets carry over unchanged.
     */
    public static String fold(CharSequence text) {
        char[] out = new char[text.length()];
        boolean changed = false;
        for (int i = 0; i < out.length; i++) {
            char c = text.charAt(i);
            char f = foldForSearch(c);
            changed |= f != c;
            out[i] = f;
        }
        return changed ? new String(out) : text.toString();
    }

    private static char foldForSearch(char c) {
        if (c >= '\uFF01' && c <= '\uFF5E') {
            c = (char) (c - 0xFEE0);
        } else if (c == '\u3000') {
            return ' ';
        }
        if (c < 0x80) {
            return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
        return fold(c);
    }
}
