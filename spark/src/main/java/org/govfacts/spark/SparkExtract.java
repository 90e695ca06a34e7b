package org.govfacts.spark;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.CollectionAccumulator;
import org.apache.spark.util.LongAccumulator;
import org.govfacts.opensearch.OpenSearchClient;
import org.govfacts.opensearch.OpenSearchSink;
import org.govfacts.output.FactJson;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * govfacts as a Spark job: every report under --input (any file system Spark reads, any format
 * `extract` reads) through the same pipeline, facts written under --output:
 * <pre>
 *   OUTPUT/facts/     one row per fact, the fields of `extract`; Parquet partitioned by report_year, or JSON Lines
 *   OUTPUT/reports/   one row per report: metadata, fact count, warnings
 *   OUTPUT/failures/  JSON Lines: path and reason of every file that could not be read or extracted
 * </pre>
 * and, with --opensearch, into OpenSearch as `govfacts index --opensearch` does.
 */
@Command(name = "govfacts-spark", mixinStandardHelpOptions = true, version = "govfacts-spark 0.1.0",
        description = "Extract facts from reports with Spark (spark-submit --class org.govfacts.spark.SparkExtract govfacts-spark.jar ...).",
        footer = {"", "Exit codes: 0 all files read, 1 some files failed (see OUTPUT/failures), 2 usage error."})
public final class SparkExtract implements Callable<Integer> {
    @Option(names = "--input", required = true, paramLabel = "URI", description = "Folder (searched recursively) or file of reports.")
    String input;

    @Option(names = "--output", required = true, paramLabel = "URI", description = "Folder to create for facts/, reports/ and failures/.")
    String output;

    @Option(names = "--format", defaultValue = "parquet", paramLabel = "FORMAT",
            description = "parquet (partitioned by report_year) or jsonl (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--opensearch", paramLabel = "URL", description = "Also write reports and facts to this OpenSearch cluster.")
    String opensearch;

    @Option(names = "--index-name", defaultValue = "govfacts", paramLabel = "N",
            description = "With --opensearch: facts go to index N, reports to N-reports (default: ${DEFAULT-VALUE}).")
    String indexName;

