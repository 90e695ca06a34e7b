package org.govfacts.index;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.StringDocValuesReaderState;
import org.apache.lucene.facet.StringValueFacetCounts;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexCommit;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.search.join.BitSetProducer;
import org.apache.lucene.search.join.QueryBitSetProducer;
import org.apache.lucene.util.BitSet;
import org.govfacts.fact.Fact;
import org.govfacts.fact.FactType;
import org.govfacts.output.FactJson;

/**
 * The reading side of the index. Opens the last commit of the folder, so it works while a
 * {@link FactIndex} is writing (it sees the index as of that writer's last commit). Thread-safe.
 */
public final class FactSearcher implements Closeable {
    /** Values listed per facet dimension. */
    public static final int FACET_VALUES = 10;
    /** Characters of report text shown on each side of a match. */
    private static final int SNIPPET_CONTEXT = 40;

    private final Path dir;
    private final Directory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final IndexAnalysis analysis;
    private final FactQueryBuilder queries;
    private final BitSetProducer parents = new QueryBitSetProducer(FactQueryBuilder.parentsQuery());
    private final Map<String, StringDocValuesReaderState> facetStates = new ConcurrentHashMap<>();

    private FactSearcher(Path dir, Directory directory, DirectoryReader reader, IndexAnalysis analysis,
                         IndicatorSynonyms synonyms) {
        this.dir = dir;
        this.directory = directory;
        this.reader = reader;
        this.searcher = new IndexSearcher(reader);
        this.analysis = analysis;
        this.queries = new FactQueryBuilder(analysis, synonyms, parents);
    }

