package org.govfacts.output;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.govfacts.fact.Fact;
import org.govfacts.pipeline.DocumentResult;

/**
 * A flat table a spreadsheet opens: RFC 4180 quoting, a UTF-8 byte-order mark so that Excel
 * reads the Chinese text correctly, one row per fact with every type's columns.
 */
public final class CsvFactWriter implements ResultWriter {
    static final List<String> COLUMNS = List.of("doc", "path", "type", "text", "start", "end", "value", "value_max",
            "unit", "qualifier", "basis", "rank", "top", "scope", "name", "indicator", "period", "period_norm", "status",
            "region_norm", "region", "sentence");
    private final Writer out;
    private boolean header = true;

    CsvFactWriter(Writer out) {
        this.out = out;
    }

    @Override
    public void write(DocumentResult result) throws IOException {
        writeHeaderOnce();
        for (Fact f : result.facts()) {
            ObjectNode o = FactJson.toJson(f, result.info().path());
            StringBuilder row = new StringBuilder();
            for (int i = 0; i < COLUMNS.size(); i++) {
                if (i > 0) {
                    row.append(',');
                }
                JsonNode v = o.get(COLUMNS.get(i));
                row.append(v == null || v.isNull() ? "" : quote(v.asText()));
            }
            out.write(row.append("\r\n").toString());
        }
        out.flush();
    }

    private void writeHeaderOnce() throws IOException {
        if (header) {
            out.write('\uFEFF');
            out.write(String.join(",", COLUMNS) + "\r\n");
            header = false;
        }
    }

    /** A CSV field: quoted where it holds a comma, a quotation mark or a line break. */
    public static String quote(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    @Override
    public void close() throws IOException {
        writeHeaderOnce();
        out.flush();
    }
}
