package org.govfacts.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.govfacts.lexicon.Lexicon;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The period layer's spec corpus (src/test/resources/specs/periods.tsv): written period + report date → period_norm. */
class PeriodSpecTest {
    private static final PeriodResolver PERIODS = new PeriodResolver(Lexicon.at(Path.of("dictionaries")));

    @TestFactory
    Stream<DynamicTest> periods() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (String line : lines("/specs/periods.tsv")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] c = line.split("\t");
            ReportDate date = c[1].equals("-") ? null : ReportDate.parse(c[1], "manifest");
            boolean goal = c[2].equals("t");
            String want = c[3].equals("null") ? null : c[3];
            String passage = c.length > 4 ? c[4] : null;
            tests.add(DynamicTest.dynamicTest(line, () -> assertEquals(want, PERIODS.resolve(c[0], date, goal, passage))));
        }
        return tests.stream();
    }

    static List<String> lines(String resource) throws IOException {
        try (InputStream in = PeriodSpecTest.class.getResourceAsStream(resource)) {
            return List.of(new String(Objects.requireNonNull(in, resource).readAllBytes(), StandardCharsets.UTF_8).split("\n"));
        }
    }
}
