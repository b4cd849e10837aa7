package org.papergraph.cli.bench;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.papergraph.extract.Pipeline;
import org.papergraph.ingest.Paper;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code papergraph bench extract}: abstracts per second with every extraction component on. */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = {
      "Extraction throughput on generated abstracts, every component on, models loaded once and"
          + " shared by the threads. Warm-up papers (distinct from the measured ones) are excluded.",
      "Reports wall-clock abstracts/s, per thread, per CPU-second of the worker threads (per-core"
          + " speed, robust to other load on the machine) and per CPU-second of the whole JVM"
          + " (workers plus JIT compiler and garbage collector)."
    })
public final class BenchExtractCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--papers", defaultValue = "2000", paramLabel = "N",
      description = "Measured abstracts per run (default: ${DEFAULT-VALUE}).")
  int papers;

  @Option(names = "--threads", defaultValue = "1", split = ",", paramLabel = "T",
      description = "Worker threads; a comma list runs each in turn (default: ${DEFAULT-VALUE}).")
  List<Integer> threads;

  @Option(names = "--warmup", defaultValue = "300", paramLabel = "W",
      description = "Warm-up abstracts per run, not timed (default: ${DEFAULT-VALUE}).")
  int warmup;

  @Option(names = "--seed", defaultValue = "42", paramLabel = "S",
      description = "Corpus seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--no-header", description = "Print table rows only.")
  boolean noHeader;

  @Override
  public Integer call() throws Exception {
    if (papers < 1 || warmup < 0 || threads.stream().anyMatch(t -> t < 1)) {
      throw new ParameterException(spec.commandLine(), "--papers and --threads must be at least 1"
          + " and --warmup at least 0; got --papers " + papers + " --threads " + threads
          + " --warmup " + warmup);
    }
    CorpusGenerator generator = new CorpusGenerator(Lexicon.load(), seed);
    List<Paper> measured = ExtractBench.papers(generator, 0, papers);
    List<Paper> warm = ExtractBench.papers(generator, papers, warmup);
    Pipeline pipeline = Pipeline.load();
    MarkdownTable table = new MarkdownTable("threads", "abstracts", "wall s", "abstracts/s",
        "abstracts/s per thread", "worker CPU s", "abstracts per worker CPU-s",
        "JVM CPU s", "abstracts per JVM CPU-s", "mentions/abstract",
        "results/abstract", "cores");
    int cores = Runtime.getRuntime().availableProcessors();
    for (int t : threads) {
      ExtractBench.Result r = ExtractBench.run(pipeline, warm, measured, t);
      table.row(t, r.papers(), f(r.wallSeconds(), 2), f(r.perSecond(), 1),
          f(r.perThreadSecond(), 1), f(r.cpuSeconds(), 2), f(r.perCpuSecond(), 1),
          f(r.processCpuSeconds(), 2), f(r.papers() / r.processCpuSeconds(), 1),
          f((double) r.mentions() / r.papers(), 1), f((double) r.results() / r.papers(), 2),
          cores);
    }
    spec.commandLine().getOut().print(noHeader ? table.renderRows() : table.render());
    spec.commandLine().getOut().flush();
    return 0;
  }

  static String f(double v, int decimals) {
    return String.format(Locale.ROOT, "%." + decimals + "f", v);
  }
}
