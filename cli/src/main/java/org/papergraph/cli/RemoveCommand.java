package org.papergraph.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.papergraph.graph.PaperStore;
import org.papergraph.graph.RemoveSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code papergraph remove}: papers out, and the entities only they named. */
@Command(
    name = "remove",
    mixinStandardHelpOptions = true,
    description = {
      "Remove papers by id (as dcterms:identifier shows it, e.g. arxiv-2410.17243) and every"
          + " entity no remaining paper names, in one transaction.",
      "An unknown id removes nothing and exits 1."
    })
final class RemoveCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin StoreOption store;

  @Parameters(paramLabel = "ID", arity = "1..*", description = "Paper ids.")
  List<String> ids;

  @Override
  public Integer call() {
    try (PaperStore s = store.openExisting()) {
      RemoveSummary r = s.remove(ids);
      spec.commandLine().getOut().printf(java.util.Locale.ROOT,
          "removed %d paper(s) and %d entit%s no other paper names%n", r.papersRemoved(),
          r.entitiesRemoved(), r.entitiesRemoved() == 1 ? "y" : "ies");
    }
    return 0;
  }
}
