package org.govfacts.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import org.govfacts.index.FactSearcher;
import org.govfacts.index.IndexAnalysis;
import org.govfacts.index.IndexStats;
import org.govfacts.index.IndicatorSynonyms;
import org.govfacts.output.FactJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "What the index holds: reports, facts by type, size on disk, last commit.",
        footer = {"", "Exit codes: 0 done, 1 no index or unreadable, 2 usage error."})
final class StatsCommand implements Callable<Integer> {
    @Mixin
    IndexDirOption index;

    @Option(names = "--json", description = "Print the figures as one JSON object.")
    boolean json;

    @Mixin
    DictionaryOption dictionaries;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        IndexStats s;
        try (FactSearcher searcher = FactSearcher.open(index.dir, IndexAnalysis.standard(dictionaries.lexicon()), IndicatorSynonyms.NONE)) {
            s = searcher.stats();
        }
        if (json) {
            ObjectNode o = FactJson.MAPPER.createObjectNode();
            o.put("index", index.dir.toString());
            o.put("reports", s.reports());
            o.put("facts", s.facts());
            ObjectNode types = o.putObject("facts_by_type");
            s.factsByType().forEach(types::put);
            o.put("bytes", s.bytes());
            o.put("segments", s.segments());
            o.put("committed_at", s.committedAt());
            out.println(o);
        } else {
            out.printf("index      %s%n", index.dir);
            out.printf("reports    %,d%n", s.reports());
            out.printf("facts      %,d%n", s.facts());
            for (Map.Entry<String, Long> e : s.factsByType().entrySet()) {
                out.printf("  %-9s%,d%n", e.getKey(), e.getValue());
            }
            out.printf("size       %s (%d segment(s))%n", size(s.bytes()), s.segments());
            out.printf("committed  %s%n", s.committedAt() == null ? "-" : s.committedAt());
        }
        out.flush();
        return 0;
    }

    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format("%.1f KB", bytes / 1024.0);
        }
        if (bytes < 1024L * 1024 * 1024) {
            return String.format("%.1f MB", bytes / (1024.0 * 1024));
        }
        return String.format("%.2f GB", bytes / (1024.0 * 1024 * 1024));
    }
}
