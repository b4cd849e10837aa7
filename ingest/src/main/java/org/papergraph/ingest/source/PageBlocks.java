package org.papergraph.ingest.source;

import java.io.IOException;
import java.util.Locale;
import org.papergraph.ingest.io.Utf8LineReader;

/** Groups lines into {@link PageBlock}s at blank lines, keeping at most a bounded block. */
final class PageBlocks {

  private final Utf8LineReader lines;
  private final int maxChars;

  PageBlocks(Utf8LineReader lines, int maxChars) {
    this.lines = lines;
    this.maxChars = maxChars;
  }

  PageBlock next() throws IOException {
    Utf8LineReader.Line line = lines.nextNonBlank();
    if (line == null) {
      return null;
    }
    long start = line.number();
    StringBuilder text = new StringBuilder();
    long total = 0;
    int count = 0;
    String error = null;
    while (line != null && (line.error() != null || !line.text().isBlank())) {
      if (error == null && line.error() != null) {
        error = "line " + line.number() + ": " + line.error();
      }
      total += line.text().length() + 1;
      if (text.length() + line.text().length() <= maxChars) {
        text.append(count > 0 ? "\n" : "").append(line.text());
      }
      count++;
      line = lines.next();
    }
    if (error == null && total > maxChars) {
      error = String.format(Locale.ROOT, "paragraph has %,d characters, over the limit of %,d",
          total, maxChars);
    }
    return new PageBlock(start, text.toString(), count, error);
  }
}
