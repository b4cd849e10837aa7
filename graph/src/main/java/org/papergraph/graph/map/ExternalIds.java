package org.papergraph.graph.map;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.OWL;
import org.papergraph.graph.PG;
import org.papergraph.graph.vocab.Schema;

/**
 * Turns a dictionary's verified external identifier into a link. Accepted forms: {@code Q42},
 * {@code wikidata:Q42} or a Wikidata URL (-> {@code owl:sameAs <http://www.wikidata.org/entity/Q42>});
 * {@code hf:owner/name}, {@code huggingface:owner/name} or a Hugging Face URL, and any other http(s)
 * URL (-> {@code schema:sameAs <url>}). Nothing is ever invented: other forms are rejected.
 */
public final class ExternalIds {

  private static final Pattern WIKIDATA = Pattern.compile(
      "(?:wikidata:|https?://(?:www\\.)?wikidata\\.org/(?:wiki|entity)/)?(Q[1-9][0-9]*)");
  private static final Pattern HF = Pattern.compile(
      "(?:hf|huggingface):([A-Za-z0-9][A-Za-z0-9._-]*/[A-Za-z0-9][A-Za-z0-9._-]*)");

  /** A link: the predicate ({@code owl:sameAs} or {@code schema:sameAs}) and the target. */
  public record Link(Node predicate, Node target) {}

  private ExternalIds() {}

  public static Link link(String identifier) {
    String id = identifier.strip();
    Matcher wd = WIKIDATA.matcher(id);
    if (wd.matches()) {
      return new Link(OWL.sameAs.asNode(), NodeFactory.createURI(PG.WIKIDATA_ENTITY + wd.group(1)));
    }
    Matcher hf = HF.matcher(id);
    if (hf.matches()) {
      return new Link(Schema.sameAs.asNode(), NodeFactory.createURI(PG.HUGGING_FACE + hf.group(1)));
    }
    if (WebIris.isWebIri(id)) {
      return new Link(Schema.sameAs.asNode(), NodeFactory.createURI(id));
    }
    throw new IllegalArgumentException("external identifier '" + identifier + "' is not a Wikidata"
        + " id (Q42, wikidata:Q42), a Hugging Face id (hf:owner/name) or an http(s) URL");
  }
}
