package org.govfacts.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/** Expands the paths given on the command line into the sorted list of files to read. */
public final class InputWalker {
    private InputWalker() {
    }

    /**
     * Files are taken as they are; folders are searched recursively for regular files. The result
     * is sorted by path so that output order never depends on the file system. Paths that do not
     * exist or cannot be listed are reported to {@code problems} and skipped.
     */
    public static List<Path> expand(List<Path> inputs, Consumer<ReadFailure> problems) {
        List<Path> out = new ArrayList<>();
        for (Path in : inputs) {
            if (Files.isDirectory(in)) {
                try (Stream<Path> s = Files.walk(in)) {
                    s.filter(Files::isRegularFile).forEach(out::add);
                } catch (IOException | RuntimeException e) {
                    problems.accept(new ReadFailure(in, "cannot list folder: " + e.getMessage(), e));
                }
            } else if (Files.isRegularFile(in)) {
                out.add(in);
            } else {
                problems.accept(new ReadFailure(in, Files.exists(in) ? "not a regular file" : "no such file or folder"));
            }
        }
        out.sort(null);
        return out;
    }
}
