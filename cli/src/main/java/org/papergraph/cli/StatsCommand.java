package org.papergraph.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.papergraph.graph.PaperStore;
import org.papergraph.graph.StoreStats;
import org.papergraph.graph.StoreStats.RankedEntity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code papergraph stats}: what the store holds. */
@Command(
    name = "stats",
    mixinStandardHelpOptions = true,
    description = "Papers, triples, entities per type, top entities per type, results per"
        + " benchmark, mentions without results, and store size.")
final class StatsCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin StoreOption store;

  @Option(names = "--top", paramLabel = "N", defaultValue = "5",
      description = "Entities shown per type (default: ${DEFAULT-VALUE}).")
  int top;

  @Override
  public Integer call() {
    try (PaperStore s = store.openExisting()) {
      print(s.stats(top), spec.commandLine().getOut());
    }
    return 0;
  }

  private void print(StoreStats st, PrintWriter out) {
    out.printf(Locale.ROOT, "papers:                   %d%n", st.papers());
    out.printf(Locale.ROOT, "triples:                  %d%n", st.triples());
    out.printf(Locale.ROOT, "mentions:                 %d%n", st.mentions());
    out.printf(Locale.ROOT, "mentions without results: %d%n", st.mentionsWithoutResults());
    out.printf(Locale.ROOT, "store size:               %.1f MiB%n",
        st.sizeOnDiskBytes() / (1024.0 * 1024.0));
    out.println();
    out.println("entities per type:");
    new TreeMap<>(st.entitiesPerType()).forEach((type, n) ->
        out.printf(Locale.ROOT, "  %-13s %6d   %s%n", type, n,
            names(st.topEntitiesPerType().getOrDefault(type, List.of()))));
    out.println();
    out.println("results per benchmark:");
    st.resultsPerBenchmark().stream().limit(top * 2L).forEach(b ->
        out.printf(Locale.ROOT, "  %-30s %d%n", b.label(), b.count()));
  }

  private static String names(List<RankedEntity> top) {
    return String.join(", ", top.stream().map(e -> e.label() + " (" + e.count() + ")").toList());
  }
}
