package org.govfacts.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.govfacts.lexicon.Lexicon;
import org.govfacts.text.AnalyzedText;

/** Runs every dimension's finder over a document and returns the findings in text order. */
public final class Extractor {
    private final List<FactFinder> finders;

    public Extractor(Lexicon lexicon) {
        this.finders = List.of();
    }

    public List<Finding> extract(AnalyzedText text) {
        List<Finding> out = new ArrayList<>();
        for (FactFinder f : finders) {
            out.addAll(f.find(text));
        }
        out.sort(Comparator.comparingInt(Finding::start).thenComparingInt(Finding::end));
        return out;
    }
}
