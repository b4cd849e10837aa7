package org.papergraph.ingest.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * Reads lines of strict UTF-8 from a stream, one line in memory at a time. A line with invalid
 * UTF-8, or longer than the byte limit, comes back with an {@link Line#error()} instead of failing
 * the whole input, so a reader can reject that one record and go on. Lines end at {@code \n}; a
 * trailing {@code \r} and a leading byte-order mark are dropped.
 */
public final class Utf8LineReader {

  /** One line: its 1-based number, its text (decoded leniently when malformed), and any error. */
  public record Line(long number, String text, String error) {}

  private final InputStream in;
  private final int maxLineBytes;
  private final byte[] buffer = new byte[1 << 16];
  private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPORT)
      .onUnmappableCharacter(CodingErrorAction.REPORT);
  private byte[] line = new byte[1024];
  private int pos;
  private int limit;
  private long number;
  private boolean eof;

  public Utf8LineReader(InputStream in, int maxLineBytes) {
    this.in = in;
    this.maxLineBytes = maxLineBytes;
  }

  /** The next line that is not blank (or cannot be decoded), or null at the end of the input. */
  public Line nextNonBlank() throws IOException {
    Line line = next();
    while (line != null && line.error() == null && line.text().isBlank()) {
      line = next();
    }
    return line;
  }

  /** The next line, or null at the end of the input. */
  public Line next() throws IOException {
    int length = 0;
    long total = 0;
    boolean sawAny = false;
    while (true) {
      if (pos == limit && !fill()) {
        if (!sawAny) {
          return null;
        }
        break;
      }
      sawAny = true;
      int start = pos;
      while (pos < limit && buffer[pos] != '\n') {
        pos++;
      }
      int chunk = pos - start;
      if (length + (long) chunk <= maxLineBytes) {
        ensure(length + chunk);
        System.arraycopy(buffer, start, line, length, chunk);
        length += chunk;
      }
      total += chunk;
      if (pos < limit) {
        pos++;
        break;
      }
    }
    number++;
    if (total > maxLineBytes) {
      String excerpt = new String(line, 0, Math.min(length, 200), StandardCharsets.UTF_8);
      return new Line(number, excerpt, String.format(Locale.ROOT,
          "line of %,d bytes is longer than the limit of %,d bytes", total, maxLineBytes));
    }
    return decode(length);
  }

  private Line decode(int length) {
    if (length > 0 && line[length - 1] == '\r') {
      length--;
    }
    int offset = 0;
    if (number == 1 && length >= 3 && (line[0] & 0xFF) == 0xEF && (line[1] & 0xFF) == 0xBB
        && (line[2] & 0xFF) == 0xBF) {
      offset = 3;
    }
    ByteBuffer bytes = ByteBuffer.wrap(line, offset, length - offset);
    CharBuffer chars = CharBuffer.allocate(length - offset);
    decoder.reset();
    CoderResult result = decoder.decode(bytes, chars, true);
    if (result.isError()) {
      int bad = bytes.position() - offset;
      String lenient = new String(line, offset, length - offset, StandardCharsets.UTF_8);
      return new Line(number, lenient, String.format(Locale.ROOT,
          "invalid UTF-8 at byte %d of the line (byte 0x%02X)", bad, line[bytes.position()] & 0xFF));
    }
    decoder.flush(chars);
    chars.flip();
    return new Line(number, chars.toString(), null);
  }

  private boolean fill() throws IOException {
    if (eof) {
      return false;
    }
    int n = in.read(buffer);
    if (n <= 0) {
      eof = n < 0;
      if (n == 0) {
        return fill();
      }
      return false;
    }
    pos = 0;
    limit = n;
    return true;
  }

  private void ensure(int capacity) {
    if (capacity > line.length) {
      line = Arrays.copyOf(line, Math.max(capacity, Math.min(maxLineBytes, line.length * 2)));
    }
  }
}
