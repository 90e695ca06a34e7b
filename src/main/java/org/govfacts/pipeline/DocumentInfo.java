package org.govfacts.pipeline;

/**
 * What is known about one report as a whole.
 *
 * @param doc        the document id: its file name
 * @param path       the path it was read from
 * @param sha256     hex SHA-256 of the file's bytes
 * @param bytes      size of the file
 * @param characters length of the decoded text
 * @param format     the file's format (text, html, pdf, docx, doc)
 * @param charset    encoding it was decoded with (null for PDF and Word files)
 * @param script     "simplified", "traditional" or "mixed"
 * @param title      the report's title where one is found, else null
 * @param region     the report's own region (全国, 河南省, 漯河市 …) where one is found, else null
 * @param regionSource where the region was read: manifest, dateline, title, file_name, body; null with no region
 * @param date       when the report was written (2024-03-05, 2024-03 or 2024), null when not found
 * @param dateSource where the date was read: manifest, dateline, title, file_name, body; null with no date
 * @param dateEvidence the words the date was read from
 */
public record DocumentInfo(String doc, String path, String sha256, long bytes, int characters, String format, String charset,
                           String script, String title, String region, String regionSource, String date, String dateSource,
                           String dateEvidence) {

    /** A document known only by what was read, before any report context (benchmarks, index-only paths). */
    public DocumentInfo(String doc, String path, String sha256, long bytes, int characters, String format, String charset,
                        String script, String title, String region) {
        this(doc, path, sha256, bytes, characters, format, charset, script, title, region, null, null, null, null);
    }
}
