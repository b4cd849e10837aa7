package org.papergraph.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/** Entry point: the only place that exits. 0 ok, 1 the work failed, 2 bad usage. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs one command line and returns its exit code; tests call this. */
  public static int run(String... args) {
    return commandLine(new PrintWriter(System.out, true), new PrintWriter(System.err, true))
        .execute(args);
  }

  /** A command line writing to the given streams, as tests use it. */
  public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(new PapergraphCommand());
    cl.setOut(out);
    cl.setErr(err);
    cl.setExecutionExceptionHandler(new ErrorReporter());
    return cl;
  }
}
