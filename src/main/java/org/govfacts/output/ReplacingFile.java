package org.govfacts.output;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A file written beside its target and moved into place only when complete, so a failed run never
 * leaves half a file. The partial file is made with {@link Files#createFile}, not
 * {@code createTempFile}: a temporary file is private (mode 600), and moving it into place would
 * hand the user a result nobody else can read. This way the file gets the permissions the umask
 * gives (644 under the usual 022), and a file it replaces keeps its own.
 */
public final class ReplacingFile {
    public interface Body<T> {
        T write(OutputStream out) throws IOException;
    }

    private ReplacingFile() {
    }

    public static <T> T write(Path target, Body<T> body) throws IOException {
        Path abs = target.toAbsolutePath();
        Path tmp = createPartFile(abs);
        try {
            T result;
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp))) {
                result = body.write(out);
            }
            keepPermissionsOf(abs, tmp);
            Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return result;
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static Path createPartFile(Path abs) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path tmp = abs.resolveSibling("." + abs.getFileName() + "." + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36)
                    + ".part");
            try {
                return Files.createFile(tmp);
            } catch (FileAlreadyExistsException e) {
                if (attempt > 100) {
                    throw e;
                }
            }
        }
    }

    /** A file being replaced keeps its permissions (as an editor saving it would). */
    private static void keepPermissionsOf(Path existing, Path tmp) throws IOException {
        PosixFileAttributeView from = Files.getFileAttributeView(existing, PosixFileAttributeView.class);
        PosixFileAttributeView to = Files.getFileAttributeView(tmp, PosixFileAttributeView.class);
        if (from != null && to != null && Files.isRegularFile(existing)) {
            try {
                to.setPermissions(from.readAttributes().permissions());
            } catch (IOException | SecurityException e) {
                // not ours to read or change: the umask's default stays
            }
        }
    }
}
