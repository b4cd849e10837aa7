package org.papergraph.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.papergraph.cli.build.BuildJob;
import org.papergraph.cli.build.BuildSettings;
import org.papergraph.cli.build.BuildSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
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

  @Parameters(paramLabel = "INPUT", arity = "0..*",
      description = "Files, directories, globs, or - for standard input (gzip/bzip2 welcome).")
  List<String> inputs = new ArrayList<>();

  @Option(names = "--fetch", paramLabel = "SOURCE",
      description = "Fetch first and build what was fetched too: hf-daily (needs --date).")
  String fetch;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Day to fetch with --fetch.")
  LocalDate date;

  @Option(names = "--fetch-dir", paramLabel = "DIR", defaultValue = "papergraph-feeds",
      description = "Where --fetch saves responses (default: ${DEFAULT-VALUE}).")
  Path fetchDir;

  @Option(names = "--strict", description = "Fail on the first bad record; write nothing then.")
  boolean strict;

  @Option(names = "--rejects", paramLabel = "FILE",
      description = "Write skipped records as JSON Lines (source, position, reason, excerpt).")
  Path rejects;

  @Option(names = "--base", paramLabel = "IRI",
      description = "Base for instance IRIs of a new store (default: the store's own, else"
          + " https://w3id.org/papergraph/id/). A store keeps the base it was built with.")
  String base;

  @Option(names = "--threads", paramLabel = "N",
      description = "Extraction threads (default: all cores).")
  Integer threads;

  @Option(names = {"-q", "--quiet"}, description = "No progress lines.")
  boolean quiet;

  @Override
  public Integer call() throws Exception {
    List<String> all = new ArrayList<>(inputs);
    all.addAll(fetched());
    if (all.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "give at least one INPUT or --fetch");
    }
    BuildSettings settings = new BuildSettings(all, ingest.options(), store.dir, base, strict,
        rejects, threads == null ? Runtime.getRuntime().availableProcessors() : threads);
    BuildSummary summary = new BuildJob(settings, quiet ? null : spec.commandLine().getErr())
        .run();
    spec.commandLine().getOut().println(summary.describe());
    return 0;
  }

  private List<String> fetched() throws Exception {
    if (fetch == null) {
      return List.of();
    }
    if (!fetch.equals("hf-daily") || date == null) {
      throw new ParameterException(spec.commandLine(),
          "--fetch takes hf-daily with --date YYYY-MM-DD (for arXiv, run papergraph fetch arxiv"
              + " and build the saved files)");
    }
    FetchCommand.Target target = new FetchCommand.Target();
    target.out = fetchDir;
    return FetchCommand.fetch(target, date, date).files().stream().map(Path::toString).toList();
  }
}
