package org.govfacts.train;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.govfacts.eval.FactFiles;
import org.govfacts.eval.Scorer;
import org.govfacts.fact.FactType;
import org.govfacts.lexicon.Lexicon;
import org.govfacts.normalize.NormalizedText;
import org.govfacts.pipeline.Pipeline;

/**
 * Leave-one-set-out comparison of the project rules, the trained tagger and their combinations:
 * for each left-out set the tagger is trained on every other set (and the seeds), then the set's
 * documents are tagged and scored with the project scorer in its annotated passages.
 */
public final class ProjectTaggerExperiment {
    private static final ObjectMapper JSON = new ObjectMapper();

    public static void main(String[] args) throws IOException {
        Path repo = Path.of(args.length > 0 ? args[0] : ".");
        int iterations = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        List<String> leftOut = args.length > 2 ? List.of(args[2].split(",")) : List.of("projects-heldout2", "projects-heldout3", "provincial-heldout", "projects-dev", "projects-heldout", "provincial-dev");
        Lexicon lexicon = Lexicon.at(repo.resolve("dictionaries"));
        Pipeline pipeline = new Pipeline(lexicon);
        ProjectTagFeatures features = new ProjectTagFeatures(lexicon);
        ProjectTaggerTrainer trainer = new ProjectTaggerTrainer(features, pipeline.segmenter());
        List<String> heads = lexicon.words("project-suffixes");
        if (args.length > 2 && args[2].startsWith("save:")) {
            saveAll(repo, iterations, Path.of(args[2].substring(5)), pipeline, trainer);
            return;
        }
        Map<String, ProjectTrainingData.AnnotatedSet> sets = new LinkedHashMap<>();
        Map<String, List<ProjectTrainingData.AnnotatedDoc>> docs = new LinkedHashMap<>();
        // the sets a tagger may learn from (the held-out ones of models/project-tagger-heldout.txt left out): each left-out set is
        // scored by a tagger trained on the others
        for (ProjectTrainingData.AnnotatedSet s : ProjectTrainingData.trainingSets(repo)) {
            sets.put(s.name(), s);
            docs.put(s.name(), ProjectTrainingData.read(s, pipeline));
            long names = docs.get(s.name()).stream().mapToLong(d -> d.names().size()).sum();
            long sentences = docs.get(s.name()).stream().mapToLong(d -> d.examples().size()).sum();
            System.err.printf("%s: %d docs, %d sentences, %d names%n", s.name(), docs.get(s.name()).size(), sentences, names);
        }
        List<String> combos = List.of("rules", "model", "rules+model", "rules+model(head)", "rules+model(ends)", "rules&model(veto)", "veto+model(head)",
                "rules+model(head,test)", "rules+model(accept)", "rules+model(accept,test)");
        // tagged names with a head word that pass the rules' own test of a name (the register's: taken whole from NAME等项目)
        org.govfacts.check.ProjectNameTest nameTest = new org.govfacts.check.ProjectNameTest(lexicon);
        Map<String, double[]> sums = new LinkedHashMap<>();
        StringBuilder table = new StringBuilder(String.format("%-20s", "left out"));
        combos.forEach(k -> table.append(String.format(" | %-17s", k)));
        table.append('\n');
        for (String out : leftOut) {
            List<ProjectTrainingData.Example> train = new ArrayList<>();
            docs.forEach((name, ds) -> {
                if (!name.equals(out)) {
                    ds.forEach(d -> train.addAll(d.examples()));
                }
            });
            long t0 = System.nanoTime();
            ProjectTagger tagger = trainer.train(train, iterations);
            System.err.printf("trained without %s on %d sentences in %.1f s%n", out, train.size(), (System.nanoTime() - t0) / 1e9);
            // the rules' predictions: of this code, or (-Drules.SET=FILE) of the code the set was scored blind on
            String rulesFile = System.getProperty("rules." + out);
            Map<String, List<JsonNode>> external = new LinkedHashMap<>();
            if (rulesFile != null) {
                for (JsonNode p : FactFiles.load(Path.of(rulesFile))) {
                    if ("project".equals(p.path("type").asText())) {
                        external.computeIfAbsent(p.path("doc").asText(), k -> new ArrayList<>()).add(p);
                    }
                }
            }
            table.append(String.format("%-20s", out + (rulesFile == null ? "" : "*")));
            List<JsonNode> gold = FactFiles.load(sets.get(out).gold());
            List<JsonNode> regions = FactFiles.load(sets.get(out).regions());
            Map<String, List<JsonNode>> pred = new LinkedHashMap<>();
            combos.forEach(k -> pred.put(k, new ArrayList<>()));
            // the tagger's spans put to the rules' own acceptance inside the project finder
            Pipeline accepting = new Pipeline(lexicon, org.govfacts.resolve.Manifest.EMPTY, tagger::tag);
            for (ProjectTrainingData.AnnotatedDoc d : docs.get(out)) {
                String t = d.text().text();
                List<JsonNode> rules = rulesFile != null ? external.getOrDefault(d.text().doc(), List.of())
                        : pipeline.extract(d.text()).stream().filter(f -> f.type() == FactType.PROJECT)
                        .map(f -> fact(d, f.start(), f.end(), f.name())).toList();
                List<int[]> spans = tagger.tag(d.text());
                List<JsonNode> model = spans.stream().map(s -> fact(d, s[0], s[1], t.substring(s[0], s[1]).replaceAll("\\s+", ""))).toList();
                List<JsonNode> withHead = model.stream().filter(m -> heads.stream().anyMatch(m.path("name").asText()::contains)).toList();
                List<JsonNode> endsHead = model.stream().filter(m -> heads.stream().anyMatch(m.path("name").asText()::endsWith)).toList();
                pred.get("rules").addAll(rules);
                pred.get("model").addAll(model);
                pred.get("rules+model").addAll(union(rules, model));
                pred.get("rules+model(head)").addAll(union(rules, withHead));
                pred.get("rules+model(ends)").addAll(union(rules, endsHead));
                pred.get("rules&model(veto)").addAll(veto(rules, model));
                pred.get("veto+model(head)").addAll(union(veto(rules, model), withHead));
                pred.get("rules+model(head,test)").addAll(union(rules, withHead.stream().filter(m -> nameTest.test(m.path("name").asText())).toList()));
                List<JsonNode> accepted = accepting.extract(d.text()).stream().filter(f -> f.type() == FactType.PROJECT)
                        .map(f -> fact(d, f.start(), f.end(), f.name())).toList();
                pred.get("rules+model(accept)").addAll(accepted);
                pred.get("rules+model(accept,test)").addAll(union(rules, accepted.stream().filter(m -> nameTest.test(m.path("name").asText())).toList()));
            }
            for (String combo : combos) {
                Scorer.TypeScore p = Scorer.score(gold, Scorer.insideRegions(pred.get(combo), regions, gold)).types().get("project");
                table.append(String.format(" | %.3f %.3f %.3f", p.precision(), p.recall(), p.f1()));
                double[] sum = sums.computeIfAbsent(combo, k -> new double[2]);
                sum[0] += p.f1();
                if (leftOut.indexOf(out) < 3) {
                    sum[1] += p.f1();
                }
            }
            table.append('\n');
        }
        table.append(String.format("%-20s", "mean F1 (first 3)"));
        sums.values().forEach(v -> table.append(String.format(" | %17.3f", v[1] / Math.min(3, leftOut.size()))));
        table.append(String.format("%n%-20s", "mean F1 (all)"));
        sums.values().forEach(v -> table.append(String.format(" | %17.3f", v[0] / leftOut.size())));
        System.out.println("P R F1 of projects, tagger trained " + iterations + " iterations\n" + table);
    }

