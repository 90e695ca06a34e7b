package org.govfacts.normalize;

/** One step of the normalisation chain; implementations are immutable and thread-safe. */
public interface NormalizationStage {
    StageResult apply(String text);
}
