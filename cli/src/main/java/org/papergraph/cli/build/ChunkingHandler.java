package org.papergraph.cli.build;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.papergraph.ingest.Paper;
import org.papergraph.ingest.PaperHandler;
import org.papergraph.ingest.Rejection;
import org.papergraph.ingest.SourcePosition;

/**
 * Collects papers into chunks for parallel extraction. A later record with the same id (the same
 * paper from another source, merged by ingest) replaces the earlier one in the chunk, so a chunk
 * never holds one paper twice.
 */
final class ChunkingHandler implements PaperHandler {

  /** What to do with a full chunk; may fail, which stops the build. */
  interface ChunkSink {
    void accept(List<Paper> chunk) throws Exception;
  }

  /** Carries a failure of the chunk sink out through the ingest reader. */
  static final class SinkFailure extends RuntimeException {
    SinkFailure(Exception cause) {
      super(cause.getMessage(), cause);
    }
  }

  private final Map<String, Paper> chunk;
  private final RejectLog rejects;
  private final Progress progress;
  private final ChunkSink sink;

  ChunkingHandler(Map<String, Paper> chunk, RejectLog rejects, Progress progress, ChunkSink sink) {
    this.chunk = chunk;
    this.rejects = rejects;
    this.progress = progress;
    this.sink = sink;
  }

  @Override
  public void paper(Paper paper) {
    chunk.put(paper.id(), paper);
    progress.paper();
    if (chunk.size() >= BuildJob.CHUNK) {
      List<Paper> full = new ArrayList<>(chunk.values());
      chunk.clear();
      try {
        sink.accept(full);
      } catch (RuntimeException e) {
        throw e;
      } catch (Exception e) {
        throw new SinkFailure(e);
      }
    }
  }

  @Override
  public void rejected(Rejection rejection) {
    rejects.add(rejection);
    progress.rejected(rejection);
  }

  @Override
  public void warning(SourcePosition where, String message) {
    progress.warning(where + ": " + message);
  }
}
