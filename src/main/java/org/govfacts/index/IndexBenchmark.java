package org.govfacts.index;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.govfacts.fact.Fact;
import org.govfacts.output.FactJson;
import org.govfacts.pipeline.BatchExtractor;
import org.govfacts.pipeline.DocumentInfo;
import org.govfacts.pipeline.DocumentResult;
import org.govfacts.pipeline.Pipeline;
import org.govfacts.read.DocumentReader;
import org.govfacts.read.ReadFailure;
import org.govfacts.read.SourceDocument;

/**
 * Measures the index at scale: builds an index of many facts made by repeating and varying real
 * facts (value, rank, region, years of the period, document), then times a fixed mix of queries.
 * Not a test: it reports figures (facts/s indexed, query latency p50/p99) and asserts nothing.
 *
 * <p>The facts come with their sentences; a varied copy keeps the sentence of its original, so the
 * sentence analysis cache serves most copies and the figure is the rate of Lucene indexing proper.
 * The uncached rate (every sentence segmented again, as for a corpus of all-new sentences) is
 * measured with {@code cache=false}. Report full text is indexed at the speed of HanLP
 * segmentation, like extraction; it is measured separately in characters per second.
 */
public final class IndexBenchmark {
    /** A real report and its facts, the material copies are made from. */
    public record BaseDocument(DocumentInfo info, String text, Integer year, List<Fact> facts) {
    }

    /**
     * @param facts       facts to index (at least)
     * @param threads     indexing threads
     * @param rounds      measured rounds of the query mix (after as many warm-up rounds, at most 50)
     * @param cache       whether sentence analysis is cached
     * @param ramBufferMb the IndexWriter's buffer
     * @param seed        of the variations, so runs are comparable
     */
    public record Config(long facts, int threads, int rounds, boolean cache, double ramBufferMb, long seed) {
    }

    /** Latency of one query of the mix, or of a group of them, in milliseconds. */
    public record Latency(String name, boolean filtered, int runs, double p50, double p99, double max, long hits) {
    }

    public record Result(String source, int baseDocuments, int baseFacts, long facts, long reports, double indexSeconds,
                         double factsPerSecond, double cpuSeconds, long indexBytes, double cacheHitRate, double textCharsPerSecond,
                         List<Latency> queries, Latency filtered, Latency fullText) {

        public String format() {
            StringBuilder sb = new StringBuilder();
            sb.append(String.format("source        %s: %d report(s), %d fact(s) varied%n", source, baseDocuments, baseFacts));
            sb.append(String.format("indexed       %,d facts in %,d reports in %.1f s = %,.0f facts/s (sentence cache hit rate %.1f%%)%n",
                    facts, reports, indexSeconds, factsPerSecond, cacheHitRate * 100));
            sb.append(String.format("cpu           %.1f s of CPU (all threads, merges and GC) = %,.0f facts per CPU-second%n",
                    cpuSeconds, facts / cpuSeconds));
            sb.append(String.format("index size    %.1f MB%n", indexBytes / 1e6));
            sb.append(String.format("report text   %,.0f chars/s analysed and indexed (HanLP-bound)%n", textCharsPerSecond));
            sb.append(String.format("%-34s %7s %9s %9s %9s %10s%n", "query", "runs", "p50 ms", "p99 ms", "max ms", "hits"));
            for (Latency l : queries) {
                sb.append(String.format("%-34s %7d %9.2f %9.2f %9.2f %,10d%n", l.name(), l.runs(), l.p50(), l.p99(), l.max(), l.hits()));
            }
            for (Latency l : List.of(filtered, fullText)) {
                sb.append(String.format("%-34s %7d %9.2f %9.2f %9.2f%n", l.name(), l.runs(), l.p50(), l.p99(), l.max()));
            }
            return sb.toString();
        }
    }

    /** A named query of the fixed mix; filtered ones have no free text. */
    public record NamedQuery(String name, SearchRequest request) {
        boolean filtered() {
            return request.query() == null;
        }
    }

