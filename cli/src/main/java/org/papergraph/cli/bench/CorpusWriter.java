package org.papergraph.cli.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/**
 * Streams a generated corpus as JSON Lines of the input form
 * ({@code {"id","title","abstract","authors","published"}}), one paper at a time: memory does not
 * grow with the number of papers. A file name ending in {@code .gz} is gzip-compressed.
 */
public final class CorpusWriter {

  private static final JsonFactory JSON = new JsonFactory();

  private CorpusWriter() {}

  /** Writes papers {@code 0 .. count-1} of {@code generator} to {@code file}; returns the bytes. */
  public static long write(CorpusGenerator generator, long count, Path file) throws IOException {
    OutputStream raw = Files.newOutputStream(file);
    OutputStream out = file.getFileName().toString().endsWith(".gz")
        ? new GZIPOutputStream(raw, 1 << 16) : raw;
    try (Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8),
        1 << 16)) {
      write(generator, count, w);
    }
    return Files.size(file);
  }

  /** Writes papers {@code 0 .. count-1} of {@code generator} to {@code out}, not closing it. */
  public static void write(CorpusGenerator generator, long count, Writer out) throws IOException {
    try (JsonGenerator g = JSON.createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.setRootValueSeparator(null);
      for (long i = 0; i < count; i++) {
        line(g, generator.paper(i));
      }
    }
    out.flush();
  }

  private static void line(JsonGenerator g, SyntheticPaper p) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", p.id());
    g.writeStringField("title", p.title());
    g.writeStringField("abstract", p.abstractText());
    g.writeArrayFieldStart("authors");
    for (String a : p.authors()) {
      g.writeString(a);
    }
    g.writeEndArray();
    g.writeStringField("published", p.published().toString());
    g.writeEndObject();
    g.writeRaw('\n');
  }
}
