package org.govfacts.index;

import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.IndexableField;
import org.govfacts.fact.Basis;
import org.govfacts.fact.Fact;
import org.govfacts.fact.FactType;
import org.govfacts.fact.Qualifier;

/**
 * A fact's attributes as stored fields, one per attribute that is not null. The sentence is stored
 * once, on the sentence document, and joined back when a fact is read.
 */
final class StoredFact {
    static final Set<String> FIELDS = Set.of(IndexFields.S_DOC, IndexFields.S_TYPE, IndexFields.S_START, IndexFields.S_END,
            IndexFields.S_TEXT, IndexFields.S_VALUE, IndexFields.S_UNIT, IndexFields.S_QUALIFIER, IndexFields.S_BASIS,
            IndexFields.S_RANK, IndexFields.S_TOP, IndexFields.S_SCOPE, IndexFields.S_NAME, IndexFields.S_INDICATOR,
            IndexFields.S_PERIOD, IndexFields.S_REGION, IndexFields.S_VALUE_MAX, IndexFields.S_PERIOD_NORM,
            IndexFields.S_STATUS, IndexFields.S_REGION_NORM);

    private StoredFact() {
    }

    static void store(Document d, Fact f) {
        put(d, IndexFields.S_DOC, f.doc());
        put(d, IndexFields.S_TYPE, f.type().id());
        d.add(new StoredField(IndexFields.S_START, f.start()));
        d.add(new StoredField(IndexFields.S_END, f.end()));
        put(d, IndexFields.S_TEXT, f.text());
        if (f.value() != null) {
            d.add(new StoredField(IndexFields.S_VALUE, f.value()));
        }
        put(d, IndexFields.S_UNIT, f.unit());
        put(d, IndexFields.S_QUALIFIER, f.qualifier() == null ? null : f.qualifier().id());
        put(d, IndexFields.S_BASIS, f.basis() == null ? null : f.basis().id());
        if (f.rank() != null) {
            d.add(new StoredField(IndexFields.S_RANK, f.rank()));
        }
        if (f.top() != null) {
            d.add(new StoredField(IndexFields.S_TOP, f.top()));
        }
        put(d, IndexFields.S_SCOPE, f.scope());
        put(d, IndexFields.S_NAME, f.name());
        put(d, IndexFields.S_INDICATOR, f.indicator());
        put(d, IndexFields.S_PERIOD, f.period());
        put(d, IndexFields.S_REGION, f.region());
        if (f.valueMax() != null) {
            d.add(new StoredField(IndexFields.S_VALUE_MAX, f.valueMax()));
        }
        put(d, IndexFields.S_PERIOD_NORM, f.periodNorm());
        put(d, IndexFields.S_STATUS, f.status() == null ? null : f.status().id());
        put(d, IndexFields.S_REGION_NORM, f.regionNorm());
    }

    /** The fact back, with the sentence of its parent document (normalized_sentence is not kept). */
    static Fact load(Document d, String sentence, int sentenceStart) {
        return new Fact(d.get(IndexFields.S_DOC), FactType.parse(d.get(IndexFields.S_TYPE)), integer(d, IndexFields.S_START),
                integer(d, IndexFields.S_END), d.get(IndexFields.S_TEXT), number(d, IndexFields.S_VALUE), d.get(IndexFields.S_UNIT),
                Qualifier.parse(d.get(IndexFields.S_QUALIFIER)), Basis.parse(d.get(IndexFields.S_BASIS)),
                integerOrNull(d, IndexFields.S_RANK), integerOrNull(d, IndexFields.S_TOP), d.get(IndexFields.S_SCOPE),
                d.get(IndexFields.S_NAME), d.get(IndexFields.S_INDICATOR), d.get(IndexFields.S_PERIOD), d.get(IndexFields.S_REGION),
                sentence, sentenceStart, null, number(d, IndexFields.S_VALUE_MAX), d.get(IndexFields.S_PERIOD_NORM),
                org.govfacts.fact.Status.parse(d.get(IndexFields.S_STATUS)), d.get(IndexFields.S_REGION_NORM));
    }

    private static void put(Document d, String field, String value) {
        if (value != null) {
            d.add(new StoredField(field, value));
        }
    }

    private static Double number(Document d, String field) {
        IndexableField f = d.getField(field);
        return f == null ? null : f.numericValue().doubleValue();
    }

    private static int integer(Document d, String field) {
        Integer v = integerOrNull(d, field);
        return v == null ? 0 : v;
    }

    private static Integer integerOrNull(Document d, String field) {
        IndexableField f = d.getField(field);
        return f == null ? null : f.numericValue().intValue();
    }
}
