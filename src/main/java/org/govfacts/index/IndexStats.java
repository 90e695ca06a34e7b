package org.govfacts.index;

import java.util.Map;

/**
 * What is in an index.
 *
 * @param reports     report documents
 * @param facts       fact documents
 * @param factsByType fact count per type id, every type listed
 * @param bytes       size on disk of the last commit's files
 * @param segments    Lucene segments of the last commit
 * @param committedAt when the last commit was made (ISO-8601), null if unknown
 */
public record IndexStats(long reports, long facts, Map<String, Long> factsByType, long bytes, int segments,
                         String committedAt) {
}
