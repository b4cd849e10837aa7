package org.papergraph.graph;

import java.util.Collection;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.papergraph.extract.Extraction;
import org.papergraph.graph.map.EntityNames;
import org.papergraph.graph.map.EntityTriples;
import org.papergraph.graph.map.EvidenceTriples;
import org.papergraph.graph.map.ExtractionCheck;
import org.papergraph.graph.map.FactTriples;
import org.papergraph.graph.map.PaperTriples;
import org.papergraph.graph.map.QuadEmitter;
import org.papergraph.graph.vocab.PROV;

/**
 * Maps extractions to quads, streamed into any {@link StreamRDF}: an in-memory dataset in tests, a
 * TDB2 transaction in {@link PaperStore}, or a file writer.
 *
 * <p>A paper's own triples go to its named graph {@link IriScheme#paperGraph}: the paper, its
 * authors, mentions, namings, results, size statements and evidence sentences. Entity triples go
 * to the shared graph {@link IriScheme#entityGraph}. Mapping is deterministic: the same extraction
 * always yields the same quads.
 */
public final class ExtractionMapper {

  private final IriScheme iris;

  public ExtractionMapper() {
    this(IriScheme.defaults());
  }

  public ExtractionMapper(IriScheme iris) {
    this.iris = iris;
  }

  public IriScheme iris() {
    return iris;
  }

  /** The paper's named graph, with no build activity. */
  public void mapPaper(Extraction x, StreamRDF out) {
    mapPaper(x, null, out);
  }

  /**
   * Checks the promises the graph relies on (anchors match the text, references resolve), so a
   * caller can set one paper aside instead of failing a whole batch.
   *
   * @throws IllegalArgumentException naming the paper and the broken promise
   */
  public static void check(Extraction x) {
    ExtractionCheck.check(x);
  }

  /**
   * The paper's named graph; when {@code activity} is given, the graph names it with {@code
   * prov:wasGeneratedBy}.
   *
   * @throws IllegalArgumentException naming the paper when the extraction breaks a promise the
   *     graph makes (an anchor that does not match the text, a reference to an unknown entity)
   */
  public void mapPaper(Extraction x, Node activity, StreamRDF out) {
    ExtractionCheck.check(x);
    Node graph = iris.paperGraph(x.paper().id());
    QuadEmitter emitter = new QuadEmitter(out, graph);
    PaperTriples.emit(x, iris, emitter);
    EvidenceTriples.emit(x, iris, emitter);
    FactTriples.emit(x, iris, emitter);
    if (activity != null) {
      emitter.add(graph, PROV.wasGeneratedBy, activity);
    }
  }

  /** The entity facts (type, variantOf, sameAs, parameterCount) of {@code x}'s entities. */
  public void mapEntityFacts(Extraction x, StreamRDF out) {
    QuadEmitter emitter = new QuadEmitter(out, iris.entityGraph());
    x.entities().forEach(e -> EntityTriples.facts(e, iris, emitter));
  }

  /** The entity graph of a set of extractions: facts, plus names chosen by {@link EntityNames}. */
  public void mapEntities(Collection<Extraction> extractions, StreamRDF out) {
    EntityNames names = new EntityNames();
    for (Extraction x : extractions) {
      mapEntityFacts(x, out);
      names.add(x);
    }
    names.emit(iris, new QuadEmitter(out, iris.entityGraph()));
  }

  /** Every paper graph and the entity graph of {@code extractions}, without build activity. */
  public void mapAll(Collection<Extraction> extractions, StreamRDF out) {
    extractions.forEach(x -> mapPaper(x, out));
    mapEntities(extractions, out);
  }
}
