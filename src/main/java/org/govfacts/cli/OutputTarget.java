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

    private OutputTarget() {
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
