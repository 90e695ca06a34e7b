package org.govfacts.check;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.govfacts.fact.Fact;
import org.govfacts.output.FactJson;

/** Writes the project register as text, one JSON document, or JSON Lines (one project a line). */
public final class ProjectWriter {
    private ProjectWriter() {
    }

    public static void write(FindingWriter.Format format, ProjectRegister register, Writer out) throws IOException {
        List<Project> projects = register.projects();
        switch (format) {
            case TEXT -> out.write(text(projects));
            case JSON -> {
                ObjectNode o = FactJson.MAPPER.createObjectNode();
                o.put("projects_count", projects.size());
                ArrayNode a = o.putArray("projects");
                projects.forEach(p -> a.add(toJson(p)));
                out.write(FactJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(o));
                out.write("\n");
            }
            case JSONL -> {
                for (Project p : projects) {
                    out.write(FactJson.MAPPER.writeValueAsString(toJson(p)));
                    out.write("\n");
                }
            }
            default -> throw new IllegalStateException();
        }
        out.flush();
    }

    public static ObjectNode toJson(Project p) {
        ObjectNode o = FactJson.MAPPER.createObjectNode();
        o.put("name", p.name());
        p.variants().forEach(o.putArray("variants")::add);
        p.docs().forEach(o.putArray("docs")::add);
        ArrayNode mentions = o.putArray("mentions");
        for (Fact m : p.mentions()) {
            mentions.addObject().put("doc", m.doc()).put("start", m.start()).put("end", m.end()).put("text", m.text());
        }
        ArrayNode figures = o.putArray("figures");
        for (Project.Figure f : p.figures()) {
            Fact x = f.fact();
            ObjectNode n = figures.addObject();
            n.put("role", f.role()).put("doc", x.doc()).put("start", x.start()).put("end", x.end()).put("text", x.text())
                    .put("type", x.type().id());
            if (x.value() != null) {
                n.put("value", BigDecimal.valueOf(x.value()).stripTrailingZeros());
            }
            n.put("unit", x.unit()).put("indicator", x.indicator()).put("period", x.period());
        }
        ArrayNode statuses = o.putArray("statuses");
        p.statuses().forEach(s -> statuses.addObject().put("status", s.text()).put("doc", s.doc()));
        ArrayNode dates = o.putArray("dates");
        p.dates().forEach(s -> dates.addObject().put("date", s.text()).put("doc", s.doc()));
        return o;
    }

    static String text(List<Project> projects) {
        StringBuilder b = new StringBuilder();
        b.append(projects.size()).append(projects.size() == 1 ? " project\n" : " projects\n");
        for (Project p : projects) {
            b.append('\n').append(p.name()).append("  (").append(p.docs().size()).append(p.docs().size() == 1 ? " report, " : " reports, ")
                    .append(p.mentions().size()).append(p.mentions().size() == 1 ? " mention)\n" : " mentions)\n");
            if (p.variants().size() > 1) {
                b.append("  also named: ").append(String.join("; ", p.variants().stream().filter(v -> !v.equals(p.name())).toList())).append('\n');
            }
            b.append("  reports:    ").append(String.join(", ", p.docs())).append('\n');
            if (!p.statuses().isEmpty()) {
                b.append("  status:     ").append(grouped(p.statuses())).append('\n');
            }
            if (!p.dates().isEmpty()) {
                b.append("  dates:      ").append(grouped(p.dates())).append('\n');
            }
            for (Project.Figure f : p.figures()) {
                Fact x = f.fact();
                b.append("  ").append(String.format("%-12s", f.role() + ":")).append(x.text())
                        .append(x.indicator() == null ? "" : "  (" + TextForms.light(x.indicator()) + ")")
                        .append("  ").append(x.doc()).append(' ').append(x.start()).append('\n');
            }
        }
        return b.toString();
    }

    /** 开工 (000…, 002…); 投产 (000…) */
    private static String grouped(List<Project.Said> said) {
        Map<String, TreeSet<String>> byWord = new LinkedHashMap<>();
        for (Project.Said s : said) {
            byWord.computeIfAbsent(s.text(), k -> new TreeSet<>()).add(s.doc());
        }
        List<String> parts = new ArrayList<>();
        byWord.forEach((w, docs) -> parts.add(w + " (" + String.join(", ", docs) + ")"));
        return String.join("; ", parts);
    }
}
