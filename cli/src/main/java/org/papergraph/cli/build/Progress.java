package org.papergraph.cli.build;

import java.io.PrintWriter;
import java.util.Locale;
import org.papergraph.ingest.Rejection;

/**
 * Progress and warning lines on standard error: a count every few seconds on long builds, and one
 * line per skipped record or warning. Silent when there is no writer ({@code --quiet}).
 */
final class Progress {

  private static final long EVERY_NANOS = 2_000_000_000L;

  private final PrintWriter out;
  private final long start = System.nanoTime();
  private long last = start;
  private long papers;

  Progress(PrintWriter out) {
    this.out = out;
  }

  void paper() {
    papers++;
    long now = System.nanoTime();
    if (out != null && now - last >= EVERY_NANOS) {
      last = now;
      out.printf(Locale.ROOT, "... %d papers read (%.0f/s)%n", papers,
          papers / ((now - start) / 1e9));
      out.flush();
    }
  }

  void rejected(Rejection r) {
    line("skipped " + r.describe());
  }

  void warning(String message) {
    line("warning: " + message);
  }

  /** Said before the last step, which can take minutes on a large build with nothing to count. */
  void committing(long papersRead) {
    if (out != null && System.nanoTime() - start >= EVERY_NANOS) {
      line(String.format(Locale.ROOT, "... %d papers read; indexing and committing the store",
          papersRead));
    }
  }

  void done() {
    if (out != null) {
      out.flush();
    }
  }

  private void line(String text) {
    if (out != null) {
      out.println(text);
      out.flush();
    }
  }
}
