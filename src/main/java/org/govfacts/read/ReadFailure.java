package org.govfacts.read;

import java.nio.file.Path;

/** A file that could not be read as a report, with the reason in plain words. */
public final class ReadFailure extends Exception {
    private final transient Path path;

    public ReadFailure(Path path, String reason) {
        super(reason);
        this.path = path;
    }

    public ReadFailure(Path path, String reason, Throwable cause) {
        super(reason, cause);
        this.path = path;
    }

    public Path path() {
        return path;
    }

    public String reason() {
        return getMessage();
    }

    @Override
    public String toString() {
        return FileNames.show(path) + ": " + getMessage();
    }
}
