package org.govfacts.read;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Expands the paths given on the command line into the sorted list of files to read.
 *
 * <p>Folders are searched to any depth ({@link Files#walkFileTree} keeps its own stack, so there is
 * no recursion limit). Symbolic links are followed, so a folder of links to reports works; a link
 * that leads back into a folder already being searched (a loop) is skipped without complaint,
 * since everything it leads to is read anyway, and a file reached by two paths is read once,
 * under the first path in sorted order. Inside folders, hidden entries (names starting with '.',
 * e.g. .git), Office lock files ({@code ~$report.docx}) and data files (MANIFEST.csv, *.jsonl)
 * are skipped; a path named on the command line is always taken. A folder that yields no file at
 * all is reported as a problem too ("empty folder"), so a run on it does not look like a success.
 *
 * <p>Every problem (a path that does not exist, a folder or file that cannot be read) is reported
 * once to {@code problems}, with the path and the reason, and the rest goes on. The result is
 * sorted by path so that output order never depends on the file system.
 */
public final class InputWalker {
    private InputWalker() {
    }

    public static List<Path> expand(List<Path> inputs, Consumer<ReadFailure> problems) {
        List<Path> found = new ArrayList<>();
        Set<Path> reported = new HashSet<>();
        Consumer<ReadFailure> once = f -> {
            if (reported.add(f.path().toAbsolutePath().normalize())) {
                problems.accept(f);
            }
        };
        for (Path in : inputs) {
            if (Files.isDirectory(in)) {
                int before = found.size();
                int problemsBefore = reported.size();
                walk(in, found, once);
                if (found.size() == before && reported.size() == problemsBefore) {
                    // a folder that yields nothing is a mistake to say, not an empty result to report as success
                    once.accept(new ReadFailure(in, isEmpty(in) ? "empty folder: no report files"
                            : "no report files in this folder (hidden, lock and data files such as .csv or .jsonl are skipped)"));
                }
            } else if (Files.isRegularFile(in)) {
                addIfReadable(in, found, once);
            } else {
                once.accept(new ReadFailure(in, Files.exists(in, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                        ? (Files.isSymbolicLink(in) ? "broken symbolic link" : "not a regular file or folder")
                        : "no such file or folder"));
            }
        }
        found.sort(null);
        return withoutDuplicates(found);
    }

    private static void walk(Path root, List<Path> found, Consumer<ReadFailure> problems) {
        try {
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (!dir.equals(root) && skipped(dir)) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (!skipped(file) && attrs.isRegularFile()) {
                        addIfReadable(file, found, problems);
                    } else if (!skipped(file) && !attrs.isDirectory() && !attrs.isOther() && attrs.isSymbolicLink()) {
                        problems.accept(new ReadFailure(file, "broken symbolic link"));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    if (e instanceof FileSystemLoopException || skipped(file)) {
                        return FileVisitResult.CONTINUE; // its contents are being read through the other path
                    }
                    if (e instanceof NoSuchFileException && Files.isSymbolicLink(file)) {
                        problems.accept(new ReadFailure(file, "broken symbolic link"));
                    } else {
                        problems.accept(new ReadFailure(file, (Files.isDirectory(file) ? "cannot open folder: " : "cannot read: ")
                                + reason(e), e));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) {
                    if (e != null) {
                        problems.accept(new ReadFailure(dir, "cannot list folder completely: " + reason(e), e));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException | RuntimeException e) {
            problems.accept(new ReadFailure(root, "cannot search folder: " + reason(e), e));
        }
    }

    private static boolean isEmpty(Path dir) {
        try (var entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    /** Data files that sit beside reports in a collection (a manifest, extracted facts), never reports. */
    private static final java.util.Set<String> DATA_EXTENSIONS = java.util.Set.of(
            "csv", "tsv", "json", "jsonl", "xml", "yaml", "yml", "ini", "properties", "log", "xlsx", "xls");

    /**
     * Hidden files and folders, the lock files Word and Excel leave beside an open document, and
     * data files (MANIFEST.csv, facts.jsonl) found inside a folder.
     */
    private static boolean skipped(Path p) {
        Path name = p.getFileName();
        if (name == null) {
            return false;
        }
        String s = name.toString();
        return s.startsWith(".") || s.startsWith("~$") || Files.isRegularFile(p) && isDataFileName(s);
    }

    /**
     * Whether a file found inside a folder is left out, judged by its name alone: the same rule
     * for jobs that list files themselves (a Spark job listing a distributed file system).
     */
    public static boolean skippedFileName(String name) {
        return name.startsWith(".") || name.startsWith("~$") || isDataFileName(name);
    }

    private static boolean isDataFileName(String name) {
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
        return DATA_EXTENSIONS.contains(ext);
    }

    private static void addIfReadable(Path file, List<Path> found, Consumer<ReadFailure> problems) {
        if (Files.isReadable(file)) {
            found.add(file);
        } else {
            problems.accept(new ReadFailure(file, "permission denied"));
        }
    }

    /** Keeps the first (sorted) path of each file reached through several paths. */
    private static List<Path> withoutDuplicates(List<Path> sorted) {
        Set<Object> seen = new HashSet<>();
        List<Path> out = new ArrayList<>(sorted.size());
        for (Path p : sorted) {
            if (seen.add(identity(p))) {
                out.add(p);
            }
        }
        return out;
    }

    private static Object identity(Path p) {
        try {
            Object key = Files.readAttributes(p, BasicFileAttributes.class).fileKey();
            return key != null ? key : p.toRealPath();
        } catch (IOException e) {
            return p.toAbsolutePath().normalize();
        }
    }

    static String reason(Exception e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof FileSystemLoopException) {
            return "symbolic link loop";
        }
        return e.getMessage() == null ? e.toString() : e.getMessage();
    }
}
