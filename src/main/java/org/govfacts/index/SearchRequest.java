package org.govfacts.index;

import java.util.List;
import java.util.Locale;

/**
 * One search: free text, exact filters, a numeric range, an order and a page size.
 *
 * @param query     words that must each occur (as substrings, either script) in a fact's sentence,
 *                  indicator or project name; whitespace separates words; null for none
 * @param type      a fact type id (growth, money …), "report" to search whole reports, or null for all facts
 * @param indicator text the fact's indicator must contain (or a synonym of it)
 * @param region    the fact's region (漯河市; 漯河 also finds 漯河市)
 * @param period    2024, 2024 H1, H1, Q1, M1-8, or a period as written (2024年上半年)
 * @param min       lower bound of the value (inclusive); for rankings the rank
 * @param max       upper bound of the value (inclusive); for rankings the rank
 * @param sort      order of the results; null: relevance with a query, else document order
 * @param limit     how many results to return (0: count and facets only)
 * @param facets    whether to count the results by type, region, period and indicator
 */
public record SearchRequest(String query, String type, String indicator, String region, String period,
                            Double min, Double max, Order sort, int limit, boolean facets, String status, boolean within) {

    /** Result orders. */
    public enum Order {
        RELEVANCE, VALUE, VALUE_DESC, DOCUMENT;

        /** value, -value, relevance, doc. */
        public static Order parse(String s) {
            return switch (s.strip().toLowerCase(Locale.ROOT)) {
                case "value", "+value" -> VALUE;
                case "-value" -> VALUE_DESC;
                case "relevance", "score" -> RELEVANCE;
                case "doc", "document" -> DOCUMENT;
                default -> throw new IllegalArgumentException("unknown sort '" + s + "' (value, -value, relevance or doc)");
            };
        }
    }

    public SearchRequest {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must be >= 0");
        }
        query = blankToNull(query);
        type = blankToNull(type);
        indicator = blankToNull(indicator);
        region = blankToNull(region);
        period = blankToNull(period);
        status = blankToNull(status);
        if (status != null && !List.of("actual", "target", "estimate").contains(status.toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("unknown status '" + status + "' (actual, target or estimate)");
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    public boolean reports() {
        return "report".equalsIgnoreCase(type) || "reports".equalsIgnoreCase(type);
    }

    /** The order used: the given one, else relevance when there is a query, else document order. */
    public Order effectiveSort() {
        if (sort != null) {
            return sort;
        }
        return query != null ? Order.RELEVANCE : Order.DOCUMENT;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Builds a request field by field; unset fields mean "no condition". */
    public static final class Builder {
        private String query;
        private String type;
        private String indicator;
        private String region;
        private String period;
        private Double min;
        private Double max;
        private Order sort;
        private int limit = 20;
        private boolean facets;
        private String status;
        private boolean within;

        /** actual, target or estimate. */
        public Builder status(String v) {
            status = v;
            return this;
        }

        /** With a region: also the places it holds (a province's cities and counties). */
        public Builder within(boolean v) {
            within = v;
            return this;
        }

        public Builder query(String v) {
            query = v;
            return this;
        }

        public Builder type(String v) {
            type = v;
            return this;
        }

        public Builder indicator(String v) {
            indicator = v;
            return this;
        }

        public Builder region(String v) {
            region = v;
            return this;
        }

        public Builder period(String v) {
            period = v;
            return this;
        }

        public Builder min(Double v) {
            min = v;
            return this;
        }

        public Builder max(Double v) {
            max = v;
            return this;
        }

        public Builder sort(Order v) {
            sort = v;
            return this;
        }

        public Builder limit(int v) {
            limit = v;
            return this;
        }

        public Builder facets(boolean v) {
            facets = v;
            return this;
        }

        public SearchRequest build() {
            return new SearchRequest(query, type, indicator, region, period, min, max, sort, limit, facets, status, within);
        }
    }
}
