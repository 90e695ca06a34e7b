package org.govfacts.attribute;

import java.nio.file.Path;
import org.govfacts.lexicon.Lexicon;
import org.govfacts.text.AnalyzedText;

/** Finds a report's title and its own region (the 我市/全市 of the text). */
public final class ReportRegionFinder {
    public record Result(String title, String region) {
    }

    public ReportRegionFinder(Lexicon lexicon) {
    }

    public Result find(AnalyzedText text, Path path) {
        return new Result(null, null);
    }
}
