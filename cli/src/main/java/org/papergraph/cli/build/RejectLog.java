package org.papergraph.cli.build;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.papergraph.ingest.Rejection;
import org.papergraph.ingest.RejectsWriter;

/** Keeps the first rejections for the summary and, with {@code --rejects}, writes all of them. */
final class RejectLog implements AutoCloseable {

  private final RejectsWriter file;
  private final int keep;
  private final List<String> shown = new ArrayList<>();
  private long count;

  private RejectLog(RejectsWriter file, int keep) {
    this.file = file;
    this.keep = keep;
  }

  static RejectLog open(Path rejects, int keep) throws IOException {
    return new RejectLog(rejects == null ? null : RejectsWriter.to(rejects), keep);
  }

  void add(Rejection r) {
    count++;
    if (shown.size() < keep) {
      shown.add(r.describe());
    }
    if (file != null) {
      file.write(r);
    }
  }

  /** Every record set aside: unreadable ones and papers whose extraction failed. */
  long count() {
    return count;
  }

  List<String> shown() {
    return shown;
  }

  @Override
  public void close() throws IOException {
    if (file != null) {
      file.close();
    }
  }
}
