package org.govfacts.index;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A report as kept in the index, read back whole (for the review site).
 *
 * @param info its metadata as {@code FactJson.toJson(DocumentInfo)} wrote it, with year and fact count
 * @param text its full original text, the text its facts' offsets refer to (null if it was not kept)
 */
public record IndexedReport(ObjectNode info, String text) {
}
