package org.govfacts.index;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.join.BitSetProducer;
import org.apache.lucene.search.join.ToChildBlockJoinQuery;
import org.govfacts.fact.FactType;
import org.govfacts.resolve.CalendarSpan;

/**
 * Turns a {@link SearchRequest} into a Lucene query. Filters (type, region, period, range,
 * indicator) restrict without scoring; each query word must match, scored by where it matched.
 *
 * <p>"Contains" is a phrase of bigrams: the bigrams of the folded word, one after the other, which
 * is where the word stands as a substring of the folded text, however the segmenter cut it.
 */
final class FactQueryBuilder {
    /** Suffixes tried after a region given without one: 漯河 → 漯河市. */
    private static final List<String> REGION_SUFFIXES = List.of("市", "省", "县", "区", "自治区", "自治州", "州", "盟", "旗");

    private final IndexAnalysis analysis;
    private final IndicatorSynonyms synonyms;
    private final BitSetProducer parents;

    FactQueryBuilder(IndexAnalysis analysis, IndicatorSynonyms synonyms, BitSetProducer parents) {
        this.analysis = analysis;
        this.synonyms = synonyms;
        this.parents = parents;
    }

    /** The documents that close a block or a group of facts: sentences and reports. */
    static Query parentsQuery() {
        return new BooleanQuery.Builder()
                .add(term(IndexFields.KIND, IndexFields.KIND_SENTENCE), Occur.SHOULD)
                .add(term(IndexFields.KIND, IndexFields.KIND_REPORT), Occur.SHOULD)
                .build();
    }

