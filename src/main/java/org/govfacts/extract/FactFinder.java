package org.govfacts.extract;

import java.util.List;
import org.govfacts.text.AnalyzedText;

/** Finds the facts of one dimension (money, growth …) in a document. */
public interface FactFinder {
    List<Finding> find(AnalyzedText text);
}
