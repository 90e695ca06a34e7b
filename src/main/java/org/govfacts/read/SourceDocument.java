package org.govfacts.read;

import java.nio.file.Path;
import java.util.List;

/**
 * A report as read from disk: its text and where it came from.
 *
 * @param path     the file
 * @param name     the file name, used as the document id ({@code doc} in facts)
 * @param text     the extracted text; fact offsets refer to this string
 * @param charset  the encoding the text was decoded with (e.g. "UTF-8", "GB18030", "Big5"); null for
 *                 formats whose text is not decoded from raw bytes by us (PDF, DOCX, DOC)
 * @param sha256   hex SHA-256 of the file's bytes
 * @param bytes    the file size in bytes
 * @param format   the kind of file the text was extracted from
 * @param warnings problems that did not stop reading but that a researcher must know about
 *                 (e.g. invalid bytes replaced by U+FFFD), in plain words
 */
public record SourceDocument(Path path, String name, String text, String charset, String sha256, long bytes,
                             SourceFormat format, List<String> warnings) {
    public SourceDocument {
        warnings = List.copyOf(warnings);
    }

    /** A plain-text document read without any problem. */
    public SourceDocument(Path path, String name, String text, String charset, String sha256, long bytes) {
        this(path, name, text, charset, sha256, bytes, SourceFormat.TEXT, List.of());
    }
}
