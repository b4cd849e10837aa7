package org.papergraph.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.papergraph.cli.build.BuildJob;
import org.papergraph.cli.build.BuildSettings;
import org.papergraph.cli.build.BuildSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code papergraph build}: ingest, extract, write into the store. */
@Command(
    name = "build",
    mixinStandardHelpOptions = true,
    description = {
      "Read papers, extract entities and facts, and write them into a TDB2 store.",
      "Building the same input again changes nothing; a new input adds to the store.",
      "Bad records are skipped and reported (file:line: reason); with --strict any bad record"
          + " fails the build before anything is written."
    })
final class BuildCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin StoreOption store;
  @Mixin IngestOptionsMixin ingest;

  @Parameters(paramLabel = "INPUT", arity = "1..*",
      description = "Files, directories, globs, or - for standard input (gzip/bzip2 welcome).")
  List<String> inputs;

  @Option(names = "--strict", description = "Fail on the first bad record; write nothing then.")
  boolean strict;

  @Option(names = "--rejects", paramLabel = "FILE",
      description = "Write skipped records as JSON Lines (source, position, reason, excerpt).")
  Path rejects;

  @Option(names = "--base", paramLabel = "IRI",
      description = "Base for instance IRIs (default: ${DEFAULT-VALUE}).",
      defaultValue = "https://w3id.org/papergraph/id/")
  String base;

  @Option(names = "--threads", paramLabel = "N",
      description = "Extraction threads (default: all cores).")
  Integer threads;

  @Option(names = {"-q", "--quiet"}, description = "No progress lines.")
  boolean quiet;

  @Override
  public Integer call() throws Exception {
    BuildSettings settings = new BuildSettings(inputs, ingest.options(), store.dir, base, strict,
        rejects, threads == null ? Runtime.getRuntime().availableProcessors() : threads);
    BuildSummary summary = new BuildJob(settings, quiet ? null : spec.commandLine().getErr())
        .run();
    spec.commandLine().getOut().println(summary.describe());
    return 0;
  }
}
