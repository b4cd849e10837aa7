package org.papergraph.extract.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.papergraph.extract.Extraction;
import org.papergraph.extract.Pipeline;
import org.papergraph.ingest.Paper;

/**
 * Command-line evaluation before the CLI exists:
 * {@code java -cp ... org.papergraph.extract.eval.EvaluateMain GOLD INPUT [--split
 * tuned|heldout|all] [--errors] [--json] [--components dictionary,patterns,model]}. INPUT is read by ingest (any format it detects).
 */
public final class EvaluateMain {

  private EvaluateMain() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println("usage: EvaluateMain GOLD.jsonl INPUT [--split tuned|heldout|all]"
          + " [--errors] [--json] [--components dictionary,patterns,model]");
      System.exit(2);
    }
    Path gold = Path.of(args[0]);
    Path input = Path.of(args[1]);
    Split split = Split.ALL;
    boolean errors = false;
    boolean json = false;
    java.util.Set<Pipeline.Component> components =
        java.util.EnumSet.allOf(Pipeline.Component.class);
    for (int i = 2; i < args.length; i++) {
      switch (args[i]) {
        case "--split" -> split = Split.parse(args[++i]);
        case "--errors" -> errors = true;
        case "--json" -> json = true;
        case "--components" -> components = Pipeline.Component.parseList(args[++i]);
        default -> {
          System.err.println("unknown option " + args[i]);
          System.exit(2);
        }
      }
    }
    for (Path p : List.of(gold, input)) {
      if (!Files.isRegularFile(p)) {
        System.err.println(p + ": no such file");
        System.exit(1);
      }
    }
    List<GoldPaper> selected;
    try {
      selected = split.select(GoldFile.read(gold));
    } catch (GoldFile.GoldFormatException e) {
      System.err.println(e.getMessage());
      System.exit(1);
      return;
    }
    Pipeline pipeline = Pipeline.load(org.papergraph.extract.Dictionary.loadDefault(), components,
        List.of());
    List<Extraction> out = new ArrayList<>();
    for (Paper p : Inputs.read(List.of(input.toString()))) {
      out.add(pipeline.extract(p));
    }
    EvaluationReport report = new Scorer().score(selected, out);
    System.out.println("split: " + split.name().toLowerCase(java.util.Locale.ROOT));
    System.out.println(json ? report.toJson() : report.toText());
    if (errors) {
      System.out.println(report.errorsText());
    }
  }
}
