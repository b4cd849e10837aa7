package org.papergraph.cli;

import java.util.concurrent.Callable;
import org.papergraph.cli.bench.BenchExtractCommand;
import org.papergraph.cli.bench.BenchIngestCommand;
import org.papergraph.cli.bench.BenchQueriesCommand;
import org.papergraph.cli.bench.BenchStoreWriteCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code papergraph bench}: only lists the benchmarks. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Measure papergraph: extraction throughput, ingest streaming, the store write stage, and"
          + " query latency under concurrent clients. Results print as Markdown tables.",
      "Inputs come from 'papergraph generate'; see docs/benchmarks.md and the scripts in bench/."
    },
    subcommands = {
      BenchExtractCommand.class,
      BenchIngestCommand.class,
      BenchStoreWriteCommand.class,
      BenchQueriesCommand.class,
    })
final class BenchCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    throw new ParameterException(spec.commandLine(), "a benchmark is required (see --help)");
  }
}
