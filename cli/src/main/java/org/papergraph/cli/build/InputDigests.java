package org.papergraph.cli.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.papergraph.graph.BuildActivity.InputFile;

/** SHA-256 of every regular input file (directories walked), for the build's provenance. */
final class InputDigests {

  private InputDigests() {}

  static List<InputFile> of(List<String> inputs) throws IOException {
    List<InputFile> out = new ArrayList<>();
    for (String input : inputs) {
      Path p = Path.of(input);
      if (input.equals("-") || !Files.exists(p)) {
        continue; // standard input and globs have no single file to digest
      }
      if (Files.isDirectory(p)) {
        try (Stream<Path> files = Files.walk(p)) {
          for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
            out.add(InputFile.of(f));
          }
        }
      } else {
        out.add(InputFile.of(p));
      }
    }
    return out;
  }
}
