package org.govfacts.index;

import java.util.List;

/**
 * What a fact search returns.
 *
 * @param total  how many facts match in all
 * @param hits   the first {@code limit} of them in the requested order
 * @param facets counts by dimension over all matches (empty unless asked for)
 */
public record SearchResult(long total, List<SearchHit> hits, List<FacetDimension> facets) {
    public SearchResult {
        hits = List.copyOf(hits);
        facets = List.copyOf(facets);
    }

    /** Counts of one dimension: its most frequent values first. */
    public record FacetDimension(String dim, long total, int distinct, List<FacetValue> values) {
        public FacetDimension {
            values = List.copyOf(values);
        }
    }

    public record FacetValue(String label, long count) {
    }
}
