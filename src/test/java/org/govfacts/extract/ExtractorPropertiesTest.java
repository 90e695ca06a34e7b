package org.govfacts.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.govfacts.fact.Fact;
import org.govfacts.lexicon.Lexicon;
import org.govfacts.pipeline.DocumentResult;
import org.govfacts.pipeline.Pipeline;
import org.govfacts.read.SourceDocument;

/**
 * Property-based checks of the whole extraction on report text cut at random places and mutated
 * with what trips extractors (numerals, units, qualifiers, brackets, quotation marks, pinyin,
 * full-width forms, odd characters): it never throws, every fact lies inside the document, its
 * text is exactly the original substring, its sentence holds it, and every value is finite.
 */
class ExtractorPropertiesTest {
    private static final Pipeline PIPELINE = new Pipeline(Lexicon.at(Path.of("dictionaries")));
    private static final List<String> REPORTS = load();

    private static final List<String> TOKENS = List.of(
            "1", "0", "9.", ".5", "12.1%", "％", "个百分点", "亿元", "万", "亿", "万亿元", "余", "多", "以上", "近",
            "约", "突破", "第", "前", "居全省第", "位", "、", "，", "。", "；", "(", ")", "（", "）", "“", "”",
            "《", "》", "项目", "产业园", "等", "等项目", "分别", "增长", "下降", "拉动", "占", "率", "(xiàng)",
            "個", "億元", "１２３", "十", "百", "千", "两", "半", "年", "月", "个月", "2024年", "上半年", "截至",
            "\n", " ", "\u3000", "\uD840", "𠀀", "+", "-", "—", "~", "e", "E10", "NaN", "Infinity");

    private static List<String> load() {
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

    @Provide
    Arbitrary<String> mutatedReports() {
        Arbitrary<String> snippet = Arbitraries.of(REPORTS).flatMap(doc -> Combinators.combine(
                Arbitraries.integers().between(0, doc.length()),
                Arbitraries.integers().between(0, 800))
                .as((from, len) -> doc.substring(from, Math.min(doc.length(), from + len))));
        Arbitrary<String> token = Arbitraries.oneOf(Arbitraries.of(TOKENS),
                Arbitraries.strings().all().ofMinLength(1).ofMaxLength(3));
        Arbitrary<int[]> places = Arbitraries.integers().between(0, 10_000).array(int[].class).ofMaxSize(16);
        return Combinators.combine(snippet, places, token.list().ofMaxSize(16)).as((s, at, tokens) -> {
            StringBuilder b = new StringBuilder(s);
            for (int i = 0; i < Math.min(at.length, tokens.size()); i++) {
                int p = b.length() == 0 ? 0 : at[i] % (b.length() + 1);
                b.insert(p, tokens.get(i));
            }
            return b.toString();
        });
    }

    @Property(tries = 1000)
    void factsAreTrueToTheirSource(@ForAll("mutatedReports") String text) {
        assertTrueToSource(text, PIPELINE.process(new SourceDocument(Path.of("fuzz.txt"), "fuzz.txt", text, "UTF-8", "", text.length())));
    }

    /** What issue 9 found breaking whole documents: huge numbers, rankings at line starts, CR/LF mixes. */
    private static final List<String> HOSTILE = List.of(
            "%", "％", "万", "亿", "万亿", "亿元", "万元", "个百分点", "１２３．４５％", "９", "第", "位", "名", "前",
            "\n全省第四。", "\r\n居全省第3\r\r\r位", "\n第一", "\r", "\n", "\r\n", "\n\r", "\r\r\r", "\u2028",
            "𠀀", "𝟗", "😀", "\uD840", "\uDC00", "9".repeat(300), "1" + "0".repeat(299) + "亿元", "9".repeat(300) + "%",
            "第" + "9".repeat(12) + "位", "增长" + "9".repeat(30) + "%", "0." + "0".repeat(300) + "1%", "-", "—", "、");

    static final java.util.concurrent.atomic.AtomicLong DOCUMENTS = new java.util.concurrent.atomic.AtomicLong();
    static final java.util.concurrent.atomic.AtomicLong FACTS = new java.util.concurrent.atomic.AtomicLong();
    static final java.util.concurrent.atomic.AtomicLong DROPPED_WARNINGS = new java.util.concurrent.atomic.AtomicLong();

    @Provide
    Arbitrary<String> hostileReports() {
        Arbitrary<String> snippet = Arbitraries.of(REPORTS).flatMap(doc -> Combinators.combine(
                Arbitraries.integers().between(0, doc.length()),
                Arbitraries.integers().between(200, 3000))
                .as((from, len) -> doc.substring(from, Math.min(doc.length(), from + len))));
        Arbitrary<String> token = Arbitraries.oneOf(Arbitraries.of(HOSTILE),
                Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(25),
                Arbitraries.strings().withCharRange('０', '９').ofMinLength(1).ofMaxLength(6));
        Arbitrary<int[]> places = Arbitraries.integers().between(0, 100_000).array(int[].class).ofMinSize(4).ofMaxSize(40);
        return Combinators.combine(snippet, places, token.list().ofMinSize(4).ofMaxSize(40)).as((s, at, tokens) -> {
            StringBuilder b = new StringBuilder(s);
            for (int i = 0; i < Math.min(at.length, tokens.size()); i++) {
                b.insert(b.length() == 0 ? 0 : at[i] % (b.length() + 1), tokens.get(i));
            }
            return b.toString();
        });
    }

    /** 300 mutated copies of seed text: no document fails, and every fact is true to its source. */
    @Property(tries = 300)
    void hostileFiguresNeverFailADocument(@ForAll("hostileReports") String text) {
        DocumentResult r = PIPELINE.process(new SourceDocument(Path.of("fuzz.txt"), "fuzz.txt", text, "UTF-8", "", text.length()));
        assertTrueToSource(text, r);
        DOCUMENTS.incrementAndGet();
        FACTS.addAndGet(r.facts().size());
        DROPPED_WARNINGS.addAndGet(r.warnings().stream().filter(w -> w.startsWith("dropped")).count());
    }

    @net.jqwik.api.lifecycle.AfterContainer
    static void figures() {
        System.out.println("hostile fuzz: " + DOCUMENTS + " documents, 0 failed, " + FACTS + " facts, "
                + DROPPED_WARNINGS + " dropped-figure warnings");
    }

    private static void assertTrueToSource(String text, DocumentResult r) {
        for (String w : r.warnings()) {
            assertTrue(!w.contains("reaching over"), "no finder reaches over a sentence's end: " + w);
        }
        for (Fact f : r.facts()) {
            assertTrue(0 <= f.start() && f.start() <= f.end() && f.end() <= text.length(), "span inside: " + f);
            assertEquals(text.substring(f.start(), f.end()), f.text());
            assertNotNull(f.sentence());
            assertTrue(f.sentenceStart() <= f.start(), "sentence starts before the fact: " + f);
            assertTrue(f.end() <= f.sentenceStart() + f.sentence().length(), "sentence ends after the fact: " + f);
            assertEquals(text.substring(f.sentenceStart(), f.sentenceStart() + f.sentence().length()), f.sentence());
            if (f.value() != null) {
                assertTrue(Double.isFinite(f.value()), "finite value: " + f);
            }
            if (f.type().isNumeric() && f.type() != org.govfacts.fact.FactType.RANKING) {
                assertNotNull(f.value(), "a numeric fact has a value: " + f);
                assertNotNull(f.unit(), "a numeric fact has a unit: " + f);
            }
        }
    }
}
