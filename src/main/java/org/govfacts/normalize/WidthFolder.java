package org.govfacts.normalize;

/**
 * Folds character widths so that numbers, units and clause punctuation each come in one form.
 * One char in, one char out: the map stays one to one.
 *
 * <ul>
 *   <li>Full-width digits, letters and symbols become ASCII ({@code １２．５％} → {@code 12.5%},
 *       {@code （）} → {@code ()}, {@code ／} → {@code /}), the ideographic space a space, and the ratio
 *       colon {@code ∶} an ASCII colon (its presentation forms {@code ︰﹕} too, between digits), so that {@code 2.9∶1} reads like {@code 2.50:1}, and the small hyphen-minus
 *       {@code ﹣} an ASCII minus ({@code ﹣2.65‰}); the letter O among Chinese numerals a zero ({@code 二O一二年} →
 *       {@code 二〇一二年}) and among Arabic digits a 0 ({@code 974.OO亿元}); a {@code ℅}
 *       typed for a percent sign after a figure ({@code 15.2℅}) becomes {@code %}; a middle dot between
 *       digits ({@code 270·4亿元}, older typesetting's decimal point) becomes {@code .}.</li>
 *   <li>Chinese clause punctuation stays Chinese: {@code ！，：；？} are not folded (nor are 。、“” and the
 *       like, which have no ASCII twin), because sentence and clause splitting read them.</li>
 *   <li>ASCII {@code , ; : ! ?} in Chinese prose become {@code ，；：！？}: many reports (the
 *       traditional-script ones especially) separate Chinese clauses with ASCII commas. Between two
 *       digits they stay ASCII ({@code 1,234.5}, {@code 2.50:1}), and with no Chinese on either
 *       side they stay too ({@code GDP, CPI}).</li>
 * </ul>
 */
public final class WidthFolder implements NormalizationStage {

