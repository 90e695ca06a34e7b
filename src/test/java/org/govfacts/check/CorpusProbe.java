package org.govfacts.check;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Runs the checker and the mutation harness over a folder of unseen reports, with {@link RoughFacts}. Not a test. */
final class CorpusProbe {
    /** Every .txt report of a folder, with rough facts; the region is taken from names like 2026_河南省_….txt. */
    static List<CheckDocument> load(Path dir) throws java.io.IOException {
        List<CheckDocument> docs = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(x -> x.toString().endsWith(".txt")).sorted().toList()) {
                String name = p.getFileName().toString();
                String region = name.split("_").length > 1 ? name.split("_")[1] : null;
                docs.add(RoughFacts.of(name, Files.readString(p), region));
            }
        }
        return docs;
    }

    public static void main(String[] args) throws Exception {
        List<CheckDocument> docs = load(Path.of(args[0]));
        System.out.println("facts: " + docs.stream().mapToInt(d -> d.facts().size()).sum());
        List<Finding> findings = Findings.CHECKER.check(docs);
        if (args.length > 1 && args[1].equals("findings")) {
            System.out.println(FindingWriter.text(findings, docs.size()));
        } else {
            System.out.println(new MutationHarness(Findings.CHECKER, 1, Integer.parseInt(args.length > 1 ? args[1] : "10")).run(docs).format());
        }
    }
}
