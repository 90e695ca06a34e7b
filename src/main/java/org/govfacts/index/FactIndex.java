package org.govfacts.index;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoubleDocValuesField;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.BytesRef;
import org.govfacts.fact.Fact;
import org.govfacts.fact.FactType;
import org.govfacts.resolve.CalendarSpan;
import org.govfacts.output.FactJson;
import org.govfacts.pipeline.DocumentInfo;
import org.govfacts.pipeline.DocumentResult;

/**
 * The writing side of the index: one Lucene document per fact, one per sentence that holds facts
 * (the facts' parent in a block join, so its text is indexed once) and one per report, in a folder.
 *
 * <p>A report, its sentences and its facts go in as one block that replaces whatever was indexed from the same
 * path, so re-indexing never duplicates a fact. Nothing is visible to searches until
 * {@link #commit()}; {@link #close()} without a commit discards the changes since the last one, so
 * an interrupted run leaves the last committed index as it was. Only one FactIndex can be open on
 * a folder at a time (Lucene's write lock), in any process. {@link #add} may be called from several
 * threads at once.
 */
public final class FactIndex implements Closeable {
    /** Commit user data: when the commit was made. */
    static final String COMMITTED_AT = "committed_at";

    private final Path dir;
    private final Directory directory;
    private final IndexWriter writer;
    private final IndexAnalysis analysis;

    private FactIndex(Path dir, Directory directory, IndexWriter writer, IndexAnalysis analysis) {
        this.dir = dir;
        this.directory = directory;
        this.writer = writer;
        this.analysis = analysis;
    }

    /** Opens (or creates) the index in {@code dir} for writing, with a 64 MB indexing buffer. */
    public static FactIndex open(Path dir, IndexAnalysis analysis) throws IOException {
        return open(dir, analysis, 64);
    }

    public static FactIndex open(Path dir, IndexAnalysis analysis, double ramBufferMb) throws IOException {
        return open(dir, analysis, ramBufferMb, false);
    }

