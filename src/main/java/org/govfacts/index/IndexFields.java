package org.govfacts.index;

import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;

/** Names of the Lucene fields and facet dimensions of the govfacts index, in one place. */
final class IndexFields {
    private IndexFields() {
    }

    /** "fact", "sentence" or "report": every document is one of them. */
    static final String KIND = "kind";
    static final String KIND_FACT = "fact";
    static final String KIND_SENTENCE = "sentence";
    static final String KIND_REPORT = "report";

    /*
     * A report is indexed as one block: for each sentence that holds facts, its facts and then the
     * sentence itself (their parent), and last the report. The sentence's text is indexed once,
     * not once per fact; a text query reaches the facts through the block join.
     */

    /** Absolute path of the report file: the key a report's block is replaced and pruned by. On every document. */
    static final String PATH = "path";
    /** Document id (file name), sorted doc values on facts. */
    static final String DOC = "doc";
    static final String SHA256 = "sha256";

    static final String TYPE = "type";
    /** The number a range or value sort compares: the value, or a ranking's rank. Point + doc values. */
    static final String NUM = "num";
    static final String REGION = "region";
    /** Indicator bigrams: "contains" matches. */
    static final String INDICATOR_BI = "indicator_bi";
    static final String NAME_BI = "name_bi";
    /** Period as written, folded. */
    static final String PERIOD = "period";
    /** First and last month of period_norm (int points, months since year 0), for containment filters. */
    static final String PERIOD_FIRST = "period_first";
    static final String PERIOD_LAST = "period_last";
    /** status: actual, target, estimate. */
    static final String STATUS = "status";
    /** region_norm and every place that holds it (漯河市 → 河南省, 全国), folded: --region R --within. */
    static final String REGION_WITHIN = "region_within";
    /** Original start offset of a fact, for document-order sorting. */
    static final String START = "start";

    /** On sentence documents: the sentence's HanLP words (relevance) and bigrams (substring matches). */
    static final String SENTENCE = "sentence";
    static final String SENTENCE_BI = "sentence_bi";

    /** On report documents: the full text, words and bigrams. */
    static final String TEXT = "text";
    static final String TEXT_BI = "text_bi";

    /** Stored on facts: one stored field per attribute, null attributes left out. */
    static final String S_DOC = "s_doc";
    static final String S_TYPE = "s_type";
    static final String S_START = "s_start";
    static final String S_END = "s_end";
    static final String S_TEXT = "s_text";
    static final String S_VALUE = "s_value";
    static final String S_UNIT = "s_unit";
    static final String S_QUALIFIER = "s_qualifier";
    static final String S_BASIS = "s_basis";
    static final String S_RANK = "s_rank";
    static final String S_TOP = "s_top";
    static final String S_SCOPE = "s_scope";
    static final String S_NAME = "s_name";
    static final String S_INDICATOR = "s_indicator";
    static final String S_PERIOD = "s_period";
    static final String S_REGION = "s_region";
    static final String S_VALUE_MAX = "s_value_max";
    static final String S_PERIOD_NORM = "s_period_norm";
    static final String S_STATUS = "s_status";
    static final String S_REGION_NORM = "s_region_norm";
    /** Stored on sentences: the original sentence and where it starts in the report. */
    static final String S_SENTENCE = "s_sentence";
    static final String S_SENTENCE_START = "s_sentence_start";
    /** Stored on reports: metadata as JSON, and the full original text. */
    static final String S_REPORT = "s_report";
    static final String S_FULL_TEXT = "s_full_text";

    /** Facet dimensions, counted over the facts a search finds: dimension → sorted doc values field. */
    static final Map<String, String> FACETS = facets();
    /** Facet label of a fact that has no value for the dimension. */
    static final String NONE_LABEL = "(none)";

    private static Map<String, String> facets() {
        Map<String, String> m = new LinkedHashMap<>();
        for (String dim : List.of("type", "region", "period", "status", "indicator")) {
            m.put(dim, "facet_" + dim);
        }
        return java.util.Collections.unmodifiableMap(m);
    }
}
