package org.papergraph.graph;

import java.nio.charset.StandardCharsets;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.papergraph.extract.Span;
import org.papergraph.graph.map.Slugs;

/**
 * Deterministic instance IRIs under one base: the same input always gives the same IRIs, and the
 * same entity key gives one node across papers.
 *
 * <pre>
 * paper      &lt;base&gt;paper/&lt;id&gt;              graph     &lt;base&gt;graph/paper/&lt;id&gt;
 * entity     &lt;base&gt;entity/&lt;type&gt;/&lt;slug&gt;     graph     &lt;base&gt;graph/entities
 * mention    &lt;base&gt;mention/&lt;id&gt;/&lt;t|a&gt;-&lt;start&gt;-&lt;end&gt;
 * sentence   &lt;base&gt;sentence/&lt;id&gt;/&lt;t|a&gt;-&lt;start&gt;-&lt;end&gt;
 * naming     &lt;base&gt;naming/&lt;id&gt;/&lt;entity key&gt;
 * result     &lt;base&gt;result/&lt;id&gt;/&lt;n&gt;        size      &lt;base&gt;size/&lt;id&gt;/&lt;n&gt;   (1-based)
 * authorship &lt;base&gt;authorship/&lt;id&gt;/&lt;n&gt;    person    &lt;base&gt;person/&lt;slug of name&gt;
 * activity   &lt;base&gt;activity/&lt;id&gt;           graph     &lt;base&gt;graph/activity/&lt;id&gt;
 * co-mention &lt;base&gt;summary/co/&lt;hash of both entity IRIs&gt;   graph  &lt;base&gt;graph/summary
 * </pre>
 *
 * Path segments keep {@code [A-Za-z0-9._~-]} and percent-encode everything else (UTF-8).
 *
 * @param base absolute IRI ending in {@code /} or {@code #}
 */
public record IriScheme(String base) {

  public IriScheme {
    if (base == null || !(base.endsWith("/") || base.endsWith("#"))) {
      throw new IllegalArgumentException("base IRI must end with '/' or '#', got '" + base + "'");
    }
    try {
      if (!IRIx.create(base).isAbsolute()) {
        throw new IllegalArgumentException("base IRI must be absolute, got '" + base + "'");
      }
    } catch (IRIException e) {
      throw new IllegalArgumentException("base IRI '" + base + "' is not an IRI: " + e.getMessage());
    }
  }

  /** The scheme under {@link PG#DEFAULT_BASE}. */
  public static IriScheme defaults() {
    return new IriScheme(PG.DEFAULT_BASE);
  }

  public Node paper(String paperId) {
    return iri("paper/" + segment(paperId));
  }

  public Node paperGraph(String paperId) {
    return iri("graph/paper/" + segment(paperId));
  }

  /** The paper id of a paper graph IRI, or null if {@code graph} is not one. */
  public String paperIdOfGraph(Node graph) {
    String prefix = base + "graph/paper/";
    if (!graph.isURI() || !graph.getURI().startsWith(prefix)) {
      return null;
    }
    return java.net.URLDecoder.decode(graph.getURI().substring(prefix.length()),
        StandardCharsets.UTF_8);
  }

  /** Is {@code graph} the named graph of some paper? */
  public boolean isPaperGraph(Node graph) {
    return paperIdOfGraph(graph) != null;
  }

  public Node entityGraph() {
    return iri("graph/entities");
  }

  /** The summary graph: counts derived from the paper graphs, see {@code SummaryGraph}. */
  public Node summaryGraph() {
    return iri("graph/summary");
  }

  /** The co-mention node of two entities, the same whichever order they are given in. */
  public Node coMention(Node a, Node b) {
    String x = a.getURI();
    String y = b.getURI();
    String key = x.compareTo(y) <= 0 ? x + " " + y : y + " " + x;
    try {
      byte[] d = java.security.MessageDigest.getInstance("SHA-256")
          .digest(key.getBytes(StandardCharsets.UTF_8));
      return iri("summary/co/" + java.util.HexFormat.of().formatHex(d, 0, 12));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The entity of {@code key}, {@code <type slug>/<name slug>}. */
  public Node entity(String key) {
    return iri("entity/" + keySegments(key));
  }

  public Node mention(String paperId, Span span) {
    return iri("mention/" + segment(paperId) + "/" + spanSegment(span));
  }

  public Node sentence(String paperId, Span span) {
    return iri("sentence/" + segment(paperId) + "/" + spanSegment(span));
  }

  public Node naming(String paperId, String entityKey) {
    return iri("naming/" + segment(paperId) + "/" + keySegments(entityKey));
  }

  public Node result(String paperId, int n) {
    return iri("result/" + segment(paperId) + "/" + n);
  }

  public Node size(String paperId, int n) {
    return iri("size/" + segment(paperId) + "/" + n);
  }

  public Node authorship(String paperId, int position) {
    return iri("authorship/" + segment(paperId) + "/" + position);
  }

  public Node person(String name) {
    return iri("person/" + Slugs.slug(name));
  }

  public Node activity(String activityId) {
    return iri("activity/" + segment(activityId));
  }

  public Node activityGraph(String activityId) {
    return iri("graph/activity/" + segment(activityId));
  }

  /** Is {@code graph} the named graph of a build activity? */
  public boolean isActivityGraph(Node graph) {
    return graph.isURI() && graph.getURI().startsWith(base + "graph/activity/");
  }

  public Node inputFile(String sha256) {
    return iri("input/" + segment(sha256));
  }

  public Node agent(String softwareVersion) {
    return iri("agent/papergraph-" + segment(softwareVersion));
  }

  /** The dataset as a whole, subject of the VoID/DCAT description. */
  public Node dataset() {
    return iri("dataset");
  }

  /** A sub-resource of the dataset description, such as a class partition or distribution. */
  public Node datasetPart(String kind, String name) {
    return iri("dataset/" + segment(kind) + "/" + segment(name));
  }

  /** The named graph that quad exports put the dataset description in. */
  public Node descriptionGraph() {
    return iri("graph/description");
  }

  private Node iri(String path) {
    return NodeFactory.createURI(base + path);
  }

  private static String spanSegment(Span span) {
    return (span.inTitle() ? "t" : "a") + "-" + span.start() + "-" + span.end();
  }

  private static String keySegments(String key) {
    StringBuilder sb = new StringBuilder();
    for (String part : key.split("/", -1)) {
      if (sb.length() > 0) {
        sb.append('/');
      }
      sb.append(segment(part));
    }
    return sb.toString();
  }

  /** Percent-encodes everything but unreserved characters. */
  static String segment(String raw) {
    if (raw == null || raw.isEmpty()) {
      throw new IllegalArgumentException("an IRI path segment must not be empty");
    }
    StringBuilder sb = new StringBuilder();
    for (byte b : raw.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || c == '-' || c == '.' || c == '_' || c == '~') {
        sb.append(c);
      } else {
        sb.append('%').append(String.format(java.util.Locale.ROOT, "%02X", b & 0xff));
      }
    }
    return sb.toString();
  }
}
