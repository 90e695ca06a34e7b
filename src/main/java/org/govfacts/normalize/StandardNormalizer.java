package org.govfacts.normalize;

/**
 * The standard chain: pinyin annotations → lines of a wrapped paragraph joined → width folding → footnote marks blanked →
 * decimals split after their point joined → a full stop
 * between digits read as a decimal point → traditional-to-simplified → debris
 * blanking, composing the stages' maps so the result leads straight back to the original.
 * Conversion is skipped for text the detector calls simplified: most reports are, and the few
 * traditional forms they hold are names (昇腾, 哪吒) that conversion would spoil.
 */
public final class StandardNormalizer implements TextNormalizer {
    private final PinyinAnnotationStripper pinyin = new PinyinAnnotationStripper();
    private final SoftBreakJoiner softBreaks;
    private final WidthFolder width = new WidthFolder();
    private final FootnoteMarkBlanker footnoteMarks = new FootnoteMarkBlanker();
    private final SpacedDecimalJoiner spacedDecimals = new SpacedDecimalJoiner();
    private final FullStopDecimalFolder fullStopDecimals = new FullStopDecimalFolder();
    private final ScriptDetector detector;
    private final ScriptConverter converter;
    private final DebrisBlanker debris;

    public StandardNormalizer(ScriptDetector detector, ScriptConverter converter, DebrisBlanker debris, SoftBreakJoiner softBreaks) {
        this.softBreaks = softBreaks;
        this.detector = detector;
        this.converter = converter;
        this.debris = debris;
    }

    @Override
    public NormalizedText normalize(String original) {
        return normalizeAs(original, detector.detect(original));
    }

    /** Normalises {@code original} as if it were in {@code script} (converting unless simplified). */
    NormalizedText normalizeAs(String original, String script) {
        Chain chain = new Chain(original);
        chain.then(pinyin);
        chain.then(softBreaks);
        chain.then(width);
        chain.then(footnoteMarks);
        chain.then(spacedDecimals);
        chain.then(fullStopDecimals);
        if (!ScriptDetector.SIMPLIFIED.equals(script)) {
            chain.then(converter);
        }
        chain.then(debris);
        return new NormalizedText(original, chain.text, chain.map(), script);
    }

    /** Runs stages one after another, composing maps only when a stage is not one to one. */
    private static final class Chain {
        private String text;
        private OffsetMap map; // null while every stage so far was one to one

        Chain(String original) {
            this.text = original;
        }

        void then(NormalizationStage stage) {
            StageResult r = stage.apply(text);
            text = r.text();
            if (!r.isOneToOne()) {
                map = map == null ? r.map() : map.then(r.map());
            }
        }

        OffsetMap map() {
            return map == null ? OffsetMap.identity(text.length()) : map;
        }
    }
}
