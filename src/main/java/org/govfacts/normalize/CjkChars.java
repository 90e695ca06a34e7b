package org.govfacts.normalize;

/** Cheap character classes the normalisation stages share (range checks, no Unicode tables on the hot path). */
final class CjkChars {
    private CjkChars() {
    }

    /** A Han ideograph (CJK unified, extensions A–H, compatibility ideographs, and 〇). */
    static boolean isHan(int cp) {
        if (cp < 0x3007) {
            return false;
        }
        if (cp <= 0xFFFF) {
            return (cp >= 0x4E00 && cp <= 0x9FFF)
                    || (cp >= 0x3400 && cp <= 0x4DBF)
                    || (cp >= 0xF900 && cp <= 0xFAFF)
                    || cp == 0x3007;
        }
        return (cp >= 0x20000 && cp <= 0x323AF) || (cp >= 0x2F800 && cp <= 0x2FA1F);
    }

    /**
     * Han text or the punctuation that surrounds it in Chinese prose: CJK symbols (、。《》「」【】),
     * full-width punctuation, curly quotes, ellipsis and the em dash.
     */
    static boolean isChineseContext(int cp) {
        if (isHan(cp)) {
            return true;
        }
        if (cp >= 0x3000 && cp <= 0x303F) {
            return true;
        }
        if (cp >= 0xFF01 && cp <= 0xFF65) {
            return !isFullWidthDigit(cp) && !isFullWidthLetter(cp);
        }
        return cp == '“' || cp == '”' || cp == '‘' || cp == '’' || cp == '…' || cp == '—';
    }

    static boolean isFullWidthDigit(int cp) {
        return cp >= 0xFF10 && cp <= 0xFF19;
    }

    static boolean isFullWidthLetter(int cp) {
        return (cp >= 0xFF21 && cp <= 0xFF3A) || (cp >= 0xFF41 && cp <= 0xFF5A);
    }

    /** An ASCII or full-width decimal digit. */
    static boolean isDigit(int cp) {
        return (cp >= '0' && cp <= '9') || isFullWidthDigit(cp);
    }

    /** Code point ending just before {@code i}, or -1 at the start. */
    static int before(CharSequence s, int i) {
        return i <= 0 ? -1 : Character.codePointBefore(s, i);
    }

    /** Code point starting at {@code i}, or -1 at the end. */
    static int at(CharSequence s, int i) {
        return i >= s.length() ? -1 : Character.codePointAt(s, i);
    }

    /** Number of code points in {@code s}. */
    static int codePoints(CharSequence s) {
        return Character.codePointCount(s, 0, s.length());
    }
}
