package org.papergraph.graph.map;

import java.util.HashSet;
import java.util.Set;
import org.papergraph.extract.Entity;
import org.papergraph.extract.Extraction;
import org.papergraph.extract.Mention;
import org.papergraph.extract.ResultFact;
import org.papergraph.extract.SizeFact;
import org.papergraph.extract.Span;
import org.papergraph.ingest.Paper;

/**
 * Checks what the graph promises before anything is emitted: every reference names an entity of
 * the extraction, every anchor equals the paper text at its span, every span lies inside its text.
 * Violations throw {@link IllegalArgumentException} naming the paper, the thing and the rule.
 */
public final class ExtractionCheck {

  private ExtractionCheck() {}

  public static void check(Extraction x) {
    Paper paper = x.paper();
    Set<String> keys = new HashSet<>();
    for (Entity e : x.entities()) {
      if (!keys.add(e.key())) {
        throw fail(paper, "entity key '" + e.key() + "' appears twice; keys must be unique");
      }
      if (!e.key().startsWith(e.type().slug() + "/") || e.key().length() <= e.type().slug().length() + 1) {
        throw fail(paper, "entity key '" + e.key() + "' must be '" + e.type().slug() + "/<slug>'");
      }
    }
    for (Mention m : x.mentions()) {
      requireKey(paper, keys, m.entityKey(), "mention '" + m.anchor() + "'");
      String text = text(paper, m.span(), "mention '" + m.anchor() + "'");
      if (!text.equals(m.anchor())) {
        throw fail(paper, "mention anchor '" + m.anchor() + "' at " + where(m.span())
            + " does not equal the paper text there ('" + text + "')");
      }
    }
    for (ResultFact r : x.results()) {
      String what = "result '" + r.valueText() + "'";
      requireOptionalKey(paper, keys, r.subjectKey(), what);
      requireOptionalKey(paper, keys, r.benchmarkKey(), what);
      requireOptionalKey(paper, keys, r.metricKey(), what);
      text(paper, r.evidence(), what);
      if (!(r.confidence() >= 0.0 && r.confidence() <= 1.0)) {
        throw fail(paper, what + " has confidence " + r.confidence() + "; it must be in [0,1]");
      }
    }
    for (SizeFact s : x.sizes()) {
      requireKey(paper, keys, s.entityKey(), "size fact");
      text(paper, s.evidence(), "size fact for '" + s.entityKey() + "'");
    }
    for (String key : x.proposes()) {
      requireKey(paper, keys, key, "proposes");
    }
    for (Entity e : x.entities()) {
      if (e.variantOf() != null && e.variantOf().equals(e.key())) {
        throw fail(paper, "entity '" + e.key() + "' cannot be a variant of itself");
      }
    }
  }

  private static String text(Paper paper, Span span, String what) {
    String text = span.inTitle() ? paper.title() : paper.abstractText();
    if (span.end() > text.length()) {
      throw fail(paper, what + " span " + where(span) + " runs past the end of the "
          + (span.inTitle() ? "title" : "abstract") + " (length " + text.length() + ")");
    }
    return text.substring(span.start(), span.end());
  }

  private static void requireOptionalKey(Paper paper, Set<String> keys, String key, String what) {
    if (key != null) {
      requireKey(paper, keys, key, what);
    }
  }

  private static void requireKey(Paper paper, Set<String> keys, String key, String what) {
    if (!keys.contains(key)) {
      throw fail(paper, what + " refers to entity '" + key
          + "', which is not among the paper's entities");
    }
  }

  private static String where(Span span) {
    return (span.inTitle() ? "title" : "abstract") + "[" + span.start() + "," + span.end() + ")";
  }

  private static IllegalArgumentException fail(Paper paper, String message) {
    String origin = paper.origin() == null ? "" : " (" + paper.origin() + ")";
    return new IllegalArgumentException("paper " + paper.id() + origin + ": " + message);
  }
}
