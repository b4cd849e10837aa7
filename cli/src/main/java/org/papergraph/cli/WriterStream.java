package org.papergraph.cli;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * Bytes to the command's text writer, so that result writers (which want an OutputStream) print
 * where picocli's {@code getOut()} points, as tests capture it. Bytes are decoded as UTF-8 on
 * flush.
 */
final class WriterStream extends OutputStream {

  private final PrintWriter out;
  private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();

  WriterStream(PrintWriter out) {
    this.out = out;
  }

  @Override
  public void write(int b) {
    buffer.write(b);
    if (buffer.size() >= 1 << 16 && b == '\n') {
      flush();
    }
  }

  @Override
  public void write(byte[] b, int off, int len) {
    buffer.write(b, off, len);
    if (buffer.size() >= 1 << 16) {
      flushWholeLines();
    }
  }

  @Override
  public void flush() {
    out.write(buffer.toString(StandardCharsets.UTF_8));
    buffer.reset();
    out.flush();
  }

  private void flushWholeLines() {
    byte[] bytes = buffer.toByteArray();
    int last = bytes.length - 1;
    while (last >= 0 && bytes[last] != '\n') {
      last--;
    }
    if (last >= 0) {
      out.write(new String(bytes, 0, last + 1, StandardCharsets.UTF_8));
      buffer.reset();
      buffer.write(bytes, last + 1, bytes.length - last - 1);
      out.flush();
    }
  }
}
