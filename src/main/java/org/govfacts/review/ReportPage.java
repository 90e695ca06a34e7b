package org.govfacts.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.govfacts.check.Finding;
import org.govfacts.check.FindingWriter;
import org.govfacts.fact.Fact;
import org.govfacts.output.FactJson;

/**
 * The page of one report: its text with every fact highlighted, a panel with the fields of the
 * fact clicked, the check findings with their figures, and a table of the facts to filter and
 * sort. Facts reach the page through the one JSON mapping, so fields added to it show up here.
 */
final class ReportPage {
    /** Columns of the fact table: JSON fields of FactJson (plus link), in this order; absent ones stay empty. */
    static final List<String> COLUMNS = List.of("start", "type", "text", "value", "unit", "qualifier", "indicator", "period",
            "period_norm", "status", "region_norm", "link");
    /** Fields that would only repeat the page's text in its data block. */
    private static final Set<String> LEFT_OUT = Set.of("doc", "sentence", "normalized_sentence", "sentence_start");

    private ReportPage() {
    }

    /** Problems found while rendering (a fact outside the text, or whose text differs from the span). */
    record Rendered(String html, List<String> problems) {
    }

    static Rendered render(ReviewReport report, List<Finding> findings) {
        List<String> problems = new ArrayList<>();
        List<ObjectNode> facts = new ArrayList<>();
        List<Highlighter.Span> spans = new ArrayList<>();
        Set<String> anchors = new HashSet<>();
        Map<String, Integer> bySpan = new LinkedHashMap<>();
        String text = report.text() == null ? "" : report.text();
        for (int i = 0; i < report.facts().size(); i++) {
            Fact f = report.facts().get(i);
            ObjectNode o = pageJson(f, i);
            facts.add(o);
            String anchor = ReviewLink.anchor(f.start(), f.end());
            bySpan.putIfAbsent(anchor, i);
            if (f.end() > text.length()) {
                problems.add("fact " + anchor + " (" + f.text() + ") lies outside the text (" + text.length() + " characters)");
                continue;
            }
            if (f.text() != null && !f.text().equals(text.substring(f.start(), f.end()))) {
                problems.add("fact " + anchor + " says '" + f.text() + "' but the text there is '" + text.substring(f.start(), f.end()) + "'");
            }
            String status = o.path("status").asText("");
            spans.add(new Highlighter.Span(i, f.start(), f.end(),
                    "f t-" + f.type().id() + (status.isEmpty() ? "" : " st-" + status),
                    anchors.add(anchor) ? anchor : null, f.type().id() + (status.isEmpty() ? "" : " · " + status)));
        }
        StringBuilder sb = new StringBuilder(text.length() * 3 + facts.size() * 600);
        String title = report.field("title") != null ? report.field("title") : report.doc();
        PageParts.head(sb, title + " · govfacts review");
        sb.append("<body class=\"report\">\n<header>\n<p class=\"nav\"><a href=\"").append(ReviewLink.INDEX_PAGE)
                .append("\">← all reports</a></p>\n<h1>").append(Html.text(title)).append("</h1>\n<p class=\"meta\">");
        meta(sb, report);
        sb.append("</p>\n");
        PageParts.legend(sb);
        sb.append("</header>\n<main>\n<article id=\"text\" class=\"report-text\">")
                .append(Highlighter.render(text, spans)).append("</article>\n")
                .append("<aside id=\"detail\"><p class=\"hint\">Click a highlighted figure to see its fields.</p></aside>\n</main>\n");
        ArrayNode findingData = findings(sb, report, findings, bySpan);
        table(sb, facts);
        ArrayNode factData = FactJson.MAPPER.createArrayNode();
        facts.forEach(factData::add);
        sb.append("<script type=\"application/json\" id=\"facts-data\">").append(Html.scriptJson(factData.toString()))
                .append("</script>\n<script type=\"application/json\" id=\"findings-data\">")
                .append(Html.scriptJson(findingData.toString())).append("</script>\n");
        PageParts.script(sb);
        sb.append("</body>\n</html>\n");
        return new Rendered(sb.toString(), problems);
    }

    /** The fact as the page's script reads it: FactJson's fields, the review link and its number on the page. */
    static ObjectNode pageJson(Fact f, int i) {
        ObjectNode all = ReviewLink.put(FactJson.toJson(f), f);
        ObjectNode o = FactJson.MAPPER.createObjectNode();
        o.put("i", i);
        all.fields().forEachRemaining(e -> {
            if (!LEFT_OUT.contains(e.getKey())) {
                o.set(e.getKey(), e.getValue());
            }
        });
        return o;
    }

    private static void meta(StringBuilder sb, ReviewReport r) {
        List<String> parts = new ArrayList<>();
        parts.add("<code>" + Html.text(r.doc()) + "</code>");
        for (String field : List.of("date", "region", "path")) {
            String v = r.field(field);
            if (v != null && !v.isEmpty()) {
                parts.add(field + " " + Html.text(v));
            }
        }
        if (r.field("date") == null && r.field("year") != null) {
            parts.add("year " + Html.text(r.field("year")));
        }
        parts.add(r.facts().size() + " facts");
        sb.append(String.join(" · ", parts));
    }

