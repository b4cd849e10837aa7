package org.papergraph.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Collects what a read delivers; papers by id keep the last version, as a store would. */
public final class CollectingHandler implements PaperHandler {

  public final List<Paper> delivered = new ArrayList<>();
  public final Map<String, Paper> byId = new LinkedHashMap<>();
  public final List<Rejection> rejections = new ArrayList<>();
  public final List<String> warnings = new ArrayList<>();

  @Override
  public void paper(Paper paper) {
    delivered.add(paper);
    byId.put(paper.id(), paper);
  }

  @Override
  public void rejected(Rejection rejection) {
    rejections.add(rejection);
  }

  @Override
  public void warning(SourcePosition where, String message) {
    warnings.add(where + ": " + message);
  }

  public List<Paper> papers() {
    return List.copyOf(byId.values());
  }
}
