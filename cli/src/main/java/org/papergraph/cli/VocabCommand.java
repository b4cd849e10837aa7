package org.papergraph.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.papergraph.graph.PG;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code papergraph vocab}: the ontology, as shipped. */
@Command(
    name = "vocab",
    mixinStandardHelpOptions = true,
    description = "Print papergraph's ontology (pg.ttl, Turtle): every class and property in use"
        + " with labels, comments, domains, ranges and alignments to standard vocabularies.")
final class VocabCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    try (InputStream in = PG.class.getResourceAsStream(PG.ONTOLOGY_RESOURCE)) {
      spec.commandLine().getOut().print(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      spec.commandLine().getOut().flush();
    }
    return 0;
  }
}