    private static ArrayNode findings(StringBuilder sb, ReviewReport report, List<Finding> all, Map<String, Integer> bySpan) {
        ArrayNode data = FactJson.MAPPER.createArrayNode();
        List<Finding> here = all.stream().filter(f -> f.facts().stream().anyMatch(x -> Objects.equals(x.doc(), report.doc()))).toList();
        sb.append("<section id=\"findings\">\n<h2>Check findings (").append(here.size()).append(")</h2>\n");
        if (here.isEmpty()) {
            sb.append("<p class=\"hint\">The checker found no relation between these figures to confirm or question.</p>\n");
        } else {
            sb.append("<p class=\"hint\">Click a finding to mark its figures in the text.</p>\n<ol class=\"findings\">\n");
        }
        for (int k = 0; k < here.size(); k++) {
            Finding f = here.get(k);
            ObjectNode o = FindingWriter.toJson(f);
            ArrayNode facts = (ArrayNode) o.get("facts");
            for (JsonNode x : facts) {
                ObjectNode n = (ObjectNode) x;
                n.remove("sentence");
                boolean local = Objects.equals(n.path("doc").asText(null), report.doc());
                String anchor = ReviewLink.anchor(n.path("start").asInt(), n.path("end").asInt());
                n.put("link", local ? "#" + anchor : ReviewLink.of(n.path("doc").asText(null), n.path("start").asInt(), n.path("end").asInt()));
                if (local && bySpan.containsKey(anchor)) {
                    n.put("i", bySpan.get(anchor));
                }
            }
            data.add(o);
            sb.append("<li class=\"finding v-").append(f.verdict().id()).append("\" data-k=\"").append(k).append("\">")
                    .append("<span class=\"verdict\">").append(Html.text(f.verdict().id().replace('_', ' '))).append("</span> ")
                    .append("<span class=\"kind\">").append(Html.text(f.kind().id())).append("</span> ")
                    .append(Html.text(f.message())).append("<br><span class=\"figures\">");
            for (JsonNode x : facts) {
                sb.append("<a href=\"").append(Html.attr(x.path("link").asText())).append("\">").append(Html.text(x.path("text").asText()))
                        .append("</a>");
                if (!Objects.equals(x.path("doc").asText(null), report.doc())) {
                    sb.append(" <small>(").append(Html.text(x.path("doc").asText())).append(")</small>");
                }
                sb.append(' ');
            }
            sb.append("</span></li>\n");
        }
        if (!here.isEmpty()) {
            sb.append("</ol>\n");
        }
        sb.append("</section>\n");
        return data;
    }

    private static void table(StringBuilder sb, List<ObjectNode> facts) {
        sb.append("<section id=\"facts\">\n<h2>Facts (").append(facts.size()).append(")</h2>\n<p class=\"filters\">")
                .append("<input id=\"filter-text\" type=\"search\" placeholder=\"filter: any words\"> ")
                .append("<select id=\"filter-type\"><option value=\"\">all types</option>");
        for (String t : PageParts.TYPES) {
            sb.append("<option>").append(t).append("</option>");
        }
        sb.append("</select> <select id=\"filter-status\"><option value=\"\">any status</option>");
        for (String s : PageParts.STATUSES) {
            sb.append("<option>").append(s).append("</option>");
        }
        sb.append("<option value=\"-\">none given</option></select> <span id=\"filter-count\"></span></p>\n")
                .append("<table class=\"sortable\" id=\"fact-table\">\n<thead><tr>");
        for (String c : COLUMNS) {
            sb.append("<th data-col=\"").append(c).append("\">").append(c).append("</th>");
        }
        sb.append("</tr></thead>\n<tbody>\n");
        for (ObjectNode o : facts) {
            sb.append("<tr data-f=\"").append(o.get("i").asInt()).append("\" data-type=\"").append(Html.attr(o.path("type").asText()))
                    .append("\" data-status=\"").append(Html.attr(o.path("status").asText("-"))).append("\">");
            for (String c : COLUMNS) {
                JsonNode v = o.get(c);
                if (v == null || v.isNull()) {
                    sb.append("<td></td>");
                } else if (c.equals("link")) {
                    sb.append("<td><a href=\"#").append(Html.attr(v.asText().substring(v.asText().indexOf('#') + 1))).append("\">")
                            .append(Html.text(v.asText())).append("</a></td>");
                } else if (v.isNumber()) {
                    sb.append("<td class=\"num\" data-v=\"").append(v.asText()).append("\">").append(Html.text(v.asText())).append("</td>");
                } else {
                    sb.append("<td>").append(Html.text(v.asText())).append("</td>");
                }
            }
            sb.append("</tr>\n");
        }
        sb.append("</tbody>\n</table>\n</section>\n");
    }
}
