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
    private int cursor;

    DocBuilder(String doc, String text) {
        this.doc = doc;
        this.text = text;
        this.sentences = SentenceSplitter.split(text);
    }

    DocBuilder region(String r) {
        this.region = r;
        return this;
    }

    DocBuilder quantity(String written, double value, String unit, String indicator, String period) {
        return add(FactType.QUANTITY, written, value, unit, null, null, indicator, period, null);
    }

    DocBuilder quantity(String written, double value, String unit, String indicator) {
        return quantity(written, value, unit, indicator, null);
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
        facts.add(new Fact(doc, type, start, end, written, value, unit, q, basis, null, null, null, name,
                type == FactType.PROJECT ? null : indicator, type == FactType.PROJECT ? null : period, region, sentence, s.start(),
                TextForms.light(sentence)));
        return this;
    }

    CheckDocument build() {
        return new CheckDocument(doc, facts, text);
    }

    List<Fact> facts() {
        return List.copyOf(facts);
    }
}
