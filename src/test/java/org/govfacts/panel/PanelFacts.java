package org.govfacts.panel;

import java.nio.file.Path;
import org.govfacts.fact.Basis;
import org.govfacts.fact.Fact;
import org.govfacts.fact.FactType;
import org.govfacts.fact.Qualifier;
import org.govfacts.fact.Status;
import org.govfacts.lexicon.Lexicon;

/** Resolved facts made by hand for panel tests, with the sentence they stand in. */
final class PanelFacts {
    static final Lexicon LEXICON = Lexicon.at(Path.of("dictionaries"));

    private PanelFacts() {
    }

    static Fact fact(String doc, FactType type, String indicator, String sentence, String text, double value,
                     Double max, Qualifier q, String period, Status status, String region) {
        int at = sentence.indexOf(text);
        if (at < 0) {
            throw new IllegalArgumentException(text + " not in " + sentence);
        }
        String unit = type == FactType.MONEY ? "元" : type == FactType.QUANTITY ? "人" : "%";
        Basis basis = type == FactType.GROWTH ? Basis.YOY : null;
        return new Fact(doc, type, 100 + at, 100 + at + text.length(), text, value, unit, q, basis, null, null, null, null,
                indicator, null, null, sentence, 100, sentence, max, period, status, region);
    }

    static Fact growth(String doc, String indicator, String sentence, String text, double value, String period,
                       Status status, String region) {
        return fact(doc, FactType.GROWTH, indicator, sentence, text, value, null, null, period, status, region);
    }
}
