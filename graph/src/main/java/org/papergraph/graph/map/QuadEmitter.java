package org.papergraph.graph.map;

import java.math.BigDecimal;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;

/** Emits quads of one named graph into a {@link StreamRDF}, with typed-literal helpers. */
public final class QuadEmitter {

  private final StreamRDF out;
  private final Node graph;

  public QuadEmitter(StreamRDF out, Node graph) {
    this.out = out;
    this.graph = graph;
  }

  public Node graph() {
    return graph;
  }

  public void add(Node s, Resource p, Node o) {
    add(s, p.asNode(), o);
  }

  public void add(Node s, Node p, Node o) {
    out.quad(Quad.create(graph, s, p, o));
  }

  public void add(Node s, Resource p, Resource o) {
    add(s, p, o.asNode());
  }

  public void add(Node s, Resource p, String text) {
    add(s, p, NodeFactory.createLiteralString(text));
  }

  public static Node integer(long n) {
    return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
  }

  /**
   * An xsd:decimal in the lexical form TDB2 returns for it (no trailing zeros, at least one
   * fraction digit: {@code 89.70 -> 89.7}, {@code 2 -> 2.0}), so that the mapping and the store
   * agree term for term.
   */
  public static Node decimal(BigDecimal d) {
    String plain = d.stripTrailingZeros().toPlainString();
    return NodeFactory.createLiteralDT(plain.contains(".") ? plain : plain + ".0",
        XSDDatatype.XSDdecimal);
  }

  /** An xsd:double in the lexical form TDB2 returns for it ({@code 0.9 -> 0.9e0}). */
  public static Node doubleValue(double d) {
    String s = Double.toString(d);
    return NodeFactory.createLiteralDT(s.contains("E") ? s : s + "e0", XSDDatatype.XSDdouble);
  }

  public static Node bool(boolean b) {
    return NodeFactory.createLiteralDT(Boolean.toString(b), XSDDatatype.XSDboolean);
  }
}
