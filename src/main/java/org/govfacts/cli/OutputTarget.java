package org.govfacts.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Where a command writes its result: stdout, or a file written beside its target and moved into
 * place only when complete, so a failed run never leaves half a file.
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
        Path abs = output.toAbsolutePath();
        Path tmp = Files.createTempFile(abs.getParent(), "." + abs.getFileName(), ".part");
        try {
            T result;
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                result = body.write(w);
            }
            Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return result;
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
