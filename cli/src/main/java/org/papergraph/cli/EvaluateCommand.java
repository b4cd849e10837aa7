package org.papergraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.papergraph.extract.Dictionary;
import org.papergraph.extract.Extraction;
import org.papergraph.extract.Pipeline;
import org.papergraph.extract.eval.EvaluationReport;
import org.papergraph.extract.eval.GoldFile;
import org.papergraph.extract.eval.GoldPaper;
import org.papergraph.extract.eval.Scorer;
import org.papergraph.extract.eval.Split;
import org.papergraph.ingest.Paper;
import org.papergraph.ingest.PaperHandler;
import org.papergraph.ingest.PaperInputs;
import org.papergraph.ingest.Rejection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code papergraph evaluate}: the build's extraction, scored against gold annotations. */
@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    description = {
      "Score the build's extraction (no store) against gold annotations.",
      "Strict and lenient micro P/R/F1 per type with tp/fp/fn, results and code links.",
      "Papers match gold lines by normalized title."
    })
final class EvaluateCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin IngestOptionsMixin ingest;

  @Option(names = "--gold", required = true, paramLabel = "GOLD.jsonl",
      description = "Gold annotations, one JSON object per paper.")
  Path gold;

  @Parameters(paramLabel = "INPUT", arity = "1..*", description = "The papers' text, any format.")
  List<String> inputs;

  @Option(names = "--split", defaultValue = "all", paramLabel = "SPLIT",
      description = "Score only this part of the gold: tuned, heldout (every third line) or all"
          + " (default: ${DEFAULT-VALUE}).")
  String split;

  @Option(names = "--errors", description = "List every false positive and false negative.")
  boolean errors;

  @Option(names = "--json", description = "Print the report as JSON.")
  boolean json;

  @Option(names = "--components", defaultValue = "dictionary,patterns,model",
      paramLabel = "LIST",
      description = "Extraction components to run, any of dictionary, patterns, model,"
          + " comma-separated, for ablations (default: ${DEFAULT-VALUE}).")
  String components;

  @Option(names = "--model", paramLabel = "MODEL.bin",
      description = "Name finder model for the model component instead of the committed one"
          + " (for cross-validation: papergraph train --out, then evaluate with it).")
  java.nio.file.Path model;

  @Override
  public Integer call() throws Exception {
    Set<Pipeline.Component> parts;
    try {
      parts = Pipeline.Component.parseList(components);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--components: " + e.getMessage());
    }
    List<GoldPaper> selected = Split.parse(split).select(GoldFile.read(gold));
    Pipeline pipeline = Pipeline.load(Dictionary.loadDefault(), parts, List.of());
    if (model != null) {
      if (!java.nio.file.Files.isRegularFile(model)) {
        throw new ParameterException(spec.commandLine(), "--model: no such file: " + model);
      }
      pipeline = pipeline.withNameFinder(
          org.papergraph.extract.ner.StatisticalNameFinder.load(model));
    }
    List<Paper> papers = new ArrayList<>();
    PaperInputs.read(inputs, ingest.options(), new PaperHandler() {
      @Override
      public void paper(Paper paper) {
        papers.add(paper);
      }

      @Override
      public void rejected(Rejection r) {
        spec.commandLine().getErr().println("skipped " + r.describe());
      }
    });
    List<Extraction> predicted = papers.parallelStream().map(pipeline::extract).toList();
    EvaluationReport report = new Scorer().score(selected, predicted);
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(report.toJson());
    } else {
      out.println("split: " + split.toLowerCase(Locale.ROOT) + " (" + selected.size() + " gold"
          + " papers); components: " + components.toLowerCase(Locale.ROOT));
      out.println(report.toText());
    }
    if (errors) {
      out.println(report.errorsText());
    }
    return 0;
  }
}
