package org.govfacts.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code govfacts} command line: wires subcommands to the pipeline, nothing more. */
@Command(name = "govfacts", mixinStandardHelpOptions = true, version = "govfacts 0.1.0",
        description = "Mine structured facts (money, quantities, growth rates, shares, rankings, projects) "
                + "out of Chinese government reports.",
        subcommands = {ExtractCommand.class, IndexCommand.class, SearchCommand.class, StatsCommand.class,
            CheckCommand.class, ProjectsCommand.class, EvalCommand.class, BenchCommand.class, BenchIndexCommand.class,
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

    public static int execute(String... args) {
        CommandLine cl = new CommandLine(new Main());
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
