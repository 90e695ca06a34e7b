package org.govfacts.normalize;

/** Turns an original document text into the normalised text extraction works on. */
public interface TextNormalizer {
    NormalizedText normalize(String original);
}
