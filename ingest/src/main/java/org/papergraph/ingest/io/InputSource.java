package org.papergraph.ingest.io;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.papergraph.ingest.IngestException;

/**
 * One input to read: a file, or standard input when {@code path} is null. {@code name} is how
 * errors and positions refer to it ({@code -} for standard input).
 */
public record InputSource(String name, Path path) {

  public static InputSource stdin() {
    return new InputSource("-", null);
  }

  public static InputSource file(Path path) {
    return new InputSource(path.toString(), path);
  }

  /** Opens the raw bytes; standard input is never closed by closing the stream returned. */
  public InputStream open() throws IngestException {
    if (path == null) {
      return new FilterInputStream(System.in) {
        @Override
        public void close() {}
      };
    }
    try {
      return Files.newInputStream(path);
    } catch (NoSuchFileException e) {
      throw new IngestException(name + ": no such file");
    } catch (IOException e) {
      throw new IngestException(name + ": cannot open: " + e.getMessage(), e);
    }
  }
}
