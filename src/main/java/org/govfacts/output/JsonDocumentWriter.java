package org.govfacts.output;

import java.io.IOException;
import java.io.Writer;
import org.govfacts.pipeline.DocumentResult;

/** A JSON array with one object per document (metadata, facts, warnings), written as they finish. */
final class JsonDocumentWriter implements ResultWriter {
    private final Writer out;
    private final boolean withText;
    private boolean first = true;

    JsonDocumentWriter(Writer out, boolean withText) {
        this.out = out;
        this.withText = withText;
    }

    @Override
    public void write(DocumentResult result) throws IOException {
        write(result, null);
    }

    @Override
    public void write(DocumentResult result, String text) throws IOException {
        out.write(first ? "[\n" : ",\n");
        first = false;
        com.fasterxml.jackson.databind.node.ObjectNode o = FactJson.toJson(result);
        if (withText && text != null) {
            o.put("text", text);
        }
        out.write(FactJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(o));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.write(first ? "[]\n" : "\n]\n");
        out.flush();
    }
}
