package org.papergraph.graph;

import java.util.Arrays;
import java.util.Locale;
import org.apache.jena.riot.Lang;

/** The syntaxes {@link Exporter} writes. Triple formats carry the union graph; quad formats keep
 * the named graphs. */
public enum ExportFormat {
  TURTLE("turtle", "ttl", Lang.TURTLE, false),
  NTRIPLES("ntriples", "nt", Lang.NTRIPLES, false),
  NQUADS("nquads", "nq", Lang.NQUADS, true),
  TRIG("trig", "trig", Lang.TRIG, true),
  JSONLD("jsonld", "jsonld", Lang.JSONLD, false),
  RDFXML("rdfxml", "rdf", Lang.RDFXML, false);

  private final String cliName;
  private final String extension;
  private final Lang lang;
  private final boolean quads;

  ExportFormat(String cliName, String extension, Lang lang, boolean quads) {
    this.cliName = cliName;
    this.extension = extension;
    this.lang = lang;
    this.quads = quads;
  }

  public String cliName() {
    return cliName;
  }

  /** File extension without the dot, e.g. {@code ttl}. */
  public String extension() {
    return extension;
  }

  public Lang lang() {
    return lang;
  }

  public String mediaType() {
    return lang.getContentType().getContentTypeStr();
  }

  /** True when the format keeps named graphs (N-Quads, TriG). */
  public boolean quads() {
    return quads;
  }

  public static ExportFormat fromCliName(String name) {
    return Arrays.stream(values())
        .filter(f -> f.cliName.equals(name.strip().toLowerCase(Locale.ROOT)))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown export format '" + name
            + "'; expected one of " + Arrays.stream(values()).map(ExportFormat::cliName).toList()));
  }
}
