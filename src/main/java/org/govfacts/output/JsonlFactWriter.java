package org.govfacts.output;

import java.io.IOException;
import java.io.Writer;
import org.govfacts.fact.Fact;
import org.govfacts.pipeline.DocumentResult;

/** One fact a line, with the fields of FACTS.md plus doc, path, region and sentences. */
final class JsonlFactWriter implements ResultWriter {
    private final Writer out;

    JsonlFactWriter(Writer out) {
        this.out = out;
    }

    @Override
    public void write(DocumentResult result) throws IOException {
        for (Fact f : result.facts()) {
            out.write(FactJson.MAPPER.writeValueAsString(FactJson.toJson(f, result.info().path())));
            out.write('\n');
        }
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.flush();
    }
}
