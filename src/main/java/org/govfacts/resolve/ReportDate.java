package org.govfacts.resolve;

/**
 * When a report was written, as far as its evidence tells: the year always, the month and day
 * where known. {@code source} says where it was read (manifest, dateline, title, file_name, body)
 * and {@code evidence} quotes the words it was read from, so a researcher can check it.
 *
 * <p>{@code reviewsPastYear} marks the reports delivered early in a year that review the year
 * before (政府工作报告, 统计公报): their 全年 and 2021年以来 end with the last complete year.
 * {@code wholeReportOnReviewedYear} marks the genres whose every figure speaks of that year unless
 * it says otherwise (a 统计公报).
 */
public record ReportDate(int year, Integer month, Integer day, String source, String evidence, boolean reviewsPastYear,
                         boolean wholeReportOnReviewedYear) {

    /** A date of a report whose figures without a period have none (a work report, a summary). */
    public ReportDate(int year, Integer month, Integer day, String source, String evidence, boolean reviewsPastYear) {
        this(year, month, day, source, evidence, reviewsPastYear, false);
    }

    public ReportDate {
        if (month != null && (month < 1 || month > 12)) {
            throw new IllegalArgumentException("month " + month);
        }
        if (day != null && (day < 1 || day > 31)) {
            throw new IllegalArgumentException("day " + day);
        }
    }

    /** 2024-03-05, 2024-03 or 2024. */
    public String label() {
        StringBuilder b = new StringBuilder().append(year);
        if (month != null) {
            b.append(String.format("-%02d", month));
            if (day != null) {
                b.append(String.format("-%02d", day));
            }
        }
        return b.toString();
    }

    /** Whether the report is dated in its year's last two months, when that year is all but over and reviewed as such. */
    public boolean deliveredAtYearEnd() {
        return month != null && month >= 11;
    }

    /** The last whole year before the report: the year a review of the past looks back to. */
    public int lastCompleteYear() {
        return reviewsPastYear || (month != null && month <= 4) ? year - 1 : year;
    }

    /** Parses a label as {@link #label()} writes it (also 2024/3/5, 2024年3月5日); null when not a date. */
    public static ReportDate parse(String s, String source) {
        if (s == null) {
            return null;
        }
        java.util.regex.Matcher m = java.util.regex.Pattern
                .compile("\\s*((?:19|20)\\d{2})(?:\\s*[-/.年]\\s*(\\d{1,2})(?:\\s*[-/.月]\\s*(\\d{1,2})\\s*日?)?\\s*月?)?\\s*")
                .matcher(s);
        if (!m.matches()) {
            return null;
        }
        Integer month = m.group(2) == null ? null : Integer.valueOf(m.group(2));
        Integer day = m.group(3) == null ? null : Integer.valueOf(m.group(3));
        if ((month != null && (month < 1 || month > 12)) || (day != null && (day < 1 || day > 31))) {
            return null;
        }
        return new ReportDate(Integer.parseInt(m.group(1)), month, day, source, s.strip(), month != null && month <= 3);
    }
}
