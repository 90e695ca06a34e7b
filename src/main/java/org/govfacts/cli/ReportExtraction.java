package org.govfacts.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.govfacts.pipeline.BatchExtractor;
import org.govfacts.pipeline.Pipeline;
import org.govfacts.read.DocumentReader;
import org.govfacts.read.InputWalker;
import org.govfacts.read.ReadFailure;

/**
 * Extracts the reports under some paths for a command that scores or compares what comes out:
 * every file that cannot be found, read or extracted is added to {@code failures} and named on
 * {@code err} with its reason, and the other files go on.
 */
final class ReportExtraction {
    private ReportExtraction() {
    }

    static void run(List<Path> paths, Pipeline pipeline, int threads, BatchExtractor.Sink each,
                    List<ReadFailure> failures, PrintWriter err) throws IOException {
        List<Path> files = InputWalker.expand(paths, f -> {
            failures.add(f);
            err.println("govfacts: " + f);
        });
        new BatchExtractor(pipeline, new DocumentReader(), threads).run(files, each, f -> {
            failures.add(f);
            err.println("govfacts: " + f);
        });
    }
}
