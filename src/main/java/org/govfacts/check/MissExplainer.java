package org.govfacts.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.govfacts.fact.Fact;

/**
 * Says why the checker missed a relation of a key, so a rule writer sees the cause without a
 * debugger: for each figure of the relation, the fact extracted at its span (or none) with the
 * fields the checks compare by (indicator, subject, period_norm, region_norm, status), where two
 * figures should be one measure the first field that tells them apart, and the findings that touch
 * only some of the figures.
 */
final class MissExplainer {
    private final CheckWords words;
    private final Map<String, DocumentView> views = new HashMap<>();

    MissExplainer(CheckWords words, List<CheckDocument> docs) {
        this.words = words;
        for (CheckDocument d : docs) {
            views.putIfAbsent(d.doc(), DocumentView.of(d));
        }
    }

    /** Lines explaining the miss of {@code r}, given the findings that count in the run. */
    List<String> explain(KeyScorer.Relation r, List<Finding> findings) {
        List<String> out = new ArrayList<>();
        List<Placed> placed = new ArrayList<>();
        for (KeyScorer.Span s : r.figures()) {
            Placed p = at(s);
            placed.add(p);
            out.add(p == null ? "not extracted: " + s.doc() + " [" + s.start() + "," + s.end() + ")" : describe(p));
        }
        if (r.kind().equals("restatement") || r.kind().equals("target")) {
            String differs = measuresDiffer(placed, r.kind().equals("target"));
            if (differs != null) {
                out.add(differs);
            }
        }
        List<String> touching = new ArrayList<>();
        for (Finding f : findings) {
            long n = r.figures().stream().filter(s -> f.facts().stream().anyMatch(x -> s.overlaps(x.doc(), x.start(), x.end()))).count();
            if (n > 0 && !KeyScorer.matches(f, r)) {
                touching.add(f.kind().id() + " " + f.verdict().id() + " on " + n + " of its figures: " + shorten(f.message()));
            }
        }
        if (touching.isEmpty()) {
            out.add("no finding touches its figures (relation not tried)");
        } else {
            touching.forEach(t -> out.add("partly: " + t));
        }
        return out;
    }

    /** The numeric fact at a span of the key: the one overlapping it most. */
    private Placed at(KeyScorer.Span s) {
        DocumentView v = views.get(s.doc());
        if (v == null) {
            return null;
        }
        Placed best = null;
        int bestOverlap = 0;
        for (Placed p : v.placed()) {
            Fact f = p.fact();
            if (!f.type().isNumeric()) {
                continue;
            }
            int overlap = Math.min(f.end(), s.end()) - Math.max(f.start(), s.start());
            if (overlap > bestOverlap) {
                best = p;
                bestOverlap = overlap;
            }
        }
        return best;
    }

    private String describe(Placed p) {
        Fact f = p.fact();
        String key = Figures.indicatorKey(f, words);
        Measure m = Measure.of(p, words);
        StringBuilder b = new StringBuilder("“" + f.text() + "” " + f.type().name().toLowerCase() + " " + Figures.unitClass(f, words));
        b.append(" indicator=").append(f.indicator() == null ? "—" : f.indicator());
        if (key != null && !key.equals(f.indicator())) {
            b.append(" (key ").append(key).append(')');
        }
        if (key != null && !Figures.isSpecific(key, words)) {
            b.append(" [not specific]");
        }
        b.append(" subject=").append(Subjects.of(p, words));
        b.append(" period=").append(f.period()).append("→").append(f.periodNorm());
        b.append(" region=").append(f.regionNorm());
        b.append(" status=").append(Measure.statusOf(f).id());
        if (f.basis() != null) {
            b.append(" basis=").append(f.basis().id());
        }
        if (m == null) {
            b.append(" — no measure");
        }
        return b.toString();
    }

    /** The first field that keeps the figures from being one measure, or null when they share one. */
    private String measuresDiffer(List<Placed> placed, boolean target) {
        Measure first = null;
        for (Placed p : placed) {
            if (p == null) {
                return null;
            }
            Measure m = Measure.of(p, words);
            if (m == null) {
                return "not compared: “" + p.fact().text() + "” has no measure";
            }
            if (first == null) {
                first = m;
                continue;
            }
            String d = !first.unitClass().equals(m.unitClass()) ? "kind of amount" : !first.indicator().equals(m.indicator()) ? "indicator"
                    : !first.subject().equals(m.subject()) ? "subject" : !first.region().equals(m.region()) ? "region"
                    : !first.period().equals(m.period()) ? "period" : target == (first.status() == m.status()) ? "status" : null;
            if (d != null) {
                return "measures differ in " + d + ": " + first.key() + " vs " + m.key();
            }
        }
        return null;
    }

    private static String shorten(String s) {
        return s.length() > 160 ? s.substring(0, 160) + "…" : s;
    }
}
