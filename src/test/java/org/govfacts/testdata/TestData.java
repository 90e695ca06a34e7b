package org.govfacts.testdata;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the tests find their data: inside the project, so a fresh clone tests with nothing beside
 * it. Only outside tools (the reference scorer) are looked for beside the project, and the tests
 * that use them skip when they are absent.
 */
public final class TestData {
    /** The five sample reports. */
    public static final Path SEEDS = Path.of("seeds");
    /** Hand-checked gold facts of the seeds, one file per seed. */
    public static final Path SEED_GOLD = Path.of("evaluation", "seed-gold");
    /** The 31 provincial 2026 work reports (no gold of their own). */
    public static final Path PROVINCIAL_CORPUS = Path.of("evaluation", "corpus", "provincial-2026");
    /** The reference scorer, kept with the fact contract outside this repository (absent in a user's clone). */
    public static final Path SCORE_PY = Path.of("..", "shared", "tools", "score.py");

    private TestData() {
    }

    /** The project's data must be there: a missing folder is a broken checkout, not a reason to skip. */
    public static Path require(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new AssertionError(dir + " is missing from the project (tests run from the project root)");
        }
        return dir;
    }
}
