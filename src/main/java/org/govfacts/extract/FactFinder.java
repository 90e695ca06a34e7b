package org.govfacts.extract;

import java.util.List;

/** Finds the facts of one dimension (money, growth …) in a document. */
public interface FactFinder {
    List<FoundFact> find(DocumentContext context);
}
