package org.govfacts.text;

import java.util.regex.Pattern;

/**
 * A date to the day as reports write it, in Arabic or Chinese numerals (2016年2月25日, 二〇一六年二月二十五日):
 * read by the report-date finder for a dateline and by the period attribution, for which such a date dates
 * the text or an event, never the passage after it.
 */
public final class FullDate {
    /** A year, in its group: 2016, 二〇一六. */
    public static final String YEAR = "((?:19|20)\\d{2}|[一二][〇零一二三四五六七八九]{3})";
    /** A month's or a day's number, in its group: 2, 25, 二十五. */
    public static final String SMALL = "(\\d{1,2}|[一二三四五六七八九十]{1,3})";
    /** Year, month and day in groups 1 to 3. */
    public static final Pattern PATTERN = Pattern.compile(YEAR + "\\s*年\\s*" + SMALL + "\\s*月\\s*" + SMALL + "\\s*日");

    private FullDate() {
    }
}
