/**
 * The {@code papergraph} command line: picocli commands over the other modules, and the only
 * place that prints or exits.
 *
 * <p>Start at {@link org.papergraph.cli.Main} (exit codes: 0 ok, 1 the work failed, 2 bad usage)
 * and {@link org.papergraph.cli.PapergraphCommand}, which lists every command. Each command is a
 * {@code Callable<Integer>} that writes to picocli's {@code getOut()}/{@code getErr()}, so tests
 * run it in-process and read what it printed. User errors become one line through {@link
 * org.papergraph.cli.ErrorReporter}, never a stack trace.
 */
package org.papergraph.cli;
