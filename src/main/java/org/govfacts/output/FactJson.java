package org.govfacts.output;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import org.govfacts.fact.Basis;
import org.govfacts.fact.Fact;
import org.govfacts.fact.FactType;
import org.govfacts.fact.Qualifier;
import org.govfacts.fact.Status;
import org.govfacts.panel.PanelRow;
import org.govfacts.pipeline.DocumentInfo;
import org.govfacts.pipeline.DocumentResult;

/**
 * The one JSON mapping of govfacts: facts and documents to JSON trees and back. A fact carries
 * the fields of FACTS.md for its type (value fields of other types are left out), then its
 * attribution and provenance.
 */
public final class FactJson {
    public static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    private FactJson() {
    }

    public static ObjectNode toJson(Fact f) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("doc", f.doc());
        o.put("type", f.type().id());
        o.put("text", f.text());
        o.put("start", f.start());
        o.put("end", f.end());
        switch (f.type()) {
            case MONEY, QUANTITY, RATIO, GROWTH -> {
                putNumber(o, "value", f.value());
                putNumber(o, "value_max", f.valueMax());
                o.put("unit", f.unit());
                o.put("qualifier", f.qualifier() == null ? null : f.qualifier().id());
                if (f.type() != FactType.RATIO) {
                    o.put("basis", f.basis() == null ? null : f.basis().id());
                }
            }
            case RANKING -> {
                o.put("rank", f.rank());
                o.put("top", f.top());
                o.put("scope", f.scope());
            }
            case PROJECT -> o.put("name", f.name());
            default -> throw new IllegalStateException();
        }
        if (f.type().isNumeric()) {
            o.put("indicator", f.indicator());
            o.put("period", f.period());
            o.put("period_norm", f.periodNorm());
            o.put("status", f.status() == null ? null : f.status().id());
            o.put("region_norm", f.regionNorm());
        }
        o.put("region", f.region());
        o.put("sentence", f.sentence());
        o.put("sentence_start", f.sentenceStart());
        o.put("normalized_sentence", f.normalizedSentence());
        return o;
    }

    /** A fact line with the document's path added (the jsonl and csv forms). */
    public static ObjectNode toJson(Fact f, String path) {
        ObjectNode o = toJson(f);
        ObjectNode withPath = MAPPER.createObjectNode();
        o.fields().forEachRemaining(e -> {
            withPath.set(e.getKey(), e.getValue());
            if (e.getKey().equals("doc")) {
                withPath.put("path", path);
            }
        });
        return withPath;
    }

    /**
     * A panel row (one cell, FACTS.md fields named as there): the cell, its value as first stated,
     * whether its statements disagree beyond rounding (then every value stated), for a target the
     * result it is compared with and whether it was met, then the source shown and the other sources.
     * {@code link}, when given, adds each source's review-page link.
     */
    public static ObjectNode toJson(PanelRow r, java.util.function.Function<Fact, String> link) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("indicator", r.key().indicator());
        o.put("type", r.key().type().id());
        o.put("region", r.key().region());
        o.put("period", r.key().period());
        o.put("status", r.key().status().id());
        putNumber(o, "value", r.value());
        putNumber(o, "value_max", r.valueMax());
        o.put("qualifier", r.qualifier() == null ? null : r.qualifier().id());
        o.put("unit", r.key().unit());
        o.put("basis", r.key().basis());
        o.put("conflict", r.conflict());
        if (r.conflict()) {
            ArrayNode values = o.putArray("values");
            r.values().forEach(v -> values.add(number(v)));
        }
        if (r.result() != null) {
            putNumber(o, "result", r.result().value());
            o.put("target_met", r.attainment().id());
        }
        source(o, r.source(), link);
        ArrayNode others = o.putArray("other_sources");
        for (Fact f : r.others()) {
            ObjectNode s = others.addObject();
            putNumber(s, "value", f.value());
            putNumber(s, "value_max", f.valueMax());
            s.put("qualifier", f.qualifier() == null ? null : f.qualifier().id());
            source(s, f, link);
        }
        return o;
    }

    private static void source(ObjectNode o, Fact f, java.util.function.Function<Fact, String> link) {
        o.put("doc", f.doc());
        o.put("start", f.start());
        o.put("end", f.end());
        o.put("text", f.text());
        o.put("sentence", f.sentence());
        if (link != null) {
            o.put("link", link.apply(f));
        }
    }

    private static JsonNode number(Double v) {
        ObjectNode holder = MAPPER.createObjectNode();
        putNumber(holder, "v", v);
        return holder.get("v");
    }

    public static Fact fromJson(JsonNode o) {
        FactType type = FactType.parse(o.path("type").asText());
        return new Fact(text(o, "doc"), type, o.path("start").asInt(), o.path("end").asInt(), text(o, "text"),
                o.hasNonNull("value") ? o.get("value").asDouble() : null, text(o, "unit"),
                Qualifier.parse(text(o, "qualifier")), Basis.parse(text(o, "basis")),
                o.hasNonNull("rank") ? o.get("rank").asInt() : null, o.hasNonNull("top") ? o.get("top").asInt() : null,
                text(o, "scope"), text(o, "name"), text(o, "indicator"), text(o, "period"), text(o, "region"),
                text(o, "sentence"), o.path("sentence_start").asInt(), text(o, "normalized_sentence"),
                o.hasNonNull("value_max") ? o.get("value_max").asDouble() : null, text(o, "period_norm"),
                Status.parse(text(o, "status")), text(o, "region_norm"));
    }

    public static ObjectNode toJson(DocumentInfo d) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("doc", d.doc());
        o.put("path", d.path());
        o.put("sha256", d.sha256());
        o.put("bytes", d.bytes());
        o.put("characters", d.characters());
        o.put("format", d.format());
        o.put("charset", d.charset());
        o.put("script", d.script());
        o.put("title", d.title());
        o.put("region", d.region());
        o.put("region_source", d.regionSource());
        o.put("date", d.date());
        o.put("date_source", d.dateSource());
        o.put("date_evidence", d.dateEvidence());
        return o;
    }

    /** One object per document: its metadata, its facts and its warnings. */
    public static ObjectNode toJson(DocumentResult r) {
        ObjectNode o = toJson(r.info());
        ArrayNode facts = o.putArray("facts");
        r.facts().forEach(f -> facts.add(toJson(f)));
        ArrayNode warnings = o.putArray("warnings");
        r.warnings().forEach(warnings::add);
        return o;
    }

    private static String text(JsonNode o, String field) {
        JsonNode v = o.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    /** Whole numbers are written without a fraction or exponent (803亿元 → 80300000000). */
    private static void putNumber(ObjectNode o, String field, Double v) {
        if (v == null) {
            o.putNull(field);
            return;
        }
        BigDecimal d = BigDecimal.valueOf(v).stripTrailingZeros();
        if (d.scale() < 0) {
            d = d.setScale(0);
        }
        o.put(field, d);
    }
}
