package org.papergraph.cli;

import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.papergraph.ingest.fetch.FetchConfig;
import org.papergraph.ingest.fetch.FetchResult;
import org.papergraph.ingest.fetch.Fetcher;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code papergraph fetch}: save raw API responses as files that {@code build} reads, so that
 * every build is reproducible offline.
 */
@Command(
    name = "fetch",
    mixinStandardHelpOptions = true,
    description = "Download papers from a live source into files that build reads.",
    subcommands = {FetchCommand.HfDaily.class, FetchCommand.Arxiv.class})
final class FetchCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "name a source: hf-daily or arxiv");
  }

  /** Where responses go and which endpoint answers; shared by both sources. */
  static final class Target {
    @Option(names = "--out", paramLabel = "DIR", defaultValue = "papergraph-feeds",
        description = "Directory for the saved responses (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--endpoint", paramLabel = "URL",
        description = "API address to use instead of the official one (a mirror or replay).")
    URI endpoint;

    Fetcher fetcher(boolean arxiv) {
      FetchConfig c = FetchConfig.defaults();
      if (endpoint != null) {
        c = arxiv ? c.withEndpoints(c.hfDailyUri(), endpoint)
            : c.withEndpoints(endpoint, c.arxivUri());
      }
      return new Fetcher(c);
    }
  }

  /** Dates for hf-daily: one day, or a range. */
  static final class Dates {
    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "One day.")
    LocalDate date;

    @ArgGroup(exclusive = false)
    Range range;

    static final class Range {
      @Option(names = "--from", required = true, paramLabel = "YYYY-MM-DD") LocalDate from;
      @Option(names = "--to", required = true, paramLabel = "YYYY-MM-DD") LocalDate to;
    }

    LocalDate from() {
      return date != null ? date : range.from;
    }

    LocalDate to() {
      return date != null ? date : range.to;
    }
  }

  @Command(name = "hf-daily", mixinStandardHelpOptions = true,
      description = "Hugging Face Daily Papers (one JSON file per day).")
  static final class HfDaily implements Callable<Integer> {
    @Spec CommandSpec spec;
    @ArgGroup(exclusive = true, multiplicity = "1") Dates dates;
    @picocli.CommandLine.Mixin Target target;

    @Override
    public Integer call() throws Exception {
      FetchResult r = fetch(target, dates.from(), dates.to());
      report(spec, r);
      return 0;
    }
  }

  @Command(name = "arxiv", mixinStandardHelpOptions = true,
      description = "arXiv API query, paged politely (one request every 3 seconds).")
  static final class Arxiv implements Callable<Integer> {
    @Spec CommandSpec spec;
    @picocli.CommandLine.Mixin Target target;

    @Option(names = "--query", required = true, paramLabel = "Q",
        description = "arXiv search query, e.g. \"cat:cs.CL AND abs:benchmark\".")
    String query;

    @Option(names = "--max", paramLabel = "N", defaultValue = "100",
        description = "At most this many papers (default: ${DEFAULT-VALUE}).")
    int max;

    @Override
    public Integer call() throws Exception {
      report(spec, target.fetcher(true).fetchArxiv(query, max, target.out));
      return 0;
    }
  }

  static FetchResult fetch(Target target, LocalDate from, LocalDate to) throws Exception {
    return target.fetcher(false).fetchHfDaily(from, to, target.out);
  }

  private static void report(CommandSpec spec, FetchResult r) {
    spec.commandLine().getOut().printf(java.util.Locale.ROOT,
        "fetched %d papers in %d requests (%d bytes) into %d file(s):%n", r.records(),
        r.requests(), r.bytes(), r.files().size());
    r.files().forEach(f -> spec.commandLine().getOut().println("  " + f));
  }
}
