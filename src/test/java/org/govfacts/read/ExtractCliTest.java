package org.govfacts.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.govfacts.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line over a folder of good and bad files: the bad ones are reported, the good ones still written. */
class ExtractCliTest {
    @TempDir
    Path dir;

    private record Run(int exitCode, String err) {
    }

    private static Run run(String... args) {
        PrintStream saved = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            int code = Main.execute(args);
            return new Run(code, err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(saved);
        }
    }

    @Test
    void goodFilesAreWrittenAndEachBadFileReportedOnce() throws Exception {
        Path in = Files.createDirectories(dir.resolve("reports"));
        Path good = Files.writeString(in.resolve("a-good.txt"), ReportSentences.SIMPLIFIED_REPORT);
        Path goodGbk = Files.write(in.resolve("b-good-gbk.txt"), ReportSentences.SIMPLIFIED_REPORT.getBytes(Charset.forName("GBK")));
        Path empty = Files.write(in.resolve("c-empty.txt"), new byte[0]);
        byte[] junk = new byte[2048];
        new Random(7).nextBytes(junk);
        Path binary = Files.write(in.resolve("d-junk.txt"), junk);
        Path latin1 = Files.write(in.resolve("e-latin1.txt"), "Caf\u00e9 cr\u00e8me".getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(in.resolve(".hidden.txt"), "not read");
        Path locked = Files.writeString(in.resolve("f-locked.txt"), ReportSentences.SIMPLIFIED_2);
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        boolean permissionsBind = !Files.isReadable(locked); // not for root
        Path out = dir.resolve("out.json");

        Run r = run("extract", "--format", "json", "--threads", "2", "-o", out.toString(), in.toString());

        assertEquals(1, r.exitCode(), r.err());
        Map<Path, String> expected = new java.util.LinkedHashMap<>(Map.of(
                empty, "empty file",
                binary, "binary file, not text",
                latin1, "cannot determine the encoding"));
        if (permissionsBind) {
            expected.put(locked, "permission denied");
        }
        List<String> lines = r.err().lines().toList();
        for (Map.Entry<Path, String> e : expected.entrySet()) {
            String prefix = "govfacts: " + e.getKey() + ": " + e.getValue();
            long n = lines.stream().filter(l -> l.startsWith(prefix)).count();
            assertEquals(1, n, "expected one line starting '" + prefix + "' in:\n" + r.err());
            long mentions = lines.stream().filter(l -> l.startsWith("govfacts: " + e.getKey() + ":")).count();
            assertEquals(1, mentions, "reported more than once:\n" + r.err());
        }
        String json = Files.readString(out);
        assertTrue(json.contains(good.toString()) && json.contains(goodGbk.toString()), json);
        assertTrue(json.contains("\"GB18030\""), json);
        assertTrue(!json.contains("hidden"), json);
        assertTrue(r.err().contains((permissionsBind ? 2 : 3) + " document(s)"), r.err());
    }

    @Test
    void usageErrorExitsWithTwo() {
        assertEquals(2, run("extract").exitCode());
        assertEquals(2, run("extract", "--format", "yaml", dir.toString()).exitCode());
    }
}
