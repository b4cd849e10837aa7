package org.papergraph.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.papergraph.cli.bench.CorpusGenerator;
import org.papergraph.cli.bench.CorpusWriter;
import org.papergraph.cli.bench.Lexicon;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code papergraph generate}: a deterministic synthetic corpus for benchmarks. */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description = {
      "Write a deterministic synthetic corpus of ML-style abstracts (150-250 words, names from the"
          + " bundled dictionary) as JSON Lines of the input form, for benchmarks.",
      "The same seed gives the same bytes; paper i does not depend on --papers, and memory stays"
          + " flat for any size. A name ending in .gz is gzip-compressed."
    })
final class GenerateCommand implements Callable<Integer> {

  /** Output formats; only the JSON Lines input form for now. */
  enum Format { jsonl }

  @Spec CommandSpec spec;

  @Option(names = "--papers", required = true, paramLabel = "N",
      description = "How many papers to write (at least 1).")
  long papers;

  @Option(names = "--out", required = true, paramLabel = "FILE",
      description = "Output file (.jsonl, or .jsonl.gz for gzip).")
  Path out;

  @Option(names = "--seed", defaultValue = "42", paramLabel = "S",
      description = "Random seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--format", defaultValue = "jsonl", paramLabel = "FORMAT",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Override
  public Integer call() throws Exception {
    if (papers < 1) {
      throw new ParameterException(spec.commandLine(),
          "--papers must be at least 1, got " + papers);
    }
    Path parent = out.toAbsolutePath().getParent();
    if (parent != null && !java.nio.file.Files.isDirectory(parent)) {
      spec.commandLine().getErr().println("papergraph generate: cannot write " + out
          + ": directory " + parent + " does not exist");
      return 1;
    }
    long started = System.nanoTime();
    long bytes = CorpusWriter.write(new CorpusGenerator(Lexicon.load(), seed), papers, out);
    double seconds = (System.nanoTime() - started) / 1e9;
    spec.commandLine().getOut().println(String.format(Locale.ROOT,
        "wrote %d papers (%d bytes, %.1f MB/s) to %s in %.1f s (seed %d)", papers, bytes,
        bytes / 1e6 / Math.max(seconds, 1e-9), out, seconds, seed));
    return 0;
  }
}
