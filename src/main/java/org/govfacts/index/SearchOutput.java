package org.govfacts.index;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.govfacts.fact.Fact;
import org.govfacts.fact.FactType;
import org.govfacts.output.FactJson;
import org.govfacts.review.ReviewLink;

/** Writes search results as a table for reading, or as json, jsonl or csv for other tools. */
public final class SearchOutput {
    /** Output formats of {@code govfacts search}. */
    public enum Format {
        TABLE, JSON, JSONL, CSV;

        public static Format parse(String s) {
            try {
                return valueOf(s.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown format '" + s + "' (table, json, jsonl or csv)");
            }
        }
    }

    /** Characters of sentence shown each side of the fact in a table. */
    private static final int TABLE_CONTEXT = 24;
    private static final List<String> CSV_COLUMNS = List.of("doc", "path", "type", "text", "start", "end", "value", "unit",
            "qualifier", "basis", "rank", "top", "scope", "name", "indicator", "period", "period_norm", "region",
            "score", "sentence_marked", ReviewLink.FIELD);

    private SearchOutput() {
    }

    public static void write(PrintWriter out, Format format, SearchRequest request, SearchResult result) {
        switch (format) {
            case TABLE -> table(out, request, result);
            case JSON -> {
                ObjectNode o = FactJson.MAPPER.createObjectNode();
                o.put("total", result.total());
                ArrayNode facts = o.putArray("facts");
                result.hits().forEach(h -> facts.add(toJson(h)));
                if (request.facets()) {
                    o.set("facets", facetsJson(result));
                }
                out.println(o.toPrettyString());
            }
            case JSONL -> {
                result.hits().forEach(h -> out.println(toJson(h)));
                if (request.facets()) {
                    ObjectNode o = FactJson.MAPPER.createObjectNode();
                    o.put("total", result.total());
                    o.set("facets", facetsJson(result));
                    out.println(o);
                }
            }
            case CSV -> {
                out.print('\uFEFF');
                out.print(String.join(",", CSV_COLUMNS) + "\r\n");
                for (SearchHit h : result.hits()) {
                    ObjectNode o = toJson(h);
                    List<String> cells = new ArrayList<>();
                    for (String c : CSV_COLUMNS) {
                        var v = o.get(c);
                        cells.add(v == null || v.isNull() ? "" : csv(v.asText()));
                    }
                    out.print(String.join(",", cells) + "\r\n");
                }
            }
            default -> throw new IllegalStateException();
        }
        out.flush();
    }

    public static void writeReports(PrintWriter out, Format format, List<ReportHit> hits) {
        if (format == Format.TABLE) {
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[] {"#", "doc", "region", "year", "facts", "title / match"});
            int i = 1;
            for (ReportHit h : hits) {
                String text = h.snippet() != null ? h.snippet() : nz(h.title());
                rows.add(new String[] {String.valueOf(i++), h.doc(), nz(h.region()), h.year() == null ? "" : h.year().toString(),
                        String.valueOf(h.facts()), text});
            }
            out.println(hits.size() + " report(s)");
            printRows(out, rows);
        } else {
            List<ObjectNode> objects = new ArrayList<>();
            for (ReportHit h : hits) {
                ObjectNode o = FactJson.MAPPER.createObjectNode();
                o.put("doc", h.doc());
                o.put("path", h.path());
                o.put("title", h.title());
                o.put("region", h.region());
                o.put("year", h.year());
                o.put("facts", h.facts());
                if (!Float.isNaN(h.score())) {
                    o.put("score", h.score());
                }
                o.put("snippet", h.snippet());
                objects.add(o);
            }
            switch (format) {
                case JSON -> {
                    ArrayNode a = FactJson.MAPPER.createArrayNode();
                    objects.forEach(a::add);
                    out.println(a.toPrettyString());
                }
                case JSONL -> objects.forEach(out::println);
                default -> {
                    List<String> cols = List.of("doc", "path", "title", "region", "year", "facts", "score", "snippet");
                    out.print('\uFEFF');
                    out.print(String.join(",", cols) + "\r\n");
                    for (ObjectNode o : objects) {
                        List<String> cells = new ArrayList<>();
                        for (String c : cols) {
                            var v = o.get(c);
                            cells.add(v == null || v.isNull() ? "" : csv(v.asText()));
                        }
                        out.print(String.join(",", cells) + "\r\n");
                    }
                }
            }
        }
        out.flush();
    }

    /** FactJson's fields, plus path, the normalised period, the score, the marked sentence and the fact's place in a review site. */
    static ObjectNode toJson(SearchHit h) {
        ObjectNode o = FactJson.toJson(h.fact(), h.path());
        o.remove("normalized_sentence");
        o.put("period_norm", h.period());
        if (!Float.isNaN(h.score())) {
            o.put("score", h.score());
        }
        o.put("sentence_marked", h.markedSentence());
        ReviewLink.put(o, h.fact());
        return o;
    }

    private static ObjectNode facetsJson(SearchResult result) {
        ObjectNode o = FactJson.MAPPER.createObjectNode();
        for (SearchResult.FacetDimension d : result.facets()) {
            ObjectNode dim = o.putObject(d.dim());
            dim.put("total", d.total());
            dim.put("distinct", d.distinct());
            ObjectNode counts = dim.putObject("counts");
            d.values().forEach(v -> counts.put(v.label(), v.count()));
        }
        return o;
    }

