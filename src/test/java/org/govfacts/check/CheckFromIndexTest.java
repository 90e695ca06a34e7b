package org.govfacts.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.govfacts.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `check --index` and `projects --index` read the facts of a `govfacts index`. */
class CheckFromIndexTest {
    private static String run(String... args) {
        PrintStream old = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            assertEquals(0, Main.execute(args));
        } finally {
            System.setOut(old);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void checksAndListsProjectsFromAnIndex(@TempDir Path tmp) {
        String index = tmp.resolve("index").toString();
        assertEquals(0, Main.execute("index", "--index", index, "--dictionaries", "dictionaries", "seeds"));
        String findings = run("check", "--index", index, "--dictionaries", "dictionaries", "--format", "jsonl");
        assertTrue(findings.lines().anyMatch(l -> l.contains("\"kind\":\"split\"") && l.contains("\"verdict\":\"inconsistent\"")
                && l.contains("137")), findings);
        assertTrue(findings.lines().anyMatch(l -> l.contains("\"verdict\":\"inconsistent\"") && l.contains("16个月")), findings);
        String projects = run("projects", "--index", index, "--dictionaries", "dictionaries");
        assertTrue(projects.contains("金大地"), projects);
    }
}
