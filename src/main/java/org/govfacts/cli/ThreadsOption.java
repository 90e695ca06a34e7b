package org.govfacts.cli;

import picocli.CommandLine.Option;

/** The {@code --threads} option of every command that extracts: default, one thread per core. */
final class ThreadsOption {
    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: number of cores).")
    Integer threads;

    int count() {
        return threads == null ? Runtime.getRuntime().availableProcessors() : Math.max(1, threads);
    }
}
