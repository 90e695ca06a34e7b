package org.govfacts.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9: file names are kept exactly whatever the locale. Java decodes names with the locale's
 * encoding, fixed at start-up, so the locale case runs govfacts in a second JVM without LANG.
 */
class FileNamesTest {
    @TempDir
    Path dir;

    @Test
    void namesThatDecodeExactlyAreShownAsTheyAre() throws IOException {
        Path p = Files.writeString(dir.resolve("郑州 100%.txt"), "x");
        assertEquals(p.toString(), FileNames.show(p));
        assertEquals("郑州 100%.txt", FileNames.fileName(p));
        assertEquals(p, FileNames.toPath(FileNames.show(p)));
    }

    private static String run(Path work, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.govfacts.cli.Main"));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(work.toFile()).redirectErrorStream(true);
        Map<String, String> env = pb.environment();
        env.keySet().removeIf(k -> k.equals("LANG") || k.startsWith("LC_"));
        env.put("LC_ALL", "C"); // an ASCII locale, as on a server with LANG unset
        env.put("GOVFACTS_HOME", Path.of("").toAbsolutePath().toString());
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        return "exit " + p.exitValue() + "\n" + new String(out, StandardCharsets.UTF_8);
    }

    @Test
    void twoChineseNamesOfEqualLengthStayTwoReportsWithoutAUtf8Locale() throws Exception {
        Path reports = Files.createDirectories(dir.resolve("reports"));
        Files.writeString(reports.resolve("郑州报告.txt"), "全市新签约项目50个。", StandardCharsets.UTF_8);
        Files.writeString(reports.resolve("漯河报告.txt"), "全市工业投资增长20%。", StandardCharsets.UTF_8);

        String out = run(dir, "extract", "--dictionaries", Path.of("dictionaries").toAbsolutePath().toString(), "reports");
        assertTrue(out.startsWith("exit 0"), out);
        List<String> docs = out.lines().filter(l -> l.startsWith("{")).map(l -> l.replaceAll(".*\"doc\":\"([^\"]*)\".*", "$1"))
                .distinct().toList();
        assertEquals(2, docs.size(), out);
        assertTrue(docs.stream().allMatch(d -> !d.contains("?") && !d.contains("\uFFFD")), docs.toString());

        String indexed = run(dir, "index", "--dictionaries", Path.of("dictionaries").toAbsolutePath().toString(),
                "--index", "idx", "reports");
        assertTrue(indexed.startsWith("exit 0"), indexed);
        assertTrue(indexed.contains("2 new") && indexed.contains("holds 2 fact(s)"), indexed);
        // and a second run finds both unchanged: the keys name the files exactly
        String again = run(dir, "index", "--dictionaries", Path.of("dictionaries").toAbsolutePath().toString(),
                "--index", "idx", "--prune", "reports");
        assertTrue(again.contains("2 unchanged") && again.contains("0 pruned"), again);
    }
}
