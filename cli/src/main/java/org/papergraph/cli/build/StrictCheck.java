package org.papergraph.cli.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.papergraph.ingest.IngestException;
import org.papergraph.ingest.Paper;
import org.papergraph.ingest.PaperHandler;
import org.papergraph.ingest.PaperInputs;
import org.papergraph.ingest.Rejection;

/**
 * {@code --strict}: a first pass over all inputs that fails the build on any bad record, before
 * the store is even opened. Standard input cannot be read twice, so it is spooled to a temporary
 * file first.
 */
final class StrictCheck {

  private static final int SHOWN = 10;

  private StrictCheck() {}

  /** Returns the inputs to read for real (standard input replaced by its spool file). */
  static List<String> verify(BuildSettings settings) throws IOException, IngestException {
    List<String> inputs = new ArrayList<>();
    for (String input : settings.inputs()) {
      inputs.add(input.equals("-") ? spoolStdin().toString() : input);
    }
    List<String> bad = new ArrayList<>();
    long[] count = {0};
    PaperInputs.read(inputs, settings.ingest(), new PaperHandler() {
      @Override
      public void paper(Paper paper) {}

      @Override
      public void rejected(Rejection r) {
        if (count[0]++ < SHOWN) {
          bad.add(r.describe());
        }
      }
    });
    if (count[0] > 0) {
      throw new IngestException("--strict: " + count[0] + " bad record(s); nothing was written:"
          + System.lineSeparator() + "  " + String.join(System.lineSeparator() + "  ", bad));
    }
    return inputs;
  }

  private static Path spoolStdin() throws IOException {
    Path tmp = Files.createTempFile("papergraph-stdin", ".dat");
    tmp.toFile().deleteOnExit();
    Files.copy(System.in, tmp, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    return tmp;
  }
}
