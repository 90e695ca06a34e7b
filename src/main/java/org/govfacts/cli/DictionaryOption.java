package org.govfacts.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.govfacts.lexicon.Lexicon;
import picocli.CommandLine.Option;

/** The {@code --dictionaries} and {@code --manifest} options every extracting command shares. */
final class DictionaryOption {
    @Option(names = "--manifest", paramLabel = "FILE",
            description = {"CSV or JSON Lines with each report's path (or doc/file name), date and region;",
                "overrides the date and region govfacts would detect."})
    Path manifest;

    /** The pipeline over these dictionaries, with the manifest's dates and regions where given. */
    org.govfacts.pipeline.Pipeline pipeline(Lexicon lexicon) {
        org.govfacts.resolve.Manifest m = org.govfacts.resolve.Manifest.EMPTY;
        if (manifest != null) {
            try {
                m = org.govfacts.resolve.Manifest.read(manifest);
            } catch (java.nio.file.NoSuchFileException e) {
                throw new IllegalArgumentException("manifest not found: " + manifest);
            } catch (java.io.IOException e) {
                throw new IllegalArgumentException("manifest " + e.getMessage());
            }
        }
        return new org.govfacts.pipeline.Pipeline(lexicon, m);
    }

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
