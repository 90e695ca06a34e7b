package org.govfacts.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.govfacts.check.CheckDocument;
import org.govfacts.check.Checker;
import org.govfacts.fact.Fact;
import org.govfacts.index.FactSearcher;
import org.govfacts.index.IndexAnalysis;
import org.govfacts.index.IndexedReport;
import org.govfacts.index.IndicatorSynonyms;
import org.govfacts.index.SearchHit;
import org.govfacts.index.SearchRequest;
import org.govfacts.lexicon.Lexicon;
import org.govfacts.output.FactJson;
import org.govfacts.pipeline.BatchExtractor;
import org.govfacts.read.DocumentReader;
import org.govfacts.read.InputWalker;
import org.govfacts.read.ReadFailure;
import org.govfacts.review.ReviewReport;
import org.govfacts.review.ReviewSite;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "review", mixinStandardHelpOptions = true,
        description = {"Write a review site: every fact highlighted in its report's text, to check figures against the source.",
            "index.html lists the reports (date, region, counts by type and status); each report's page shows its text",
            "with the facts marked by type (targets apart from results), the fields of a fact on click, the check",
            "findings with their figures, and a table of the facts to filter and sort. Static files, no network needed.",
            "A fact's place is REPORT-PAGE.html#f-START-END (the `link` field of `search`)."},
        footer = {"", "Exit codes: 0 all files read, 1 some files failed (listed on stderr), 2 usage error."})
final class ReviewCommand implements Callable<Integer> {
    @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = "review",
            description = "Folder to write the site to (default: ${DEFAULT-VALUE}); pages already there are replaced.")
    Path output;

    @Option(names = "--index", paramLabel = "DIR", description = "Show the reports kept in this index (see `govfacts index`).")
    Path index;

    @Mixin
    ThreadsOption threads;

    @Mixin
    DictionaryOption dictionaries;

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Report files or folders (searched recursively).")
    List<Path> paths = new ArrayList<>();

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if ((index == null) == paths.isEmpty()) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "give either --index DIR or report PATHs");
        }
        PrintWriter err = spec.commandLine().getErr();
        Lexicon lexicon = dictionaries.lexicon();
        List<ReadFailure> failures = new ArrayList<>();
        List<ReviewReport> reports = index != null ? fromIndex(lexicon) : extract(lexicon, err, failures);
        if (reports.isEmpty()) {
            err.println("govfacts: no reports to show" + (index != null ? " in index " + index : ""));
            err.flush();
            return 1;
        }
        List<CheckDocument> docs = reports.stream().map(r -> new CheckDocument(r.doc(), r.facts(), r.text())).toList();
        Checker.Run run = new Checker(lexicon).run(docs);
        run.stopped().forEach(p -> err.println("govfacts: check: " + p));
        ReviewSite.Summary s = ReviewSite.write(output, reports, run.findings(), err);
        err.printf("govfacts: %d report page(s), %d fact(s), %d check finding(s)%s: open %s%n", s.pages(), s.facts(), s.findings(),
                failures.isEmpty() ? "" : ", " + failures.size() + " file(s) failed", output.resolve("index.html"));
        err.flush();
        return failures.isEmpty() && run.stopped().isEmpty() ? 0 : 1;
    }

    private List<ReviewReport> extract(Lexicon lexicon, PrintWriter err, List<ReadFailure> failures) throws IOException {
        List<Path> files = InputWalker.expand(paths, f -> report(err, failures, f));
        List<ReviewReport> out = new ArrayList<>();
        Progress progress = Progress.start(files.size());
        new BatchExtractor(dictionaries.pipeline(lexicon), new DocumentReader(), threads.count()).runWithSources(files, (r, source) -> {
            progress.documentDone(r.info().characters());
            r.warnings().forEach(w -> err.println("govfacts: " + r.info().path() + ": warning: " + w));
            out.add(new ReviewReport(FactJson.toJson(r.info()), source.text(), r.facts()));
        }, f -> report(err, failures, f));
        progress.close();
        return out;
    }

    /** The reports an index keeps, with their text and facts. */
    private List<ReviewReport> fromIndex(Lexicon lexicon) throws IOException {
        IndexAnalysis analysis = IndexAnalysis.standard(lexicon);
        try (FactSearcher searcher = FactSearcher.open(index, analysis, IndicatorSynonyms.load(lexicon, analysis::foldText))) {
            long n = searcher.stats().facts();
            Map<String, List<Fact>> byDoc = new LinkedHashMap<>();
            if (n > 0) {
                for (SearchHit h : searcher.search(SearchRequest.builder().sort(SearchRequest.Order.DOCUMENT)
                        .limit((int) Math.min(Integer.MAX_VALUE - 8, n)).build()).hits()) {
                    byDoc.computeIfAbsent(h.fact().doc(), k -> new ArrayList<>()).add(h.fact());
                }
            }
            List<ReviewReport> out = new ArrayList<>();
            for (IndexedReport r : searcher.reports()) {
                out.add(new ReviewReport(r.info(), r.text(), byDoc.getOrDefault(r.info().path("doc").asText(""), List.of())));
            }
            return out;
        }
    }

    private static synchronized void report(PrintWriter err, List<ReadFailure> failures, ReadFailure f) {
        failures.add(f);
        err.println("govfacts: " + f.path() + ": " + f.reason());
        err.flush();
    }
}
