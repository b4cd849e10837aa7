package org.papergraph.extract.ner;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.papergraph.extract.ner.features.Lexicon;

/**
 * Command-line entry point for training; {@code papergraph train} calls {@link #run}:
 * <pre>
 * TrainMain --train CONLL [--gold-spans JSONL]... --out MODEL.bin [--report REPORT.md]
 *           [--lexicon NAMES.txt]... [--algorithm maxent|perceptron] [--iterations N]
 *           [--cutoff N] [--held-out-every N]
 * </pre>
 * Defaults are {@link TrainingConfig#defaults()}. A lexicon file holds one name per line
 * ({@code #} starts a comment). Exit codes: 0 ok, 1 the work failed (bad data, I/O), 2 bad usage.
 * Only {@link #main} exits the JVM.
 */
public final class TrainMain {

  static final String USAGE = "usage: TrainMain --train CONLL [--gold-spans JSONL]... --out MODEL.bin"
      + " [--report REPORT.md] [--lexicon NAMES.txt]... [--algorithm maxent|perceptron]"
      + " [--iterations N] [--cutoff N] [--held-out-every N]";

  private TrainMain() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  public static int run(String[] args) {
    return run(args, System.out, System.err);
  }

  public static int run(String[] args, PrintStream out, PrintStream err) {
    TrainArguments parsed;
    try {
      parsed = TrainArguments.parse(args);
    } catch (IllegalArgumentException e) {
      err.println("error: " + e.getMessage());
      err.println(USAGE);
      return 2;
    }
    try {
      TrainingConfig config = parsed.config().withLexicon(readLexicon(parsed.lexicons()));
      TrainingReport report = NameFinderTrainer.train(parsed.train(), parsed.goldSpans(), config,
          parsed.out());
      String markdown = report.toMarkdown(command(args));
      if (parsed.report() != null) {
        Files.writeString(parsed.report(), markdown, StandardCharsets.UTF_8);
      }
      report.heldOutResult().ifPresent(r -> out.print(r.toTable()));
      out.printf(java.util.Locale.ROOT, "wrote %s (%d bytes)%n", parsed.out(), report.modelBytes());
      return 0;
    } catch (TrainingDataException e) {
      err.println("error: " + e.getMessage());
      return 1;
    } catch (NoSuchFileException e) {
      err.println("error: no such file: " + e.getFile());
      return 1;
    } catch (IOException e) {
      err.println("error: " + e);
      return 1;
    }
  }

  /** The commands, run from the project root, that reproduce a run with these arguments. */
  static String command(String[] args) {
    return "mvn -B -q -pl extract compile dependency:build-classpath"
        + " -Dmdep.outputFile=target/classpath.txt\n"
        + "java -cp \"$(cat extract/target/classpath.txt):extract/target/classes\" "
        + TrainMain.class.getName() + " "
        + Arrays.stream(args).map(a -> a.matches("[\\w./:=@+-]+") ? a : "'" + a + "'")
            .collect(Collectors.joining(" "));
  }

  static Lexicon readLexicon(List<Path> files) throws IOException {
    List<String> names = new ArrayList<>();
    for (Path file : files) {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        String name = line.strip();
        if (!name.isEmpty() && !name.startsWith("#")) {
          names.add(name);
        }
      }
    }
    return Lexicon.of(names);
  }
}
