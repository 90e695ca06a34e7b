package org.govfacts.index;

import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.LeafReaderContext;

/**
 * The index folder holds damaged files: a checksum that does not match (a flipped byte), a file
 * cut short, or a format this version cannot read. Its facts are not served; the message says how
 * to rebuild it.
 */
public final class DamagedIndexException extends IOException {
    public DamagedIndexException(Path dir, Throwable cause) {
        super("index " + dir + " is damaged (" + reason(cause) + "); rebuild it from the reports with: govfacts index "
                + "--force --index " + dir + " PATH...", cause);
    }

    /** Whether Lucene threw this because the files are damaged rather than for another reason. */
    static boolean isDamage(Throwable e) {
        return e instanceof CorruptIndexException || e instanceof IndexFormatTooOldException
                || e instanceof IndexFormatTooNewException || e instanceof EOFException;
    }

    /**
     * Verifies the checksum of every file of every segment (Lucene's own footers), so that a
     * flipped byte in stored fields is caught before a garbled fact is served.
     */
    static void verify(Path dir, DirectoryReader reader) throws IOException {
        try {
            for (LeafReaderContext leaf : reader.leaves()) {
                leaf.reader().checkIntegrity();
            }
        } catch (IOException e) {
            if (isDamage(e)) {
                throw new DamagedIndexException(dir, e);
            }
            throw e;
        }
    }

    private static String reason(Throwable e) {
        if (e instanceof CorruptIndexException c) {
            return c.getOriginalMessage().lines().findFirst().orElse("checksum failed");
        }
        if (e instanceof EOFException) {
            return "a file is cut short";
        }
        if (e instanceof IndexFormatTooOldException || e instanceof IndexFormatTooNewException) {
            return "written by another version of Lucene";
        }
        return String.valueOf(e.getMessage());
    }
}
