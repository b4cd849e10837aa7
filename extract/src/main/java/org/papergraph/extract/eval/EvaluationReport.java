package org.papergraph.extract.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The outcome of one evaluation: raw counts and micro P/R/F1 per type and overall, strict and
 * lenient, for results and code links, with every error per paper.
 *
 * @param papers number of gold papers scored
 * @param strict counts per entity type label (types must match)
 * @param lenient counts per type with Dataset and Benchmark as one ({@link
 *     Scorer#LENIENT_BENCHMARK})
 */
public record EvaluationReport(int papers, Map<String, Score> strict, Map<String, Score> lenient,
    Score results, Score code, List<PaperErrors> errors, List<String> warnings) {

  public EvaluationReport {
    strict = Map.copyOf(strict);
    lenient = Map.copyOf(lenient);
    errors = List.copyOf(errors);
    warnings = List.copyOf(warnings);
  }

  public Score strictOverall() {
    return strict.values().stream().reduce(new Score(0, 0, 0), Score::plus);
  }

  public Score lenientOverall() {
    return lenient.values().stream().reduce(new Score(0, 0, 0), Score::plus);
  }

  /** A fixed-width table in {@link Locale#ROOT}; undefined ratios print as {@code n/a}. */
  public String toText() {
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "papers: %d%n", papers));
    b.append(String.format(Locale.ROOT, "%-8s %-18s %5s %5s %5s %9s %9s %9s%n", "mode", "type",
        "tp", "fp", "fn", "precision", "recall", "f1"));
    table(b, "strict", strict, strictOverall());
    table(b, "lenient", lenient, lenientOverall());
    row(b, "facts", "results", results);
    row(b, "facts", "code links", code);
    warnings.forEach(w -> b.append("warning: ").append(w).append(System.lineSeparator()));
    return b.toString();
  }

  private static void table(StringBuilder b, String mode, Map<String, Score> scores,
      Score overall) {
    new java.util.TreeMap<>(scores).forEach((t, s) -> row(b, mode, t, s));
    row(b, mode, "overall (micro)", overall);
  }

  private static void row(StringBuilder b, String mode, String type, Score s) {
    b.append(String.format(Locale.ROOT, "%-8s %-18s %5d %5d %5d %9s %9s %9s%n", mode, type,
        s.tp(), s.fp(), s.fn(), ratio(s.precision()), ratio(s.recall()), ratio(s.f1())));
  }

  private static String ratio(Double d) {
    return d == null ? "n/a" : String.format(Locale.ROOT, "%.3f", d);
  }

  /** Every false positive and false negative, grouped by paper. */
  public String errorsText() {
    StringBuilder b = new StringBuilder();
    for (PaperErrors e : errors) {
      if (e.falsePositives().isEmpty() && e.falseNegatives().isEmpty()) {
        continue;
      }
      b.append("# gold line ").append(e.goldLine()).append(": ").append(e.title())
          .append(System.lineSeparator());
      e.falsePositives().forEach(x -> b.append("  ").append(x).append(System.lineSeparator()));
      e.falseNegatives().forEach(x -> b.append("  ").append(x).append(System.lineSeparator()));
    }
    return b.toString();
  }

  /** The report as JSON; undefined ratios are {@code null}. */
  public String toJson() {
    ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = json.createObjectNode();
    root.put("papers", papers);
    root.set("strict", scores(json, strict, strictOverall()));
    root.set("lenient", scores(json, lenient, lenientOverall()));
    root.set("results", score(json, results));
    root.set("code", score(json, code));
    ArrayNode errs = root.putArray("errors");
    for (PaperErrors e : errors) {
      ObjectNode o = errs.addObject();
      o.put("goldLine", e.goldLine());
      o.put("title", e.title());
      e.falsePositives().forEach(o.putArray("falsePositives")::add);
      e.falseNegatives().forEach(o.putArray("falseNegatives")::add);
    }
    warnings.forEach(root.putArray("warnings")::add);
    try {
      return json.writeValueAsString(root);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static ObjectNode scores(ObjectMapper json, Map<String, Score> m, Score overall) {
    ObjectNode o = json.createObjectNode();
    new java.util.TreeMap<>(m).forEach((t, s) -> o.set(t, score(json, s)));
    o.set("overall", score(json, overall));
    return o;
  }

  private static ObjectNode score(ObjectMapper json, Score s) {
    ObjectNode o = json.createObjectNode();
    o.put("tp", s.tp());
    o.put("fp", s.fp());
    o.put("fn", s.fn());
    o.put("precision", s.precision());
    o.put("recall", s.recall());
    o.put("f1", s.f1());
    return o;
  }
}
