package org.govfacts.cli;

import org.govfacts.read.FileNames;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code govfacts} command line: wires subcommands to the pipeline, nothing more. */
@Command(name = "govfacts", mixinStandardHelpOptions = true, version = "govfacts 0.1.0",
        description = "Mine structured facts (money, quantities, growth rates, shares, rankings, projects) "
                + "out of Chinese government reports.",
        subcommands = {ExtractCommand.class, IndexCommand.class, SearchCommand.class, StatsCommand.class,
            CheckCommand.class, ProjectsCommand.class, PanelCommand.class, PanelEvalCommand.class, ReviewCommand.class, EvalCommand.class, BenchCommand.class, BenchIndexCommand.class,
            CommandLine.HelpCommand.class},
        footer = {"", "Exit codes: 0 all files read, 1 some files failed (listed on stderr), 2 usage error."})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** A path argument; one the locale garbled says so instead of "no such file". */
    private static java.nio.file.Path path(String s) {
        boolean garbled = s.indexOf('\uFFFD') >= 0 || s.indexOf('?') >= 0 && !FileNames.localeHoldsChinese();
        if (garbled && !FileNames.localeHoldsChinese()) {
            throw new CommandLine.TypeConversionException("cannot use the file name '" + s + "': this locale encodes file "
                    + "names as " + FileNames.fileNameCharset() + ", which cannot hold it; run govfacts in a UTF-8 locale "
                    + "(e.g. LC_ALL=C.UTF-8, as bin/govfacts does)");
        }
        try {
            return java.nio.file.Path.of(s);
        } catch (java.nio.file.InvalidPathException e) {
            throw new CommandLine.TypeConversionException("cannot use the file name '" + s + "': " + e.getReason());
        }
    }

    public static int execute(String... args) {
        CommandLine cl = new CommandLine(new Main());
        cl.registerConverter(java.nio.file.Path.class, Main::path);
        // UTF-8 whatever the locale: Chinese text written as '?' would be lost without a word
        cl.setOut(new java.io.PrintWriter(new java.io.OutputStreamWriter(System.out, java.nio.charset.StandardCharsets.UTF_8), true));
        cl.setErr(new java.io.PrintWriter(new java.io.OutputStreamWriter(System.err, java.nio.charset.StandardCharsets.UTF_8), true));
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            cmd.getErr().println("govfacts: " + (ex.getMessage() == null ? ex.toString() : ex.getMessage()));
            if (System.getenv("GOVFACTS_DEBUG") != null) {
                ex.printStackTrace(cmd.getErr());
            }
            return 1;
        });
        return cl.execute(args);
    }
}
