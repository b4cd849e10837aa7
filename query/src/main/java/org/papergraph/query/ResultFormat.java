package org.papergraph.query;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How {@link QueryRunner} writes results. SELECT and ASK: {@link #TABLE}, {@link #CSV}, {@link #TSV},
 * {@link #JSON} (SPARQL 1.1 JSON results). CONSTRUCT and DESCRIBE: {@link #TURTLE}; {@link #TABLE}
 * also gives Turtle and {@link #JSON} gives JSON-LD.
 */
public enum ResultFormat {
    TABLE, CSV, TSV, JSON, TURTLE;

    /**
     * The format called {@code name}, case-insensitive.
     *
     * @throws IllegalArgumentException naming the value and the known formats
     */
    public static ResultFormat parse(String name) {
        for (ResultFormat f : values()) {
            if (f.name().equalsIgnoreCase(name == null ? "" : name.strip())) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown result format '" + name + "'; known: "
                + Arrays.stream(values()).map(f -> f.name().toLowerCase(Locale.ROOT))
                        .collect(Collectors.joining(", ")));
    }
}
