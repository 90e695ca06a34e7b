package org.govfacts.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DocNamesTest {
    @Test
    void aNameUsedOnceIsTheFileName() {
        Path a = Path.of("/c/2024/a.txt");
        Path b = Path.of("/c/2025/b.txt");
        assertEquals(Map.of(a, "a.txt", b, "b.txt"), DocNames.of(List.of(a, b)));
    }

    @Test
    void filesSharingANameAreToldApartByTheirPath() {
        Path a = Path.of("/c/2024/report.txt");
        Path b = Path.of("/c/2025/report.txt");
        Path c = Path.of("/c/other.txt");
        assertEquals(Map.of(a, "2024/report.txt", b, "2025/report.txt", c, "other.txt"), DocNames.of(List.of(a, b, c)));
    }
}
