package org.papergraph.ingest;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes rejections as JSON Lines ({@code --rejects FILE}): one object per line with {@code
 * source}, {@code position}, {@code reason} and {@code excerpt}, UTF-8.
 */
public final class RejectsWriter implements Closeable {

  private static final JsonFactory JSON = new JsonFactory();

  private final JsonGenerator out;
  private long count;

  public RejectsWriter(OutputStream stream) throws IOException {
    this.out = JSON.createGenerator(stream, JsonEncoding.UTF8);
    out.setRootValueSeparator(null);
  }

  /** Creates or replaces {@code file}. */
  public static RejectsWriter to(Path file) throws IOException {
    return new RejectsWriter(Files.newOutputStream(file));
  }

  /** Writes one line; I/O failures surface as {@link UncheckedIOException}. */
  public void write(Rejection rejection) {
    try {
      out.writeStartObject();
      out.writeStringField("source", rejection.where().source());
      out.writeStringField("position", rejection.where().position());
      out.writeStringField("reason", rejection.reason());
      out.writeStringField("excerpt", rejection.excerpt());
      out.writeEndObject();
      out.writeRaw('\n');
      count++;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write rejects: " + e.getMessage(), e);
    }
  }

  /** Rejections written so far. */
  public long count() {
    return count;
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
