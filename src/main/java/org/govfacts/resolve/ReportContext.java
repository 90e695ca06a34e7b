package org.govfacts.resolve;

/**
 * What the resolve stage knows of a report as a whole, found once per document: its title, its
 * date (with the evidence) and its own region (the place its 全市/我省 stands for), with where
 * that was read ({@code regionSource}: manifest, title, dateline, file_name, body). {@code local}: the report
 * is of a place below the country, named or not (one that says 全省 of itself though it names no province).
 */
public record ReportContext(String title, ReportDate date, String region, String regionSource, boolean local) {
    public static final ReportContext UNKNOWN = new ReportContext(null, null, null, null, false);
}
