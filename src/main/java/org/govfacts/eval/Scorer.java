package org.govfacts.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Scores predicted facts against gold facts by the rule of FACTS.md, exactly as the shared
 * {@code score.py} does: same matching order, same folding of attributes, same figures.
 */
public final class Scorer {
    public static final List<String> TYPES = List.of("money", "quantity", "growth", "ratio", "ranking", "project");
    private static final Set<String> NUMERIC = Set.of("money", "quantity", "growth", "ratio");
    private static final Pattern PINYIN = Pattern.compile(
            "\\((?:[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńň][a-zü]*|[a-z]{1,6})\\)");
    private static final Pattern FOLD = Pattern.compile("[\\s“”\"'‘’「」『』《》]+");
    /** The fields of FACTS.md "Comparable facts (version 2)", compared exactly after folding. */
    public static final List<String> COMPARABLE = List.of("period_norm", "status", "region_norm");

    private Scorer() {
    }

    /** Counts of one fact type. */
    public record TypeScore(int tp, int fp, int fn) {
        public double precision() {
            return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        }

        public double recall() {
            return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /**
     * The whole report. {@code attributes}: "type.attr" → {right, total}; {@code comparable}:
     * comparable field → {right, scored}; {@code comparableF1} is null where the gold carries no
     * comparable field.
     */
    public record Report(Map<String, TypeScore> types, Map<String, int[]> attributes, TypeScore overall,
                         double attributeAccuracy, double strictF1, Map<String, int[]> comparable, Double comparableF1,
                         List<JsonNode> misses, List<JsonNode> falsePositives) {

        /** The same lines as score.py prints (without --json). */
        public String format(int showErrors) {
            StringBuilder b = new StringBuilder();
            b.append(String.format(Locale.ROOT, "%-10s %5s %5s %5s %6s %6s %6s%n", "type", "tp", "fp", "fn", "P", "R", "F1"));
            for (String t : TYPES) {
                TypeScore s = types.get(t);
                b.append(String.format(Locale.ROOT, "%-10s %5d %5d %5d %6s %6s %6s%n",
                        t, s.tp(), s.fp(), s.fn(), f3(s.precision()), f3(s.recall()), f3(s.f1())));
            }
            for (Map.Entry<String, int[]> e : attributes.entrySet()) {
                int[] v = e.getValue();
                b.append(String.format(Locale.ROOT, "attr %s: %d/%d = %s%n", e.getKey(), v[0], v[1], f3((double) v[0] / v[1])));
            }
            for (Map.Entry<String, int[]> e : comparable.entrySet()) {
                int[] v = e.getValue();
                b.append(String.format(Locale.ROOT, "comparable %s: %d/%d = %s%n", e.getKey(), v[0], v[1], f3((double) v[0] / v[1])));
            }
            for (JsonNode g : misses.subList(0, Math.min(showErrors, misses.size()))) {
                b.append("MISS ").append(g).append('\n');
            }
            for (JsonNode p : falsePositives.subList(0, Math.min(showErrors, falsePositives.size()))) {
                b.append("FALSE ").append(p).append('\n');
            }
            b.append(String.format(Locale.ROOT, "overall P=%s R=%s F1=%s attr=%s strict-F1=%s%s%n",
                    f3(overall.precision()), f3(overall.recall()), f3(overall.f1()), f3(attributeAccuracy), f3(strictF1),
                    comparableF1 == null ? "" : " comparable-F1=" + f3(comparableF1)));
            return b.toString();
        }

        /** Three decimals as Python's format does: the exact binary value, ties to even (13/16 → 0.812). */
        private static String f3(double v) {
            return new java.math.BigDecimal(v).setScale(3, java.math.RoundingMode.HALF_EVEN).toPlainString();
        }
    }

    /**
     * The predictions that count where documents are annotated only in part: inside one of their
     * document's regions, or, for a document without regions, any prediction of a document that
     * has gold facts (as score.py --regions).
     */
    public static List<JsonNode> insideRegions(List<JsonNode> pred, List<JsonNode> regions, List<JsonNode> gold) {
        Map<String, List<int[]>> spans = new HashMap<>();
        for (JsonNode r : regions) {
            spans.computeIfAbsent(str(r, "doc"), k -> new ArrayList<>()).add(new int[] {r.path("start").asInt(), r.path("end").asInt()});
        }
        Set<String> goldDocs = new HashSet<>();
        gold.forEach(g -> goldDocs.add(str(g, "doc")));
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode p : pred) {
            List<int[]> s = spans.get(str(p, "doc"));
            int start = p.path("start").asInt(-1);
            int end = p.path("end").asInt(-1);
            boolean keep = s == null ? goldDocs.contains(str(p, "doc"))
                    : s.stream().anyMatch(r -> r[0] <= start && end <= r[1]);
            if (keep) {
                out.add(p);
            }
        }
        return out;
    }

