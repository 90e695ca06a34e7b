package org.govfacts.check;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.govfacts.fact.Fact;
import org.govfacts.output.FactJson;
import org.govfacts.testdata.TestData;
import org.govfacts.text.Sentence;
import org.govfacts.text.SentenceSplitter;

/**
 * The seeds' gold facts as extraction is meant to produce them: each gold line read with
 * {@link FactJson#fromJson}, given the sentence of the seed text it stands in, and that sentence in
 * normalised form (pinyin annotations dropped, full-width folded, simplified: a stand-in for the
 * real normaliser, which is being written at the same time).
 */
final class GoldSeeds {

    private GoldSeeds() {
    }

    static boolean available() {
        return Files.isDirectory(TestData.SEED_GOLD) && Files.isDirectory(seedDir());
    }

    static Path seedDir() {
        return TestData.SEEDS;
    }

    /** Every seed with its gold facts. */
    static List<CheckDocument> all() {
        try (Stream<Path> s = Files.list(TestData.require(TestData.SEED_GOLD))) {
            List<CheckDocument> out = new ArrayList<>();
            for (Path gold : s.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList()) {
                out.add(load(gold));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static CheckDocument load(String prefix) {
        return all().stream().filter(d -> d.doc().startsWith(prefix)).findFirst().orElseThrow();
    }

    static CheckDocument load(Path goldFile) throws IOException {
        String doc = goldFile.getFileName().toString().replace(".jsonl", ".txt");
        String text = Files.readString(seedDir().resolve(doc), StandardCharsets.UTF_8);
        List<Sentence> sentences = SentenceSplitter.split(text, org.govfacts.text.TestLines.LINES);
        List<Fact> facts = new ArrayList<>();
        for (String line : Files.readAllLines(goldFile, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode o = FactJson.MAPPER.readTree(line);
            Fact f = FactJson.fromJson(o);
            facts.add(withSentence(f, text, sentences));
        }
        return new CheckDocument(doc, facts, text);
    }

    static Fact withSentence(Fact f, String text, List<Sentence> sentences) {
        for (Sentence s : sentences) {
            if (f.start() >= s.start() && f.start() < s.end()) {
                String sentence = text.substring(s.start(), s.end());
                return new Fact(f.doc(), f.type(), f.start(), f.end(), f.text(), f.value(), f.unit(), f.qualifier(), f.basis(),
                        f.rank(), f.top(), f.scope(), f.name(), f.indicator(), f.period(), f.region(), sentence, s.start(),
                        TextForms.light(sentence));
            }
        }
        throw new IllegalStateException("no sentence for " + f);
    }
}
