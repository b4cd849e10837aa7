package org.papergraph.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.papergraph.cli.build.BuildJob;
import org.papergraph.cli.build.BuildSettings;
import org.papergraph.graph.PaperStore;
import org.papergraph.ingest.IngestOptions;
import org.papergraph.query.PaperServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code papergraph demo}: build the bundled sample and serve it. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Build the bundled Daily Papers sample (examples/daily-papers.txt) into the store and serve"
          + " it over SPARQL, printing the endpoint and a ready curl line."
    })
final class DemoCommand implements Callable<Integer> {

  static final String SAMPLE = "examples/daily-papers.txt";

  @Spec CommandSpec spec;
  @Mixin StoreOption store;
  @Mixin ServeCommand.ServerFlags flags;

  @Option(names = "--no-serve", description = "Build only; do not start the server.")
  boolean noServe;

  @Override
  public Integer call() throws Exception {
    flags.validate(spec);
    PrintWriter out = spec.commandLine().getOut();
    Path sample = locateSample();
    BuildSettings settings = new BuildSettings(List.of(sample.toString()), IngestOptions.defaults(),
        store.dir, null, false, null,
        Runtime.getRuntime().availableProcessors());
    out.println(new BuildJob(settings, spec.commandLine().getErr()).run().describe());
    out.flush();
    if (noServe) {
      return 0;
    }
    try (PaperStore s = store.openExisting(); PaperServer server = flags.start(s)) {
      out.println(server.describe());
      out.println(ServeCommand.ServerFlags.curlExample(server));
      out.flush();
      server.join();
    }
    return 0;
  }

  /** The sample beside the launcher ({@code papergraph.home}), else in the working directory. */
  private static Path locateSample() {
    String home = System.getProperty("papergraph.home");
    Path p = home == null ? Path.of(SAMPLE) : Path.of(home, SAMPLE);
    if (!Files.isRegularFile(p)) {
      throw new IllegalStateException("cannot find the bundled sample " + p
          + "; run ./papergraph from the repository");
    }
    return p;
  }
}
