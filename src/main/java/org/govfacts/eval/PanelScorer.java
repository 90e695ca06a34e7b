package org.govfacts.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.govfacts.fact.Fact;
import org.govfacts.fact.FactType;
import org.govfacts.lexicon.Lexicon;
import org.govfacts.panel.Panel;
import org.govfacts.panel.PanelBuilder;
import org.govfacts.panel.PanelRequest;
import org.govfacts.panel.PanelRow;

/**
 * Scores panels against a key of cells annotated by hand (a folder with {@code cells.jsonl},
 * {@code negatives.jsonl} and {@code questions.tsv}: the indicators asked, each with its types). A
 * predicted cell is each value a panel row states in one document; it matches a key cell of the same
 * document, indicator, region, period and status whose value is within 0.1%. Key cells marked
 * {@code optional} count neither as misses nor, when matched, as false cells. Recall is over the
 * other key cells, precision over all predicted cells.
 */
public final class PanelScorer {
    /** An indicator asked for and the types of figure asked of it. */
    public record Question(String indicator, Set<FactType> types) {
    }

    public record KeyCell(String doc, String indicator, String type, String region, String period, String status,
                          double value, boolean optional, String text, int start) {
    }

    public record Predicted(String doc, String indicator, String type, String region, String period, String status,
                            double value, String text, int start, int end) {
    }

    public record Negative(String doc, int start, int end, String text, String why) {
    }

    public record Report(int keyCells, int found, int predicted, int correct, List<KeyCell> missed,
                         List<Predicted> spurious, List<Predicted> onNegatives) {
        public double recall() {
            return keyCells == 0 ? 1 : (double) found / keyCells;
        }

        public double precision() {
            return predicted == 0 ? 1 : (double) correct / predicted;
        }

        public String format(int showErrors) {
            StringBuilder b = new StringBuilder();
            b.append(String.format(Locale.ROOT, "cells: recall %.3f (%d/%d)  precision %.3f (%d/%d)  on negatives %d%n",
                    recall(), found, keyCells, precision(), correct, predicted, onNegatives.size()));
            if (showErrors > 0) {
                missed.stream().limit(showErrors).forEach(k -> b.append("  missed   ").append(k.doc()).append(' ')
                        .append(k.indicator()).append(' ').append(k.type()).append(' ').append(k.region()).append(' ')
                        .append(k.period()).append(' ').append(k.status()).append(' ').append(k.value()).append(" «")
                        .append(k.text()).append("» @").append(k.start()).append('\n'));
                spurious.stream().limit(showErrors).forEach(p -> b.append("  spurious ").append(line(p))
                        .append(onNegatives.contains(p) ? "  (a negative)" : "").append('\n'));
            }
            return b.toString();
        }

        private static String line(Predicted p) {
            return p.doc() + ' ' + p.indicator() + ' ' + p.type() + ' ' + p.region() + ' ' + p.period() + ' ' + p.status()
                    + ' ' + p.value() + " «" + p.text() + "» @" + p.start();
        }
    }

    private PanelScorer() {
    }

    public static List<Question> questions(Path file) throws IOException {
        List<Question> out = new ArrayList<>();
        for (String[] row : Lexicon.parseTable(Files.readAllLines(file))) {
            Set<FactType> types = new LinkedHashSet<>();
            for (String t : row.length > 1 ? row[1].split(",") : new String[0]) {
                if (!t.isBlank()) {
                    types.add(FactType.parse(t));
                }
            }
            out.add(new Question(row[0], types));
        }
        return out;
    }

    public static List<KeyCell> keyCells(Path file) throws IOException {
        List<KeyCell> out = new ArrayList<>();
        for (JsonNode o : FactFiles.load(file)) {
            out.add(new KeyCell(o.path("doc").asText(), o.path("indicator").asText(), o.path("type").asText(),
                    o.path("region").asText(), o.path("period").asText(), o.path("status").asText(),
                    o.path("value").asDouble(), o.path("optional").asBoolean(false), o.path("text").asText(),
                    o.path("start").asInt()));
        }
        return out;
    }

    public static List<Negative> negatives(Path file) throws IOException {
        List<Negative> out = new ArrayList<>();
        if (Files.isRegularFile(file)) {
            for (JsonNode o : FactFiles.load(file)) {
                out.add(new Negative(o.path("doc").asText(), o.path("start").asInt(), o.path("end").asInt(),
                        o.path("text").asText(), o.path("why").asText()));
            }
        }
        return out;
    }

