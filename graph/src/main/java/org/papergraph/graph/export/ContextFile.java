package org.papergraph.graph.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;

/** The JSON-LD context shipped as {@code context.jsonld} next to the ontology. */
public final class ContextFile {

  public static final String RESOURCE = "/org/papergraph/graph/context.jsonld";

  private ContextFile() {}

  /** The value of the file's {@code @context} member, as JSON text. */
  public static String contextObject() {
    try (InputStream in = ContextFile.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("JSON-LD context resource missing: " + RESOURCE);
      }
      JsonObject doc = JSON.parse(in);
      return doc.get("@context").toString();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }
}
