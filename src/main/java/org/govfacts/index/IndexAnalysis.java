package org.govfacts.index;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;
import org.govfacts.lexicon.Lexicon;
import org.govfacts.normalize.NormalizedText;
import org.govfacts.normalize.Normalizers;
import org.govfacts.normalize.ScriptFolding;
import org.govfacts.normalize.TextNormalizer;
import org.govfacts.segment.Segmenter;
import org.govfacts.segment.Token;

/**
 * How the index reads Chinese text, the same way for what it stores and for what is asked: the
 * extraction normaliser, then {@link ScriptFolding} (so either script finds both), then two term
 * streams over that folded text, both with offsets into the ORIGINAL text:
 * <ul>
 *   <li>words: the HanLP segmentation of extraction ({@link Segmenter}, same dictionaries), for
 *       relevance ranking of whole words;</li>
 *   <li>bigrams: overlapping pairs of Chinese characters (a lone character stays a unigram) and
 *       whole runs of letters/digits. A phrase of bigrams matches exactly where the query is a
 *       substring of the text, so a match never depends on how the segmenter happened to cut a
 *       sentence.</li>
 * </ul>
 * Thread-safe. The analysis of a sentence is cached (bounded), as boilerplate sentences recur.
 */
public final class IndexAnalysis {
    /**
     * Sentences kept in the analysis cache before it is emptied and starts again. A sentence's
     * terms take some 10 KB, so this bounds the cache to about 40 MB. (Facts of one sentence share
     * one sentence document anyway; the cache serves sentences that recur across reports.)
     */
    public static final int DEFAULT_CACHE_LIMIT = 4_096;
    /** Short strings (regions, indicators, periods) kept folded. */
    private static final int SHORT_CACHE_LIMIT = 100_000;

    /** A text after normalisation and folding, with the way back to the original. */
    public record Folded(String original, String text, NormalizedText normalized) {
        public int originalStart(int i) {
            return normalized.originalStart(i);
        }

        public int originalEnd(int endExclusive) {
            return normalized.originalEnd(endExclusive);
        }
    }

    /** Both term streams of one text. */
    public record Terms(List<IndexTerm> words, List<IndexTerm> bigrams) {
    }

    private final TextNormalizer normalizer;
    private final Supplier<Segmenter> segmenterFactory;
    private volatile Segmenter segmenter;
    private final int cacheLimit;
    private final ConcurrentHashMap<String, Terms> cache = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, String> shortTexts = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, List<IndexTerm>> shortBigrams = new ConcurrentHashMap<>();
    private final LongAdder cacheHits = new LongAdder();
    private final LongAdder cacheMisses = new LongAdder();

    /**
     * @param segmenterFactory called once, on the first text that needs words (HanLP's dictionaries
     *                         load then, so filter-only searches never pay for them)
     * @param cacheLimit       sentences kept analysed; 0 disables the sentence cache
     */
    public IndexAnalysis(TextNormalizer normalizer, Supplier<Segmenter> segmenterFactory, int cacheLimit) {
        this.normalizer = normalizer;
        this.segmenterFactory = segmenterFactory;
        this.cacheLimit = cacheLimit;
    }

    /** The standard normaliser and segmenter over the given dictionaries, with their places and periods. */
    public static IndexAnalysis standard(Lexicon lexicon) {
        IndexAnalysis a = new IndexAnalysis(Normalizers.standard(lexicon), () -> new Segmenter(lexicon), DEFAULT_CACHE_LIMIT);
        a.places = org.govfacts.resolve.Places.of(lexicon);
        a.periods = new org.govfacts.resolve.PeriodResolver(lexicon);
        return a;
    }

    private org.govfacts.resolve.Places places = org.govfacts.resolve.Places.EMPTY;
    private org.govfacts.resolve.PeriodResolver periods;

    /** Place names, for region filters (河南 → 河南省, --within). */
    public org.govfacts.resolve.Places places() {
        return places;
    }

    /** Reads a dated period as written (2024年上半年) into period_norm; null where it names no year. */
    public String periodNorm(String written) {
        return periods == null ? null : periods.resolve(written, null, false);
    }