    Query factQuery(SearchRequest r) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(term(IndexFields.KIND, IndexFields.KIND_FACT), Occur.FILTER);
        if (r.type() != null) {
            b.add(term(IndexFields.TYPE, FactType.parse(r.type()).id()), Occur.FILTER);
        }
        if (r.region() != null) {
            b.add(r.within() ? withinQuery(r.region()) : regionQuery(r.region()), Occur.FILTER);
        }
        if (r.period() != null) {
            b.add(periodQuery(r.period()), Occur.FILTER);
        }
        if (r.status() != null) {
            b.add(term(IndexFields.STATUS, r.status().toLowerCase(java.util.Locale.ROOT)), Occur.FILTER);
        }
        if (r.min() != null || r.max() != null) {
            double lo = r.min() == null ? Double.NEGATIVE_INFINITY : r.min();
            double hi = r.max() == null ? Double.POSITIVE_INFINITY : r.max();
            b.add(DoublePoint.newRangeQuery(IndexFields.NUM, lo, hi), Occur.FILTER);
        }
        if (r.indicator() != null) {
            b.add(anyOf(variants(r.indicator()), v -> substring(IndexFields.INDICATOR_BI, v)), Occur.FILTER);
        }
        for (String word : words(r.query())) {
            // The word stands in the fact's sentence (the parent document), its indicator or its project name.
            BooleanQuery.Builder inSentence = new BooleanQuery.Builder();
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            for (String v : variants(word)) {
                addShould(inSentence, substring(IndexFields.SENTENCE_BI, v), 1f);
                addShould(inSentence, segmented(IndexFields.SENTENCE, v), 0.5f);
                addShould(any, substring(IndexFields.INDICATOR_BI, v), 2f);
                addShould(any, substring(IndexFields.NAME_BI, v), 1.5f);
            }
            BooleanQuery sentence = inSentence.build();
            if (!sentence.clauses().isEmpty()) {
                any.add(new ToChildBlockJoinQuery(sentence, parents), Occur.SHOULD);
            }
            addRequired(b, any);
        }
        return b.build();
    }

    Query reportQuery(SearchRequest r) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(term(IndexFields.KIND, IndexFields.KIND_REPORT), Occur.FILTER);
        if (r.region() != null) {
            b.add(regionQuery(r.region()), Occur.FILTER);
        }
        List<String> required = new ArrayList<>(words(r.query()));
        if (r.indicator() != null) {
            required.add(r.indicator());
        }
        for (String word : required) {
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            for (String v : variants(word)) {
                addShould(any, substring(IndexFields.TEXT_BI, v), 1f);
                addShould(any, segmented(IndexFields.TEXT, v), 0.5f);
            }
            addRequired(b, any);
        }
        return b.build();
    }

    /** Folded strings whose occurrences in a result's sentence are marked: query words, indicator, their synonyms. */
    List<String> needles(SearchRequest r) {
        Set<String> out = new LinkedHashSet<>();
        List<String> sources = new ArrayList<>(words(r.query()));
        if (r.indicator() != null) {
            sources.add(r.indicator());
        }
        for (String s : sources) {
            for (String v : variants(s)) {
                if (!v.isEmpty()) {
                    out.add(v);
                }
            }
        }
        return List.copyOf(out);
    }

    /** The folded text and its synonym variants. */
    private List<String> variants(String text) {
        return synonyms.expand(analysis.foldText(text));
    }

    static List<String> words(String query) {
        if (query == null || query.isBlank()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String w : query.strip().split("[\\s\\u3000]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    /** The place itself and every place it holds (region_norm or one of its holders). */
    Query withinQuery(String region) {
        String r = analysis.foldText(analysis.places().official(region.strip()));
        return new BooleanQuery.Builder()
                .add(term(IndexFields.REGION, r), Occur.SHOULD)
                .add(term(IndexFields.REGION_WITHIN, r), Occur.SHOULD)
                .build();
    }

    Query regionQuery(String region) {
        String r = analysis.foldText(analysis.places().official(region.strip()));
        List<String> names = new ArrayList<>();
        names.add(r);
        if (REGION_SUFFIXES.stream().noneMatch(r::endsWith)) {
            REGION_SUFFIXES.forEach(s -> names.add(r + s));
        }
        return anyOf(names, n -> term(IndexFields.REGION, n));
    }

    /**
     * Facts whose period_norm lies within the period asked for: a period_norm form (2023, 2024H1,
     * 2021-2025, ..2024-09; spaces allowed: 2024 H1) or a dated period as written (2024年上半年).
     */
    Query periodQuery(String period) {
        CalendarSpan span = CalendarSpan.parse(period.replaceAll("\s+", ""));
        if (span == null && period.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
            span = CalendarSpan.parse(analysis.periodNorm(analysis.foldText(period))); // written words: 2024年上半年
        }
        if (span == null) {
            throw new IllegalArgumentException("--period '" + period + "' is not a calendar period "
                    + "(2023, 2024H1, 2024Q1, 2024M01-08, 2021-2025, ..2024-09, or 2024年上半年)");
        }
        return new BooleanQuery.Builder()
                .add(IntPoint.newRangeQuery(IndexFields.PERIOD_FIRST, span.first(), Integer.MAX_VALUE), Occur.FILTER)
                .add(IntPoint.newRangeQuery(IndexFields.PERIOD_LAST, Integer.MIN_VALUE, span.last()), Occur.FILTER)
                .build();
    }

    /** Matches where {@code folded} stands as a substring of the field's folded text; null if it has no letters. */
    Query substring(String field, String folded) {
        List<IndexTerm> bigrams = IndexAnalysis.bigrams(analysis.fold(folded));
        return sequence(field, bigrams);
    }

    /** Matches the segmenter's words of {@code folded}, in a row. */
    private Query segmented(String field, String folded) {
        return sequence(field, analysis.words(analysis.fold(folded)));
    }

    private static Query sequence(String field, List<IndexTerm> terms) {
        if (terms.isEmpty()) {
            return null;
        }
        if (terms.size() == 1) {
            return term(field, terms.get(0).term());
        }
        PhraseQuery.Builder pq = new PhraseQuery.Builder();
        for (int i = 0; i < terms.size(); i++) {
            pq.add(new Term(field, terms.get(i).term()), i);
        }
        return pq.build();
    }

    private static Query anyOf(List<String> values, java.util.function.Function<String, Query> toQuery) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (String v : values) {
            addShould(b, toQuery.apply(v), 1f);
        }
        return orNothing(b);
    }

    private static void addShould(BooleanQuery.Builder b, Query q, float boost) {
        if (q != null) {
            b.add(boost == 1f ? q : new BoostQuery(q, boost), Occur.SHOULD);
        }
    }

    /** A word with no letters or digits (a lone 、) asks for nothing, so it is left out. */
    private static void addRequired(BooleanQuery.Builder b, BooleanQuery.Builder word) {
        BooleanQuery q = word.build();
        if (!q.clauses().isEmpty()) {
            b.add(q, Occur.MUST);
        }
    }

    private static Query orNothing(BooleanQuery.Builder b) {
        BooleanQuery q = b.build();
        return q.clauses().isEmpty() ? new MatchNoDocsQuery("nothing to match") : q;
    }

    private static TermQuery term(String field, String value) {
        return new TermQuery(new Term(field, value));
    }
}
