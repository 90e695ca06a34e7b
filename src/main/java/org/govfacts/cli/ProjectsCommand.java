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
import org.govfacts.check.ProjectWriter;
import org.govfacts.read.ReadFailure;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "projects", mixinStandardHelpOptions = true,
        description = {"List each project once, with its name variants and figures.",
            "Its name variants (linked across reports and scripts), the reports",
            "mentioning it, and what they say of it: figures (investment, durations …), stages (签约, 开工, 投产 …), dates."},
        footer = {"", "Exit codes: 0 listed, 1 some files failed (listed on stderr), 2 usage error."})
final class ProjectsCommand implements Callable<Integer> {
    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT", description = "text, json or jsonl (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Write to this file instead of stdout.")
    Path output;

    @Mixin
    CheckInputs inputs;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        FindingWriter.Format fmt = CheckInputs.format(spec, format);
        if (fmt == FindingWriter.Format.HTML) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "unknown format '" + format + "' (text, json or jsonl)");
        }
        PrintWriter err = spec.commandLine().getErr();
        List<ReadFailure> failures = new ArrayList<>();
        List<CheckDocument> docs = inputs.loadOrUsageError(spec, failures);
        OutputTarget.write(output, w -> {
            ProjectWriter.write(fmt, new Checker(inputs.lexicon()).register(docs), w);
            return null;
        });
        return failures.isEmpty() ? 0 : 1;
    }
}
