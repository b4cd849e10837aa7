package org.papergraph.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

/** Runs the CLI in-process and captures what it prints, as a test sees a terminal. */
record Cli(int exit, String out, String err) {

  static Cli run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true))
        .execute(args);
    return new Cli(code, out.toString(), err.toString());
  }

  /** The bundled sample, {@code examples/daily-papers.txt} at the repository root. */
  static Path sample() {
    return Path.of(System.getProperty("papergraph.root", ".."), "examples", "daily-papers.txt");
  }
}
