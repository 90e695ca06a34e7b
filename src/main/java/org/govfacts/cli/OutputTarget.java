package org.govfacts.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.govfacts.output.ReplacingFile;

/**
 * Where a command writes its result: stdout, or a file written beside its target and moved into
 * place only when complete ({@link ReplacingFile}), so a failed run never leaves half a file.
 */
final class OutputTarget {
    interface Body<T> {
        T write(Writer w) throws IOException;
    }

    interface BinaryBody<T> {
        T write(java.io.OutputStream out) throws IOException;
    }

    private OutputTarget() {
    }

    /** A temporary file is private to its owner; the file it becomes is read like any new file. */
    private static void readableLikeANewFile(Path p) throws IOException {
        if (p.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(p, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    /** Bytes (a workbook, an image) to {@code output}, moved into place only when complete. */
    static <T> T writeBytes(Path output, BinaryBody<T> body) throws IOException {
        Path abs = output.toAbsolutePath();
        Path tmp = Files.createTempFile(abs.getParent(), "." + abs.getFileName(), ".part");
        try {
            T result;
            try (java.io.OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(tmp))) {
                result = body.write(out);
            }
            readableLikeANewFile(tmp);
            Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return result;
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    static <T> T write(Path output, Body<T> body) throws IOException {
        if (output == null) {
            Writer w = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
            T result = body.write(w);
            w.flush();
            return result;
        }
        return ReplacingFile.write(output, out -> {
            Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            T result = body.write(w);
            w.flush();
            return result;
        });
    }

    /** A binary result (a workbook): to stdout as bytes, or to a file replaced when complete. */
    static <T> T writeBytes(Path output, ReplacingFile.Body<T> body) throws IOException {
        if (output == null) {
            java.io.OutputStream out = new java.io.BufferedOutputStream(new java.io.FileOutputStream(java.io.FileDescriptor.out));
            T result = body.write(out);
            out.flush();
            return result;
        }
        return ReplacingFile.write(output, body);
    }
}
