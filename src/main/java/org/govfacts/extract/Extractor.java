package org.govfacts.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.govfacts.extract.money.MoneyFinder;
import org.govfacts.extract.numeral.AmountLexicon;
import org.govfacts.extract.numeral.AmountScanner;
import org.govfacts.extract.project.ProjectFinder;
import org.govfacts.extract.quantity.QuantityFinder;
import org.govfacts.extract.ranking.RankingFinder;
import org.govfacts.extract.rate.RateFinder;
import org.govfacts.lexicon.Lexicon;
import org.govfacts.text.AnalyzedText;

/**
 * Runs every dimension's finder over a document and returns the findings in text order. The
 * figures with units are scanned once and shared by the numeric finders.
 */
public final class Extractor {
    private final AmountScanner scanner;
    private final List<FactFinder> finders;

    public Extractor(Lexicon lexicon) {
        this(lexicon, null);
    }

    /** With {@code projectSpans}, a trained tagger's proposals of project names, put to the rules' acceptance. */
    public Extractor(Lexicon lexicon, java.util.function.Function<AnalyzedText, List<int[]>> projectSpans) {
        this.scanner = new AmountScanner(new AmountLexicon(lexicon));
        this.finders = List.of(new MoneyFinder(), new QuantityFinder(lexicon), new RateFinder(lexicon),
                new RankingFinder(lexicon), new ProjectFinder(lexicon, projectSpans));
    }

    public List<FoundFact> extract(AnalyzedText text) {
        DocumentContext context = new DocumentContext(text, scanner.scan(text.text()), new QuotedSpans(text.text()));
        List<FoundFact> out = new ArrayList<>();
        for (FactFinder f : finders) {
            out.addAll(f.find(context));
        }
        out.sort(Comparator.comparingInt(FoundFact::start).thenComparingInt(FoundFact::end));
        return out;
    }
}
