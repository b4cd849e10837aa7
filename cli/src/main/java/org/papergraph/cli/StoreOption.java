package org.papergraph.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --store DIR} option every store command shares. */
final class StoreOption {

  @Option(
      names = "--store",
      paramLabel = "DIR",
      defaultValue = "papergraph-data",
      description = "TDB2 store directory (default: ${DEFAULT-VALUE}).")
  Path dir;
}
