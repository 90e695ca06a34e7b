package org.govfacts.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.govfacts.index.FactIndex;
import org.govfacts.index.IndexAnalysis;
import org.govfacts.index.IndexRun;
import org.govfacts.lexicon.Lexicon;
import org.govfacts.pipeline.Pipeline;
import org.govfacts.read.DocumentReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "index", mixinStandardHelpOptions = true,
        description = {"Extract facts from reports and add them, with the reports' text, to the search index.",
            "Files already indexed with the same content are skipped; changed files replace what was "
                + "indexed from them. An interrupted run leaves the last committed index intact."},
        footer = {"", "Exit codes: 0 done, 1 some files failed or the index is in use by another process, 2 usage error."})
final class IndexCommand implements Callable<Integer> {
    @Mixin
    IndexDirOption index;

    @Option(names = "--prune", description = "Drop reports whose files no longer exist.")
    boolean prune;

    @Option(names = "--force", description = "Re-index every file given, even unchanged ones (e.g. after the extractor improved).")
    boolean force;

    @Mixin
    ThreadsOption threads;

    @Option(names = "--commit-every", paramLabel = "N", defaultValue = "500", hidden = true,
            description = "Reports between commits (default: ${DEFAULT-VALUE}).")
    int commitEvery;

    @Mixin
    DictionaryOption dictionaries;

    @Option(names = "--opensearch", paramLabel = "URL",
            description = "Write reports and facts to this OpenSearch cluster (http[s]://[user:password@]host:9200) "
                    + "instead of the local index.")
    String opensearch;

    @Option(names = "--index-name", paramLabel = "N", defaultValue = "govfacts",
            description = "With --opensearch: facts go to index N, reports to N-reports (default: ${DEFAULT-VALUE}).")
    String indexName;

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Report files or folders.")
    List<Path> paths = new ArrayList<>();

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (paths.isEmpty() && !prune) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "give report PATHs (or --prune alone)");
        }
        PrintWriter err = spec.commandLine().getErr();
        if (opensearch != null) {
            if (prune || force || paths.isEmpty()) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                        "--opensearch takes report PATHs, not --prune or --force (ids derive from content: a re-run overwrites)");
            }
            return OpenSearchIndexing.run(opensearch, indexName, paths, dictionaries.pipeline(dictionaries.lexicon()), threads.count(), err);
        }
        Lexicon lexicon = dictionaries.lexicon();
        Pipeline pipeline = dictionaries.pipeline(lexicon);
        IndexAnalysis analysis = new IndexAnalysis(pipeline.normalizer(), pipeline::segmenter, IndexAnalysis.DEFAULT_CACHE_LIMIT);
        int n = threads.count();
        IndexRun.Summary s;
        // --force redoes everything, so it also replaces an index whose files are damaged
        try (FactIndex fi = FactIndex.open(index.dir, analysis, 128, force)) {
            s = IndexRun.run(fi, pipeline, new DocumentReader(), new IndexRun.Options(paths, prune, force, n, commitEvery),
                    f -> say(err, "govfacts: " + org.govfacts.read.FileNames.show(f.path()) + ": " + f.reason()),
                    note -> say(err, "govfacts: " + note));
        }
        say(err, String.format("govfacts: %d new, %d changed, %d unchanged, %d duplicate, %d pruned report(s); %d fact(s) written; "
                        + "index %s holds %d fact(s)%s",
                s.added(), s.replaced(), s.unchanged(), s.duplicates(), s.pruned(), s.facts(), index.dir, s.totalFacts(),
                s.failed() == 0 ? "" : "; " + s.failed() + " file(s) failed"));
        return s.failed() == 0 ? 0 : 1;
    }

    /** Called from several indexing threads. */
    private static synchronized void say(PrintWriter err, String line) {
        err.println(line);
        err.flush();
    }
}
