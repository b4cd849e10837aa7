package org.papergraph.ingest.fetch;

import java.nio.file.Path;
import java.util.List;

/**
 * What a fetch saved.
 *
 * @param files the raw responses written, in order; {@code build} reads them as they are
 * @param records papers (daily-papers entries or feed entries) in those files
 * @param requests HTTP requests made, retries included
 * @param bytes bytes saved
 */
public record FetchResult(List<Path> files, int records, int requests, long bytes) {

  public FetchResult {
    files = List.copyOf(files);
  }
}
