package org.govfacts.opensearch;

import java.io.IOException;

/** OpenSearch could not be reached, or refused a request; the message says which and why. */
public final class OpenSearchException extends IOException {
    public OpenSearchException(String message) {
        super(message);
    }

    public OpenSearchException(String message, Throwable cause) {
        super(message, cause);
    }
}