    /**
     * As {@link #open(Path, IndexAnalysis, double)}; the index is verified first (every segment's
     * checksums). A damaged one is a {@link DamagedIndexException}, or with {@code rebuildIfDamaged}
     * is replaced by an empty index (the caller then indexes its reports anew).
     */
    public static FactIndex open(Path dir, IndexAnalysis analysis, double ramBufferMb, boolean rebuildIfDamaged)
            throws IOException {
        try {
            return open(dir, analysis, ramBufferMb, IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        } catch (DamagedIndexException e) {
            if (!rebuildIfDamaged) {
                throw e;
            }
            return open(dir, analysis, ramBufferMb, IndexWriterConfig.OpenMode.CREATE);
        }
    }

    private static FactIndex open(Path dir, IndexAnalysis analysis, double ramBufferMb, IndexWriterConfig.OpenMode mode)
            throws IOException {
        Files.createDirectories(dir);
        Directory directory = FSDirectory.open(dir);
        IndexWriterConfig config = new IndexWriterConfig(new ChineseAnalyzer(analysis, ChineseAnalyzer.Mode.WORDS))
                .setOpenMode(mode)
                .setCommitOnClose(false)
                // Flushed segments are merged soon anyway; packing each into a compound file first only copies bytes.
                .setUseCompoundFile(false)
                .setRAMBufferSizeMB(ramBufferMb);
        IndexWriter writer;
        try {
            writer = new IndexWriter(directory, config);
        } catch (LockObtainFailedException e) {
            directory.close();
            throw new IndexInUseException(dir, e);
        } catch (IOException | RuntimeException e) {
            directory.close();
            if (DamagedIndexException.isDamage(e) || e instanceof java.nio.file.NoSuchFileException) {
                throw new DamagedIndexException(dir, e);
            }
            throw e;
        }
        if (mode != IndexWriterConfig.OpenMode.CREATE) {
            try (DirectoryReader r = DirectoryReader.open(writer)) {
                DamagedIndexException.verify(dir, r);
            } catch (IOException | RuntimeException e) {
                writer.rollback();
                directory.close();
                if (e instanceof DamagedIndexException || !DamagedIndexException.isDamage(e)) {
                    throw e;
                }
                throw new DamagedIndexException(dir, e);
            }
        }
        FactIndex index = new FactIndex(dir, directory, writer, analysis);
        if (!DirectoryReader.indexExists(directory)) {
            index.commit(); // an empty but valid index, so searches during the first run find "nothing yet"
        }
        return index;
    }

    public Path dir() {
        return dir;
    }

    /**
     * Indexes one report and its facts, replacing what was indexed from the same path.
     *
     * @param text the report's full text (for the report document); may be null
     */
    public void add(DocumentResult result, String text) throws IOException {
        DocumentInfo info = result.info();
        String path = info.path();
        List<Document> block = new ArrayList<>(result.facts().size() * 3 / 2 + 1);
        // Facts grouped by sentence, each group followed by its sentence: the block-join layout.
        Map<SentenceKey, List<Fact>> bySentence = new LinkedHashMap<>();
        for (Fact f : result.facts()) {
            bySentence.computeIfAbsent(new SentenceKey(f.sentenceStart(), f.sentence()), k -> new ArrayList<>()).add(f);
        }
        for (Map.Entry<SentenceKey, List<Fact>> e : bySentence.entrySet()) {
            for (Fact f : e.getValue()) {
                block.add(factDocument(f, path));
            }
            block.add(sentenceDocument(e.getKey(), path));
        }
        block.add(reportDocument(info, text, result.facts().size()));
        writer.updateDocuments(new Term(IndexFields.PATH, path), block);
    }

    private record SentenceKey(int start, String text) {
    }

    /** Removes a report and its facts. */
    public void delete(String path) throws IOException {
        writer.deleteDocuments(new Term(IndexFields.PATH, path));
    }

    /** Makes everything added so far visible to searches, durably. */
    public void commit() throws IOException {
        writer.setLiveCommitData(Map.of(COMMITTED_AT, Instant.now().toString()).entrySet());
        writer.commit();
    }

    /** Closes the index; changes since the last commit are discarded. */
    @Override
    public void close() throws IOException {
        try {
            writer.close();
        } finally {
            directory.close();
        }
    }

    /** Path → SHA-256 of every report in the index, including changes not yet committed. */
    public Map<String, String> indexedReports() throws IOException {
        Map<String, String> out = new HashMap<>();
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            var stored = searcher.storedFields();
            for (int id : Lookups.matches(searcher, new TermQuery(new Term(IndexFields.KIND, IndexFields.KIND_REPORT)))) {
                var d = stored.document(id, Set.of(IndexFields.PATH, IndexFields.SHA256));
                out.put(d.get(IndexFields.PATH), d.get(IndexFields.SHA256));
            }
        }
        return out;
    }