    /** As score.py's fold: full-width ASCII forms to ASCII, pinyin annotations, spaces and quotes removed. */
    public static String fold(String s) {
        if (s == null) {
            return "";
        }
        return FOLD.matcher(PINYIN.matcher(asciiWidth(s)).replaceAll("")).replaceAll("");
    }

    private static String asciiWidth(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            b.append(c >= 0xFF01 && c <= 0xFF5E ? (char) (c - 0xFEE0) : c);
        }
        return b.toString();
    }

    private static String str(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.isTextual() ? v.asText() : v.toString();
    }

    private static Double num(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isNumber()) {
            return v.asDouble();
        }
        try {
            return Double.parseDouble(v.asText().strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String unit(JsonNode f) {
        String u = fold(str(f, "unit"));
        return !u.isEmpty() ? u : "money".equals(str(f, "type")) ? "元" : "";
    }

    static boolean valueAgrees(JsonNode g, JsonNode p) {
        String t = str(g, "type");
        if (NUMERIC.contains(t)) {
            Double gv = num(g, "value");
            Double pv = num(p, "value");
            if (gv == null || pv == null) {
                return false;
            }
            if (Math.abs(gv - pv) > 1e-3 * Math.max(Math.abs(gv), 1e-9)) {
                return false;
            }
            return !(t.equals("money") || t.equals("quantity") || t.equals("growth")) || unit(g).equals(unit(p));
        }
        if ("ranking".equals(t)) {
            return jsonEquals(g.get("rank"), p.get("rank")) && jsonEquals(g.get("top"), p.get("top"));
        }
        if ("project".equals(t)) {
            return fold(str(g, "name")).equals(fold(str(p, "name")));
        }
        return false;
    }

    /** Python's == on JSON values: missing and null are equal (None), 1 == 1.0. */
    private static boolean jsonEquals(JsonNode a, JsonNode b) {
        boolean an = a == null || a.isNull();
        boolean bn = b == null || b.isNull();
        if (an || bn) {
            return an && bn;
        }
        if (a.isNumber() && b.isNumber()) {
            return a.asDouble() == b.asDouble();
        }
        return a.equals(b);
    }

    private static boolean overlaps(JsonNode g, JsonNode p) {
        if (!p.hasNonNull("start") || !p.hasNonNull("end") || !p.get("start").canConvertToInt() || !p.get("end").canConvertToInt()) {
            return false;
        }
        return p.get("start").asInt() < g.get("end").asInt() && g.get("start").asInt() < p.get("end").asInt();
    }

    public static boolean attributeRight(String gold, String pred) {
        String gs = fold(gold);
        String ps = fold(pred);
        return ps.length() >= 2 && (ps.contains(gs) || gs.contains(ps));
    }

    public static Report score(List<JsonNode> gold, List<JsonNode> pred) {
        Map<String, List<Integer>> byKey = new HashMap<>();
        for (int i = 0; i < gold.size(); i++) {
            byKey.computeIfAbsent(str(gold.get(i), "doc") + "\u0000" + str(gold.get(i), "type"), k -> new ArrayList<>()).add(i);
        }
        Set<Integer> used = new HashSet<>();
        Map<String, int[]> counts = new LinkedHashMap<>(); // type → tp, fp, fn, strict
        Map<String, int[]> attr = new TreeMap<>(Comparator.naturalOrder());
        Map<String, int[]> comp = new LinkedHashMap<>();
        COMPARABLE.forEach(a -> comp.put(a, new int[2]));
        int[] comparable = new int[2]; // matched facts with a comparable field in gold: all right, scored
        List<JsonNode> falsePos = new ArrayList<>();
        List<JsonNode> misses = new ArrayList<>();
        for (JsonNode p : pred) {
            String t = str(p, "type");
            int[] c = counts.computeIfAbsent(String.valueOf(t), k -> new int[4]);
            List<Integer> cands = new ArrayList<>();
            for (int i : byKey.getOrDefault(str(p, "doc") + "\u0000" + t, List.of())) {
                if (!used.contains(i) && overlaps(gold.get(i), p) && valueAgrees(gold.get(i), p)) {
                    cands.add(i);
                }
            }
            if (cands.isEmpty()) {
                c[1]++;
                falsePos.add(p);
                continue;
            }
            // prefer a required gold fact over an optional one (stable, as Python's sort)
            cands.sort(Comparator.comparing(i -> gold.get(i).path("optional").asBoolean(false)));
            int i = cands.get(0);
            used.add(i);
            JsonNode g = gold.get(i);
            if (g.path("optional").asBoolean(false)) {
                continue;
            }
            c[0]++;
            boolean whole = true;
            for (String a : List.of("indicator", "period")) {
                String gv = str(g, a);
                if (gv != null && !gv.isEmpty()) {
                    int[] ac = attr.computeIfAbsent(t + "." + a, k -> new int[2]);
                    ac[1]++;
                    if (attributeRight(gv, str(p, a))) {
                        ac[0]++;
                    } else {
                        whole = false;
                    }
                }
            }
            if (whole) {
                c[3]++;
            }
            boolean ok = whole;
            boolean scored = false;
            for (String a : COMPARABLE) {
                JsonNode gv = g.get(a);
                if (gv == null || gv.isNull()) {
                    continue;
                }
                scored = true;
                int[] cc = comp.get(a);
                cc[1]++;
                if (fold(str(g, a)).equals(fold(str(p, a)))) {
                    cc[0]++;
                } else {
                    ok = false;
                }
            }
            if (scored) {
                comparable[1]++;
                comparable[0] += ok ? 1 : 0;
            }
        }
        for (int i = 0; i < gold.size(); i++) {
            JsonNode g = gold.get(i);
            if (!used.contains(i) && !g.path("optional").asBoolean(false)) {
                counts.computeIfAbsent(str(g, "type"), k -> new int[4])[2]++;
                misses.add(g);
            }
        }
        Map<String, TypeScore> types = new LinkedHashMap<>();
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int strict = 0;
        for (String t : TYPES) {
            int[] c = counts.getOrDefault(t, new int[4]);
            types.put(t, new TypeScore(c[0], c[1], c[2]));
            tp += c[0];
            fp += c[1];
            fn += c[2];
            strict += c[3];
        }
        int aOk = 0;
        int aN = 0;
        for (int[] v : attr.values()) {
            aOk += v[0];
            aN += v[1];
        }
        TypeScore strictScore = new TypeScore(strict, fp + (tp - strict), fn + (tp - strict));
        comp.values().removeIf(v -> v[1] == 0);
        Double comparableF1 = null;
        if (comparable[1] > 0) {
            // over the types that carry the fields (all but project), as score.py
            int wrong = comparable[1] - comparable[0];
            TypeScore project = types.get("project");
            comparableF1 = new TypeScore(comparable[0], fp - project.fp() + wrong, fn - project.fn() + wrong).f1();
        }
        return new Report(types, attr, new TypeScore(tp, fp, fn), aN == 0 ? 0 : (double) aOk / aN,
                strictScore.f1(), comp, comparableF1, misses, falsePos);
    }
}
