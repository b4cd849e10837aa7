package org.papergraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.papergraph.graph.PaperStore;
import org.papergraph.graph.StoreException;
import picocli.CommandLine.Option;

/** The {@code --store DIR} option every store command shares. */
final class StoreOption {

  @Option(
      names = "--store",
      paramLabel = "DIR",
      defaultValue = "papergraph-data",
      description = "TDB2 store directory (default: ${DEFAULT-VALUE}).")
  Path dir;

  /** Opens an existing store; a missing one is an error, never silently created empty. */
  PaperStore openExisting() {
    if (!Files.isDirectory(dir)) {
      throw new StoreException("no store at " + dir + " (build one with: papergraph build INPUT"
          + " --store " + dir + ")");
    }
    return PaperStore.open(dir);
  }
}
