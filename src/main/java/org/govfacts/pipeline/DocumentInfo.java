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
 * @param region     the report's own region (漯河市, 河南省 …) where one is found, else null
 */
public record DocumentInfo(String doc, String path, String sha256, long bytes, int characters, String format, String charset,
                           String script, String title, String region) {
}
