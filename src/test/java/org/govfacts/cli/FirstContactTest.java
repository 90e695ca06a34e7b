package org.govfacts.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a new user meets first: files written with -o that others can read, and a word about an empty folder. */
class FirstContactTest {
    @TempDir
    Path dir;

    private record Run(int exitCode, String err) {
    }

    private static Run run(String... args) {
        PrintStream saved = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            return new Run(Main.execute(args), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(saved);
        }
    }

    @Test
    void outputFilesGetThePermissionsOfAnyNewFileNotPrivateOnes() throws Exception {
        Set<PosixFilePermission> usual = Files.getPosixFilePermissions(Files.createFile(dir.resolve("plain-new-file")));
        assertTrue(usual.contains(PosixFilePermission.OWNER_READ) && usual.contains(PosixFilePermission.OWNER_WRITE), usual.toString());
        String seed = "seeds/004_b32c99b684574bf5.txt";
        for (String format : new String[] {"jsonl", "csv", "xlsx"}) {
            Path out = dir.resolve("facts." + format);
            assertEquals(0, run("extract", "--dictionaries", "dictionaries", "--format", format, "-o", out.toString(), seed).exitCode());
            assertEquals(usual, Files.getPosixFilePermissions(out), format + " output");
        }
        Path site = dir.resolve("site");
        assertEquals(0, run("review", "--dictionaries", "dictionaries", "-o", site.toString(), seed).exitCode());
        assertEquals(usual, Files.getPosixFilePermissions(site.resolve("index.html")), "review pages");
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".part")), "no partial file left behind");
        }
    }

    @Test
    void aFileBeingReplacedKeepsItsOwnPermissions() throws Exception {
        Path out = dir.resolve("facts.jsonl");
        Files.writeString(out, "old");
        Set<PosixFilePermission> mine = Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE, PosixFilePermission.GROUP_READ);
        Files.setPosixFilePermissions(out, mine);
        assertEquals(0, run("extract", "--dictionaries", "dictionaries", "-o", out.toString(), "seeds/004_b32c99b684574bf5.txt").exitCode());
        assertEquals(mine, Files.getPosixFilePermissions(out));
        assertTrue(Files.readString(out).startsWith("{"));
    }

    @Test
    void anEmptyFolderOrOneWithNoReportsIsSaidAndExitsOne() throws Exception {
        Path empty = Files.createDirectory(dir.resolve("empty"));
        Run r = run("extract", empty.toString());
        assertEquals(1, r.exitCode(), r.err());
        assertTrue(r.err().contains(empty + ": empty folder"), r.err());

        Path noReports = Files.createDirectories(dir.resolve("data/sub"));
        Files.writeString(noReports.resolve("MANIFEST.csv"), "a,b\n");
        Files.writeString(noReports.resolve(".hidden.txt"), "全年投资803亿元。");
        r = run("extract", dir.resolve("data").toString());
        assertEquals(1, r.exitCode(), r.err());
        assertTrue(r.err().contains(dir.resolve("data") + ": no report files in this folder"), r.err());

        r = run("review", "-o", dir.resolve("site").toString(), empty.toString());
        assertEquals(1, r.exitCode(), r.err());
        assertTrue(r.err().contains("empty folder") && r.err().contains("no reports to show"), r.err());
        assertTrue(!Files.exists(dir.resolve("site")), "no site for nothing");

        r = run("check", empty.toString());
        assertEquals(1, r.exitCode(), r.err());
        assertTrue(r.err().contains("empty folder"), r.err());
    }
}
