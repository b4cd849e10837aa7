package org.papergraph.extract;

import java.util.Arrays;
import java.util.Locale;

/** The eight entity types of the annotation guide. */
public enum EntityType {
  MODEL("Model"),
  DATASET("Dataset"),
  BENCHMARK("Benchmark"),
  METRIC("Metric"),
  TASK("Task"),
  METHOD("Method"),
  ORGANIZATION("Organization"),
  LANGUAGE("Language");

  private final String label;

  EntityType(String label) {
    this.label = label;
  }

  /** The name used in gold files, dictionaries and RDF class names, e.g. {@code Benchmark}. */
  public String label() {
    return label;
  }

  /** Lower-case slug used in entity IRIs, e.g. {@code benchmark}. */
  public String slug() {
    return label.toLowerCase(Locale.ROOT);
  }

  public static EntityType fromLabel(String label) {
    return Arrays.stream(values())
        .filter(t -> t.label.equalsIgnoreCase(label.strip()))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown entity type '" + label
            + "'; expected one of " + Arrays.stream(values()).map(EntityType::label).toList()));
  }
}
