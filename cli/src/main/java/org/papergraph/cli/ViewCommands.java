package org.papergraph.cli;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.papergraph.graph.PaperStore;
import org.papergraph.query.ResultFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The researcher's views: leaderboard, paper and entity, each over one named query. */
final class ViewCommands {

  private ViewCommands() {}

  /** What the three views share: the store, the output format, and running the view. */
  abstract static class View implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOption store;

    @Option(names = "--format", paramLabel = "FMT", defaultValue = "table",
        converter = Converters.Result.class,
        description = "table, csv, tsv or json (default: ${DEFAULT-VALUE}).")
    ResultFormat format;

    private final NamedView view;
    private final String param;

    View(String query, String param, List<String> columns) {
      this.view = new NamedView(query, columns);
      this.param = param;
    }

    /** The name the user gave. */
    abstract String value();

    @Override
    public Integer call() {
      try (PaperStore s = store.openExisting()) {
        int rows = view.print(s, Map.of(param, value()), format, spec.commandLine().getOut());
        if (rows == 0) {
          spec.commandLine().getErr().println("nothing found for '" + value()
              + "' (try: papergraph query --named search --param text=...)");
          return 1;
        }
      }
      return 0;
    }
  }

  @Command(name = "leaderboard", mixinStandardHelpOptions = true,
      description = "Results reported on a benchmark, ranked per metric (direction-aware).")
  static final class Leaderboard extends View {
    @Parameters(paramLabel = "BENCHMARK", description = "Label, alias or IRI, e.g. MMLU.")
    String benchmark;

    Leaderboard() {
      super("leaderboard", "benchmark",
          List.of("rank", "subjectLabel", "metricLabel", "valueText", "paperId", "title"));
    }

    @Override
    String value() {
      return benchmark;
    }
  }

  @Command(name = "paper", mixinStandardHelpOptions = true,
      description = "What was extracted from one paper, with the evidence sentences.")
  static final class Paper extends View {
    @Parameters(paramLabel = "ID|TITLE", description = "Paper id, arXiv id or exact title.")
    String paper;

    Paper() {
      super("paper-details", "paper", List.of("kind", "label", "typeName", "anchor", "confidence",
          "valueText", "evidence"));
    }

    @Override
    String value() {
      return paper;
    }
  }

  @Command(name = "entity", mixinStandardHelpOptions = true,
      description = "One entity: type, aliases, papers, co-mentioned entities and results.")
  static final class Entity extends View {
    @Parameters(paramLabel = "NAME", description = "Label, alias or IRI, e.g. GPT-4.")
    String name;

    Entity() {
      super("entity-details", "entity",
          List.of("kind", "label", "typeName", "relation", "count", "paperId", "value"));
    }

    @Override
    String value() {
      return name;
    }
  }
}
