package org.papergraph.extract.eval;

import java.util.ArrayList;
import java.util.List;
import org.papergraph.ingest.IngestException;
import org.papergraph.ingest.IngestOptions;
import org.papergraph.ingest.Paper;
import org.papergraph.ingest.PaperHandler;
import org.papergraph.ingest.PaperInputs;
import org.papergraph.ingest.Rejection;

/** Reads papers through ingest, exactly as {@code build} does, for the command-line mains. */
final class Inputs {

  private Inputs() {}

  static List<Paper> read(List<String> inputs) throws IngestException {
    List<Paper> papers = new ArrayList<>();
    PaperInputs.read(inputs, IngestOptions.defaults(), new PaperHandler() {
      @Override
      public void paper(Paper paper) {
        papers.add(paper);
      }

      @Override
      public void rejected(Rejection rejection) {
        System.err.println("skipped " + rejection.describe());
      }
    });
    return papers;
  }
}
