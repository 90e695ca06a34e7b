package org.govfacts.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --index} option of the index, search and stats commands. */
final class IndexDirOption {
    /** Where the index lives unless told otherwise: in the working directory, ignored by git. */
    static final String DEFAULT = ".govfacts-index";

    @Option(names = "--index", paramLabel = "DIR", defaultValue = DEFAULT,
            description = "Index folder (default: ${DEFAULT-VALUE} in the working directory).")
    Path dir;
}
