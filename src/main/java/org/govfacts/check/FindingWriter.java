package org.govfacts.check;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import org.govfacts.fact.Fact;
import org.govfacts.output.FactJson;

/** Writes findings as a referee's report (text), one JSON document, JSON Lines, or an HTML page with the sentences marked. */
public final class FindingWriter {
    public enum Format {
        TEXT, JSON, JSONL, HTML;

        public static Format parse(String s) {
            return valueOf(s.trim().toUpperCase(Locale.ROOT));
        }
    }

    /** How much of a sentence is shown on each side of a figure in the text report. */
    private static final int CONTEXT = 30;

    private FindingWriter() {
    }

    public static void write(Format format, List<Finding> findings, int documents, Writer out) throws IOException {
        switch (format) {
            case TEXT -> out.write(text(findings, documents));
            case HTML -> out.write(HtmlFindingWriter.html(findings, documents));
            case JSON -> {
                ObjectNode o = FactJson.MAPPER.createObjectNode();
                o.put("documents", documents);
                ObjectNode counts = o.putObject("counts");
                for (Verdict v : Verdict.values()) {
                    counts.put(v.id(), count(findings, v));
                }
                ArrayNode a = o.putArray("findings");
                findings.forEach(f -> a.add(toJson(f)));
                out.write(FactJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(o));
                out.write("\n");
            }
            case JSONL -> {
                for (Finding f : findings) {
                    out.write(FactJson.MAPPER.writeValueAsString(toJson(f)));
                    out.write("\n");
                }
            }
            default -> throw new IllegalStateException();
        }
        out.flush();
    }

    public static ObjectNode toJson(Finding f) {
        ObjectNode o = FactJson.MAPPER.createObjectNode();
        o.put("kind", f.kind().id());
        o.put("verdict", f.verdict().id());
        putNumber(o, "expected", f.expected());
        putNumber(o, "stated", f.stated());
        putNumber(o, "tolerance", f.tolerance());
        o.put("unit", f.unit());
        o.put("message", f.message());
        ArrayNode facts = o.putArray("facts");
        for (Fact x : f.facts()) {
            ObjectNode n = facts.addObject();
            n.put("doc", x.doc());
            n.put("start", x.start());
            n.put("end", x.end());
            n.put("text", x.text());
            n.put("sentence", x.sentence());
            n.put("type", x.type().id());
            if (x.value() != null) {
                n.put("value", BigDecimal.valueOf(x.value()).stripTrailingZeros());
            }
            n.put("unit", x.unit());
            n.put("indicator", x.indicator());
            n.put("period", x.period());
        }
        return o;
    }

    private static void putNumber(ObjectNode o, String field, Double v) {
        if (v == null || !Double.isFinite(v)) {
            o.putNull(field);
        } else {
            o.put(field, BigDecimal.valueOf(v).setScale(6, RoundingMode.HALF_UP).stripTrailingZeros());
        }
    }

    private static int count(List<Finding> findings, Verdict v) {
        return (int) findings.stream().filter(f -> f.verdict() == v).count();
    }

    /** A referee's report: inconsistencies first, then what cannot be told, then what agrees. */
    static String text(List<Finding> findings, int documents) {
        StringBuilder b = new StringBuilder();
        b.append("Cross-check of ").append(documents).append(documents == 1 ? " report: " : " reports: ")
                .append(findings.size()).append(findings.size() == 1 ? " finding" : " findings").append(" (")
                .append(count(findings, Verdict.INCONSISTENT)).append(" inconsistent, ")
                .append(count(findings, Verdict.CANNOT_TELL)).append(" cannot tell, ")
                .append(count(findings, Verdict.CONSISTENT)).append(" consistent");
        int met = count(findings, Verdict.MET);
        int missed = count(findings, Verdict.MISSED);
        if (met + missed > 0) {
            b.append("; targets: ").append(met).append(" met, ").append(missed).append(" missed");
        }
        b.append(").\n");
        int n = 0;
        for (Verdict v : Verdict.values()) {
            List<Finding> these = findings.stream().filter(f -> f.verdict() == v).toList();
            if (these.isEmpty()) {
                continue;
            }
            b.append('\n').append(title(v)).append(" (").append(these.size()).append(")\n");
            for (Finding f : these) {
                n++;
                b.append(String.format("%n%3d. [%s] %s%n", n, f.kind().id(), f.message()));
                for (Fact x : f.facts()) {
                    b.append("       ").append(x.doc()).append(" ").append(x.start()).append('–').append(x.end())
                            .append("  ").append(snippet(x)).append('\n');
                }
            }
        }
        return b.toString();
    }

    static String title(Verdict v) {
        return switch (v) {
            case INCONSISTENT -> "Figures that do not agree";
            case CANNOT_TELL -> "Figures the text does not say enough to check";
            case CONSISTENT -> "Figures that agree";
            case MET -> "Targets met";
            case MISSED -> "Targets missed";
        };
    }

    /** The sentence around a figure, the figure in 【】. */
    static String snippet(Fact x) {
        String s = x.sentence();
        if (s == null) {
            return "【" + x.text() + "】";
        }
        int a = x.start() - x.sentenceStart();
        int e = x.end() - x.sentenceStart();
        if (a < 0 || e > s.length() || a > e) {
            return "【" + x.text() + "】";
        }
        int from = Math.max(0, a - CONTEXT);
        int to = Math.min(s.length(), e + CONTEXT);
        return (from > 0 ? "…" : "") + flat(s.substring(from, a)) + "【" + flat(s.substring(a, e)) + "】" + flat(s.substring(e, to))
                + (to < s.length() ? "…" : "");
    }

    private static String flat(String s) {
        return s.replace('\n', ' ').replace('\r', ' ');
    }
}