    /** Facts in the index, including changes not yet committed. */
    public int factCount() throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            return new IndexSearcher(reader).count(new TermQuery(new Term(IndexFields.KIND, IndexFields.KIND_FACT)));
        }
    }

    private Document factDocument(Fact f, String path) {
        Document d = new Document();
        d.add(new StringField(IndexFields.KIND, IndexFields.KIND_FACT, Field.Store.NO));
        d.add(new StringField(IndexFields.PATH, path, Field.Store.NO));
        d.add(new SortedDocValuesField(IndexFields.DOC, new BytesRef(f.doc() == null ? "" : f.doc())));
        d.add(new NumericDocValuesField(IndexFields.START, f.start()));
        d.add(new StringField(IndexFields.TYPE, f.type().id(), Field.Store.NO));
        Double num = f.type() == FactType.RANKING ? (f.rank() == null ? null : f.rank().doubleValue()) : f.value();
        if (num != null) {
            d.add(new DoublePoint(IndexFields.NUM, num));
            d.add(new DoubleDocValuesField(IndexFields.NUM, num));
        }
        // the place the figure is about (region_norm), and every place that holds it, for --within
        String region = keyword(analysis.foldText(f.regionNorm()));
        if (region != null && !region.isEmpty()) {
            d.add(new StringField(IndexFields.REGION, region, Field.Store.NO));
            for (String holder : analysis.places().holders(f.regionNorm())) {
                d.add(new StringField(IndexFields.REGION_WITHIN, analysis.foldText(holder), Field.Store.NO));
            }
        }
        if (f.status() != null) {
            d.add(new StringField(IndexFields.STATUS, f.status().id(), Field.Store.NO));
        }
        String indicator = keyword(analysis.foldText(f.indicator()));
        if (indicator != null && !indicator.isEmpty()) {
            d.add(new TextField(IndexFields.INDICATOR_BI, stream(analysis.bigrams(f.indicator()), f.indicator())));
        }
        if (f.name() != null && !f.name().isBlank()) {
            d.add(new TextField(IndexFields.NAME_BI, stream(analysis.bigrams(f.name()), f.name())));
        }
        String period = keyword(analysis.foldText(f.period()));
        if (period != null && !period.isEmpty()) {
            d.add(new StringField(IndexFields.PERIOD, period, Field.Store.NO));
        }
        // the calendar period the resolve stage settled, as months: --period 2023 finds 2023H1 too
        CalendarSpan span = CalendarSpan.parse(f.periodNorm());
        if (span != null) {
            d.add(new IntPoint(IndexFields.PERIOD_FIRST, span.first()));
            d.add(new IntPoint(IndexFields.PERIOD_LAST, span.last()));
        }
        StoredFact.store(d, f);

        facet(d, "type", f.type().id());
        facet(d, "region", region);
        facet(d, "period", f.periodNorm());
        facet(d, "status", f.status() == null ? null : f.status().id());
        facet(d, "indicator", indicator);
        return d;
    }

    /** The parent of a group of facts: the sentence they stand in, indexed for full-text search. */
    private Document sentenceDocument(SentenceKey s, String path) {
        Document d = new Document();
        d.add(new StringField(IndexFields.KIND, IndexFields.KIND_SENTENCE, Field.Store.NO));
        d.add(new StringField(IndexFields.PATH, path, Field.Store.YES));
        d.add(new StoredField(IndexFields.S_SENTENCE_START, s.start()));
        if (s.text() != null && !s.text().isBlank()) {
            IndexAnalysis.Terms t = analysis.analyze(s.text());
            d.add(new TextField(IndexFields.SENTENCE, stream(t.words(), s.text())));
            d.add(new TextField(IndexFields.SENTENCE_BI, stream(t.bigrams(), s.text())));
            d.add(new StoredField(IndexFields.S_SENTENCE, s.text()));
        }
        return d;
    }

    private Document reportDocument(DocumentInfo info, String text, int factCount) {
        Document d = new Document();
        d.add(new StringField(IndexFields.KIND, IndexFields.KIND_REPORT, Field.Store.NO));
        d.add(new StringField(IndexFields.PATH, info.path(), Field.Store.YES));
        d.add(new SortedDocValuesField(IndexFields.DOC, new BytesRef(info.doc() == null ? "" : info.doc())));
        d.add(new StringField(IndexFields.SHA256, info.sha256() == null ? "" : info.sha256(), Field.Store.YES));
        String region = analysis.foldText(info.region());
        if (region != null && !region.isEmpty()) {
            d.add(new StringField(IndexFields.REGION, region, Field.Store.NO));
        }
        ObjectNode json = FactJson.toJson(info);
        json.put("year", info.date() == null ? null : Integer.valueOf(info.date().substring(0, 4)));
        json.put("facts", factCount);
        d.add(new StoredField(IndexFields.S_REPORT, json.toString()));
        if (text != null) {
            // A whole report is analysed once and never cached: it would only push sentences out.
            IndexAnalysis.Folded folded = analysis.fold(text);
            d.add(new TextField(IndexFields.TEXT, new TermListTokenStream(analysis.words(folded), text.length())));
            d.add(new TextField(IndexFields.TEXT_BI, new TermListTokenStream(IndexAnalysis.bigrams(folded), text.length())));
            d.add(new StoredField(IndexFields.S_FULL_TEXT, text));
        }
        return d;
    }

    /**
     * Whole-value fields are for short names; a longer value is extraction debris, and Lucene
     * refuses terms over 32 KB, so it is cut rather than failing the report.
     */
    private static String keyword(String s) {
        return s == null || s.length() <= 200 ? s : s.substring(0, 200);
    }

    private static void facet(Document d, String dim, String value) {
        d.add(new SortedDocValuesField(IndexFields.FACETS.get(dim),
                new BytesRef(value == null || value.isEmpty() ? IndexFields.NONE_LABEL : value)));
    }

    private static TermListTokenStream stream(List<IndexTerm> terms, String text) {
        return new TermListTokenStream(terms, text.length());
    }

}
