package org.papergraph.extract.ner;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Parsed {@link TrainMain} arguments; {@link #parse} rejects bad usage with a clear message. */
record TrainArguments(Path train, List<Path> goldSpans, Path out, Path report, List<Path> lexicons,
    TrainingConfig config) {

  static TrainArguments parse(String[] args) {
    Path train = null;
    Path out = null;
    Path report = null;
    List<Path> gold = new ArrayList<>();
    List<Path> lexicons = new ArrayList<>();
    TrainingConfig config = TrainingConfig.defaults();
    for (int i = 0; i < args.length; i++) {
      String option = args[i];
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException("option " + option + " needs a value");
      }
      String value = args[++i];
      switch (option) {
        case "--train" -> train = Path.of(value);
        case "--gold-spans" -> gold.add(Path.of(value));
        case "--out" -> out = Path.of(value);
        case "--report" -> report = Path.of(value);
        case "--lexicon" -> lexicons.add(Path.of(value));
        case "--algorithm" -> config = config.withAlgorithm(TrainingConfig.Algorithm.parse(value));
        case "--iterations" -> config = config.withIterations(number(option, value));
        case "--cutoff" -> config = config.withCutoff(number(option, value));
        case "--held-out-every" -> config = config.withHeldOutEvery(number(option, value));
        default -> throw new IllegalArgumentException("unknown option '" + option + "'");
      }
    }
    if (train == null || out == null) {
      throw new IllegalArgumentException("--train and --out are required");
    }
    return new TrainArguments(train, List.copyOf(gold), out, report, List.copyOf(lexicons), config);
  }

  private static int number(String option, String value) {
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(option + " must be an integer, got '" + value + "'");
    }
  }
}