    /** The cells the panels of {@code questions} state over {@code facts}: one per document and value. */
    public static List<Predicted> predict(PanelBuilder builder, List<Question> questions, List<Fact> facts) {
        List<Predicted> out = new ArrayList<>();
        Set<List<Object>> seen = new java.util.HashSet<>();
        for (Question q : questions) {
            Panel panel = builder.build(new PanelRequest(List.of(q.indicator()), q.types(), null, null, null, false), facts);
            for (PanelRow r : panel.rows()) {
                for (Fact f : r.statements()) {
                    List<Object> key = List.of(String.valueOf(f.doc()), r.key().indicator(), r.key().region(), r.key().period(),
                            r.key().status().id(), f.value());
                    if (seen.add(key)) {
                        out.add(new Predicted(f.doc(), r.key().indicator(), r.key().type().id(), r.key().region(),
                                r.key().period(), r.key().status().id(), f.value(), f.text(), f.start(), f.end()));
                    }
                }
            }
        }
        return out;
    }

    public static Report score(List<KeyCell> key, List<Predicted> predicted, List<Negative> negatives) {
        boolean[] used = new boolean[key.size()];
        int found = 0;
        int correct = 0;
        List<Predicted> spurious = new ArrayList<>();
        // scored key cells are matched before optional ones, so an optional twin never takes a scored cell's match
        for (Predicted p : predicted) {
            int hit = -1;
            for (int pass = 0; pass < 2 && hit < 0; pass++) {
                for (int i = 0; i < key.size(); i++) {
                    KeyCell k = key.get(i);
                    if (!used[i] && k.optional() == (pass == 1) && matches(k, p)) {
                        hit = i;
                        break;
                    }
                }
            }
            if (hit < 0) {
                spurious.add(p);
                continue;
            }
            used[hit] = true;
            correct++;
            if (!key.get(hit).optional()) {
                found++;
            }
        }
        List<KeyCell> missed = new ArrayList<>();
        int scored = 0;
        for (int i = 0; i < key.size(); i++) {
            if (!key.get(i).optional()) {
                scored++;
                if (!used[i]) {
                    missed.add(key.get(i));
                }
            }
        }
        List<Predicted> onNegatives = new ArrayList<>();
        for (Predicted p : predicted) {
            for (Negative n : negatives) {
                if (n.doc().equals(p.doc()) && p.start() < n.end() && n.start() < p.end()) {
                    onNegatives.add(p);
                    break;
                }
            }
        }
        return new Report(scored, found, predicted.size(), correct, missed, spurious, onNegatives);
    }

    static boolean matches(KeyCell k, Predicted p) {
        return k.doc().equals(p.doc()) && k.indicator().equals(p.indicator()) && k.region().equals(p.region())
                && k.period().equals(p.period()) && k.status().equals(p.status()) && close(k.value(), p.value());
    }

    /**
     * Why a key cell was missed, for reading errors cell by cell: each fact extracted over the cell's
     * text in its document, with the fields that differ from the key marked (indicator not matched,
     * region, period, status, value, or a basis the panel leaves out); "no fact" where nothing was
     * extracted there.
     */
    public static String explain(KeyCell k, List<Fact> facts, org.govfacts.panel.IndicatorMatcher matcher) {
        int end = k.start() + Math.max(1, k.text().length());
        StringBuilder b = new StringBuilder();
        for (Fact f : facts) {
            if (!k.doc().equals(f.doc()) || f.value() == null || f.end() <= k.start() || end <= f.start()) {
                continue;
            }
            List<String> wrong = new ArrayList<>();
            if (!f.type().id().equals(k.type())) {
                wrong.add("type=" + f.type().id());
            }
            if (!matcher.matches(f, matcher.asked(k.indicator()))) {
                wrong.add("indicator=" + f.indicator());
            }
            if (!k.region().equals(f.regionNorm())) {
                wrong.add("region=" + f.regionNorm());
            }
            if (!k.period().equals(f.periodNorm())) {
                wrong.add("period=" + f.periodNorm() + " (" + f.period() + ")");
            }
            String status = f.status() == null ? "actual" : f.status().id();
            if (!k.status().equals(status)) {
                wrong.add("status=" + status);
            }
            if (!close(k.value(), f.value())) {
                wrong.add("value=" + f.value());
            }
            if (f.basis() != null && f.basis() != org.govfacts.fact.Basis.YOY && f.basis() != org.govfacts.fact.Basis.ANNUAL_AVG) {
                wrong.add("basis=" + f.basis().id());
            }
            b.append(b.length() == 0 ? "" : "; ").append('«').append(f.text()).append("» ")
                    .append(wrong.isEmpty() ? "all fields agree (left out by the panel's filters)" : String.join(" ", wrong));
        }
        return b.length() == 0 ? "no fact extracted there" : b.toString();
    }

    /** Within 0.1% of each other (both zero counts). */
    static boolean close(double a, double b) {
        return Math.abs(a - b) <= 0.001 * Math.max(Math.abs(a), Math.abs(b));
    }
}