    public static FactSearcher open(Path dir, IndexAnalysis analysis, IndicatorSynonyms synonyms) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new NoIndexException(dir, null);
        }
        Directory directory = FSDirectory.open(dir);
        DirectoryReader reader = null;
        try {
            reader = DirectoryReader.open(directory);
            DamagedIndexException.verify(dir, reader);
            return new FactSearcher(dir, directory, reader, analysis, synonyms);
        } catch (IndexNotFoundException e) {
            close(reader, directory);
            throw new NoIndexException(dir, e);
        } catch (NoSuchFileException e) {
            close(reader, directory);
            // segments_N names files that are gone: damaged, unless there is no index at all
            throw reader == null && !DirectoryReader.indexExists(directory) ? new NoIndexException(dir, e)
                    : new DamagedIndexException(dir, e);
        } catch (IOException | RuntimeException e) {
            close(reader, directory);
            if (e instanceof DamagedIndexException || !DamagedIndexException.isDamage(e)) {
                throw e;
            }
            throw new DamagedIndexException(dir, e);
        }
    }

    private static void close(DirectoryReader reader, Directory directory) throws IOException {
        try {
            if (reader != null) {
                reader.close();
            }
        } finally {
            directory.close();
        }
    }

    /** The Lucene query a request becomes (for tests and explanations). */
    public Query query(SearchRequest r) {
        return r.reports() ? queries.reportQuery(r) : queries.factQuery(r);
    }

    public SearchResult search(SearchRequest r) throws IOException {
        if (r.reports()) {
            throw new IllegalArgumentException("a report search goes through searchReports");
        }
        Query q = queries.factQuery(r);
        int page = page(r);
        SearchRequest.Order order = r.effectiveSort();
        Sort sort = sort(order);
        boolean scores = order == SearchRequest.Order.RELEVANCE;
        TopDocs top = null;
        FacetsCollector facets = null;
        long total;
        if (r.facets()) {
            if (r.limit() > 0) {
                FacetsCollectorManager.FacetsResult fr = FacetsCollectorManager.search(searcher, q, page, sort, scores,
                        new FacetsCollectorManager());
                top = fr.topDocs();
                facets = fr.facetsCollector();
            } else {
                facets = searcher.search(q, new FacetsCollectorManager());
            }
            total = facets.getMatchingDocs().stream().mapToLong(m -> m.totalHits).sum();
        } else if (r.limit() > 0) {
            top = searcher.search(q, new TopFieldCollectorManager(sort, page, null, Integer.MAX_VALUE));
            total = top.totalHits.value;
        } else {
            total = searcher.count(q);
        }
        List<SearchHit> hits = top == null ? List.of() : hits(top, queries.needles(r), scores);
        return new SearchResult(total, hits, facets == null ? List.of() : facetCounts(facets));
    }

    /**
     * How many hits to collect: the limit asked for, but never more than the index holds, since
     * the collector makes room for all of them up front (--limit 100000000 ran out of memory).
     */
    private int page(SearchRequest r) {
        return Math.max(1, Math.min(r.limit(), searcher.getIndexReader().maxDoc()));
    }

    /** Reports whose text contains every query word (and the indicator, if given), in a region. */
    public List<ReportHit> searchReports(SearchRequest r) throws IOException {
        Query q = queries.reportQuery(r);
        boolean scores = r.query() != null || r.indicator() != null;
        Sort sort = scores ? new Sort(SortField.FIELD_SCORE, new SortField(IndexFields.DOC, SortField.Type.STRING))
                : new Sort(new SortField(IndexFields.DOC, SortField.Type.STRING));
        if (r.limit() == 0) {
            return List.of();
        }
        TopDocs top = searcher.search(q, new TopFieldCollectorManager(sort, page(r), null, Integer.MAX_VALUE));
        List<String> needles = queries.needles(r);
        StoredFields stored = searcher.storedFields();
        List<ReportHit> out = new ArrayList<>();
        for (ScoreDoc sd : top.scoreDocs) {
            Document d = stored.document(sd.doc, needles.isEmpty() ? Set.of(IndexFields.S_REPORT, IndexFields.PATH)
                    : Set.of(IndexFields.S_REPORT, IndexFields.PATH, IndexFields.S_FULL_TEXT));
            JsonNode j = FactJson.MAPPER.readTree(d.get(IndexFields.S_REPORT));
            String text = d.get(IndexFields.S_FULL_TEXT);
            out.add(new ReportHit(textOf(j, "doc"), d.get(IndexFields.PATH), textOf(j, "title"), textOf(j, "region"),
                    j.hasNonNull("year") ? j.get("year").asInt() : null, j.path("facts").asInt(),
                    scores ? ((Number) ((FieldDoc) sd).fields[0]).floatValue() : Float.NaN,
                    text == null ? null : HitMarker.snippet(analysis, text, needles, SNIPPET_CONTEXT)));
        }
        return out;
    }

    /** Every report kept, with its metadata and full text, in document order. */
    public List<IndexedReport> reports() throws IOException {
        List<IndexedReport> out = new ArrayList<>();
        StoredFields stored = searcher.storedFields();
        for (int id : Lookups.matches(searcher, kind(IndexFields.KIND_REPORT))) {
            Document d = stored.document(id, Set.of(IndexFields.S_REPORT, IndexFields.S_FULL_TEXT));
            out.add(new IndexedReport((com.fasterxml.jackson.databind.node.ObjectNode) FactJson.MAPPER.readTree(d.get(IndexFields.S_REPORT)),
                    d.get(IndexFields.S_FULL_TEXT)));
        }
        out.sort(java.util.Comparator.comparing(r -> r.info().path("doc").asText("")));
        return out;
    }

    /** Counts of reports, facts by type, and the size of the last commit. */
    public IndexStats stats() throws IOException {
        long reports = searcher.count(kind(IndexFields.KIND_REPORT));
        long facts = searcher.count(kind(IndexFields.KIND_FACT));
        Map<String, Long> byType = new LinkedHashMap<>();
        for (FactType t : FactType.values()) {
            Query q = new BooleanQuery.Builder()
                    .add(kind(IndexFields.KIND_FACT), Occur.FILTER)
                    .add(new TermQuery(new Term(IndexFields.TYPE, t.id())), Occur.FILTER)
                    .build();
            byType.put(t.id(), (long) searcher.count(q));
        }
        IndexCommit commit = reader.getIndexCommit();
        long bytes = 0;
        for (String file : commit.getFileNames()) {
            try {
                bytes += Files.size(dir.resolve(file));
            } catch (java.nio.file.NoSuchFileException e) {
                // an indexing process committed meanwhile and removed this older commit's file;
                // the reader keeps what it has open, only the size is a little short
            }
        }
        return new IndexStats(reports, facts, byType, bytes, reader.leaves().size(),
                commit.getUserData().get(FactIndex.COMMITTED_AT));
    }

    @Override
    public void close() throws IOException {
        try {
            reader.close();
        } finally {
            directory.close();
        }
    }

    private List<SearchHit> hits(TopDocs top, List<String> needles, boolean scores) throws IOException {
        StoredFields stored = searcher.storedFields();
        List<LeafReaderContext> leaves = reader.leaves();
        List<SearchHit> out = new ArrayList<>(top.scoreDocs.length);
        for (ScoreDoc sd : top.scoreDocs) {
            Document d = stored.document(sd.doc, StoredFact.FIELDS);
            // The sentence is stored once, on the parent: the next sentence document of the block.
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(sd.doc, leaves));
            BitSet blockEnds = parents.getBitSet(leaf);
            int parent = leaf.docBase + blockEnds.nextSetBit(sd.doc - leaf.docBase);
            Document p = stored.document(parent, Set.of(IndexFields.S_SENTENCE, IndexFields.S_SENTENCE_START, IndexFields.PATH));
            IndexableField sentenceStart = p.getField(IndexFields.S_SENTENCE_START);
            Fact f = StoredFact.load(d, p.get(IndexFields.S_SENTENCE), sentenceStart == null ? 0 : sentenceStart.numericValue().intValue());
            float score = Float.NaN;
            if (scores) {
                score = sd instanceof FieldDoc fd && fd.fields[0] instanceof Number n ? n.floatValue() : sd.score;
            }
            out.add(new SearchHit(f, p.get(IndexFields.PATH), f.periodNorm(), score,
                    HitMarker.marks(analysis, f, needles)));
        }
        return out;
    }

    private List<SearchResult.FacetDimension> facetCounts(FacetsCollector fc) throws IOException {
        List<SearchResult.FacetDimension> out = new ArrayList<>();
        for (Map.Entry<String, String> dim : IndexFields.FACETS.entrySet()) {
            StringDocValuesReaderState state = facetState(dim.getValue());
            FacetResult res = state == null ? null : new StringValueFacetCounts(state, fc).getTopChildren(FACET_VALUES, dim.getValue());
            List<SearchResult.FacetValue> values = new ArrayList<>();
            if (res == null) {
                out.add(new SearchResult.FacetDimension(dim.getKey(), 0, 0, values));
                continue;
            }
            for (LabelAndValue lv : res.labelValues) {
                values.add(new SearchResult.FacetValue(lv.label, lv.value.longValue()));
            }
            out.add(new SearchResult.FacetDimension(dim.getKey(), res.value.longValue(), res.childCount, values));
        }
        return out;
    }

    /** Built once per searcher and field (it maps the values of all segments); null when no fact has the field. */
    private StringDocValuesReaderState facetState(String field) throws IOException {
        StringDocValuesReaderState s = facetStates.get(field);
        if (s == null) {
            if (FieldInfos.getMergedFieldInfos(reader).fieldInfo(field) == null) {
                return null;
            }
            s = facetStates.computeIfAbsent(field, f -> {
                try {
                    return new StringDocValuesReaderState(reader, f);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
        return s;
    }

    private static Sort sort(SearchRequest.Order order) {
        SortField doc = new SortField(IndexFields.DOC, SortField.Type.STRING);
        SortField start = new SortField(IndexFields.START, SortField.Type.LONG);
        return switch (order) {
            case RELEVANCE -> new Sort(SortField.FIELD_SCORE, doc, start);
            case DOCUMENT -> new Sort(doc, start);
            case VALUE, VALUE_DESC -> {
                boolean desc = order == SearchRequest.Order.VALUE_DESC;
                SortField value = new SortField(IndexFields.NUM, SortField.Type.DOUBLE, desc);
                // Facts without a number (projects, rankings without a rank) come last either way.
                value.setMissingValue(desc ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY);
                yield new Sort(value, doc, start);
            }
        };
    }

    private static Query kind(String kind) {
        return new TermQuery(new Term(IndexFields.KIND, kind));
    }

    private static String textOf(JsonNode j, String field) {
        JsonNode v = j.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