    /**
     * Trains on every set but the held-out ones of {@code models/project-tagger-heldout.txt}, saves the model and times
     * loading it back (for the size and start-up cost).
     */
    private static void saveAll(Path repo, int iterations, Path file, Pipeline pipeline, ProjectTaggerTrainer trainer) throws IOException {
        List<ProjectTrainingData.Example> all = new ArrayList<>();
        for (ProjectTrainingData.AnnotatedSet s : ProjectTrainingData.trainingSets(repo)) {
            ProjectTrainingData.read(s, pipeline).forEach(d -> all.addAll(d.examples()));
        }
        ProjectTagger tagger = trainer.train(all, iterations);
        tagger.model().save(file.toString());
        long t0 = System.nanoTime();
        com.hankcs.hanlp.model.perceptron.model.LinearModel loaded = new com.hankcs.hanlp.model.perceptron.model.LinearModel(file.toString());
        System.out.printf("%d sentences; %s: %d bytes, %d features, loaded in %.0f ms%n", all.size(), file,
                java.nio.file.Files.size(file), loaded.featureMap.size(), (System.nanoTime() - t0) / 1e6);
    }

    private static boolean overlap(JsonNode a, JsonNode b) {
        return a.path("start").asInt() < b.path("end").asInt() && b.path("start").asInt() < a.path("end").asInt();
    }

    /** The rules' names and the model's that overlap none of them. */
    static List<JsonNode> union(List<JsonNode> rules, List<JsonNode> model) {
        List<JsonNode> out = new ArrayList<>(rules);
        model.stream().filter(m -> rules.stream().noneMatch(r -> overlap(r, m))).forEach(out::add);
        return out;
    }

    /** The rules' names that some model name overlaps. */
    static List<JsonNode> veto(List<JsonNode> rules, List<JsonNode> model) {
        return rules.stream().filter(r -> model.stream().anyMatch(m -> overlap(r, m))).toList();
    }

    private static JsonNode fact(ProjectTrainingData.AnnotatedDoc d, int start, int end, String name) {
        NormalizedText n = d.text().normalized();
        ObjectNode o = JSON.createObjectNode();
        o.put("doc", d.text().doc());
        o.put("type", "project");
        o.put("start", n.originalStart(start));
        o.put("end", n.originalEnd(end));
        o.put("name", name);
        return o;
    }

    private ProjectTaggerExperiment() {
    }
}
