package org.papergraph.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The top-level command: only lists the subcommands. */
@Command(
    name = "papergraph",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Machine-learning paper abstracts to a SPARQL-queryable knowledge graph.",
    subcommands = {
      DemoCommand.class,
      BuildCommand.class,
      QueryCommand.class,
      ServeCommand.class,
      ViewCommands.Leaderboard.class,
      ViewCommands.Paper.class,
      ViewCommands.Entity.class,
      ExportCommand.class,
      FetchCommand.class,
      ValidateCommand.class,
      StatsCommand.class,
      RemoveCommand.class,
      VocabCommand.class,
      EvaluateCommand.class,
      TrainCommand.class,
      GenerateCommand.class,
      BenchCommand.class,
    })
public final class PapergraphCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "a command is required (see --help)");
  }
}
