package org.papergraph.graph.store;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.papergraph.graph.BuildActivity;
import org.papergraph.graph.IriScheme;
import org.papergraph.graph.map.ActivityTriples;
import org.papergraph.graph.map.QuadEmitter;
import org.papergraph.graph.vocab.PROV;

/** Build activity graphs: written (replacing) per build, dropped once no paper graph cites them. */
public final class ActivityGraphs {

  private ActivityGraphs() {}

  public static void write(DatasetGraph dsg, IriScheme iris, BuildActivity activity) {
    Node g = iris.activityGraph(activity.id());
    dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
    ActivityTriples.emit(activity, iris, new QuadEmitter(StreamRDFLib.dataset(dsg), g));
  }

  /** Drops activity graphs no paper graph points to; returns how many. */
  public static int collect(DatasetGraph dsg, IriScheme iris) {
    List<Node> graphs = new ArrayList<>();
    dsg.listGraphNodes().forEachRemaining(g -> {
      if (iris.isActivityGraph(g)) {
        graphs.add(g);
      }
    });
    int dropped = 0;
    for (Node g : graphs) {
      List<Node> activities = new ArrayList<>();
      dsg.find(g, Node.ANY, RDF.type.asNode(), PROV.Activity.asNode())
          .forEachRemaining(q -> activities.add(q.getSubject()));
      boolean cited = activities.stream().anyMatch(a ->
          dsg.find(Node.ANY, Node.ANY, PROV.wasGeneratedBy.asNode(), a).hasNext());
      if (!cited) {
        dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
        dropped++;
      }
    }
    return dropped;
  }
}
