package org.govfacts.output;

import java.io.IOException;
import java.io.Writer;
import org.govfacts.pipeline.DocumentResult;

/** A JSON array with one object per document (metadata, facts, warnings), written as they finish. */
final class JsonDocumentWriter implements ResultWriter {
    private final Writer out;
    private boolean first = true;

    JsonDocumentWriter(Writer out) {
        this.out = out;
    }

    @Override
    public void write(DocumentResult result) throws IOException {
        out.write(first ? "[\n" : ",\n");
        first = false;
        out.write(FactJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(FactJson.toJson(result)));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.write(first ? "[]\n" : "\n]\n");
        out.flush();
    }
}
