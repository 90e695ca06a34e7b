package org.govfacts.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Property-based checks of the whole chain on report text cut at random places and mutated with
 * the material the stages care about (annotations, brackets, full-width forms, debris, surrogate
 * pairs, lone surrogates, line breaks): whatever comes in, the chain does not throw and every
 * normalised char maps to a non-empty stretch of the original, in order.
 */
class NormalizerPropertiesTest {
    private static final StandardNormalizer CHAIN = TestLexicons.standard();
    private static final List<String> REPORTS = loadSeeds();

    /** Things to splice into report text. */
    private static final List<String> TOKENS = List.of(
            "(xiàng)", "（gè）", "(xiang)", "(lǜ)", "(ň)", "(a)", "(GDP)", "(漯河)", "(2023—2025)", "(xx)",
            "(", ")", "（", "）", "(xia\u0300ng)", "\u0301", "ü",
            ",", ";", ":", "!", "?", "1,234.5", "2.50:1", "１２．５％", "\u3000", "∶", "［2］",
            "---此处隐藏1065字,下载后查看---", "此處隱藏", "(記者 劉 丹)", "\n記者 李鳳霞 李莉/文 王映/圖\n",
            "責(zé)編:瘦馬", "\n编辑：张三\n", "本报讯（记者 张三）", "【责任编辑：王五】",
            "𠀀", "𫝈", "\uD840", "\uDC00", "\r\n", "\n", "\r",
            "堿", "覆蓋", "復蓋", "瞭解", "跟著", "乾隆", "昇腾", "個們這來為說時發會國");

    private static List<String> loadSeeds() {
        try (Stream<Path> files = Files.list(Path.of("seeds"))) {
            return files.sorted().map(p -> {
                try {
                    return Files.readString(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One edit, with its place given as a fraction so that it fits any text. */
    record Mutation(int kind, double where, double span, String token) {
        String applyTo(String s) {
            int at = (int) Math.round(where * s.length());
            return switch (kind) {
                case 0 -> s.substring(0, at) + token + s.substring(at);
                case 1 -> s.substring(0, at) + s.substring(Math.min(s.length(), at + (int) (span * 20)));
                default -> at < s.length() ? s.substring(0, at) + token + s.substring(at + 1) : s + token;
            };
        }
    }

    @Provide
    Arbitrary<String> mutatedReports() {
        Arbitrary<String> snippet = Arbitraries.of(REPORTS).flatMap(doc -> Combinators.combine(
                Arbitraries.integers().between(0, doc.length()),
                Arbitraries.integers().between(0, 600))
                .as((from, len) -> doc.substring(from, Math.min(doc.length(), from + len))));
        Arbitrary<String> token = Arbitraries.oneOf(
                Arbitraries.of(TOKENS),
                Arbitraries.strings().all().ofMinLength(1).ofMaxLength(3));
        Arbitrary<Mutation> mutation = Combinators.combine(
                Arbitraries.integers().between(0, 2),
                Arbitraries.doubles().between(0, 1),
                Arbitraries.doubles().between(0, 1),
                token).as(Mutation::new);
        return Combinators.combine(snippet, mutation.list().ofMaxSize(12)).as((s, edits) -> {
            String out = s;
            for (Mutation m : edits) {
                out = m.applyTo(out);
            }
            return out;
        });
    }

    @Provide
    Arbitrary<String> noise() {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(80),
                Arbitraries.strings().withChars("項目發展個(xiàng)（gè）,;:!?１２％ \n\r記者責編：/此处隐藏下载后查看-堿覆蓋𠀀")
                        .ofMaxLength(80));
    }

    @Property(tries = 300)
    void mutatedReportTextMapsBackInOrder(@ForAll("mutatedReports") String original) {
        checkMap(original, CHAIN.normalize(original));
        // and with conversion forced on, whatever the text looks like
        checkMap(original, CHAIN.normalizeAs(original, ScriptDetector.TRADITIONAL));
    }

    @Property(tries = 300)
    void arbitraryTextMapsBackInOrder(@ForAll("noise") String original) {
        checkMap(original, CHAIN.normalize(original));
        checkMap(original, CHAIN.normalizeAs(original, ScriptDetector.TRADITIONAL));
    }

    private static void checkMap(String original, NormalizedText n) {
        assertEquals(original, n.original());
        assertTrue(Set.of("simplified", "traditional", "mixed").contains(n.script()));
        OffsetMap m = n.map();
        assertEquals(n.text().length(), m.length());
        assertEquals(original.length(), m.sourceLength());
        int previousStart = 0;
        int previousEnd = 0;
        for (int i = 0; i < n.text().length(); i++) {
            int s = m.start(i);
            int e = m.end(i + 1);
            assertTrue(0 <= s && s < e && e <= original.length(), "char " + i + " → [" + s + ", " + e + ")");
            assertTrue(s >= previousStart && e >= previousEnd, "order broken at " + i);
            previousStart = s;
            previousEnd = e;
        }
        if (n.text().isEmpty()) {
            assertEquals(0, m.length());
        } else {
            // a span over the whole normalised text stays inside the original
            String whole = n.originalSubstring(0, n.text().length());
            assertTrue(original.contains(whole));
        }
    }
}
