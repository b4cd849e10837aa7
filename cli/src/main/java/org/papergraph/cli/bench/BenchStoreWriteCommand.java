package org.papergraph.cli.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.papergraph.graph.NewStoreLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code papergraph bench store-write}: the build with its stages timed apart. */
@Command(
    name = "store-write",
    mixinStandardHelpOptions = true,
    description = {
      "Build INPUT into a fresh store like 'papergraph build' (chunks of 1,024, Jena's bulk"
          + " loader), but with extraction and writing not overlapped, so that the store write"
          + " stage (the writes of every chunk plus the final commit) is timed on its own.",
      "Compare its seconds with tdb2.tdbloader on the exported N-Quads (bench/store-write.sh)."
    })
public final class BenchStoreWriteCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "INPUT", arity = "1..*", description = "Input files.")
  List<Path> inputs;

  @Option(names = "--store", required = true, paramLabel = "DIR",
      description = "A new store directory (must not exist or be empty).")
  Path store;

  @Option(names = "--threads", paramLabel = "N",
      description = "Extraction threads (default: all cores).")
  Integer threads;

  @Option(names = "--transaction", description = "Write through one TDB2 write transaction, as a"
      + " build adding to an existing store does, instead of the bulk loader.")
  boolean transaction;

  @Option(names = "--no-header", description = "Print table rows only.")
  boolean noHeader;

  @Override
  public Integer call() throws Exception {
    int t = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    if (t < 1) {
      throw new ParameterException(spec.commandLine(), "--threads must be at least 1, got " + t);
    }
    if (!NewStoreLoader.applies(store)) {
      spec.commandLine().getErr().println("papergraph bench store-write: " + store
          + " is not a new or empty directory; the benchmark needs a fresh store");
      return 1;
    }
    StoreWriteBench.Result r = StoreWriteBench.run(
        inputs.stream().map(Path::toString).toList(), store, t, !transaction);
    MarkdownTable table = new MarkdownTable("papers", "triples", "total s", "extract s",
        "store write s (write + commit)", "commit s", "ingest and other s",
        "triples/s written", "writer");
    table.row(r.papers(), r.triples(), BenchExtractCommand.f(r.totalSeconds(), 1),
        BenchExtractCommand.f(r.extractSeconds(), 1),
        BenchExtractCommand.f(r.storeWriteSeconds(), 1),
        BenchExtractCommand.f(r.commitSeconds(), 1),
        BenchExtractCommand.f(r.totalSeconds() - r.extractSeconds() - r.storeWriteSeconds(), 1),
        BenchExtractCommand.f(r.triples() / r.storeWriteSeconds(), 0),
        r.bulk() ? "bulk loader" : "one transaction");
    spec.commandLine().getOut().print(noHeader ? table.renderRows() : table.render());
    spec.commandLine().getOut().flush();
    return 0;
  }
}
