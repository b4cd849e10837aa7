package org.papergraph.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * RDF parsers that share no code with Jena: raptor's {@code rapper} (C) for the line, Turtle,
 * TriG and RDF/XML syntaxes, and Python's rdflib for JSON-LD (Debian's raptor2-utils and
 * python3-rdflib, which .ci/run installs). Each returns how many statements it read.
 */
final class IndependentParsers {

  static final Path RAPPER = Path.of("/usr/bin/rapper");
  static final Path PYTHON = Path.of("/usr/bin/python3");

  private IndependentParsers() {}

  static boolean rapperAvailable() {
    return Files.isExecutable(RAPPER);
  }

  static boolean rdflibAvailable() throws Exception {
    return Files.isExecutable(PYTHON) && run(List.of(PYTHON.toString(), "-c", "import rdflib"))
        .exit == 0;
  }

  /** Statements raptor reads from {@code file} in {@code syntax} (turtle, ntriples, ...). */
  static long rapperCount(Path file, String syntax) throws Exception {
    Outcome o = run(List.of(RAPPER.toString(), "-i", syntax, "-c", file.toString()));
    Matcher m = Pattern.compile("returned (\\d+) (triples|statements)").matcher(o.output);
    if (o.exit != 0 || !m.find()) {
      throw new AssertionError("rapper failed on " + file + ":\n" + o.output);
    }
    return Long.parseLong(m.group(1));
  }

  /** Quads rdflib reads from a JSON-LD file. */
  static long rdflibJsonLdCount(Path file) throws Exception {
    Outcome o = run(List.of(PYTHON.toString(), "-c", "import rdflib, sys\n"
        + "g = rdflib.ConjunctiveGraph()\n"
        + "g.parse(sys.argv[1], format='json-ld')\n"
        + "print(len(g))", file.toString()));
    if (o.exit != 0) {
      throw new AssertionError("rdflib failed on " + file + ":\n" + o.output);
    }
    return Long.parseLong(o.output.strip().lines().reduce((a, b) -> b).orElseThrow());
  }

  private record Outcome(int exit, String output) {}

  private static Outcome run(List<String> cmd) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("timed out: " + cmd);
    }
    return new Outcome(p.exitValue(), out);
  }
}
