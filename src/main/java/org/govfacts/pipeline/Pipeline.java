package org.govfacts.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.govfacts.attribute.Attribution;
import org.govfacts.attribute.ContextAttributor;
import org.govfacts.attribute.ReportRegionFinder;
import org.govfacts.extract.Extractor;
import org.govfacts.extract.Finding;
import org.govfacts.fact.Fact;
import org.govfacts.fact.FactType;
import org.govfacts.lexicon.Lexicon;
import org.govfacts.normalize.NormalizedText;
import org.govfacts.normalize.Normalizers;
import org.govfacts.normalize.TextNormalizer;
import org.govfacts.read.SourceDocument;
import org.govfacts.segment.Segmenter;
import org.govfacts.text.AnalyzedText;
import org.govfacts.text.Sentence;
import org.govfacts.text.SentenceSplitter;

/**
 * read → normalise → segment → extract → attribute, for one document at a time. Immutable once
 * built and safe to share between threads.
 */
public final class Pipeline {
    private final TextNormalizer normalizer;
    private final Segmenter segmenter;
    private final Extractor extractor;
    private final ContextAttributor attributor;
    private final ReportRegionFinder regionFinder;

    public Pipeline(Lexicon lexicon) {
        this.normalizer = Normalizers.standard(lexicon);
        this.segmenter = new Segmenter(lexicon);
        this.extractor = new Extractor(lexicon);
        this.attributor = new ContextAttributor(lexicon);
        this.regionFinder = new ReportRegionFinder(lexicon);
    }

    public TextNormalizer normalizer() {
        return normalizer;
    }

    public Segmenter segmenter() {
        return segmenter;
    }

    /** Normalises, splits and segments a document. */
    public AnalyzedText analyze(String doc, String original) {
        NormalizedText normalized = normalizer.normalize(original);
        List<Sentence> sentences = SentenceSplitter.split(normalized.text());
        return new AnalyzedText(doc, normalized, sentences, segmenter.segment(normalized.text()));
    }

    /** The extract stage: findings in text order. */
    public List<Finding> extract(AnalyzedText text) {
        return extractor.extract(text);
    }

    /** The attribute stage: indicator and period of each finding. */
    public List<Attribution> attribute(AnalyzedText text, List<Finding> findings) {
        return attributor.attribute(text, findings);
    }

    public DocumentResult process(SourceDocument source) {
        AnalyzedText text = analyze(source.name(), source.text());
        List<Finding> findings = extract(text);
        List<Attribution> attributions = attribute(text, findings);
        return assemble(source, text, findings, attributions);
    }

    /** Facts with their provenance and the document's metadata. */
    public DocumentResult assemble(SourceDocument source, AnalyzedText text, List<Finding> findings,
                                   List<Attribution> attributions) {
        List<String> warnings = new ArrayList<>(source.warnings());
        ReportRegionFinder.Result report = regionFinder.find(text, source.path());
        List<Fact> facts = new ArrayList<>(findings.size());
        for (int i = 0; i < findings.size(); i++) {
            facts.add(toFact(source.name(), text, findings.get(i), attributions.get(i), report.region()));
        }
        if (text.text().strip().isEmpty()) {
            warnings.add("no text");
        }
        DocumentInfo info = new DocumentInfo(source.name(), source.path().toString(), source.sha256(), source.bytes(),
                source.text().length(), source.format().name().toLowerCase(java.util.Locale.ROOT), source.charset(), text.normalized().script(), report.title(), report.region());
        return new DocumentResult(info, facts, warnings);
    }

    /** Maps a finding back to the original text and attaches its provenance. */
    static Fact toFact(String doc, AnalyzedText text, Finding f, Attribution a, String region) {
        NormalizedText n = text.normalized();
        int start = n.originalStart(f.start());
        int end = n.originalEnd(f.end());
        Sentence s = text.sentenceAt(f.start());
        int sStart = n.originalStart(s.start());
        int sEnd = n.originalEnd(s.end());
        boolean numeric = f.type() != FactType.PROJECT;
        return new Fact(doc, f.type(), start, end, n.original().substring(start, end),
                f.value(), f.unit(), f.qualifier(), f.basis(), f.rank(), f.top(), f.scope(), f.name(),
                numeric ? a.indicator() : null, numeric ? a.period() : null, region,
                n.original().substring(sStart, Math.max(sStart, sEnd)), sStart,
                text.text().substring(s.start(), s.end()));
    }
}
