package org.govfacts.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.govfacts.check.CheckDocument;
import org.govfacts.check.Checker;
import org.govfacts.check.FindingWriter;
import org.govfacts.check.KeyScorer;
import org.govfacts.check.MutationHarness;
import org.govfacts.read.ReadFailure;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Cross-check figures within and between reports.",
            "Parts against totals, rates and shares against their counts and bases (structures such as",
            "19.1:28.3:52.6 and bulletin tables too), done/remaining splits, gaps in points between two",
            "stated rates, restated figures, the same project or indicator in several reports,",
            "growth rates against levels. Every finding says consistent, inconsistent or cannot tell."},
        footer = {"", "Formats:",
            "  text   a referee's report, inconsistencies first",
            "  json   {documents, counts, findings: [{kind, verdict, facts, expected, stated, tolerance, unit, message}]}",
            "  jsonl  one finding a line",
            "  html   one self-contained page: each finding with its sentences, figures marked",
            "", "Kind target: a target against its result (same indicator, subject, place, period), verdict met, missed",
            "or cannot tell (the rule: org.govfacts.compare.TargetRule).",
            "", "Exit codes: 0 checked, 1 some files failed (listed on stderr), 2 usage error."})
final class CheckCommand implements Callable<Integer> {
    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT", description = "text, json, jsonl or html (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Write to this file instead of stdout.")
    Path output;

    @Mixin
    CheckInputs inputs;

    @Option(names = "--mutations", hidden = true,
            description = "Instead of checking, measure the checker: alter figures on purpose and count what it catches.")
    boolean mutations;

    @Option(names = "--seed", hidden = true, defaultValue = "1", description = "Random seed for --mutations.")
    long seed;

    @Option(names = "--restatements-per-report", hidden = true, defaultValue = "20",
            description = "How many figures of each report --mutations alters in a copy of it.")
    int restatements;

    @Option(names = "--key", hidden = true, paramLabel = "KEY",
            description = "Instead of checking, score the checker against a key of relations (key.jsonl; see evaluation/check-dev).")
    Path key;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        FindingWriter.Format fmt = CheckInputs.format(spec, format);
        PrintWriter err = spec.commandLine().getErr();
        List<ReadFailure> failures = new ArrayList<>();
        List<CheckDocument> docs = inputs.loadOrUsageError(spec, failures);
        Checker checker = new Checker(inputs.lexicon());
        long facts = docs.stream().mapToLong(d -> d.facts().size()).sum();
        if (facts == 0) {
            err.println("govfacts: no facts to check in " + docs.size() + " document(s)");
        }
        List<String> stopped = new ArrayList<>();
        OutputTarget.write(output, w -> {
            if (key != null) {
                w.write(new KeyScorer(checker).score(KeyScorer.readKey(key), docs).format());
            } else if (mutations) {
                w.write(new MutationHarness(checker, seed, restatements).run(docs).format());
            } else {
                Checker.Run run = checker.run(docs);
                stopped.addAll(run.stopped());
                FindingWriter.write(fmt, run.findings(), (int) docs.stream().map(CheckDocument::doc).distinct().count(), w);
            }
            return null;
        });
        for (String problem : stopped) {
            err.println("govfacts: check: " + problem);
        }
        return failures.isEmpty() && stopped.isEmpty() ? 0 : 1;
    }
}