    private static void table(PrintWriter out, SearchRequest request, SearchResult result) {
        out.printf("%d fact(s) match%s%n", result.total(),
                result.hits().size() < result.total() ? " (showing " + result.hits().size() + ")" : "");
        if (request.facets()) {
            for (SearchResult.FacetDimension d : result.facets()) {
                StringBuilder sb = new StringBuilder("  by ").append(d.dim()).append(':');
                for (SearchResult.FacetValue v : d.values()) {
                    sb.append("  ").append(v.label()).append(' ').append(v.count());
                }
                if (d.distinct() > d.values().size()) {
                    sb.append("  … (").append(d.distinct()).append(" values)");
                }
                out.println(sb);
            }
        }
        if (result.hits().isEmpty()) {
            return;
        }
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"#", "value", "unit", "indicator", "period", "region", "doc", "sentence"});
        int i = 1;
        for (SearchHit h : result.hits()) {
            Fact f = h.fact();
            String period = f.period() == null ? "" : f.period();
            if (h.period() != null && !h.period().equals(period)) {
                period = period.isEmpty() ? "[" + h.period() + "]" : period + " [" + h.period() + "]";
            }
            rows.add(new String[] {String.valueOf(i++), value(f), unit(f), clip(nz(f.indicator()), 24), period,
                    nz(f.region()), nz(f.doc()), window(h)});
        }
        printRows(out, rows);
    }

    /** The value as a reader takes it in: 803亿, 12.1, 第1, 前3, a project's name; qualifiers as >, <, ~. */
    static String value(Fact f) {
        String q = f.qualifier() == null ? "" : switch (f.qualifier()) {
            case MORE_THAN -> ">";
            case LESS_THAN -> "<";
            case ABOUT -> "~";
        };
        return switch (f.type()) {
            case RANKING -> f.rank() != null ? "第" + f.rank() : f.top() != null ? "前" + f.top() : "-";
            case PROJECT -> nz(f.name());
            case MONEY, QUANTITY -> q + large(f.value());
            default -> q + plain(f.value());
        };
    }

    private static String unit(Fact f) {
        if (f.type() == FactType.RANKING) {
            return nz(f.scope());
        }
        return nz(f.unit());
    }

    private static String large(Double v) {
        if (v == null) {
            return "";
        }
        double a = Math.abs(v);
        if (a >= 1e8) {
            return plain(round(v / 1e8)) + "亿";
        }
        if (a >= 1e4) {
            return plain(round(v / 1e4)) + "万";
        }
        return plain(v);
    }

    private static double round(double v) {
        return BigDecimal.valueOf(v).round(new java.math.MathContext(6)).doubleValue();
    }

    private static String plain(Double v) {
        if (v == null) {
            return "";
        }
        BigDecimal d = BigDecimal.valueOf(v).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
    }

    /** The fact with some sentence around it, marks kept. */
    private static String window(SearchHit h) {
        String s = h.fact().sentence();
        if (s == null) {
            return "";
        }
        int fs = Math.max(0, Math.min(s.length(), h.fact().start() - h.fact().sentenceStart()));
        int fe = Math.max(fs, Math.min(s.length(), h.fact().end() - h.fact().sentenceStart()));
        int from = Math.max(0, fs - TABLE_CONTEXT);
        int to = Math.min(s.length(), fe + TABLE_CONTEXT);
        List<Mark> shifted = new ArrayList<>();
        for (Mark m : h.marks()) {
            int a = Math.max(m.start(), from);
            int b = Math.min(m.end(), to);
            if (a < b) {
                shifted.add(new Mark(a - from, b - from, m.kind()));
            }
        }
        String w = Mark.render(s.substring(from, to), shifted).replaceAll("\\s+", " ").strip();
        return (from > 0 ? "…" : "") + w + (to < s.length() ? "…" : "");
    }

    private static void printRows(PrintWriter out, List<String[]> rows) {
        int cols = rows.get(0).length;
        int[] widths = new int[cols];
        for (String[] r : rows) {
            for (int c = 0; c < cols - 1; c++) {
                widths[c] = Math.max(widths[c], width(r[c]));
            }
        }
        for (String[] r : rows) {
            StringBuilder sb = new StringBuilder();
            for (int c = 0; c < cols; c++) {
                sb.append(r[c]);
                if (c < cols - 1) {
                    sb.append(" ".repeat(widths[c] - width(r[c]) + 2));
                }
            }
            out.println(sb.toString().stripTrailing());
        }
    }

    /** Terminal columns: Chinese characters and full-width forms take two. */
    static int width(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            w += c >= 0x2E80 && !(c >= 0xFF61 && c <= 0xFF9F) && !Character.isSurrogate(c) ? 2 : Character.isLowSurrogate(c) ? 0 : 1;
        }
        return w;
    }

    private static String clip(String s, int maxWidth) {
        if (width(s) <= maxWidth) {
            return s;
        }
        StringBuilder sb = new StringBuilder();
        int w = 0;
        for (int i = 0; i < s.length() && w + width(String.valueOf(s.charAt(i))) <= maxWidth - 1; i++) {
            sb.append(s.charAt(i));
            w += width(String.valueOf(s.charAt(i)));
        }
        return sb.append('…').toString();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String csv(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
