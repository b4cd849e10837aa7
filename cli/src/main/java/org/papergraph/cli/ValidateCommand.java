package org.papergraph.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.papergraph.graph.PaperStore;
import org.papergraph.graph.ValidationReport;
import org.papergraph.graph.Validator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code papergraph validate}: the store against papergraph's SHACL shapes. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Check the store against papergraph's SHACL shapes (one title per paper, well-formed"
          + " mentions and results, one label and type per entity, mentions backed by evidence).",
      "Exits 1 when there is any violation."
    })
final class ValidateCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin StoreOption store;

  @Option(names = "--max", paramLabel = "N", defaultValue = "50",
      description = "Print at most this many violations (default: ${DEFAULT-VALUE}).")
  int max;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (PaperStore s = store.openExisting()) {
      ValidationReport report = new Validator().validate(s.dataset());
      if (report.conforms()) {
        out.println("conforms: the store satisfies every shape");
        return 0;
      }
      report.lines().stream().limit(max).forEach(out::println);
      out.println(report.violations().size() + " violation(s)"
          + (report.violations().size() > max ? " (first " + max + " shown)" : ""));
      return 1;
    }
  }
}
