package org.papergraph.graph.map;

import java.util.Locale;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;

/** Decides whether a URL from the input can stand as an IRI node. */
public final class WebIris {

  private WebIris() {}

  /**
   * True for an absolute {@code http}/{@code https} IRI that every RDF syntax can write: no
   * spaces, quotes, angle brackets or other characters IRIs forbid.
   */
  public static boolean isWebIri(String url) {
    if (url == null) {
      return false;
    }
    String lower = url.toLowerCase(Locale.ROOT);
    if (!(lower.startsWith("http://") || lower.startsWith("https://"))) {
      return false;
    }
    for (int i = 0; i < url.length(); i++) {
      char c = url.charAt(i);
      if (c <= ' ' || "<>\"{}|\\^`".indexOf(c) >= 0) {
        return false;
      }
    }
    try {
      IRIx iri = IRIx.create(url);
      return iri.isAbsolute() && !iri.hasViolations();
    } catch (IRIException e) {
      return false;
    }
  }
}
