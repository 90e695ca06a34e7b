package org.govfacts.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputWalkerTest {
    @TempDir
    Path dir;

    private final List<ReadFailure> problems = new ArrayList<>();

    private List<Path> expand(Path... inputs) {
        return InputWalker.expand(List.of(inputs), problems::add);
    }

    private Path file(String relative) throws IOException {
        Path p = dir.resolve(relative);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, ReportSentences.SIMPLIFIED_2);
    }

    @Test
    void sortedRecursiveAndWithoutHiddenEntries() throws IOException {
        Path b = file("b/report.txt");
        Path a2 = file("a/z.txt");
        Path a1 = file("a/sub/deeper/y.txt");
        Path top = file("0.txt");
        file(".git/objects/ab/cdef");
        file("a/.hidden.txt");
        file("a/~$report.docx");
        file(".cache/x.txt");
        assertEquals(List.of(top, a1, a2, b), expand(dir));
        assertTrue(problems.isEmpty(), problems::toString);
    }

    @Test
    void aHiddenPathNamedOnTheCommandLineIsTaken() throws IOException {
        Path hidden = file(".drafts/report.txt");
        assertEquals(List.of(hidden), expand(dir.resolve(".drafts")));
        assertEquals(List.of(hidden), expand(hidden));
    }

    @Test
    void deeplyNestedFolders() throws IOException {
        StringBuilder rel = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            rel.append("d").append(i % 10).append('/');
        }
        Path deep = file(rel + "report.txt");
        Path shallow = file("report.txt");
        List<Path> found = expand(dir);
        assertEquals(List.of(deep, shallow), found);
        assertEquals(201, dir.relativize(found.get(0)).getNameCount());
        assertTrue(problems.isEmpty(), problems::toString);
    }

    @Test
    void symlinkLoopEndsAndEachFileComesOnce() throws IOException {
        Path report = file("a/report.txt");
        try {
            Files.createSymbolicLink(dir.resolve("a/loop"), dir);          // back to the top
            Files.createSymbolicLink(dir.resolve("a/self"), dir.resolve("a")); // to itself
        } catch (UnsupportedOperationException e) {
            assumeTrue(false, "no symbolic links on this file system");
        }
        assertEquals(List.of(report), expand(dir));
        assertTrue(problems.isEmpty(), "a loop is not an error: what it leads to is read anyway; " + problems);
    }

    @Test
    void linkedFolderIsFollowedAndDuplicatesRemoved() throws IOException {
        Path elsewhere = Files.createTempDirectory(dir, "store");
        Path real = Files.writeString(elsewhere.resolve("r.txt"), ReportSentences.SIMPLIFIED_2);
        Path reports = Files.createDirectories(dir.resolve("reports"));
        Files.createSymbolicLink(reports.resolve("2024"), elsewhere);
        Files.createSymbolicLink(reports.resolve("again.txt"), real);
        List<Path> found = expand(reports, reports.resolve("2024/r.txt"));
        assertEquals(List.of(reports.resolve("2024/r.txt")), found, "one file reached three ways is read once");
    }

    @Test
    void missingPathsAndBrokenLinksAreReportedOnce() throws IOException {
        Path good = file("good.txt");
        Path missing = dir.resolve("missing.txt");
        Path broken = Files.createSymbolicLink(dir.resolve("broken.txt"), dir.resolve("nowhere.txt"));
        assertEquals(List.of(good), expand(dir, missing, missing));
        assertEquals(2, problems.size(), problems::toString);
        assertEquals(missing, problems.get(1).path());
        assertEquals("no such file or folder", problems.get(1).reason());
        assertEquals(broken, problems.get(0).path());
        assertEquals("broken symbolic link", problems.get(0).reason());
    }

    @Test
    void unreadableFileAndFolderAreReportedNotFatal() throws IOException {
        assumeFalse("root".equals(System.getProperty("user.name")), "permissions do not bind root");
        Path good = file("a/good.txt");
        Path secret = file("a/secret.txt");
        Path closed = Files.createDirectories(dir.resolve("closed"));
        file("closed/inside.txt");
        Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));
        Files.setPosixFilePermissions(closed, PosixFilePermissions.fromString("---------"));
        try {
            assumeFalse(Files.isReadable(secret), "this user can read anything");
            assertEquals(List.of(good), expand(dir));
            assertEquals(2, problems.size(), problems::toString);
            assertEquals(closed, problems.get(0).path());
            assertEquals("cannot open folder: permission denied", problems.get(0).reason());
            assertEquals(secret, problems.get(1).path());
            assertEquals("permission denied", problems.get(1).reason());
        } finally {
            Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("rw-------"));
            Files.setPosixFilePermissions(closed, PosixFilePermissions.fromString("rwx------"));
        }
    }
}
