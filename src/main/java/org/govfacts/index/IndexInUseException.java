package org.govfacts.index;

import java.io.IOException;
import java.nio.file.Path;

/** Another process (or another writer in this one) holds the index's write lock. */
public final class IndexInUseException extends IOException {
    public IndexInUseException(Path dir, Throwable cause) {
        super("index " + dir + " is in use by another govfacts process", cause);
    }
}
