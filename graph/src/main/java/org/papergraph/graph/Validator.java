package org.papergraph.graph;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.path.Path;
import org.apache.jena.system.Txn;

/**
 * Checks a graph against the SHACL shapes of {@code shapes.ttl}: one title per paper; mentions
 * with exactly one paper, entity, anchor, ordered offsets and a confidence in [0,1]; results with
 * a paper and a decimal value; entities with one label and one of the eight types; every {@code
 * pg:mentions} backed by a mention. Shapes are parsed once; an instance is thread-safe.
 */
public final class Validator {

  /** Classpath location of the shapes. */
  public static final String SHAPES_RESOURCE = "/org/papergraph/graph/shapes.ttl";

  private final Shapes shapes;
  private final PrefixMapping prefixes = PG.prefixes();

  public Validator() {
    Graph g = GraphFactory.createDefaultGraph();
    try (InputStream in = Validator.class.getResourceAsStream(SHAPES_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("SHACL shapes resource missing: " + SHAPES_RESOURCE);
      }
      RDFParser.source(in).lang(Lang.TURTLE).parse(g);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + SHAPES_RESOURCE, e);
    }
    this.shapes = Shapes.parse(g);
  }

  /** Validates the union of all graphs of {@code dataset}, in one read transaction. */
  public ValidationReport validate(Dataset dataset) {
    return Txn.calculateRead(dataset, () -> validate(dataset.asDatasetGraph().getUnionGraph()));
  }

  public ValidationReport validate(Graph data) {
    org.apache.jena.shacl.ValidationReport report = ShaclValidator.get().validate(shapes, data);
    List<ValidationReport.Violation> violations = report.getEntries().stream()
        .map(this::violation)
        .sorted(Comparator.comparing(ValidationReport.Violation::focusNode)
            .thenComparing(ValidationReport.Violation::path)
            .thenComparing(ValidationReport.Violation::message))
        .toList();
    return new ValidationReport(report.conforms(), violations);
  }

  private ValidationReport.Violation violation(ReportEntry e) {
    Path path = e.resultPath();
    String message = e.message() == null ? e.constraint().toString() : e.message();
    return new ValidationReport.Violation(show(e.focusNode()),
        path == null ? "" : path.toString(new org.apache.jena.sparql.core.Prologue(prefixes)), message,
        e.value() == null ? "" : show(e.value()), e.severity().level().getLocalName());
  }

  private String show(Node n) {
    if (n.isURI()) {
      String qname = prefixes.qnameFor(n.getURI());
      return qname != null ? qname : "<" + n.getURI() + ">";
    }
    return org.apache.jena.riot.out.NodeFmtLib.str(n,
        org.apache.jena.riot.system.PrefixMapFactory.create(prefixes));
  }
}