    /** The fixed query mix: research questions of the issue, filter-only and full-text. */
    public static final List<NamedQuery> QUERY_MIX = List.of(
            new NamedQuery("growth 规上工业增加值 >=10 by -value",
                    SearchRequest.builder().type("growth").indicator("规上工业增加值").min(10.0).sort(SearchRequest.Order.VALUE_DESC).build()),
            new NamedQuery("ranking 工业投资 rank<=1",
                    SearchRequest.builder().type("ranking").indicator("工业投资").max(1.0).build()),
            new NamedQuery("region 漯河市 period 2024 H1",
                    SearchRequest.builder().region("漯河市").period("2024 H1").build()),
            new NamedQuery("quantity 2023 by value",
                    SearchRequest.builder().type("quantity").period("2023").sort(SearchRequest.Order.VALUE).build()),
            new NamedQuery("growth 2024 + facets",
                    SearchRequest.builder().type("growth").period("2024").facets(true).build()),
            new NamedQuery("money >=100亿 text 新材料",
                    SearchRequest.builder().type("money").min(1e10).query("新材料").build()),
            new NamedQuery("text 项目 by relevance",
                    SearchRequest.builder().query("项目").build()),
            new NamedQuery("text 工業投資 (traditional)",
                    SearchRequest.builder().query("工業投資").build()));

    private static final String[] REGIONS = {"郑州市", "开封市", "洛阳市", "平顶山市", "安阳市", "鹤壁市", "新乡市", "焦作市",
        "濮阳市", "许昌市", "漯河市", "三门峡市", "南阳市", "商丘市", "信阳市", "周口市", "驻马店市", "济源市"};
    private static final Pattern YEAR = Pattern.compile("(?<![0-9])(19|20)(\\d{2})(?![0-9])");
    private static final String SENTENCE_END = "。！？；!?;\n";

    private IndexBenchmark() {
    }

    /** The seeds' facts as extracted by the pipeline. */
    public static List<BaseDocument> fromExtraction(Pipeline pipeline, DocumentReader reader, List<Path> files) throws IOException {
        List<BaseDocument> out = new ArrayList<>();
        List<ReadFailure> failures = new ArrayList<>();
        new BatchExtractor(pipeline, reader, Runtime.getRuntime().availableProcessors()).run(files, r -> {
            try {
                SourceDocument s = reader.read(org.govfacts.read.FileNames.toPath(r.info().path()));
                out.add(new BaseDocument(r.info(), s.text(), null, r.facts()));
            } catch (ReadFailure f) {
                failures.add(f);
            }
        }, failures::add);
        return out;
    }

