package org.govfacts.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.govfacts.fact.Fact;
import org.govfacts.fact.FactType;
import org.govfacts.opensearch.OpenSearchDocuments;
import org.govfacts.output.FactJson;
import org.govfacts.pipeline.DocumentInfo;
import org.govfacts.pipeline.DocumentResult;

/**
 * Parquet columns for the JSON that the one mapping (FactJson) writes, found by asking the mapping
 * rather than by listing fields here: a probe record with every component set (a fact of each type,
 * a report) is written to JSON and the kind of each value gives the column's type. A field added to
 * the records and the mapping later becomes a column without a change here.
 */
final class JsonRows {
    private JsonRows() {
    }

    /** The columns of a fact line (`extract` jsonl) — the fields of every type, in the CLI's order. */
    static StructType factSchema() {
        Map<String, DataType> columns = new LinkedHashMap<>();
        for (FactType t : FactType.values()) {
            Fact probe = probe(Fact.class, Map.of(FactType.class, t));
            merge(columns, FactJson.toJson(probe, "path"));
        }
        return struct(columns);
    }

    /** The columns of a report (its metadata, fact count and warnings). */
    static StructType reportSchema() {
        DocumentInfo info = probe(DocumentInfo.class, Map.of());
        Map<String, DataType> columns = new LinkedHashMap<>();
        merge(columns, OpenSearchDocuments.report(new DocumentResult(info, List.of(), List.of("warning")), null));
        return struct(columns);
    }

    /** A row of {@code schema} from a JSON object, with {@code extra} values appended (partition columns). */
    static Row row(StructType schema, String json, Object... extra) {
        ObjectNode o;
        try {
            o = (ObjectNode) FactJson.MAPPER.readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        Object[] values = new Object[schema.size()];
        StructField[] fields = schema.fields();
        int n = fields.length - extra.length;
        for (int i = 0; i < n; i++) {
            values[i] = value(o.get(fields[i].name()), fields[i].dataType());
        }
        System.arraycopy(extra, 0, values, n, extra.length);
        return RowFactory.create(values);
    }

    private static Object value(JsonNode v, DataType type) {
        if (v == null || v.isNull()) {
            return null;
        }
        if (type.equals(DataTypes.IntegerType)) {
            return v.asInt();
        }
        if (type.equals(DataTypes.LongType)) {
            return v.asLong();
        }
        if (type.equals(DataTypes.DoubleType)) {
            return v.asDouble();
        }
        if (type.equals(DataTypes.BooleanType)) {
            return v.asBoolean();
        }
        if (type instanceof org.apache.spark.sql.types.ArrayType) {
            // an external Row holds arrays as Java arrays (or Scala sequences), not java.util.List
            List<String> out = new ArrayList<>();
            v.forEach(e -> out.add(e.isTextual() ? e.asText() : e.toString()));
            return out.toArray(new String[0]);
        }
        return v.isTextual() ? v.asText() : v.toString();
    }

    private static void merge(Map<String, DataType> columns, ObjectNode o) {
        // keep the mapping's order: a field new in this probe goes after the field before it
        List<String> keys = new ArrayList<>();
        o.fieldNames().forEachRemaining(keys::add);
        for (int i = 0; i < keys.size(); i++) {
            String k = keys.get(i);
            if (columns.containsKey(k)) {
                continue;
            }
            Map<String, DataType> copy = new LinkedHashMap<>();
            String before = i == 0 ? null : keys.get(i - 1);
            if (before == null) {
                copy.put(k, type(o.get(k)));
            }
            for (Map.Entry<String, DataType> e : columns.entrySet()) {
                copy.put(e.getKey(), e.getValue());
                if (e.getKey().equals(before)) {
                    copy.put(k, type(o.get(k)));
                }
            }
            copy.putIfAbsent(k, type(o.get(k)));
            columns.clear();
            columns.putAll(copy);
        }
    }

    private static DataType type(JsonNode v) {
        if (v.isInt() || v.isShort()) {
            return DataTypes.IntegerType;
        }
        if (v.isIntegralNumber()) {
            return DataTypes.LongType;
        }
        if (v.isNumber()) {
            return DataTypes.DoubleType;
        }
        if (v.isBoolean()) {
            return DataTypes.BooleanType;
        }
        if (v.isArray()) {
            return DataTypes.createArrayType(DataTypes.StringType);
        }
        return DataTypes.StringType;
    }

    private static StructType struct(Map<String, DataType> columns) {
        List<StructField> fields = new ArrayList<>();
        columns.forEach((k, t) -> fields.add(DataTypes.createStructField(k, t, true)));
        return DataTypes.createStructType(fields);
    }

    /** A record with every component set to a sample of its type (enums: the given constant, else the first). */
    static <R extends Record> R probe(Class<R> type, Map<Class<?>, Object> chosen) {
        RecordComponent[] components = type.getRecordComponents();
        Object[] args = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            Class<?> c = components[i].getType();
            types[i] = c;
            args[i] = chosen.containsKey(c) ? chosen.get(c) : sample(c);
        }
        try {
            return type.getDeclaredConstructor(types).newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build a probe " + type.getSimpleName() + ": " + e, e);
        }
    }

    private static Object sample(Class<?> c) {
        if (c == String.class) {
            return "x";
        }
        if (c == int.class || c == Integer.class) {
            return 1;
        }
        if (c == long.class || c == Long.class) {
            return 1L;
        }
        if (c == double.class || c == Double.class) {
            return 1.5;
        }
        if (c == boolean.class || c == Boolean.class) {
            return true;
        }
        if (c.isEnum()) {
            return c.getEnumConstants()[0];
        }
        if (c == List.class) {
            return List.of();
        }
        return null;
    }
}
