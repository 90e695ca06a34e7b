package org.govfacts.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.govfacts.output.ResultWriter;
import org.govfacts.pipeline.BatchExtractor;
import org.govfacts.pipeline.Pipeline;
import org.govfacts.read.DocumentReader;
import org.govfacts.read.InputWalker;
import org.govfacts.read.ReadFailure;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Extract every fact from reports (files, or folders searched recursively).",
            "Facts are written as each document finishes, in path order."},
        footer = {"", "Formats:",
            "  jsonl  one fact a line: FACTS.md fields + doc, path, region, sentence, normalized_sentence",
            "  json   one object per document: path, sha256, characters, script, title, region, facts, warnings",
            "  csv    a flat table (UTF-8 with BOM), for pipes and Excel",
            "  xlsx   the same table as an Excel workbook (numbers numeric): for LibreOffice and Excel",
            "", "Exit codes: 0 all files read, 1 some files failed (listed on stderr), 2 usage error."})
final class ExtractCommand implements Callable<Integer> {
    @Option(names = "--format", defaultValue = "jsonl", paramLabel = "FORMAT",
            description = "json, jsonl, csv or xlsx (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--with-text", description = "With --format json: add each document's text (as decoded or extracted "
            + "from PDF, Word or HTML), the text that fact offsets refer to.")
    boolean withText;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Write to this file instead of stdout.")
    Path output;

    @Mixin
    ThreadsOption threads;

    @Mixin
    DictionaryOption dictionaries;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Report files or folders.")
    List<Path> paths;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        ResultWriter.Format fmt;
        try {
            fmt = ResultWriter.Format.parse(format);
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "unknown format '" + format + "' (json, jsonl, csv or xlsx)");
        }
        if (withText && fmt != ResultWriter.Format.JSON) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--with-text goes with --format json");
        }
        if (fmt.binary() && output == null && System.console() != null) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--format " + format + " is a binary file: give -o FILE." + format + " (or redirect stdout)");
        }
        PrintWriter err = spec.commandLine().getErr();
        List<ReadFailure> failures = new ArrayList<>();
        List<Path> files = InputWalker.expand(paths, f -> report(err, failures, f));
        Pipeline pipeline = dictionaries.pipeline(dictionaries.lexicon());
        int n = threads.count();
        BatchExtractor batch = new BatchExtractor(pipeline, new DocumentReader(), n);
        Progress progress = Progress.start(files.size());
        BatchExtractor.Sink warn = r -> {
            progress.documentDone(r.info().characters());
            r.warnings().forEach(w -> err.println("govfacts: " + r.info().path() + ": warning: " + w));
        };
        Run run = rw -> batch.runWithSources(files, (r, source) -> {
            warn.accept(r);
            rw.write(r, source.text());
        }, f -> report(err, failures, f));
        BatchExtractor.Summary summary = fmt.binary()
                ? OutputTarget.writeBytes(output, o -> {
                    try (ResultWriter rw = ResultWriter.create(fmt, o)) {
                        return run.into(rw);
                    }
                })
                : OutputTarget.write(output, w -> {
                    try (ResultWriter rw = ResultWriter.create(fmt, w, withText)) {
                        return run.into(rw);
                    }
                });
        progress.close();
        err.printf("govfacts: %d document(s), %d fact(s)%s%n", summary.documents(), summary.facts(),
                failures.isEmpty() ? "" : ", " + failures.size() + " file(s) failed:");
        for (ReadFailure f : failures) {
            err.println("  " + org.govfacts.read.FileNames.show(f.path()));
        }
        err.flush();
        return failures.isEmpty() ? 0 : 1;
    }

    private interface Run {
        BatchExtractor.Summary into(ResultWriter rw) throws IOException;
    }

    private static synchronized void report(PrintWriter err, List<ReadFailure> failures, ReadFailure f) {
        failures.add(f);
        err.println("govfacts: " + org.govfacts.read.FileNames.show(f.path()) + ": " + f.reason());
        err.flush();
    }
}
