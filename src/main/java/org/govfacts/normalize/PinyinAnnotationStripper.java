package org.govfacts.normalize;

/**
 * Removes the inline pinyin annotations some reports carry after a character, as in
 * {@code 項(xiàng)目} or {@code 發（fā）展}: a pair of ASCII or full-width parentheses right after a Han
 * character, holding one lower-case pinyin syllable with or without tone marks.
 *
 * <p>The content must be a syllable of the pinyin inventory ({@link PinyinSyllables}), which is
 * what keeps real parentheses such as {@code 正大(漯河)}, {@code (GDP)}, {@code (2023—2025)} or
 * {@code (xx)} untouched. The annotated character keeps the annotation in its source range, so a
 * figure ending in {@code 個(gè)} maps back to the whole of it.
 */
public final class PinyinAnnotationStripper implements NormalizationStage {
    /** Longest content worth looking at: a six-letter syllable plus combining tone marks. */
    private static final int MAX_CONTENT = 9;

    @Override
    public StageResult apply(String text) {
        int n = text.length();
        OffsetMap.Builder out = null;
        int copied = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c != '(' && c != '（') {
                continue;
            }
            int end = annotationEnd(text, i);
            if (end < 0) {
                continue;
            }
            int annotated = i - Character.charCount(Character.codePointBefore(text, i));
            if (out == null) {
                out = new OffsetMap.Builder(n);
            }
            out.copy(text, copied, annotated);
            for (int k = annotated; k < i; k++) {
                out.append(text.charAt(k), annotated, end);
            }
            copied = end;
            i = end - 1;
        }
        if (out == null) {
            return StageResult.oneToOne(text);
        }
        out.copy(text, copied, n);
        return new StageResult(out.text(), out.map());
    }

    /**
     * If an annotation opens at {@code open}, the index just after its closing parenthesis, else -1.
     */
    static int annotationEnd(String text, int open) {
        if (!CjkChars.isHan(CjkChars.before(text, open))) {
            return -1;
        }
        StringBuilder base = new StringBuilder(8);
        boolean toned = false;
        int n = text.length();
        int i = open + 1;
        for (; i < n && i - open <= MAX_CONTENT; i++) {
            char c = text.charAt(i);
            if (c == ')' || c == '）') {
                break;
            }
            char letter = baseLetter(c);
            if (letter == 0) {
                if (!isCombiningToneMark(c) || base.length() == 0) {
                    return -1;
                }
                if (c == '\u0308') { // u + combining diaeresis = ü
                    if (base.charAt(base.length() - 1) != 'u') {
                        return -1;
                    }
                    base.setCharAt(base.length() - 1, 'ü');
                } else {
                    toned = true;
                }
                continue;
            }
            if (letter != c && c != 'v' && c != 'ü' && c != 'ɑ' && c != 'ɡ') {
                toned = true;
            }
            base.append(letter);
        }
        if (i >= n || (text.charAt(i) != ')' && text.charAt(i) != '）') || base.length() == 0) {
            return -1;
        }
        String syllable = base.toString();
        if (!PinyinSyllables.isSyllable(syllable)) {
            return -1;
        }
        if (!toned && PinyinSyllables.needsToneMark(syllable)) {
            return -1;
        }
        return i + 1;
    }

    /** The toneless lower-case letter a pinyin character stands for, or 0 if it is none. */
    static char baseLetter(char c) {
        if (c >= 'a' && c <= 'z') {
            return c == 'v' ? 'ü' : c;
        }
        switch (c) {
            case 'ā', 'á', 'ǎ', 'à', 'ɑ':
                return 'a';
            case 'ē', 'é', 'ě', 'è':
                return 'e';
            case 'ī', 'í', 'ǐ', 'ì':
                return 'i';
            case 'ō', 'ó', 'ǒ', 'ò':
                return 'o';
            case 'ū', 'ú', 'ǔ', 'ù':
                return 'u';
            case 'ü', 'ǖ', 'ǘ', 'ǚ', 'ǜ':
                return 'ü';
            case 'ń', 'ň', 'ǹ':
                return 'n';
            case 'ḿ':
                return 'm';
            case 'ê', 'ế', 'ề':
                return 'ê';
            case 'ɡ':
                return 'g';
            default:
                return 0;
        }
    }

    /** Combining grave, acute, macron, caron (tones) and diaeresis (ü) written as separate marks. */
    private static boolean isCombiningToneMark(char c) {
        return c == '\u0300' || c == '\u0301' || c == '\u0304' || c == '\u030C' || c == '\u0308';
    }
}
