package org.papergraph.cli.bench;
import picocli.CommandLine.Command;
@Command(name = "queries")
public final class BenchQueriesCommand implements java.util.concurrent.Callable<Integer> {
  public Integer call() { return 0; }
}
