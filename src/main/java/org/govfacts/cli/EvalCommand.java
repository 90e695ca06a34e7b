package org.govfacts.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.govfacts.eval.FactFiles;
import org.govfacts.eval.Scorer;
import org.govfacts.output.FactJson;
import org.govfacts.read.ReadFailure;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Score extraction against gold facts.",
            "The same figures as ../shared/tools/score.py:",
            "per-type precision/recall/F1, attribute accuracy, strict F1,",
            "and, where the gold has them, comparable-field accuracy and comparable F1.",
            "Either extracts PATH... itself, or scores an existing --pred file."})
final class EvalCommand implements Callable<Integer> {
    @Option(names = "--gold", required = true, paramLabel = "GOLD", description = "Gold facts: a .jsonl file or a folder of them.")
    Path gold;

    @Option(names = "--pred", paramLabel = "PRED", description = "Score these predictions instead of extracting.")
    Path pred;

    @Option(names = "--regions", paramLabel = "FILE",
            description = "JSON Lines of {doc, start, end}: score only predictions inside these spans (documents annotated in part).")
    Path regions;

    @Option(names = "--show-errors", paramLabel = "N", defaultValue = "0", description = "List up to N misses and N false facts.")
    int showErrors;

    @Option(names = "--json", description = "Also print the figures as one JSON line.")
    boolean json;

    @Mixin
    ThreadsOption threads;

    @Mixin
    DictionaryOption dictionaries;

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Reports to extract and score.")
    List<Path> paths = new ArrayList<>();

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if ((pred == null) == paths.isEmpty()) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "give either --pred FILE or report PATHs");
        }
        List<JsonNode> predictions;
        List<ReadFailure> failures = new ArrayList<>();
        if (pred != null) {
            predictions = FactFiles.load(pred);
        } else {
            predictions = extract(paths, failures, err);
        }
        List<JsonNode> goldFacts = FactFiles.load(gold);
        if (regions != null) {
            predictions = Scorer.insideRegions(predictions, FactFiles.load(regions), goldFacts);
        }
        Scorer.Report report = Scorer.score(goldFacts, predictions);
        String text = report.format(showErrors);
        int cut = text.lastIndexOf("overall ");
        out.print(text.substring(0, cut));
        if (json) {
            out.println(toJson(report));
        }
        out.print(text.substring(cut));
        out.flush();
        return failures.isEmpty() ? 0 : 1;
    }

    private List<JsonNode> extract(List<Path> inputs, List<ReadFailure> failures, PrintWriter err) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        ReportExtraction.run(inputs, dictionaries.pipeline(dictionaries.lexicon()), threads.count(),
                r -> r.facts().forEach(f -> out.add(FactJson.toJson(f, r.info().path()))), failures, err);
        return out;
    }

    /** The same object as score.py --json prints. */
    static String toJson(Scorer.Report r) {
        ObjectNode o = FactJson.MAPPER.createObjectNode();
        ObjectNode types = o.putObject("types");
        for (Map.Entry<String, Scorer.TypeScore> e : r.types().entrySet()) {
            Scorer.TypeScore s = e.getValue();
            types.putObject(e.getKey()).put("tp", s.tp()).put("fp", s.fp()).put("fn", s.fn())
                    .put("p", s.precision()).put("r", s.recall()).put("f1", s.f1());
        }
        o.put("p", r.overall().precision());
        o.put("r", r.overall().recall());
        o.put("f1", r.overall().f1());
        o.put("strict_f1", r.strictF1());
        o.put("attr", r.attributeAccuracy());
        if (r.comparableF1() != null) {
            o.put("comparable_f1", r.comparableF1());
            ObjectNode comparable = o.putObject("comparable");
            r.comparable().forEach((a, v) -> comparable.put(a, (double) v[0] / v[1]));
        }
        return o.toString();
    }
}
