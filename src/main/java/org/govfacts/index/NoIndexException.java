package org.govfacts.index;

import java.io.IOException;
import java.nio.file.Path;

/** There is no committed index in the folder yet. */
public final class NoIndexException extends IOException {
    public NoIndexException(Path dir, Throwable cause) {
        super("no index at " + dir + " (build one with: govfacts index PATH...)", cause);
    }
}
