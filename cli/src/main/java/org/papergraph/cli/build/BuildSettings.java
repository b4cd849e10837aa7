package org.papergraph.cli.build;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.papergraph.ingest.IngestOptions;

/**
 * What one build reads and where it writes.
 *
 * @param base base for instance IRIs, or null for the store's own (the default for a new store)
 * @param rejects JSON Lines file for skipped records, or null
 * @param threads extraction threads, at least 1
 */
public record BuildSettings(List<String> inputs, IngestOptions ingest, Path store, String base,
    boolean strict, Path rejects, int threads) {

  public BuildSettings {
    inputs = List.copyOf(inputs);
    if (inputs.isEmpty()) {
      throw new IllegalArgumentException("a build needs at least one input");
    }
    Objects.requireNonNull(ingest, "ingest");
    Objects.requireNonNull(store, "store");
    if (threads < 1) {
      throw new IllegalArgumentException("--threads must be at least 1, got " + threads);
    }
  }
}