    public Folded fold(String original) {
        NormalizedText n = normalizer.normalize(original);
        return new Folded(original, ScriptFolding.fold(n.text()), n);
    }

    /**
     * Folded text only, stripped, for short strings compared whole (regions, indicators, units,
     * periods); cached, as few distinct ones recur across many facts.
     */
    public String foldText(String original) {
        if (original == null) {
            return null;
        }
        return cached(shortTexts, original, o -> fold(o).text().strip());
    }

    /** Bigrams only, for short strings (indicators, project names); cached like {@link #foldText}. */
    public List<IndexTerm> bigrams(String original) {
        return cached(shortBigrams, original, o -> bigrams(fold(o)));
    }

    private static <T> T cached(ConcurrentHashMap<String, T> cache, String key, java.util.function.Function<String, T> compute) {
        T v = cache.get(key);
        if (v == null) {
            v = compute.apply(key);
            if (cache.size() >= SHORT_CACHE_LIMIT) {
                cache.clear();
            }
            cache.put(key, v);
        }
        return v;
    }

    /** Words and bigrams of {@code original}; cached. */
    public Terms analyze(String original) {
        if (cacheLimit <= 0) {
            return analyzeUncached(original);
        }
        Terms t = cache.get(original);
        if (t != null) {
            cacheHits.increment();
            return t;
        }
        cacheMisses.increment();
        t = analyzeUncached(original);
        if (cache.size() >= cacheLimit) {
            cache.clear();
        }
        cache.put(original, t);
        return t;
    }

    private Terms analyzeUncached(String original) {
        Folded f = fold(original);
        return new Terms(words(f), bigrams(f));
    }

    /** Share of {@link #analyze} calls served from the cache so far. */
    public double cacheHitRate() {
        long h = cacheHits.sum();
        long total = h + cacheMisses.sum();
        return total == 0 ? 0 : (double) h / total;
    }

    /** The segmenter's words, punctuation and spaces left out. */
    public List<IndexTerm> words(Folded f) {
        String text = f.text();
        if (text.isBlank()) {
            return List.of();
        }
        List<Token> tokens = segmenter().segment(text);
        List<IndexTerm> out = new ArrayList<>(tokens.size());
        for (Token t : tokens) {
            if (hasWordChar(t.word())) {
                out.add(new IndexTerm(t.word(), f.originalStart(t.start()), f.originalEnd(t.end())));
            }
        }
        return out;
    }

    /** Chinese bigrams and letter/digit runs (see class comment). */
    public static List<IndexTerm> bigrams(Folded f) {
        String text = f.text();
        List<IndexTerm> out = new ArrayList<>(text.length());
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (isHan(c)) {
                int j = i;
                while (j < n && isHan(text.charAt(j))) {
                    j++;
                }
                if (j - i == 1) {
                    out.add(term(f, i, j));
                } else {
                    for (int k = i; k + 1 < j; k++) {
                        out.add(term(f, k, k + 2));
                    }
                }
                i = j;
            } else if (isAlnum(c)) {
                int j = i + 1;
                while (j < n && (isAlnum(text.charAt(j))
                        || text.charAt(j) == '.' && j + 1 < n && Character.isDigit(text.charAt(j + 1)) && Character.isDigit(text.charAt(j - 1)))) {
                    j++;
                }
                out.add(term(f, i, j));
                i = j;
            } else {
                i++;
            }
        }
        return out;
    }

    private static IndexTerm term(Folded f, int start, int end) {
        return new IndexTerm(f.text().substring(start, end), f.originalStart(start), f.originalEnd(end));
    }

    private Segmenter segmenter() {
        Segmenter s = segmenter;
        if (s == null) {
            synchronized (this) {
                s = segmenter;
                if (s == null) {
                    s = segmenterFactory.get();
                    segmenter = s;
                }
            }
        }
        return s;
    }

    static boolean isHan(char c) {
        return Character.isIdeographic(c) || c == '〇';
    }

    private static boolean isAlnum(char c) {
        return Character.isLetterOrDigit(c) && !isHan(c);
    }

    private static boolean hasWordChar(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (Character.isLetterOrDigit(w.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
