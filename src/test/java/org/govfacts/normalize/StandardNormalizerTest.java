package org.govfacts.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.govfacts.testdata.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class StandardNormalizerTest {
    private static final StandardNormalizer CHAIN = TestLexicons.standard();
    private static final Path CORPUS = TestData.PROVINCIAL_CORPUS;
    private static final Path GOLD = TestData.SEED_GOLD;

    @Test
    void normalisesATraditionalSeedParagraph() throws IOException {
        String original = Files.readString(Path.of("seeds/001_3eccfdf2ae0dd12a.txt"));
        NormalizedText n = CHAIN.normalize(original);
        assertEquals("traditional", n.script());
        String paragraph = n.text().split("\n")[2];
        assertEquals("围绕顶层设计，抓好统筹谋划。研究出台《漯河市换道领跑战略工作方案》，制订“四个清单”"
                + "(重点工作55项、重点项目15个、重点企业51家、重点园区24个)，坚持实体化推进、目标化管理、机制化调度，"
                + "推动各项任务落到实处。加强统筹调度，建立市工信局牵头，部门、县区协同配合的工作机制，先后召开专题会10余次、"
                + "服务企业周例会16次，实地调研9次，研究解决问题64个，各项工作扎实有序推进。", paragraph);
        // "研究解决问题64個" in the original: the figure maps back to its own characters
        int at = n.text().indexOf("64个");
        assertEquals("64個", n.originalSubstring(at, at + 3));
    }

    @Test
    void aSimplifiedReportIsNotConverted() {
        // 昇 and 吒 are traditional forms too (OpenCC would write 升腾, 哪咤), but here they are names
        String original = "散裂中子源技术转化的新型重症治疗项目进入临床试验。昇腾384超节点集群、电子设计自动化软件、"
                + "超高速实时示波器均取得重要进展,办好第十四届中国艺术节，《哪吒2》创造多项影史纪录。";
        NormalizedText n = CHAIN.normalize(original);
        assertEquals("simplified", n.script());
        assertEquals(original.replace(',', '，'), n.text());
    }

    @Test
    void mapsEveryGoldFactOfTheSeedsBackToItsExactSpan() throws IOException {
        TestData.require(GOLD);
        ObjectMapper json = new ObjectMapper();
        int checked = 0;
        try (Stream<Path> files = Files.list(GOLD)) {
            for (Path gold : files.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList()) {
                String doc = gold.getFileName().toString().replace(".jsonl", ".txt");
                String original = Files.readString(Path.of("seeds", doc));
                NormalizedText n = CHAIN.normalize(original);
                for (String line : Files.readAllLines(gold)) {
                    if (line.isBlank()) {
                        continue;
                    }
                    JsonNode f = json.readTree(line);
                    int start = f.get("start").asInt();
                    int end = f.get("end").asInt();
                    assertEquals(f.get("text").asText(), original.substring(start, end));
                    // the normalised chars whose sources lie inside the fact, mapped back, give the fact again
                    int from = -1;
                    int to = -1;
                    for (int i = 0; i < n.text().length(); i++) {
                        if (n.map().start(i) >= start && n.map().end(i + 1) <= end) {
                            from = from < 0 ? i : from;
                            to = i + 1;
                        }
                    }
                    assertTrue(from >= 0, "nothing left of " + line);
                    assertEquals(start, n.originalStart(from), line);
                    assertEquals(end, n.originalEnd(to), line);
                    String normalized = n.text().substring(from, to);
                    assertFalse(normalized.contains("\n"), line);
                    checked++;
                }
            }
        }
        assertTrue(checked > 100, "checked " + checked);
    }

    static Stream<String> roundTripDocuments() throws IOException {
        List<String> docs = new ArrayList<>();
        try (Stream<Path> seeds = Files.list(Path.of("seeds"))) {
            seeds.sorted().forEach(p -> docs.add(p.toString()));
        }
        for (String name : List.of("2026_广东省_政府工作报告.txt", "2026_四川省_政府工作报告.txt",
                "2026_云南省_政府工作报告.txt", "2026_重庆市_政府工作报告.txt")) {
            docs.add(TestData.require(CORPUS).resolve(name).toString());
        }
        return docs.stream();
    }

    /**
     * For every normalised char: its source is a non-empty stretch inside the original, sources
     * come in order, and normalising that stretch alone (in the document's script) gives the char
     * again, except where the char depends on its neighbours by design (clause punctuation, phrase
     * conversion).
     */
    @ParameterizedTest
    @MethodSource("roundTripDocuments")
    void everyNormalisedCharLeadsBackToTheOriginal(String file) throws IOException {
        String original = Files.readString(Path.of(file));
        NormalizedText n = CHAIN.normalize(original);
        String text = n.text();
        OffsetMap m = n.map();
        assertEquals(text.length(), m.length());
        assertEquals(original.length(), m.sourceLength());
        int previousStart = 0;
        int previousEnd = 0;
        int i = 0;
        while (i < text.length()) {
            int s = m.start(i);
            int e = m.end(i + 1);
            assertTrue(0 <= s && s < e && e <= original.length(), "char " + i + " → [" + s + ", " + e + ")");
            assertTrue(s >= previousStart && e >= previousEnd, "order broken at " + i);
            previousStart = s;
            previousEnd = e;
            int j = i + 1;
            while (j < text.length() && m.start(j) == s && m.end(j + 1) == e) {
                j++;
            }
            String chars = text.substring(i, j);
            String source = original.substring(s, e);
            String again = CHAIN.normalizeAs(source, n.script()).text();
            if (!again.equals(chars) && !dependsOnContext(source, again, chars)) {
                fail(file + ": char " + i + " '" + chars + "' comes from '" + source + "', which alone gives '" + again + "'");
            }
            i = j;
        }
    }

    private static boolean dependsOnContext(String source, String alone, String inContext) {
        if (("·".equals(source) || "・".equals(source)) && ".".equals(inContext)) {
            return true; // a decimal point between digits (270·4亿元)
        }
        if (source.length() == 2 && source.endsWith("\n") && inContext.equals(source.substring(0, 1))) {
            return true; // the line break of a page wrapped at a fixed width, joined
        }
        int ascii = ",;:!?".indexOf(source);
        if (source.length() == 1 && ascii >= 0) {
            return inContext.equals(String.valueOf("，；：！？".charAt(ascii)));
        }
        return source.codePointCount(0, source.length()) == 1 && inContext.codePointCount(0, inContext.length()) == 1
                && PhraseReadings.of(source.codePointAt(0)).contains(inContext.codePointAt(0));
    }

    /** What a character becomes inside the phrases of OpenCC's table and the override table. */
    private static final class PhraseReadings {
        private static final Map<Integer, Set<Integer>> READINGS = load();

        static Set<Integer> of(int cp) {
            return READINGS.getOrDefault(cp, Set.of());
        }

        private static Map<Integer, Set<Integer>> load() {
            Map<Integer, Set<Integer>> readings = new HashMap<>();
            List<String[]> rows = new ArrayList<>(TestLexicons.REPO.table(T2sTables.OVERRIDES));
            try (InputStream in = OpenCcT2s.class.getClassLoader().getResourceAsStream("data/dictionary/TSPhrases.txt")) {
                if (in != null) {
                    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                    for (String line; (line = r.readLine()) != null; ) {
                        String[] cols = line.split("\t");
                        if (cols.length == 2) {
                            rows.add(new String[] {cols[0], cols[1].split(" ")[0]});
                        }
                    }
                }
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            for (String[] row : rows) {
                int[] from = row[0].codePoints().toArray();
                int[] to = row[1].codePoints().toArray();
                if (from.length == to.length) {
                    for (int k = 0; k < from.length; k++) {
                        readings.computeIfAbsent(from[k], x -> new HashSet<>()).add(to[k]);
                    }
                }
            }
            return readings;
        }
    }
}
