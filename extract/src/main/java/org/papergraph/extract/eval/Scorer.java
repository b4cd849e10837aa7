package org.papergraph.extract.eval;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.papergraph.extract.Entity;
import org.papergraph.extract.Extraction;
import org.papergraph.extract.ResultFact;
import org.papergraph.extract.match.Names;

/**
 * Scores extractions against gold exactly as the annotation guide's Scoring section says: per
 * paper, predicted (type, normalized name) pairs against gold entities (a predicted entity's names
 * are its label and alternative labels; a gold entity's its name and aliases), micro-averaged per
 * type and overall, strict and lenient (Dataset and Benchmark one type); optional gold entities
 * and predictions matching them are left out; results match on (normalized benchmark, value); code
 * links on the exact URL. Papers match gold lines by normalized title.
 */
public final class Scorer {

  public static final String LENIENT_BENCHMARK = "Benchmark/Dataset";

  /** Scores {@code gold} (one split) against extractions of any superset of its papers. */
  public EvaluationReport score(List<GoldPaper> gold, List<Extraction> predicted) {
    Map<String, Extraction> byTitle = new HashMap<>();
    for (Extraction e : predicted) {
      byTitle.putIfAbsent(normalizeTitle(e.paper().title()), e);
    }
    Tally strict = new Tally();
    Tally lenient = new Tally();
    Score results = new Score(0, 0, 0);
    Score code = new Score(0, 0, 0);
    List<PaperErrors> errors = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    for (GoldPaper g : gold) {
      Extraction x = byTitle.get(normalizeTitle(g.title()));
      if (x == null) {
        warnings.add("gold line " + g.line() + " (" + g.title() + ") has no paper in the input;"
            + " its annotations count as false negatives");
      }
      List<String> fps = new ArrayList<>();
      List<String> fns = new ArrayList<>();
      entities(g, x, false, strict, fps, fns);
      entities(g, x, true, lenient, new ArrayList<>(), new ArrayList<>());
      results = results.plus(results(g, x, fps, fns));
      code = code.plus(code(g, x, fps, fns));
      errors.add(new PaperErrors(g.line(), g.title(), fps, fns));
    }
    return new EvaluationReport(gold.size(), strict.scores, lenient.scores, results, code,
        errors, warnings);
  }

  /** Titles compared case-folded, NFKC, with everything but letters and digits removed. */
  public static String normalizeTitle(String title) {
    return Names.normalize(title).replaceAll("[^\\p{L}\\p{N}]", "");
  }

  private static final class Tally {
    final Map<String, Score> scores = new TreeMap<>();

    void add(String type, int tp, int fp, int fn) {
      scores.merge(type, new Score(tp, fp, fn), Score::plus);
    }
  }

  private static String type(String label, boolean lenient) {
    return lenient && (label.equals("Benchmark") || label.equals("Dataset")) ? LENIENT_BENCHMARK
        : label;
  }

  private static void entities(GoldPaper g, Extraction x, boolean lenient, Tally tally,
      List<String> fps, List<String> fns) {
    List<Set<String>> goldNames = new ArrayList<>();
    for (GoldPaper.GoldEntity e : g.entities()) {
      Set<String> names = new LinkedHashSet<>();
      names.add(Names.normalize(e.name()));
      e.aliases().forEach(a -> names.add(Names.normalize(a)));
      goldNames.add(names);
      tally.add(type(e.type(), lenient), 0, 0, 0);
    }
    List<Entity> preds = x == null ? List.of() : x.entities();
    boolean[] found = new boolean[g.entities().size()];
    for (Entity p : preds) {
      String pt = type(p.type().label(), lenient);
      Set<String> names = new LinkedHashSet<>();
      names.add(Names.normalize(p.label()));
      p.altLabels().forEach(a -> names.add(Names.normalize(a)));
      boolean optional = false;
      boolean matched = false;
      for (int i = 0; i < found.length; i++) {
        GoldPaper.GoldEntity ge = g.entities().get(i);
        if (type(ge.type(), lenient).equals(pt) && intersects(names, goldNames.get(i))) {
          if (ge.optional()) {
            optional = true;
          } else {
            matched = true;
            found[i] = true;
          }
        }
      }
      if (!matched && !optional) {
        tally.add(pt, 0, 1, 0);
        fps.add("FP " + p.type().label() + " \"" + p.label() + "\"");
      }
    }
    for (int i = 0; i < found.length; i++) {
      GoldPaper.GoldEntity ge = g.entities().get(i);
      if (ge.optional()) {
        continue;
      }
      if (found[i]) {
        tally.add(type(ge.type(), lenient), 1, 0, 0);
      } else {
        tally.add(type(ge.type(), lenient), 0, 0, 1);
        fns.add("FN " + ge.type() + " \"" + ge.name() + "\"");
      }
    }
  }

