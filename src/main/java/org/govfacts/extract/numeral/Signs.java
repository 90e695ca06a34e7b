package org.govfacts.extract.numeral;

/** Signs written before a number, read alike by every finder of figures. */
public final class Signs {
    private Signs() {
    }

    /**
     * The width of a sign of negation right before the number at {@code at}, or 0: a minus sign after a word (增长-8.7%,
     * 为﹣2.65‰, 补充预算周转金-21万元, 7.3%、-54.1%), not a range's dash (6%-7%) or a date's (2019-2020); or 负 (负2.65‰). Nothing before
     * {@code floor} (the clause's start) is read.
     */
    public static int minusWidthBefore(String t, int at, int floor) {
        return minusWidthBefore(t, at, floor, true);
    }

    /**
     * As {@link #minusWidthBefore(String, int, int)}, 负 read as a sign only where {@code wordSign} (a rate's 负2.65‰; an
     * amount's 负 is as likely a word's end: 减负410亿元, 担负).
     */
    public static int minusWidthBefore(String t, int at, int floor, boolean wordSign) {
        if (at - 2 < floor) {
            return 0;
        }
        char m = t.charAt(at - 1);
        char b = t.charAt(at - 2);
        if (wordSign && m == '负' && Character.UnicodeScript.of(b) == Character.UnicodeScript.HAN && b != '负' && b != '正') {
            return 1;
        }
        // 贡献率分别是7.3%、-54.1%、146.8%: a list's mark or a colon before the sign opens an item, as a word does
        boolean opens = Character.UnicodeScript.of(b) == Character.UnicodeScript.HAN || org.govfacts.text.Clauses.LIST_JOINERS.indexOf(b) >= 0
                || "：:（(".indexOf(b) >= 0;
        return (m == '-' || m == '－' || m == '−' || m == '﹣') && opens ? 1 : 0;
    }
}
