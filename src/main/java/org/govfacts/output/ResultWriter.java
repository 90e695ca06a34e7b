package org.govfacts.output;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.Locale;
import org.govfacts.pipeline.DocumentResult;

/** Writes extraction results as each document finishes (streaming: nothing is held back). */
public interface ResultWriter extends AutoCloseable {
    void write(DocumentResult result) throws IOException;

    /** Writes a result with the text its offsets refer to; only the json form keeps the text. */
    default void write(DocumentResult result, String text) throws IOException {
        write(result);
    }

    /** Finishes the output (closing brackets) and flushes; does not close the underlying stream. */
    @Override
    void close() throws IOException;

    enum Format {
        JSON, JSONL, CSV, XLSX;

        public static Format parse(String s) {
            return valueOf(s.trim().toUpperCase(Locale.ROOT));
        }

        /** Whether the format is written as bytes (through {@link #create(Format, OutputStream)}), not text. */
        public boolean binary() {
            return this == XLSX;
        }
    }

    static ResultWriter create(Format format, Writer out) {
        return create(format, out, false);
    }

    /** With {@code withText}, the json form adds each document's text, so offsets can be checked against it. */
    static ResultWriter create(Format format, Writer out, boolean withText) {
        return switch (format) {
            case JSON -> new JsonDocumentWriter(out, withText);
            case JSONL -> new JsonlFactWriter(out);
            case CSV -> new CsvFactWriter(out);
            case XLSX -> throw new IllegalArgumentException("xlsx is written as bytes, not text");
        };
    }

    /** A binary format (xlsx): the workbook is written to {@code out} when the writer is closed. */
    static ResultWriter create(Format format, OutputStream out) {
        if (format != Format.XLSX) {
            throw new IllegalArgumentException(format + " is text");
        }
        return new XlsxFactWriter(out);
    }
}
