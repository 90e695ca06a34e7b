package org.govfacts.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.govfacts.lexicon.Lexicon;
import picocli.CommandLine.Option;

/** The {@code --dictionaries} option every extracting command shares. */
final class DictionaryOption {
    @Option(names = "--dictionaries", paramLabel = "DIR",
            description = "Folder of word lists (default: $GOVFACTS_HOME/dictionaries, ./dictionaries, or the built-in copy).")
    Path dir;

    Lexicon lexicon() {
        if (dir != null) {
            if (!Files.isDirectory(dir)) {
                throw new IllegalArgumentException("dictionaries folder not found: " + dir);
            }
            return Lexicon.at(dir);
        }
        return Lexicon.locate();
    }
}
