package org.govfacts.read;

import java.nio.file.Path;

/**
 * A report as read from disk: its decoded text and where it came from.
 *
 * @param path    the file
 * @param name    the file name, used as the document id ({@code doc} in facts)
 * @param text    the decoded text; fact offsets refer to this string
 * @param charset the encoding it was decoded with (e.g. "UTF-8", "GB18030", "Big5")
 * @param sha256  hex SHA-256 of the file's bytes
 * @param bytes   the file size in bytes
 */
public record SourceDocument(Path path, String name, String text, String charset, String sha256, long bytes) {
}
