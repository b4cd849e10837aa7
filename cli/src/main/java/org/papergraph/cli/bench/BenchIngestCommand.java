package org.papergraph.cli.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.papergraph.ingest.IngestOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code papergraph bench ingest}: papers per second and heap of the ingest stage alone. */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Stream the inputs through the ingest stage (read, parse, clean, deduplicate) and count the"
          + " papers, without extraction or store. Reports papers/s, MB/s and heap peaks.",
      "Run under -Xmx512m with /usr/bin/time -v and -Xlog:gc to check that memory stays flat."
    })
public final class BenchIngestCommand implements Callable<Integer> {

  private static final double MB = 1024.0 * 1024.0;

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "Input files (any format).")
  List<Path> files;

  @Option(names = "--no-header", description = "Print table rows only.")
  boolean noHeader;

  @Override
  public Integer call() throws Exception {
    long bytes = 0;
    for (Path f : files) {
      if (!Files.isRegularFile(f)) {
        spec.commandLine().getErr().println("papergraph bench ingest: " + f
            + ": no such file");
        return 1;
      }
      bytes += Files.size(f);
    }
    IngestBench.Result r = IngestBench.run(files.stream().map(Path::toString).toList(),
        IngestOptions.defaults());
    MarkdownTable table = new MarkdownTable("input bytes", "papers", "rejected", "duplicates",
        "seconds", "papers/s", "input MB/s", "max heap MB", "peak used heap MB (20 ms samples)",
        "peak committed heap MB", "live heap after last GC MB");
    table.row(bytes, r.stats().papers(), r.stats().rejected(), r.stats().duplicates(),
        BenchExtractCommand.f(r.seconds(), 1), BenchExtractCommand.f(r.papersPerSecond(), 0),
        BenchExtractCommand.f(bytes / MB / r.seconds(), 1),
        BenchExtractCommand.f(r.maxHeap() / MB, 0),
        BenchExtractCommand.f(r.peakUsedHeap() / MB, 0),
        BenchExtractCommand.f(r.peakCommittedHeap() / MB, 0),
        BenchExtractCommand.f(HeapWatch.liveAfterGc() / MB, 0));
    spec.commandLine().getOut().print(noHeader ? table.renderRows() : table.render());
    spec.commandLine().getOut().flush();
    return 0;
  }
}