    /**
     * The gold facts of {@code goldDir} ({@code NNN_*.jsonl}) with their sentences cut from the
     * seed texts of the same name in {@code seedsDir}.
     */
    public static List<BaseDocument> fromGold(Path goldDir, Path seedsDir) throws IOException {
        List<BaseDocument> out = new ArrayList<>();
        List<Path> golds;
        try (Stream<Path> s = Files.list(goldDir)) {
            golds = s.filter(p -> p.getFileName().toString().endsWith(".jsonl")).sorted().toList();
        }
        for (Path gold : golds) {
            String name = gold.getFileName().toString().replaceFirst("\\.jsonl$", ".txt");
            Path seed = seedsDir.resolve(name);
            if (!Files.isRegularFile(seed)) {
                continue;
            }
            String text = Files.readString(seed, StandardCharsets.UTF_8);
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            List<Fact> facts = new ArrayList<>();
            for (String line : Files.readAllLines(gold, StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode o = FactJson.MAPPER.readTree(line);
                Fact f = FactJson.fromJson(o);
                if (f.end() > text.length()) {
                    continue;
                }
                int from = f.start();
                while (from > 0 && SENTENCE_END.indexOf(text.charAt(from - 1)) < 0) {
                    from--;
                }
                int to = f.end();
                while (to < text.length() && SENTENCE_END.indexOf(text.charAt(to)) < 0) {
                    to++;
                }
                if (to < text.length() && text.charAt(to) != '\n') {
                    to++;
                }
                facts.add(new Fact(name, f.type(), f.start(), f.end(), f.text(), f.value(), f.unit(), f.qualifier(), f.basis(),
                        f.rank(), f.top(), f.scope(), f.name(), f.indicator(), f.period(), null,
                        text.substring(from, to), from, null));
            }
            DocumentInfo info = new DocumentInfo(name, seed.toAbsolutePath().toString(), name, 0, text.length(), "text", "UTF-8",
                    "simplified", null, null);
            out.add(new BaseDocument(info, text, null, facts));
        }
        return out;
    }

    public static Result run(List<BaseDocument> bases, String source, Path indexDir, IndexAnalysis analysis,
                             IndicatorSynonyms synonyms, Config config, Consumer<String> progress) throws IOException {
        List<BaseDocument> usable = bases.stream().filter(b -> !b.facts().isEmpty()).toList();
        if (usable.isEmpty()) {
            throw new IllegalArgumentException("no facts to vary");
        }
        int baseFacts = usable.stream().mapToInt(b -> b.facts().size()).sum();
        AtomicLong factsDone = new AtomicLong();
        AtomicLong nextDoc = new AtomicLong();
        long reports;
        double seconds;
        double textRate;
        double cpuSeconds;
        try (FactIndex index = FactIndex.open(indexDir, analysis, config.ramBufferMb())) {
            long t0 = System.nanoTime();
            long cpu0 = processCpuNanos();
            ExecutorService pool = Executors.newFixedThreadPool(config.threads());
            try {
                List<Future<Void>> workers = new ArrayList<>();
                for (int t = 0; t < config.threads(); t++) {
                    workers.add(pool.submit(() -> {
                        while (factsDone.get() < config.facts()) {
                            long i = nextDoc.getAndIncrement();
                            BaseDocument b = usable.get((int) (i % usable.size()));
                            Variant v = variant(b, i, config.seed());
                            index.add(v.result(), null);
                            long done = factsDone.addAndGet(v.result().facts().size());
                            if (done / 100_000 != (done - v.result().facts().size()) / 100_000) {
                                progress.accept(String.format("  %,d facts", done / 100_000 * 100_000));
                            }
                        }
                        return null;
                    }));
                }
                for (Future<Void> w : workers) {
                    w.get();
                }
            } catch (Exception e) {
                throw new IOException("indexing failed: " + e, e);
            } finally {
                pool.shutdownNow();
            }
            index.commit();
            seconds = (System.nanoTime() - t0) / 1e9;
            cpuSeconds = (processCpuNanos() - cpu0) / 1e9;
            reports = nextDoc.get();
            textRate = indexTexts(index, usable);
            index.commit();
        }
        double hitRate = analysis.cacheHitRate();
        long bytes = 0;
        List<Latency> latencies = new ArrayList<>();
        Latency filtered;
        Latency fullText;
        try (FactSearcher searcher = FactSearcher.open(indexDir, analysis, synonyms)) {
            bytes = searcher.stats().bytes();
            int warmup = Math.min(50, config.rounds());
            Map<NamedQuery, long[]> times = new LinkedHashMap<>();
            Map<NamedQuery, Long> hits = new LinkedHashMap<>();
            for (NamedQuery q : QUERY_MIX) {
                times.put(q, new long[config.rounds()]);
            }
            for (int round = -warmup; round < config.rounds(); round++) {
                for (NamedQuery q : QUERY_MIX) {
                    long s = System.nanoTime();
                    SearchResult r = searcher.search(q.request());
                    long ns = System.nanoTime() - s;
                    if (round >= 0) {
                        times.get(q)[round] = ns;
                    }
                    hits.put(q, r.total());
                }
            }
            List<Long> filteredAll = new ArrayList<>();
            List<Long> fullTextAll = new ArrayList<>();
            for (NamedQuery q : QUERY_MIX) {
                long[] ns = times.get(q);
                latencies.add(latency(q.name(), q.filtered(), ns, hits.get(q)));
                for (long n : ns) {
                    (q.filtered() ? filteredAll : fullTextAll).add(n);
                }
            }
            filtered = latency("ALL filtered queries", true, filteredAll.stream().mapToLong(Long::longValue).toArray(), 0);
            fullText = latency("ALL full-text queries", false, fullTextAll.stream().mapToLong(Long::longValue).toArray(), 0);
        }
        return new Result(source, usable.size(), baseFacts, factsDone.get(), reports, seconds, factsDone.get() / seconds,
                cpuSeconds, bytes, hitRate, textRate, latencies, filtered, fullText);
    }

    /** Indexes the base reports' full text (no facts) under their own paths; characters per second. */
    private static double indexTexts(FactIndex index, List<BaseDocument> bases) throws IOException {
        long chars = 0;
        long t0 = System.nanoTime();
        int copy = 0;
        // Enough text that the figure is not noise, but bounded.
        while (chars < 2_000_000 && copy < 50) {
            for (BaseDocument b : bases) {
                if (b.text() == null) {
                    continue;
                }
                // A fresh copy of the text each time, so nothing is served from a cache.
                String text = b.text() + "\n" + copy;
                DocumentInfo i = b.info();
                DocumentInfo info = new DocumentInfo(i.doc(), "/bench-text/" + copy + "/" + i.doc(), i.sha256(), i.bytes(),
                        text.length(), i.format(), i.charset(), i.script(), i.title(), i.region());
                index.add(new DocumentResult(info, List.of(), List.of()), text);
                chars += text.length();
            }
            copy++;
            if (chars == 0) {
                return 0;
            }
        }
        return chars / ((System.nanoTime() - t0) / 1e9);
    }

    private record Variant(DocumentResult result, Integer year) {
    }

    /** Copy {@code i} of a base report: another document and region, values and ranks varied, years shifted. */
    private static Variant variant(BaseDocument b, long i, long seed) {
        Random rnd = new Random(seed * 1_000_003L + i);
        long copy = i / 1000;
        int shift = (int) (i % 7) - 3;
        String region = REGIONS[(int) ((i * 7919 + copy) % REGIONS.length)];
        String doc = "bench" + i + "_" + b.info().doc();
        List<Fact> facts = new ArrayList<>(b.facts().size());
        for (Fact f : b.facts()) {
            Double value = f.value() == null ? null : vary(f.value(), rnd);
            Integer rank = f.rank() == null ? null : 1 + rnd.nextInt(18);
            facts.add(new Fact(doc, f.type(), f.start(), f.end(), f.text(), value, f.unit(), f.qualifier(), f.basis(), rank,
                    f.top(), f.scope(), f.name(), f.indicator(), shiftYears(f.period(), shift), region, f.sentence(),
                    f.sentenceStart(), null));
        }
        DocumentInfo info = new DocumentInfo(doc, "/bench/" + i + "/" + b.info().doc(), "bench-" + i, 0,
                b.info().characters(), "text", "UTF-8", "simplified", b.info().title(), region);
        Integer year = b.year() == null ? null : b.year() + shift;
        return new Variant(new DocumentResult(info, facts, List.of()), year);
    }

    private static double vary(double v, Random rnd) {
        double x = v * (0.5 + rnd.nextDouble());
        if (x == 0) {
            return 0;
        }
        double scale = Math.pow(10, 3 - Math.ceil(Math.log10(Math.abs(x))));
        return Math.round(x * scale) / scale;
    }

    static String shiftYears(String period, int shift) {
        if (period == null || shift == 0) {
            return period;
        }
        Matcher m = YEAR.matcher(period);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, String.valueOf(Integer.parseInt(m.group()) + shift));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** CPU time of the whole process: on a shared machine, the figure that does not depend on the neighbours. */
    private static long processCpuNanos() {
        java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
    }

    private static Latency latency(String name, boolean filtered, long[] ns, long hits) {
        long[] sorted = ns.clone();
        Arrays.sort(sorted);
        return new Latency(name, filtered, sorted.length, percentile(sorted, 0.50), percentile(sorted, 0.99),
                sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6, hits);
    }

    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int i = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }
}
