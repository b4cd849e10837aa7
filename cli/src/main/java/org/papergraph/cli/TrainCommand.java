package org.papergraph.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.papergraph.extract.Dictionary;
import org.papergraph.extract.eval.GoldSpans;
import org.papergraph.extract.eval.GoldTraining;
import org.papergraph.extract.ner.TrainingConfig;
import org.papergraph.extract.ner.TrainingDataException;
import org.papergraph.extract.ner.TrainingReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code papergraph train}: the statistical name finder from TDMSci plus the TUNED part of the
 * development gold (held-out gold lines are never read), with the dictionary as lexicon feature.
 * With no options it reproduces the committed model; default paths are resolved against the
 * repository root ({@code papergraph.home}) when the launcher sets it.
 */
@Command(
    name = "train",
    mixinStandardHelpOptions = true,
    description = {
      "Train the statistical name finder (OpenNLP maxent) from the TDMSci CoNLL file plus the"
          + " TUNED part of the development gold turned into character spans (gold lines whose"
          + " number is not divisible by 3; held-out lines are never used), with the"
          + " dictionary's names as the lexicon feature.",
      "Writes the model and a Markdown training report. With no options it reproduces the"
          + " committed model."
    })
final class TrainCommand implements Callable<Integer> {

  static final String MODEL = "extract/src/main/resources/org/papergraph/extract/ner/tdmsci-ner.bin";
  static final String REPORT =
      "extract/src/main/resources/org/papergraph/extract/ner/training-report.md";

  @Spec CommandSpec spec;

  @Option(names = "--conll", paramLabel = "FILE",
      description = "TDMSci CoNLL training file (default: ../shared/data/train/tdmsci-train.conll).")
  Path conll;

  @Option(names = "--gold", paramLabel = "GOLD.jsonl",
      description = "Development gold; only its TUNED lines are used"
          + " (default: ../shared/data/daily-papers-gold.jsonl).")
  Path gold;

  @Option(names = "--no-gold", description = "Train on the CoNLL file alone.")
  boolean noGold;

  @Option(names = "--input", paramLabel = "INPUT",
      description = "The gold papers' text, any format (default: examples/daily-papers.txt).")
  List<String> inputs;

  @Option(names = "--out", paramLabel = "MODEL.bin",
      description = "Model file to write (default: the committed model, " + MODEL + ").")
  Path out;

  @Option(names = "--report", paramLabel = "REPORT.md",
      description = "Training report to write (default: " + REPORT + ").")
  Path report;

  @Option(names = "--spans-out", paramLabel = "FILE.jsonl",
      description = "Where to keep the gold spans used for training"
          + " (default: extract/target/gold-spans.jsonl).")
  Path spansOut;

  @Option(names = "--algorithm", paramLabel = "ALG", defaultValue = "maxent",
      description = "maxent or perceptron (default: ${DEFAULT-VALUE}).")
  String algorithm;

  @Option(names = "--iterations", paramLabel = "N", defaultValue = "150",
      description = "Training iterations (default: ${DEFAULT-VALUE}).")
  int iterations;

  @Option(names = "--cutoff", paramLabel = "N", defaultValue = "2",
      description = "Drop features seen fewer times (default: ${DEFAULT-VALUE}).")
  int cutoff;

  @Option(names = "--held-out-every", paramLabel = "N", defaultValue = "5",
      description = "Score every N-th training sentence with a model trained on the others, for"
          + " the report; 0 skips it (default: ${DEFAULT-VALUE}).")
  int heldOutEvery;

  @Override
  public Integer call() throws Exception {
    Path conllFile = orDefault(conll, "../shared/data/train/tdmsci-train.conll");
    Path goldFile = noGold ? null : orDefault(gold, "../shared/data/daily-papers-gold.jsonl");
    List<String> in = inputs == null || inputs.isEmpty()
        ? List.of(home("examples/daily-papers.txt").toString()) : inputs;
    Path model = orDefault(out, MODEL);
    Path reportFile = orDefault(report, REPORT);
    Path spans = orDefault(spansOut, "extract/target/gold-spans.jsonl");
    for (Path p : goldFile == null ? List.of(conllFile) : List.of(conllFile, goldFile)) {
      if (!Files.isRegularFile(p)) {
        throw new IllegalArgumentException("no such file: " + p);
      }
    }
    TrainingConfig config = TrainingConfig.defaults()
        .withAlgorithm(TrainingConfig.Algorithm.parse(algorithm)).withIterations(iterations)
        .withCutoff(cutoff).withHeldOutEvery(heldOutEvery);
    PrintWriter o = spec.commandLine().getOut();
    GoldTraining.Outcome outcome;
    try {
      outcome = GoldTraining.train(conllFile, goldFile, in, Dictionary.loadDefault(), config,
          model, spans);
    } catch (TrainingDataException e) {
      throw new IllegalArgumentException(e.getMessage());
    }
    TrainingReport r = outcome.report();
    String md = r.toMarkdown(command()) + goldNote(outcome.gold(), goldFile);
    Path parent = reportFile.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.writeString(reportFile, md, StandardCharsets.UTF_8);
    r.heldOutResult().ifPresent(h -> o.print(h.toTable()));
    o.printf(Locale.ROOT, "gold: %d tuned papers, %d spans, %d gold names not found in their"
        + " paper%n", outcome.gold().papers(), outcome.gold().spans(), outcome.gold().unfound());
    o.printf(Locale.ROOT, "wrote %s (%d bytes) and %s%n", model, r.modelBytes(), reportFile);
    return 0;
  }

  private static String goldNote(GoldSpans.Stats s, Path gold) {
    if (gold == null) {
      return "";
    }
    return String.format(Locale.ROOT, "%n## Development gold%n%nFrom `%s`, TUNED lines only (line"
        + " numbers not divisible by 3): %d papers, %d character spans (every occurrence of each"
        + " gold name and alias in the title and abstract), %d gold names not found verbatim,"
        + " %d gold lines without a paper in the input. Held-out lines are never read.%n",
        gold.getFileName(), s.papers(), s.spans(), s.unfound(), s.missingPapers());
  }

  private String command() {
    List<String> args = spec.commandLine().getParseResult().originalArgs();
    int at = args.indexOf(spec.name());
    args = at >= 0 ? args.subList(at + 1, args.size()) : args;
    return "./papergraph train" + (args.isEmpty() ? "" : " " + String.join(" ", args));
  }

  private static Path orDefault(Path given, String relative) {
    return given != null ? given : home(relative);
  }

  private static Path home(String relative) {
    String home = System.getProperty("papergraph.home");
    return home == null ? Path.of(relative) : Path.of(home).resolve(relative).normalize();
  }
}
