package org.govfacts.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.govfacts.attribute.Attribution;
import org.govfacts.attribute.ContextAttributor;
import org.govfacts.extract.Extractor;
import org.govfacts.extract.FoundFact;
import org.govfacts.fact.Fact;
import org.govfacts.fact.FactType;
import org.govfacts.lexicon.Lexicon;
import org.govfacts.normalize.NormalizedText;
import org.govfacts.normalize.Normalizers;
import org.govfacts.normalize.TextNormalizer;
import org.govfacts.read.SourceDocument;
import org.govfacts.resolve.Manifest;
import org.govfacts.resolve.ReportContext;
import org.govfacts.resolve.ReportContextFinder;
import org.govfacts.resolve.Resolution;
import org.govfacts.resolve.Resolver;
import org.govfacts.segment.Segmenter;
import org.govfacts.text.AnalyzedText;
import org.govfacts.text.Sentence;
import org.govfacts.text.SentenceSplitter;

/**
 * read → normalise → segment → extract → attribute → resolve, for one document at a time.
 * Immutable once built and safe to share between threads.
 */
public final class Pipeline {
    private final TextNormalizer normalizer;
    private final Segmenter segmenter;
    private final org.govfacts.text.WrappedLines wrappedLines;
    private final Extractor extractor;
    private final ContextAttributor attributor;
    private final Resolver resolver;
    private final ReportContextFinder contexts;

    public Pipeline(Lexicon lexicon) {
        this(lexicon, Manifest.EMPTY);
    }

    /** A pipeline whose report dates and regions come from {@code manifest} where it has them. */
    public Pipeline(Lexicon lexicon, Manifest manifest) {
        this(lexicon, manifest, null);
    }

    /**
     * With {@code projectSpans}, a trained tagger's proposals of project names, put to the rules' acceptance (the
     * tagger experiment of models/README.md; the shipped pipeline has none).
     */
    public Pipeline(Lexicon lexicon, Manifest manifest, java.util.function.Function<org.govfacts.text.AnalyzedText, List<int[]>> projectSpans) {
        this.normalizer = Normalizers.standard(lexicon);
        this.wrappedLines = Normalizers.wrappedLines(lexicon);
        this.segmenter = new Segmenter(lexicon);
        this.extractor = new Extractor(lexicon, projectSpans);
        org.govfacts.attribute.PeriodFinder periods = new org.govfacts.attribute.PeriodFinder(lexicon);
        this.attributor = new ContextAttributor(lexicon, periods);
        this.resolver = new Resolver(lexicon, periods);
        this.contexts = new ReportContextFinder(lexicon, resolver.regions().places(), manifest);
    }

    public TextNormalizer normalizer() {
        return normalizer;
    }

    public Segmenter segmenter() {
        return segmenter;
    }

    public org.govfacts.text.WrappedLines wrappedLines() {
        return wrappedLines;
    }

    /** Normalises, splits and segments a document. */
    public AnalyzedText analyze(String doc, String original) {
        return analyze(doc, normalizer.normalize(original));
    }

    private AnalyzedText analyze(String doc, NormalizedText normalized) {
        List<Sentence> sentences = SentenceSplitter.split(normalized.text(), wrappedLines);
        return new AnalyzedText(doc, normalized, sentences, segmenter.segment(normalized.text()));
    }

    /** The extract stage: findings in text order (those a fact can hold, see {@link FindingScreen}). */
    public List<FoundFact> extract(AnalyzedText text) {
        return new FindingScreen().keep(text, extractor.extract(text));
    }

    /** The attribute stage: indicator and period of each finding. */
    public List<Attribution> attribute(AnalyzedText text, List<FoundFact> findings) {
        return attributor.attribute(text, findings);
    }

    /**
     * A document longer than this is analysed in parts cut at line breaks, so that the tokens of
     * a very large file never sit in memory all at once.
     */
    static final int PART_LENGTH = 100_000;

    public DocumentResult process(SourceDocument source) {
        NormalizedText normalized = normalizer.normalize(source.text());
        FindingScreen screen = new FindingScreen();
        if (normalized.text().length() <= PART_LENGTH) {
            AnalyzedText text = analyze(source.name(), normalized);
            List<FoundFact> findings = screen.keep(text, extractor.extract(text));
            return assemble(source, text, findings, attribute(text, findings), screen.warnings());
        }
        List<Fact> facts = new ArrayList<>();
        AnalyzedText whole = new AnalyzedText(source.name(), normalized, List.of(), List.of());
        ReportContext report = contexts.find(whole, source.path());
        for (int[] part : parts(normalized.text())) {
            AnalyzedText text = analyze(source.name(), normalized.slice(part[0], part[1]));
            List<FoundFact> findings = screen.keep(text, extractor.extract(text));
            List<Attribution> attributions = attribute(text, findings);
            facts.addAll(toFacts(source.name(), text, findings, attributions, resolver.resolve(text, findings, attributions, report),
                    report.region()));
        }
        return result(source, whole, report, facts, screen.warnings());
    }

