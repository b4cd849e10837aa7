package org.papergraph.graph.map;

import java.time.Instant;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.papergraph.graph.BuildActivity;
import org.papergraph.graph.IriScheme;
import org.papergraph.graph.PG;
import org.papergraph.graph.vocab.PROV;
import org.papergraph.graph.vocab.Schema;

/** A build activity's triples: times, software agent, inputs with digests, configuration. */
public final class ActivityTriples {

  private ActivityTriples() {}

  public static void emit(BuildActivity activity, IriScheme iris, QuadEmitter out) {
    Node act = iris.activity(activity.id());
    Node agent = iris.agent(activity.softwareVersion());
    out.add(act, RDF.type, PROV.Activity);
    out.add(act, RDFS.label, "papergraph build " + activity.id());
    out.add(act, PROV.startedAtTime, dateTime(activity.started()));
    if (activity.ended() != null) {
      out.add(act, PROV.endedAtTime, dateTime(activity.ended()));
    }
    out.add(act, PROV.wasAssociatedWith, agent);
    out.add(act, PG.extractorConfiguration, activity.extractorConfiguration());
    out.add(agent, RDF.type, PROV.SoftwareAgent);
    out.add(agent, RDFS.label, "papergraph " + activity.softwareVersion());
    out.add(agent, Schema.softwareVersion, activity.softwareVersion());
    for (BuildActivity.InputFile f : activity.inputs()) {
      Node input = iris.inputFile(f.sha256());
      out.add(act, PROV.used, input);
      out.add(input, RDF.type, PROV.Entity);
      out.add(input, PG.sha256, f.sha256());
      out.add(input, PG.path, f.path());
    }
  }

  private static Node dateTime(Instant t) {
    return NodeFactory.createLiteralDT(t.toString(), XSDDatatype.XSDdateTime);
  }
}
