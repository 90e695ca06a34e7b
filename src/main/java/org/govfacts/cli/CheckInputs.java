package org.govfacts.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.govfacts.check.CheckDocument;
import org.govfacts.check.FactSources;
import org.govfacts.lexicon.Lexicon;
import org.govfacts.pipeline.BatchExtractor;
import org.govfacts.pipeline.Pipeline;
import org.govfacts.read.DocumentReader;
import org.govfacts.read.InputWalker;
import org.govfacts.read.ReadFailure;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** What `check`, `projects` and `panel` read: an index, or reports and fact files given as paths. */
final class CheckInputs {
    @Option(names = "--index", paramLabel = "DIR", description = "Read the facts kept in this index folder (made by `govfacts index`).")
    Path index;

    @Mixin
    ThreadsOption threads;

    @Mixin
    DictionaryOption dictionaries;

    @Parameters(arity = "0..*", paramLabel = "PATH",
            description = "Reports (files or folders, extracted first) or fact files from `govfacts extract` (.jsonl, .json).")
    List<Path> paths = new ArrayList<>();

    Lexicon lexicon() {
        return dictionaries.lexicon();
    }

    /** The --format value, or a usage error naming the formats. */
    static org.govfacts.check.FindingWriter.Format format(picocli.CommandLine.Model.CommandSpec spec, String format) {
        try {
            return org.govfacts.check.FindingWriter.Format.parse(format);
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "unknown format '" + format + "' (text, json, jsonl or html)");
        }
    }

    /** The documents to check; a bad combination of inputs is a usage error. */
    List<CheckDocument> loadOrUsageError(picocli.CommandLine.Model.CommandSpec spec, List<ReadFailure> failures) throws IOException {
        try {
            return load(spec.commandLine().getErr(), failures);
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    /** The documents to check, in path order; unreadable files are reported and added to {@code failures}. */
    List<CheckDocument> load(PrintWriter err, List<ReadFailure> failures) throws IOException {
        if ((index == null) == paths.isEmpty()) {
            throw new IllegalArgumentException("give either --index DIR or report/fact PATHs");
        }
        if (index != null) {
            return isLuceneIndex(index) ? fromLuceneIndex(index) : FactSources.fromIndex(index);
        }
        List<Path> files = InputWalker.expand(paths, f -> report(err, failures, f));
        List<Path> factFiles = files.stream().filter(FactSources::isFactFile).toList();
        List<Path> reports = files.stream().filter(p -> !FactSources.isFactFile(p)).toList();
        List<CheckDocument> out = new ArrayList<>(FactSources.load(factFiles, f -> report(err, failures, f)));
        if (!reports.isEmpty()) {
            Pipeline pipeline = dictionaries.pipeline(lexicon());
            DocumentReader reader = new DocumentReader();
            int n = threads.count();
            new BatchExtractor(pipeline, reader, n).runWithSources(reports,
                    (r, source) -> out.add(CheckDocument.of(r, source.text())), f -> report(err, failures, f));
        }
        return out;
    }

    private static boolean isLuceneIndex(Path dir) throws IOException {
        if (!java.nio.file.Files.isDirectory(dir)) {
            return false;
        }
        try (var s = java.nio.file.Files.list(dir)) {
            return s.anyMatch(p -> p.getFileName().toString().startsWith("segments_"));
        }
    }

    /** Every fact of a `govfacts index`, grouped by report, in document order. */
    private List<CheckDocument> fromLuceneIndex(Path dir) throws IOException {
        Lexicon lexicon = lexicon();
        Pipeline pipeline = dictionaries.pipeline(lexicon);
        org.govfacts.index.IndexAnalysis analysis = new org.govfacts.index.IndexAnalysis(pipeline.normalizer(),
                pipeline::segmenter, 0);
        try (org.govfacts.index.FactSearcher searcher = org.govfacts.index.FactSearcher.open(dir, analysis,
                org.govfacts.index.IndicatorSynonyms.load(lexicon, analysis::foldText))) {
            long n = searcher.stats().facts();
            org.govfacts.index.SearchResult all = searcher.search(org.govfacts.index.SearchRequest.builder()
                    .sort(org.govfacts.index.SearchRequest.Order.DOCUMENT).limit((int) Math.min(Integer.MAX_VALUE - 8, n)).build());
            java.util.Map<String, List<org.govfacts.fact.Fact>> byDoc = new java.util.TreeMap<>();
            for (org.govfacts.index.SearchHit h : all.hits()) {
                byDoc.computeIfAbsent(h.fact().doc(), k -> new ArrayList<>()).add(h.fact());
            }
            List<CheckDocument> out = new ArrayList<>();
            byDoc.forEach((doc, facts) -> out.add(new CheckDocument(doc, facts, null)));
            return out;
        }
    }

    private static synchronized void report(PrintWriter err, List<ReadFailure> failures, ReadFailure f) {
        failures.add(f);
        err.println("govfacts: " + org.govfacts.read.FileNames.show(f.path()) + ": " + f.reason());
        err.flush();
    }
}
