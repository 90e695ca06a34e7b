package org.govfacts.index;

/**
 * A report found by a full-text search ({@code --type report}).
 *
 * @param snippet the text around the first match, with matches in «»; null without a query
 */
public record ReportHit(String doc, String path, String title, String region, Integer year, int facts,
                        float score, String snippet) {
}
