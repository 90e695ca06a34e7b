package org.govfacts.panel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.govfacts.fact.Fact;
import org.govfacts.output.CsvFactWriter;
import org.govfacts.output.FactJson;

/**
 * Writes a panel as text: an aligned table for reading, CSV (UTF-8 with a byte-order mark, one row
 * per cell, the other sources in one column) or JSON Lines (one cell a line, every source). The
 * workbook is {@link PanelWorkbook}.
 */
public final class PanelWriter {
    public enum Format {
        TABLE, CSV, JSONL, XLSX;

        public static Format parse(String s) {
            try {
                return valueOf(s.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown format '" + s + "' (table, csv, jsonl or xlsx)");
            }
        }
    }

    static final List<String> CSV_COLUMNS = List.of("indicator", "type", "region", "period", "status", "value",
            "value_max", "qualifier", "unit", "basis", "conflict", "values", "result", "target_met", "doc", "start", "end",
            "text", "sentence", "link", "other_sources");

    private final Function<Fact, String> link;

    /** {@code link}: each source's review-page link, or null for none (the column is then left out). */
    public PanelWriter(Function<Fact, String> link) {
        this.link = link;
    }

    public void write(Panel panel, Format format, Writer out) throws IOException {
        switch (format) {
            case JSONL -> jsonl(panel, out);
            case CSV -> csv(panel, out);
            case TABLE -> table(panel, out);
            default -> throw new IllegalArgumentException(format + " is not a text format");
        }
        out.flush();
    }

    private void jsonl(Panel panel, Writer out) throws IOException {
        for (PanelRow r : panel.rows()) {
            out.write(FactJson.MAPPER.writeValueAsString(FactJson.toJson(r, link)));
            out.write('\n');
        }
    }

    private void csv(Panel panel, Writer out) throws IOException {
        List<String> columns = new ArrayList<>(CSV_COLUMNS);
        if (link == null) {
            columns.remove("link");
        }
        out.write('\uFEFF');
        out.write(String.join(",", columns) + "\r\n");
        for (PanelRow r : panel.rows()) {
            ObjectNode o = FactJson.toJson(r, link);
            StringBuilder row = new StringBuilder();
            for (int i = 0; i < columns.size(); i++) {
                if (i > 0) {
                    row.append(',');
                }
                String c = columns.get(i);
                String v = switch (c) {
                    case "values" -> join(o.get("values"));
                    case "other_sources" -> others(o.get("other_sources"));
                    default -> o.has(c) && !o.get(c).isNull() ? o.get(c).asText() : "";
                };
                row.append(CsvFactWriter.quote(v));
            }
            out.write(row.append("\r\n").toString());
        }
    }

    private static String join(JsonNode values) {
        if (values == null) {
            return "";
        }
        List<String> out = new ArrayList<>();
        values.forEach(v -> out.add(v.asText()));
        return String.join(" | ", out);
    }

    /** The other sources in one field: {@code doc@start-end text}, separated by " | ". */
    private static String others(JsonNode sources) {
        List<String> out = new ArrayList<>();
        for (JsonNode s : sources) {
            out.add(s.get("doc").asText() + "@" + s.get("start").asInt() + "-" + s.get("end").asInt() + " " + s.get("text").asText());
        }
        return String.join(" | ", out);
    }

    private void table(Panel panel, Writer out) throws IOException {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"indicator", "type", "region", "period", "status", "value", "as written", "met", "sources", "doc"});
        for (PanelRow r : panel.rows()) {
            String value = number(r.value()) + (r.valueMax() == null ? "" : "–" + number(r.valueMax()));
            String met = r.attainment() == null ? "" : r.attainment().id() + " (" + number(r.result().value()) + ")";
            String sources = (1 + r.others().size()) + (r.conflict() ? " CONFLICT " + join(FactJson.toJson(r, null).get("values")) : "");
            rows.add(new String[] {r.key().indicator(), r.key().type().id() + (r.key().basis() == null ? "" : " " + r.key().basis()),
                r.key().region(), r.key().period(), r.key().status().id(), value, r.source().text(), met, sources, r.source().doc()});
        }
        int[] width = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                width[i] = Math.max(width[i], displayWidth(row[i]));
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                String cell = row[i] == null ? "" : row[i];
                line.append(cell);
                if (i < row.length - 1) {
                    line.append(" ".repeat(width[i] - displayWidth(cell) + 2));
                }
            }
            out.write(line.toString().stripTrailing() + "\n");
        }
        if (panel.withoutPeriod() + panel.withoutRegion() > 0) {
            out.write("(" + panel.withoutPeriod() + " figure(s) of these indicators without a calendar period and "
                    + panel.withoutRegion() + " without a place are not in the table)\n");
        }
    }

    static String number(Double v) {
        if (v == null) {
            return "";
        }
        java.math.BigDecimal d = java.math.BigDecimal.valueOf(v).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
    }

    /** Columns a terminal gives the text: East Asian wide characters take two. */
    private static int displayWidth(String s) {
        if (s == null) {
            return 0;
        }
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            w += isWide(cp) ? 2 : 1;
        }
        return w;
    }

    private static boolean isWide(int cp) {
        return cp >= 0x1100 && (cp <= 0x115F || cp >= 0x2E80 && cp <= 0xA4CF || cp >= 0xAC00 && cp <= 0xD7A3
                || cp >= 0xF900 && cp <= 0xFAFF || cp >= 0xFE30 && cp <= 0xFE4F || cp >= 0xFF00 && cp <= 0xFF60
                || cp >= 0xFFE0 && cp <= 0xFFE6 || cp >= 0x20000 && cp <= 0x3FFFD);
    }
}
