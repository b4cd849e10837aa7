package org.papergraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** --help everywhere, exit codes 0/1/2, and user errors as one line without a stack trace. */
class CommandLineContractTest {

  @Test
  void everyCommandHasHelp() {
    CommandLine root = new CommandLine(new PapergraphCommand());
    assertTrue(root.getSubcommands().size() >= 6);
    assertEquals(0, Cli.run("--help").exit());
    assertHelpBelow(root, List.of());
  }

  /** --help on every command at every depth (fetch hf-daily, bench extract, ...). */
  private static void assertHelpBelow(CommandLine command, List<String> path) {
    for (var sub : command.getSubcommands().entrySet()) {
      List<String> args = new ArrayList<>(path);
      args.add(sub.getKey());
      args.add("--help");
      Cli r = Cli.run(args.toArray(String[]::new));
      String shown = String.join(" ", args.subList(0, args.size() - 1));
      assertEquals(0, r.exit(), shown + " --help");
      assertTrue(r.out().contains("Usage: papergraph " + shown), r.out());
      assertHelpBelow(sub.getValue(), args.subList(0, args.size() - 1));
    }
  }

  @Test
  void usageErrorsExitWithTwo() {
    assertEquals(2, Cli.run().exit(), "no command");
    assertEquals(2, Cli.run("build").exit(), "missing input");
    assertEquals(2, Cli.run("build", "--fetch", "arxiv").exit(), "--fetch needs hf-daily and a date");
    assertEquals(2, Cli.run("build", "x.txt", "--no-such-option").exit());
    Cli badFormat = Cli.run("build", "x.txt", "--format", "pdf");
    assertEquals(2, badFormat.exit());
    assertTrue(badFormat.err().contains("pdf"), badFormat.err());
    assertEquals(2, Cli.run("query", "--format", "xml", "SELECT * {}").exit());
  }

  @Test
  void missingInputFailsWithOneLineNamingIt(@TempDir Path tmp) {
    Path missing = tmp.resolve("nope.txt");
    Cli r = Cli.run("build", missing.toString(), "--store", tmp.resolve("s").toString(), "-q");
    assertEquals(1, r.exit());
    assertTrue(r.err().contains("nope.txt"), r.err());
    assertTrue(!r.err().contains("\tat "), "no stack trace: " + r.err());
  }

  @Test
  void queryOnAMissingStoreSaysSo(@TempDir Path tmp) {
    Path store = tmp.resolve("absent");
    Cli r = Cli.run("query", "--store", store.toString(), "SELECT * { ?s ?p ?o }");
    assertEquals(1, r.exit());
    assertTrue(r.err().contains("no store at"), r.err());
    assertTrue(!Files.exists(store), "a query must not create a store");
  }
}
