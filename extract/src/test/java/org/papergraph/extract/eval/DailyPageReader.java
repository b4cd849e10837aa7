package org.papergraph.extract.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.papergraph.ingest.Paper;

/**
 * A minimal reader of the Daily Papers page text (header lines, then title / blank / abstract
 * blocks) for tests that want papers without going through ingest. Paper
 * ids are {@code page-<n>}; no cleaning is applied.
 */
public final class DailyPageReader {

  private static final Set<String> HEADER = Set.copyOf(java.util.Arrays.asList("new", "get trending papers in your email "
      + "inbox!", "subscribe", "daily papers", "by ak and the research community"));

  private DailyPageReader() {}

  public static List<Paper> read(Path file) throws IOException {
    List<String> blocks = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (!line.isBlank() && !HEADER.contains(line.strip().toLowerCase(java.util.Locale.ROOT))) {
        blocks.add(line.strip());
      }
    }
    List<Paper> out = new ArrayList<>();
    for (int i = 0; i + 1 < blocks.size(); i += 2) {
      out.add(Paper.of("page-" + (out.size() + 1), blocks.get(i), blocks.get(i + 1)));
    }
    return out;
  }
}