    @Option(names = "--partitions", paramLabel = "N",
            description = "Spread the reports over N tasks (default: as Spark splits the input).")
    Integer partitions;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** What a run did. */
    public record Summary(long documents, long failed, long facts) {
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    public static int execute(String... args) {
        CommandLine cl = new CommandLine(new SparkExtract());
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            cmd.getErr().println("govfacts-spark: " + (ex.getMessage() == null ? ex.toString() : ex.getMessage()));
            return 1;
        });
        return cl.execute(args);
    }

    @Override
    public Integer call() throws IOException {
        if (!format.equals("parquet") && !format.equals("jsonl")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "unknown format '" + format + "' (parquet or jsonl)");
        }
        SparkSession spark = SparkSession.builder().appName("govfacts").getOrCreate();
        Summary s = run(spark);
        System.err.printf("govfacts-spark: %d document(s), %d fact(s)%s; written to %s%n", s.documents(), s.facts(),
                s.failed() == 0 ? "" : ", " + s.failed() + " file(s) failed (see " + output + "/failures)", output);
        return s.failed() == 0 ? 0 : 1;
    }

    Summary run(SparkSession spark) throws IOException {
        for (String part : List.of("facts", "reports", "failures")) {
            Path p = new Path(output, part);
            FileSystem fs = p.getFileSystem(spark.sparkContext().hadoopConfiguration());
            if (fs.exists(p)) {
                throw new IOException(p + " already exists (remove it or choose another --output): a run never mixes "
                        + "its output with an earlier one");
            }
        }
        if (opensearch != null) {
            // on the driver, once: executors only write documents
            OpenSearchSink.createIndices(new OpenSearchClient(opensearch, OpenSearchClient.Retry.DEFAULT), indexName);
        }
        boolean keepText = opensearch != null;
        Dataset<Row> listing = spark.read().format("binaryFile").option("recursiveFileLookup", "true").load(input);
        JavaRDD<Row> files = listing.select("path", "content").javaRDD();
        if (partitions != null) {
            files = files.repartition(partitions);
        }
        JavaRDD<Outcome> outcomes = files
                .filter(r -> !DocumentJob.skipped(r.getString(0)))
                .mapPartitions(rows -> process(rows, keepText))
                .persist(StorageLevel.MEMORY_AND_DISK_SER());

        try {
            JavaRDD<Outcome> failures = outcomes.filter(o -> !o.ok()).union(unread(spark, listing, outcomes));
            writeFacts(spark, outcomes);
            writeReports(spark, outcomes);
            spark.createDataset(failures.map(SparkExtract::failureLine).rdd(), Encoders.STRING())
                    .coalesce(1).write().mode(SaveMode.ErrorIfExists).text(output + "/failures");
            if (opensearch != null) {
                index(spark, outcomes);
            }
            long failed = failures.count();
            long documents = outcomes.filter(Outcome::ok).count();
            long facts = outcomes.map(o -> (long) o.facts().size()).fold(0L, Long::sum);
            return new Summary(documents, failed, facts);
        } finally {
            outcomes.unpersist();
        }
    }

    /**
     * Files that Spark listed but never handed to a task: it skips files of zero bytes, which
     * `extract` refuses as "empty file". Found by a distributed difference of the listing and the
     * files processed; the few found are checked on the driver.
     */
    private static JavaRDD<Outcome> unread(SparkSession spark, Dataset<Row> listing, JavaRDD<Outcome> outcomes) throws IOException {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        // the listing writes file:///a/b where the rows say file:/a/b: both as Hadoop prints a Path
        List<String> unseen = jsc.parallelize(Arrays.asList(listing.inputFiles()))
                .map(p -> new Path(p).toString())
                .filter(p -> !DocumentJob.skipped(p))
                .subtract(outcomes.map(Outcome::path))
                .collect();
        List<Outcome> out = new ArrayList<>();
        for (String p : unseen) {
            Path path = new Path(p);
            FileSystem fs = path.getFileSystem(spark.sparkContext().hadoopConfiguration());
            long length = fs.exists(path) ? fs.getFileStatus(path).getLen() : -1;
            out.add(length == 0 ? DocumentJob.process(p, new byte[0], false)
                    : Outcome.failed(p, length < 0 ? "no such file (removed while the job ran?)" : "listed but not read by Spark"));
        }
        return jsc.parallelize(out, 1);
    }

    private static Iterator<Outcome> process(Iterator<Row> rows, boolean keepText) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return rows.hasNext();
            }

            @Override
            public Outcome next() {
                Row r = rows.next();
                return DocumentJob.process(r.getString(0), (byte[]) r.get(1), keepText);
            }
        };
    }

    private void writeFacts(SparkSession spark, JavaRDD<Outcome> outcomes) {
        String dir = output + "/facts";
        JavaRDD<Outcome> ok = outcomes.filter(Outcome::ok);
        if (format.equals("jsonl")) {
            spark.createDataset(ok.flatMap(o -> o.facts().iterator()).rdd(), Encoders.STRING())
                    .write().mode(SaveMode.ErrorIfExists).text(dir);
            return;
        }
        StructType schema = JsonRows.factSchema().add("report_year", DataTypes.IntegerType);
        JavaRDD<Row> rows = ok.flatMap(o -> {
            List<Row> out = new ArrayList<>(o.facts().size());
            o.facts().forEach(f -> out.add(JsonRows.row(schema, f, o.year())));
            return out.iterator();
        });
        spark.createDataFrame(rows, schema).write().mode(SaveMode.ErrorIfExists).partitionBy("report_year").parquet(dir);
    }

    private void writeReports(SparkSession spark, JavaRDD<Outcome> outcomes) {
        String dir = output + "/reports";
        JavaRDD<Outcome> ok = outcomes.filter(Outcome::ok);
        if (format.equals("jsonl")) {
            spark.createDataset(ok.map(Outcome::report).rdd(), Encoders.STRING()).write().mode(SaveMode.ErrorIfExists).text(dir);
            return;
        }
        StructType schema = JsonRows.reportSchema().add("report_year", DataTypes.IntegerType);
        spark.createDataFrame(ok.map(o -> JsonRows.row(schema, o.report(), o.year())), schema)
                .write().mode(SaveMode.ErrorIfExists).partitionBy("report_year").parquet(dir);
    }

    private void index(SparkSession spark, JavaRDD<Outcome> outcomes) throws IOException {
        LongAccumulator facts = spark.sparkContext().longAccumulator("opensearch facts");
        LongAccumulator refused = spark.sparkContext().longAccumulator("opensearch refused");
        CollectionAccumulator<String> reasons = spark.sparkContext().collectionAccumulator("opensearch refusals");
        String url = opensearch;
        String name = indexName;
        outcomes.filter(Outcome::ok).foreachPartition(part -> {
            try (OpenSearchSink sink = OpenSearchSink.open(new OpenSearchClient(url, OpenSearchClient.Retry.DEFAULT), name)) {
                while (part.hasNext()) {
                    Outcome o = part.next();
                    ObjectNode report = (ObjectNode) FactJson.MAPPER.readTree(o.report());
                    if (o.text() != null) {
                        report.put("text", o.text());
                    }
                    List<ObjectNode> fs = new ArrayList<>(o.facts().size());
                    for (String f : o.facts()) {
                        fs.add((ObjectNode) FactJson.MAPPER.readTree(f));
                    }
                    sink.add(o.sha256(), report, fs);
                }
                sink.flush();
                OpenSearchSink.Summary s = sink.summary();
                facts.add(s.facts());
                refused.add(s.refused());
                s.refusals().forEach(reasons::add);
            }
        });
        OpenSearchClient client = new OpenSearchClient(opensearch, OpenSearchClient.Retry.DEFAULT);
        OpenSearchSink.open(client, indexName).refresh();
        reasons.value().stream().limit(10).forEach(r -> System.err.println("govfacts-spark: OpenSearch refused " + r));
        System.err.printf("govfacts-spark: OpenSearch %s accepted %d fact(s) into %s%s%n", client.address(), facts.value(),
                indexName, refused.value() == 0 ? "" : "; " + refused.value() + " document(s) refused");
        if (refused.value() > 0) {
            throw new IOException(refused.value() + " document(s) refused by OpenSearch");
        }
    }

    private static String failureLine(Outcome o) {
        ObjectNode n = FactJson.MAPPER.createObjectNode();
        n.put("path", o.path());
        n.put("reason", o.reason());
        return n.toString();
    }
}
