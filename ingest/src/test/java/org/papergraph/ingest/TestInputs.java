package org.papergraph.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Test fixtures and one-call reads. */
public final class TestInputs {

  private TestInputs() {}

  /** A fixture under src/test/resources/org/papergraph/ingest/. */
  public static Path fixture(String relative) {
    try {
      return Path.of(TestInputs.class.getResource(relative).toURI());
    } catch (URISyntaxException | NullPointerException e) {
      throw new IllegalArgumentException("no fixture " + relative, e);
    }
  }

  public static Path write(Path dir, String name, String content) {
    try {
      Path file = dir.resolve(name);
      Files.createDirectories(file.getParent());
      return Files.writeString(file, content, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Path write(Path dir, String name, byte[] content) {
    try {
      Path file = dir.resolve(name);
      Files.createDirectories(file.getParent());
      return Files.write(file, content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public record Result(IngestStats stats, CollectingHandler handler) {
    public List<Paper> papers() {
      return handler.papers();
    }

    public List<Rejection> rejections() {
      return handler.rejections;
    }
  }

  public static Result read(IngestOptions options, Path... files) throws IngestException {
    CollectingHandler handler = new CollectingHandler();
    List<String> inputs = java.util.Arrays.stream(files).map(Path::toString).toList();
    return new Result(PaperInputs.read(inputs, options, handler), handler);
  }

  public static Result read(Path... files) throws IngestException {
    return read(IngestOptions.defaults(), files);
  }
}