    /** Parts of at most about {@link #PART_LENGTH} chars, ending at a line break (or a 。) where there is one. */
    static List<int[]> parts(String t) {
        List<int[]> out = new ArrayList<>();
        int start = 0;
        while (start < t.length()) {
            int limit = Math.min(t.length(), start + PART_LENGTH);
            int end = limit;
            if (limit < t.length()) {
                int nl = t.lastIndexOf('\n', limit - 1);
                int stop = t.lastIndexOf('。', limit - 1);
                int cut = nl > start + PART_LENGTH / 2 ? nl : stop > start + PART_LENGTH / 2 ? stop : -1;
                end = cut > start ? cut + 1 : limit;
            }
            out.add(new int[] {start, end});
            start = end;
        }
        return out;
    }

    /** Facts with their provenance and the document's metadata. */
    public DocumentResult assemble(SourceDocument source, AnalyzedText text, List<FoundFact> findings,
                                   List<Attribution> attributions) {
        return assemble(source, text, findings, attributions, List.of());
    }

    private DocumentResult assemble(SourceDocument source, AnalyzedText text, List<FoundFact> findings,
                                    List<Attribution> attributions, List<String> dropped) {
        ReportContext report = contexts.find(text, source.path());
        List<Resolution> resolutions = resolver.resolve(text, findings, attributions, report);
        return result(source, text, report, toFacts(source.name(), text, findings, attributions, resolutions, report.region()),
                dropped);
    }

    private static DocumentResult result(SourceDocument source, AnalyzedText text, ReportContext report,
                                         List<Fact> facts, List<String> dropped) {
        List<String> warnings = new ArrayList<>(source.warnings());
        warnings.addAll(dropped);
        if (text.text().strip().isEmpty()) {
            warnings.add("no text");
        }
        DocumentInfo info = new DocumentInfo(source.name(), org.govfacts.read.FileNames.show(source.path()), source.sha256(), source.bytes(),
                source.text().length(), source.format().name().toLowerCase(java.util.Locale.ROOT), source.charset(), text.normalized().script(), report.title(), report.region(), report.regionSource(),
                report.date() == null ? null : report.date().label(), report.date() == null ? null : report.date().source(),
                report.date() == null ? null : report.date().evidence());
        return new DocumentResult(info, facts, warnings);
    }

    /** Maps the findings of one text back to the original and attaches their provenance and resolution. */
    static List<Fact> toFacts(String doc, AnalyzedText text, List<FoundFact> findings, List<Attribution> attributions,
                              List<Resolution> resolutions, String region) {
        List<Fact> out = new ArrayList<>(findings.size());
        NormalizedText n = text.normalized();
        Sentence last = null;
        String sentence = null;
        String normalizedSentence = null;
        int sStart = 0;
        for (int i = 0; i < findings.size(); i++) {
            FoundFact f = findings.get(i);
            Attribution a = attributions.get(i);
            Resolution r = resolutions.get(i);
            Sentence s = text.sentenceAt(f.start());
            if (!s.equals(last)) {
                // the facts of one sentence share its strings
                last = s;
                sStart = n.originalStart(s.start());
                sentence = n.original().substring(sStart, Math.max(sStart, n.originalEnd(s.end())));
                normalizedSentence = text.text().substring(s.start(), s.end());
            }
            int start = n.originalStart(f.start());
            int end = n.originalEnd(f.end());
            boolean numeric = f.type() != FactType.PROJECT;
            out.add(new Fact(doc, f.type(), start, end, n.original().substring(start, end),
                    f.value(), f.unit(), f.qualifier(), numeric ? r.basis() : f.basis(), f.rank(), f.top(), f.scope(), f.name(),
                    numeric ? a.indicator() : null, numeric ? a.period() : null, region,
                    sentence, sStart, normalizedSentence, r.valueMax(), r.periodNorm(), r.status(), r.regionNorm()));
        }
        return out;
    }
}
