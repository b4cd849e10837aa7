package org.papergraph.graph.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.XSD;

/**
 * Streams triples as one JSON-LD 1.1 document: {@code {"@context": ..., "@graph": [...]}} with
 * one node object per run of triples with the same subject. Only the current subject's triples
 * are held in memory; a subject met again later gets another node object with the same {@code
 * @id}, which JSON-LD processors merge. Every literal is written with its exact lexical form.
 * Quads are written as triples (the union graph).
 */
public final class JsonLdStreamWriter implements StreamRDF {

  private final Writer out;
  private final String context;
  private final PrefixMapping prefixes;
  private Node subject;
  private final Map<Node, List<Node>> values = new LinkedHashMap<>();
  private boolean firstNode = true;

  /**
   * @param context the JSON value of {@code @context} (an object), written verbatim
   * @param prefixes the prefixes that {@code context} defines, used to compact IRIs
   */
  public JsonLdStreamWriter(Writer out, String context, PrefixMapping prefixes) {
    this.out = out;
    this.context = context;
    this.prefixes = prefixes;
  }

  @Override
  public void start() {
    write("{\n  \"@context\": " + context + ",\n  \"@graph\": [");
  }

  @Override
  public void triple(Triple t) {
    if (subject != null && !subject.equals(t.getSubject())) {
      flush();
    }
    subject = t.getSubject();
    values.computeIfAbsent(t.getPredicate(), p -> new ArrayList<>()).add(t.getObject());
  }

  @Override
  public void quad(Quad q) {
    triple(q.asTriple());
  }

  @Override
  public void base(String base) {}

  @Override
  public void prefix(String prefix, String iri) {}

  @Override
  public void finish() {
    flush();
    write("\n  ]\n}\n");
    try {
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void flush() {
    if (subject == null) {
      return;
    }
    StringBuilder sb = new StringBuilder(firstNode ? "\n    {" : ",\n    {");
    sb.append("\"@id\": ").append(quote(id(subject)));
    values.forEach((p, objects) -> {
      boolean types = p.equals(RDF.type.asNode()) && objects.stream().allMatch(Node::isURI);
      sb.append(", ").append(quote(types ? "@type" : compact(p.getURI()))).append(": [");
      for (int i = 0; i < objects.size(); i++) {
        sb.append(i == 0 ? "" : ", ");
        sb.append(types ? quote(compact(objects.get(i).getURI())) : value(objects.get(i)));
      }
      sb.append(']');
    });
    sb.append('}');
    write(sb.toString());
    firstNode = false;
    subject = null;
    values.clear();
  }

  private String value(Node o) {
    if (o.isURI() || o.isBlank()) {
      return "{\"@id\": " + quote(id(o)) + "}";
    }
    String lex = quote(o.getLiteralLexicalForm());
    if (!o.getLiteralLanguage().isEmpty()) {
      return "{\"@value\": " + lex + ", \"@language\": " + quote(o.getLiteralLanguage()) + "}";
    }
    if (o.getLiteralDatatypeURI() == null || o.getLiteralDatatypeURI().equals(XSD.xstring.getURI())) {
      return lex;
    }
    return "{\"@value\": " + lex + ", \"@type\": " + quote(compact(o.getLiteralDatatypeURI())) + "}";
  }

  private String id(Node n) {
    if (!n.isBlank()) {
      return n.getURI();
    }
    StringBuilder sb = new StringBuilder("_:b");
    for (char c : n.getBlankNodeLabel().toCharArray()) {
      if (Character.isLetterOrDigit(c) && c < 128) {
        sb.append(c);
      } else {
        sb.append('_').append(Integer.toHexString(c)).append('_');
      }
    }
    return sb.toString();
  }

  /** A compact IRI when the local part is simple, else the full IRI. */
  private String compact(String iri) {
    String qname = prefixes.qnameFor(iri);
    return qname != null && qname.matches("[A-Za-z][\\w-]*:[A-Za-z_][\\w.-]*") ? qname : iri;
  }

  static String quote(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (c < 0x20) {
            sb.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.append('"').toString();
  }

  private void write(String s) {
    try {
      out.write(s);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
