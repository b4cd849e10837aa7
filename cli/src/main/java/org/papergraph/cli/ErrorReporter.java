package org.papergraph.cli;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns a failed command into one readable line and exit code 1. Stack traces are for bugs, and
 * only with {@code PAPERGRAPH_DEBUG=1}: a user error says what is wrong, never where in the code.
 */
final class ErrorReporter implements IExecutionExceptionHandler {

  @Override
  public int handleExecutionException(Exception e, CommandLine cl, ParseResult parsed) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    cl.getErr().println("papergraph " + cl.getCommandName() + ": " + message);
    if ("1".equals(System.getenv("PAPERGRAPH_DEBUG"))) {
      e.printStackTrace(cl.getErr());
    }
    cl.getErr().flush();
    return CommandLine.ExitCode.SOFTWARE;
  }
}
