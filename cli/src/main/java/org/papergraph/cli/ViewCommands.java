package org.papergraph.cli;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.papergraph.graph.PaperStore;
import org.papergraph.query.NamedQuery;
import org.papergraph.query.ResultFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The researcher's views: leaderboard, paper and entity, each over one named query. The leaderboard
 * and entity views are paged like their queries ({@code --page N}), so a popular benchmark or model
 * stays quick to show and every row stays reachable.
 */
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

    /** The page to show; 1 for views that are not paged. */
    int page() {
      return 1;
    }

    @Override
    public Integer call() {
      Map<String, String> params = new HashMap<>(Map.of(param, value()));
      if (page() > 1) {
        params.put(NamedQuery.PAGE, String.valueOf(page()));
      }
      try (PaperStore s = store.openExisting()) {
        int rows = view.print(s, params, format, spec.commandLine().getOut());
        if (rows == 0) {
          spec.commandLine().getErr().println(page() > 1
              ? "nothing on page " + page() + " for '" + value() + "': the rows ended on an earlier page"
              : "nothing found for '" + value() + "' (try: papergraph query --named search --param text=...)");
          return 1;
        }
      }
      return 0;
    }
  }

  /** {@code --page N}: which page of a paged view to show. */
  static final class PageOption {
    @Option(names = "--page", paramLabel = "N", defaultValue = "1", converter = Converters.Page.class,
        description = "Which page to show, from 1 (default: ${DEFAULT-VALUE}); a full page means"
            + " the next one has more.")
    int page;
  }

  @Command(name = "leaderboard", mixinStandardHelpOptions = true,
      description = {"Results reported on a benchmark, ranked per metric (direction-aware).",
          "Shows 50 results a page, best first; --page 2 shows the next 50. Ranks count every"
              + " result of the benchmark, on any page."})
  static final class Leaderboard extends View {
    @Parameters(paramLabel = "BENCHMARK", description = "Label, alias or IRI, e.g. MMLU.")
    String benchmark;

    @Mixin PageOption paging;

    @Override
    int page() {
      return paging.page;
    }

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
      description = {"One entity: type, aliases, papers, co-mentioned entities and results.",
          "Shows 50 of its papers and 50 of its results a page, and the entities named most often in"
              + " those papers; --page 2 shows the next 50 of each."})
  static final class Entity extends View {
    @Parameters(paramLabel = "NAME", description = "Label, alias or IRI, e.g. GPT-4.")
    String name;

    @Mixin PageOption paging;

    @Override
    int page() {
      return paging.page;
    }

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
