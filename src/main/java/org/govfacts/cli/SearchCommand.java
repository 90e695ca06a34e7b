package org.govfacts.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.govfacts.index.AmountArgument;
import org.govfacts.index.FactSearcher;
import org.govfacts.index.IndexAnalysis;
import org.govfacts.index.IndicatorSynonyms;
import org.govfacts.index.ReportHit;
import org.govfacts.index.SearchOutput;
import org.govfacts.index.SearchRequest;
import org.govfacts.index.SearchResult;
import org.govfacts.lexicon.Lexicon;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Search the facts of the index (see `govfacts index`).",
            "QUERY words must each occur in a fact's sentence, indicator or project name, in either script; "
                + "the options are exact filters. Works while `govfacts index` runs (on its last commit)."},
        footer = {"", "Examples:",
            "  govfacts search --type growth --indicator 规上工业增加值 --period 2024 --sort -value",
            "  govfacts search --indicator 地区生产总值 --status target --region 河南省 --within",
            "  govfacts search --type ranking --indicator 工业投资 --max 1 --facets",
            "  govfacts search --type money --min 100亿 新材料",
            "  govfacts search --type report 换道领跑",
            "", "In the table the fact is marked 【】 and query matches «». For rankings --min/--max and "
                + "--sort value use the rank. Indicator synonyms come from dictionaries/indicator-synonyms.tsv.",
            "", "Exit codes: 0 done (even with no match), 1 no index or unreadable, 2 usage error."})
final class SearchCommand implements Callable<Integer> {
    @Mixin
    IndexDirOption index;

    @Option(names = "--type", paramLabel = "T", description = "money, quantity, growth, ratio, ranking, project, or report (whole reports).")
    String type;

    @Option(names = "--indicator", paramLabel = "TEXT", description = "The indicator contains TEXT (or a synonym of it).")
    String indicator;

    @Option(names = "--region", paramLabel = "R", description = "The place the figure is about, region_norm (河南 finds 河南省).")
    String region;

    @Option(names = "--within", description = "With --region: also the places it holds (a province's cities and counties).")
    boolean within;

    @Option(names = "--status", paramLabel = "S", description = "actual, target or estimate.")
    String status;

    @Option(names = "--period", paramLabel = "P", description = {"Calendar time, period_norm: 2023, 2024H1, 2024Q1, 2024M01-08, 2021-2025, ..2024-09,",
            "or a dated period as written (2024年上半年). Finds the facts whose period lies within it."})
    String period;

    @Option(names = "--min", paramLabel = "V", description = "Value at least V: 10, 1e10, 100亿, 6万.")
    String min;

    @Option(names = "--max", paramLabel = "V", description = "Value at most V.")
    String max;

    @Option(names = "--sort", paramLabel = "ORDER", description = "value, -value, relevance or doc (default: relevance with a QUERY, else doc).")
    String sort;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "Results shown (default: ${DEFAULT-VALUE}; 0 for counts only).")
    int limit;

    @Option(names = "--facets", description = "Count the matches by type, region, period and indicator.")
    boolean facets;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "table, json, jsonl or csv (default: ${DEFAULT-VALUE}).")
    String format;

    @Mixin
    DictionaryOption dictionaries;

    @Parameters(arity = "0..*", paramLabel = "QUERY", description = "Words to find (all must occur).")
    List<String> query = List.of();

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        SearchRequest request;
        SearchOutput.Format fmt;
        try {
            fmt = SearchOutput.Format.parse(format);
            request = new SearchRequest(String.join(" ", query), type, indicator, region, period,
                    min == null ? null : AmountArgument.parse(min), max == null ? null : AmountArgument.parse(max),
                    sort == null ? null : SearchRequest.Order.parse(sort), limit, facets, status, within);
            if (within && region == null) {
                throw new IllegalArgumentException("--within goes with --region");
            }
            if (!request.reports() && request.type() != null) {
                org.govfacts.fact.FactType.parse(request.type());
            }
            checkQuery(query);
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        Lexicon lexicon = dictionaries.lexicon();
        IndexAnalysis analysis = IndexAnalysis.standard(lexicon);
        IndicatorSynonyms synonyms = IndicatorSynonyms.load(lexicon, analysis::foldText);
        PrintWriter out = spec.commandLine().getOut();
        try (FactSearcher searcher = FactSearcher.open(index.dir, analysis, synonyms)) {
            if (request.reports()) {
                List<ReportHit> hits = searcher.searchReports(request);
                SearchOutput.writeReports(out, fmt, hits);
            } else {
                SearchResult result = searcher.search(request);
                SearchOutput.write(out, fmt, request, result);
            }
        } catch (IllegalArgumentException e) {
            // a --period no rule reads (2024 H9) is found out while the query is built
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        } catch (org.apache.lucene.search.IndexSearcher.TooManyClauses e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "the query is too long: its "
                    + words(query).size() + " word(s) make more than " + org.apache.lucene.search.IndexSearcher.getMaxClauseCount()
                    + " search terms; use fewer words");
        }
        return 0;
    }

    /** A query with nothing to search for (only punctuation) is a usage error, not "every fact". */
    static void checkQuery(List<String> query) {
        List<String> words = words(query);
        if (!words.isEmpty() && words.stream().noneMatch(w -> w.codePoints().anyMatch(Character::isLetterOrDigit))) {
            throw new IllegalArgumentException("the query '" + String.join(" ", words) + "' has no letters or digits "
                    + "to search for (punctuation is not searched); leave it out to list every fact");
        }
    }

    private static List<String> words(List<String> query) {
        return query.stream().flatMap(q -> java.util.Arrays.stream(q.strip().split("[\\s\\u3000]+")))
                .filter(w -> !w.isEmpty()).toList();
    }

}
