package org.papergraph.graph.map;

import java.util.HashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;
import org.papergraph.extract.Extraction;
import org.papergraph.extract.ResultFact;
import org.papergraph.extract.SizeFact;
import org.papergraph.extract.Span;
import org.papergraph.graph.IriScheme;
import org.papergraph.graph.PG;
import org.papergraph.graph.vocab.MLS;
import org.papergraph.graph.vocab.PROV;
import org.papergraph.ingest.Paper;

/**
 * Results and size statements, each derived from a {@code pg:Sentence} node that carries the
 * sentence text and offsets. Results are numbered 1.. in extraction order, sizes likewise.
 */
public final class FactTriples {

  private FactTriples() {}

  public static void emit(Extraction x, IriScheme iris, QuadEmitter out) {
    Paper paper = x.paper();
    Node p = iris.paper(paper.id());
    Set<Span> sentences = new HashSet<>();
    List<ResultFact> results = x.results();
    for (int i = 0; i < results.size(); i++) {
      ResultFact r = results.get(i);
      Node node = iris.result(paper.id(), i + 1);
      out.add(p, PG.hasResult, node);
      out.add(node, RDF.type, PG.Result);
      out.add(node, RDF.type, MLS.ModelEvaluation);
      out.add(node, PG.reportedIn, p);
      if (r.subjectKey() != null) {
        out.add(node, PG.subject, iris.entity(r.subjectKey()));
      }
      if (r.benchmarkKey() != null) {
        out.add(node, PG.benchmark, iris.entity(r.benchmarkKey()));
      }
      if (r.metricKey() != null) {
        out.add(node, MLS.specifiedBy, iris.entity(r.metricKey()));
      }
      out.add(node, MLS.hasValue, QuadEmitter.decimal(r.value()));
      out.add(node, PG.valueText, r.valueText());
      if (r.unit() != null && !r.unit().isBlank()) {
        out.add(node, PG.unit, r.unit());
      }
      out.add(node, PG.relative, QuadEmitter.bool(r.relative()));
      out.add(node, PG.confidence, QuadEmitter.doubleValue(r.confidence()));
      out.add(node, PROV.wasDerivedFrom, sentence(paper, r.evidence(), iris, sentences, out));
    }
    List<SizeFact> sizes = x.sizes();
    for (int i = 0; i < sizes.size(); i++) {
      size(paper, sizes.get(i), iris.size(paper.id(), i + 1), iris, sentences, out);
    }
  }

  private static void size(Paper paper, SizeFact s, Node node, IriScheme iris, Set<Span> sentences,
      QuadEmitter out) {
    out.add(node, RDF.type, PG.SizeStatement);
    out.add(node, PG.reportedIn, iris.paper(paper.id()));
    out.add(node, PG.subject, iris.entity(s.entityKey()));
    if (s.parameters() != null) {
      out.add(node, PG.parametersText, s.parameters());
      OptionalLong n = SizeParser.parse(s.parameters());
      n.ifPresent(v -> out.add(node, PG.parameterCount, QuadEmitter.integer(v)));
    }
    if (s.tokens() != null) {
      out.add(node, PG.tokensText, s.tokens());
      OptionalLong n = SizeParser.parse(s.tokens());
      n.ifPresent(v -> out.add(node, PG.tokenCount, QuadEmitter.integer(v)));
    }
    out.add(node, PROV.wasDerivedFrom, sentence(paper, s.evidence(), iris, sentences, out));
  }

  private static Node sentence(Paper paper, Span span, IriScheme iris, Set<Span> done,
      QuadEmitter out) {
    Node node = iris.sentence(paper.id(), span);
    if (done.add(span)) {
      out.add(node, RDF.type, PG.Sentence);
      out.add(node, PG.inPaper, iris.paper(paper.id()));
      out.add(node, PG.start, QuadEmitter.integer(span.start()));
      out.add(node, PG.end, QuadEmitter.integer(span.end()));
      if (span.inTitle()) {
        out.add(node, PG.inTitle, QuadEmitter.bool(true));
      }
      out.add(node, PG.text, span.of(paper.title(), paper.abstractText()));
    }
    return node;
  }
}
