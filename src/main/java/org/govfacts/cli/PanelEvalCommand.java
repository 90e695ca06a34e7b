package org.govfacts.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.govfacts.eval.PanelScorer;
import org.govfacts.fact.Fact;
import org.govfacts.lexicon.Lexicon;
import org.govfacts.panel.IndicatorMatcher;
import org.govfacts.panel.PanelBuilder;
import org.govfacts.read.ReadFailure;
import org.govfacts.resolve.Places;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "panel-eval", mixinStandardHelpOptions = true,
        description = {"Score panels against a key of cells annotated by hand.",
            "KEY is a folder with cells.jsonl, negatives.jsonl, questions.tsv (indicator<TAB>types) and docs/.",
            "Prints cell recall and precision (a cell matches on document, indicator, region, period, status",
            "and a value within 0.1%%) and how many predicted cells fall on annotated negatives."})
final class PanelEvalCommand implements Callable<Integer> {
    @Option(names = "--key", required = true, paramLabel = "KEY", description = "The key folder.")
    Path key;

    @Option(names = "--show-errors", paramLabel = "N", defaultValue = "0", description = "List up to N missed and N spurious cells.")
    int showErrors;

    @Mixin
    ThreadsOption threads;

    @Mixin
    DictionaryOption dictionaries;

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Reports to extract (default: KEY/docs).")
    List<Path> paths = new ArrayList<>();

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<ReadFailure> failures = new ArrayList<>();
        Lexicon lexicon = dictionaries.lexicon();
        List<Fact> facts = new ArrayList<>();
        ReportExtraction.run(paths.isEmpty() ? List.of(key.resolve("docs")) : paths, dictionaries.pipeline(lexicon), threads.count(),
                r -> facts.addAll(r.facts()), failures, err);
        PanelBuilder builder = PanelBuilder.of(lexicon);
        List<PanelScorer.Predicted> predicted = PanelScorer.predict(builder, PanelScorer.questions(key.resolve("questions.tsv")), facts);
        PanelScorer.Report report = PanelScorer.score(PanelScorer.keyCells(key.resolve("cells.jsonl")), predicted,
                PanelScorer.negatives(key.resolve("negatives.jsonl")));
        out.print(report.format(showErrors));
        if (showErrors > 0 && !report.missed().isEmpty()) {
            // the cell by cell reading of the misses: what was extracted at each one's text, and what differs
            out.println("why missed:");
            IndicatorMatcher matcher = IndicatorMatcher.of(lexicon);
            report.missed().stream().limit(showErrors).forEach(k -> out.println("  " + k.doc() + " «" + k.text() + "» @"
                    + k.start() + ": " + PanelScorer.explain(k, facts, matcher)));
        }
        out.flush();
        return failures.isEmpty() ? 0 : 1;
    }
}
