package org.govfacts.check;

import java.util.ArrayList;
import java.util.List;
import org.govfacts.fact.Basis;
import org.govfacts.fact.Fact;
import org.govfacts.fact.FactType;
import org.govfacts.fact.Qualifier;
import org.govfacts.text.Sentence;
import org.govfacts.text.SentenceSplitter;

/**
 * Builds a report's facts by hand for tests, the way extraction will: each figure is found in the
 * text after the previous one, and given its sentence and normalised sentence.
 */
final class DocBuilder {
    private final String doc;
    private final String text;
    private final List<Sentence> sentences;
    private final List<Fact> facts = new ArrayList<>();
    private String region;
    private final java.util.Map<String, String> norms = new java.util.HashMap<>();
    private String defaultNorm;
    private org.govfacts.fact.Status status;
    private int cursor;

    DocBuilder(String doc, String text) {
        this.doc = doc;
        this.text = text;
        this.sentences = SentenceSplitter.split(text, org.govfacts.text.TestLines.LINES);
    }

    /** The report's region, also the region_norm of its figures. */
    DocBuilder region(String r) {
        this.region = r;
        return this;
    }

    /** The period_norm the resolve stage gives a period as written (2023年 → 2023); {@code null} as written: figures without one. */
    DocBuilder norm(String period, String periodNorm) {
        if (period == null) {
            defaultNorm = periodNorm;
        } else {
            norms.put(period, periodNorm);
        }
        return this;
    }

    /** The status of the figures added from now on. */
    DocBuilder status(org.govfacts.fact.Status s) {
        this.status = s;
        return this;
    }

    DocBuilder quantity(String written, double value, String unit, String indicator, String period) {
        return add(FactType.QUANTITY, written, value, unit, null, null, indicator, period, null);
    }

    DocBuilder quantity(String written, double value, String unit, String indicator) {
        return quantity(written, value, unit, indicator, null);
    }

    /** A change of a level (比上年末增加14.29万人): an amount with basis change. */
    DocBuilder change(String written, double value, String unit, String indicator, String period) {
        return add(FactType.QUANTITY, written, value, unit, null, Basis.CHANGE, indicator, period, null);
    }

    DocBuilder money(String written, double value, String indicator, String period) {
        return add(FactType.MONEY, written, value, "元", null, null, indicator, period, null);
    }

    DocBuilder ratio(String written, double value, Qualifier q, String indicator) {
        return add(FactType.RATIO, written, value, "%", q, null, indicator, null, null);
    }

    DocBuilder growth(String written, double value, String indicator, String period) {
        return add(FactType.GROWTH, written, value, "%", null, Basis.YOY, indicator, period, null);
    }

    DocBuilder qualified(FactType type, String written, double value, String unit, Qualifier q, String indicator, String period) {
        return add(type, written, value, unit, q, null, indicator, period, null);
    }

    DocBuilder project(String written, String name) {
        return add(FactType.PROJECT, written, null, null, null, null, null, null, name);
    }

    /** Moves the search position past {@code marker}, to pick a later occurrence of a figure. */
    DocBuilder skipPast(String marker) {
        int at = text.indexOf(marker, cursor);
        if (at < 0) {
            throw new IllegalArgumentException("not found after " + cursor + ": " + marker);
        }
        cursor = at + marker.length();
        return this;
    }

    private DocBuilder add(FactType type, String written, Double value, String unit, Qualifier q, Basis basis, String indicator,
                           String period, String name) {
        int start = text.indexOf(written, cursor);
        if (start < 0) {
            throw new IllegalArgumentException("not found after " + cursor + ": " + written);
        }
        int end = start + written.length();
        cursor = start + 1;
        Sentence s = sentences.stream().filter(x -> start >= x.start() && start < x.end()).findFirst().orElseThrow();
        String sentence = text.substring(s.start(), s.end());
        Fact f = new Fact(doc, type, start, end, written, value, unit, q, basis, null, null, null, name,
                type == FactType.PROJECT ? null : indicator, type == FactType.PROJECT ? null : period, region, sentence, s.start(),
                TextForms.light(sentence));
        if (type != FactType.PROJECT) {
            String norm = period == null ? defaultNorm : norms.get(period);
            f = f.resolved(basis, null, norm, status == null ? org.govfacts.fact.Status.ACTUAL : status, region);
        }
        facts.add(f);
        return this;
    }

    CheckDocument build() {
        return new CheckDocument(doc, facts, text);
    }

    List<Fact> facts() {
        return List.copyOf(facts);
    }
}
