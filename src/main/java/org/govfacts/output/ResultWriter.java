package org.govfacts.output;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import org.govfacts.pipeline.DocumentResult;

/** Writes extraction results as each document finishes (streaming: nothing is held back). */
public interface ResultWriter extends AutoCloseable {
    void write(DocumentResult result) throws IOException;

    /** Finishes the output (closing brackets) and flushes; does not close the underlying stream. */
    @Override
    void close() throws IOException;

    enum Format {
        JSON, JSONL, CSV;

        public static Format parse(String s) {
            return valueOf(s.trim().toUpperCase(Locale.ROOT));
        }
    }

    static ResultWriter create(Format format, Writer out) {
        return switch (format) {
            case JSON -> new JsonDocumentWriter(out);
            case JSONL -> new JsonlFactWriter(out);
            case CSV -> new CsvFactWriter(out);
        };
    }
}
