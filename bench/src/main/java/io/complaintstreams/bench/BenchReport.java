package io.complaintstreams.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;

/** The bench result: named figures in a fixed order, printed as one JSON object (the last line of stdout). */
public final class BenchReport {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Map<String, Object> fields = new LinkedHashMap<>();

    /** A figure rounded to {@code decimals} places; NaN and infinities become null. */
    public BenchReport put(String name, double value, int decimals) {
        fields.put(name, Double.isFinite(value) ? BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP) : null);
        return this;
    }

    public BenchReport put(String name, long value) {
        fields.put(name, value);
        return this;
    }

    public BenchReport put(String name, Object value) {
        fields.put(name, value);
        return this;
    }

    public Object get(String name) {
        return fields.get(name);
    }

    public Map<String, Object> fields() {
        return java.util.Collections.unmodifiableMap(fields);
    }

    public String toJson() {
        try {
            return JSON.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("bench report not serializable", e);
        }
    }
}