    @Override
    public StageResult apply(String text) {
        char[] out = null;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            char folded = fold(text, i, c);
            if (folded != c) {
                if (out == null) {
                    out = text.toCharArray();
                }
                out[i] = folded;
            }
        }
        return StageResult.oneToOne(out == null ? text : new String(out));
    }

    private static char fold(String text, int i, char c) {
        if (isLetterO(c) && inChineseNumeral(text, i)) {
            return '〇'; // 二O一二年, 二ＯＯ六年: the letter O typed for the zero of a year in Chinese numerals
        }
        if (isLetterO(c) && inArabicNumber(text, i)) {
            return '0'; // 974.OO亿元, 2OO3年: the letter O typed for a zero inside a figure
        }
        if (c < 0x80) {
            return isClausePunctuation(c) ? clauseMark(text, i, c) : c;
        }
        if (c >= 0xFF01 && c <= 0xFF5E) {
            return switch (c) {
                case '！', '，', '：', '；', '？' -> c;
                default -> (char) (c - 0xFEE0);
            };
        }
        if (c == '\u3000') {
            return ' ';
        }
        if (c == '∶') {
            return ':';
        }
        if (c == '︰' || c == '﹕') {
            // colon presentation forms (三次产业构成为0.2︰14.5︰85.3): a ratio colon between digits, else a clause colon
            return i > 0 && CjkChars.isDigit(CjkChars.before(text, i)) && CjkChars.isDigit(CjkChars.at(text, i + 1)) ? ':' : '：';
        }
        if (c == '﹣') {
            return '-'; // the small hyphen-minus of some typesetting (人口自然增长率﹣2.65‰), as NFKC folds it
        }
        if ((c == '·' || c == '・') && i > 0 && CjkChars.isDigit(CjkChars.before(text, i))
                && CjkChars.isDigit(CjkChars.at(text, i + 1)) && !quotedDate(text, i)) {
            return '.'; // 270·4亿元: the middle dot older typesetting uses for a decimal point, between digits only
        }
        if (c == '℅' && i > 0 && CjkChars.isDigit(CjkChars.before(text, i))) {
            return '%'; // 增长15.2℅: the care-of sign typed for a percent sign, after a figure only
        }
        return c;
    }

    private static final String CHINESE_DIGITS = "〇○零一二三四五六七八九";

    private static boolean isLetterO(char c) {
        return c == 'O' || c == 'o' || c == 'Ｏ' || c == 'ｏ' || c == 'Ο';
    }

    /** Where the run of letters O around {@code i} starts and ends: the characters before and after it are what they stand among. */
    private static int[] runOfOs(String text, int i) {
        int l = i - 1;
        while (l >= 0 && isLetterO(text.charAt(l))) {
            l--;
        }
        int r = i + 1;
        while (r < text.length() && isLetterO(text.charAt(r))) {
            r++;
        }
        return new int[] {l, r};
    }

    /** Whether the letter O at {@code i} stands among Chinese numerals: one before it, and one or 年 after it (other Os skipped). */
    private static boolean inChineseNumeral(String text, int i) {
        int[] run = runOfOs(text, i);
        int l = run[0];
        int r = run[1];
        return l >= 0 && CHINESE_DIGITS.indexOf(text.charAt(l)) >= 0
                && r < text.length() && (CHINESE_DIGITS.indexOf(text.charAt(r)) >= 0 || text.charAt(r) == '年');
    }

    /**
     * Whether the letter O at {@code i} stands inside a number: a digit (or a decimal point after one) before it, and no
     * Latin letter after it (a digit, a unit, a mark, the end), other Os skipped.
     */
    private static boolean inArabicNumber(String text, int i) {
        int[] run = runOfOs(text, i);
        int l = run[0];
        int r = run[1];
        if (l < 0) {
            return false;
        }
        char left = text.charAt(l);
        boolean afterDigit = asciiDigit(left) || left == '.' && l > 0 && asciiDigit(text.charAt(l - 1));
        if (!afterDigit) {
            return false;
        }
        if (r >= text.length()) {
            return true;
        }
        char right = text.charAt(r);
        return !(right < 0x80 && Character.isLetter(right)); // 974.OO|亿元, 3O|例, 2OO3: not 10Oz
    }

    private static boolean asciiDigit(char c) {
        return c >= '0' && c <= '9' || c >= '０' && c <= '９';
    }

    /** 江川“4·11”森林火灾, 5·12: a date naming an event, in quotes or before 事件/地震 and the like, keeps its dot. */
    private static boolean quotedDate(String text, int dot) {
        int from = dot;
        while (from > 0 && CjkChars.isDigit(CjkChars.before(text, from))) {
            from--;
        }
        int to = dot + 1;
        while (to < text.length() && CjkChars.isDigit(CjkChars.at(text, to))) {
            to++;
        }
        char before = from > 0 ? text.charAt(from - 1) : ' ';
        char after = to < text.length() ? text.charAt(to) : ' ';
        return "“\"‘'《「".indexOf(before) >= 0 || "”\"’'》」".indexOf(after) >= 0 || text.startsWith("事件", to) || text.startsWith("地震", to)
                || text.startsWith("大地震", to) || text.startsWith("特大", to);
    }

    private static boolean isClausePunctuation(char c) {
        return c == ',' || c == ';' || c == ':' || c == '!' || c == '?';
    }

    /** The Chinese form of ASCII clause punctuation at {@code i} when it sits in Chinese prose. */
    private static char clauseMark(String text, int i, char c) {
        int prev = CjkChars.before(text, i);
        int next = CjkChars.at(text, i + 1);
        if (CjkChars.isDigit(prev) && CjkChars.isDigit(next)) {
            return c; // 1,234 / 2.50:1 / 10:30
        }
        if (!CjkChars.isChineseContext(prev) && !CjkChars.isChineseContext(next)) {
            return c;
        }
        return switch (c) {
            case ',' -> '，';
            case ';' -> '；';
            case ':' -> '：';
            case '!' -> '！';
            default -> '？';
        };
    }
}