  private static boolean intersects(Set<String> a, Set<String> b) {
    for (String s : a) {
      if (b.contains(s)) {
        return true;
      }
    }
    return false;
  }

  private static Score results(GoldPaper g, Extraction x, List<String> fps, List<String> fns) {
    Map<String, Set<String>> names = new HashMap<>();
    if (x != null) {
      for (Entity e : x.entities()) {
        Set<String> n = new LinkedHashSet<>();
        n.add(Names.normalize(e.label()));
        e.altLabels().forEach(a -> n.add(Names.normalize(a)));
        names.put(e.key(), n);
      }
    }
    List<ResultFact> preds = x == null ? List.of() : x.results();
    boolean[] found = new boolean[g.results().size()];
    int fp = 0;
    Set<String> seen = new LinkedHashSet<>();
    for (ResultFact r : preds) {
      Set<String> bench = r.benchmarkKey() == null ? Set.of("")
          : names.getOrDefault(r.benchmarkKey(), Set.of());
      if (!seen.add(r.benchmarkKey() + "|" + r.value().stripTrailingZeros().toPlainString())) {
        continue;
      }
      boolean matched = false;
      for (int i = 0; i < found.length; i++) {
        GoldPaper.GoldResult gr = g.results().get(i);
        String gb = gr.benchmark() == null ? "" : Names.normalize(gr.benchmark());
        if (sameValue(r, gr.value()) && bench.contains(gb)) {
          matched = true;
          found[i] = true;
        }
      }
      if (!matched) {
        fp++;
        fps.add("FP result (" + (r.benchmarkKey() == null ? "-" : r.benchmarkKey()) + ", "
            + r.valueText() + ")");
      }
    }
    int tp = 0;
    for (int i = 0; i < found.length; i++) {
      if (found[i]) {
        tp++;
      } else {
        GoldPaper.GoldResult gr = g.results().get(i);
        fns.add("FN result (" + (gr.benchmark() == null ? "-" : gr.benchmark()) + ", "
            + gr.value() + ")");
      }
    }
    return new Score(tp, fp, found.length - tp);
  }

  /**
   * A gold number matches the predicted value; a gold range ("45–63", "30--50") matches a
   * prediction written as the same range, dashes and spaces aside.
   */
  static boolean sameValue(ResultFact predicted, String gold) {
    try {
      return predicted.value().compareTo(new BigDecimal(gold.strip().replace("+", ""))) == 0;
    } catch (NumberFormatException e) {
      String written = predicted.valueText().replace("+", "").replaceAll("[^\\d]+$", "");
      return range(written).equals(range(gold));
    }
  }

  private static String range(String value) {
    return value.replaceAll("\\s+", "").replaceAll("--|[\u2013\u2014~\u223c]", "-");
  }

  private static Score code(GoldPaper g, Extraction x, List<String> fps, List<String> fns) {
    Set<String> pred = new LinkedHashSet<>(x == null ? List.of() : x.codeLinks());
    Set<String> gold = new LinkedHashSet<>(g.code());
    int tp = 0;
    for (String p : pred) {
      if (gold.contains(p)) {
        tp++;
      } else {
        fps.add("FP code " + p);
      }
    }
    for (String c : gold) {
      if (!pred.contains(c)) {
        fns.add("FN code " + c);
      }
    }
    return new Score(tp, pred.size() - tp, gold.size() - tp);
  }
}
