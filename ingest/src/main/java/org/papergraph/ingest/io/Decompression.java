package org.papergraph.ingest.io;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;
import org.papergraph.ingest.IngestException;

/**
 * Recognizes gzip and bzip2 by their magic bytes (not by file name) and decompresses them while
 * streaming. A break in the compressed data surfaces as an {@link IOException} whose message says
 * the data is truncated or corrupt.
 */
public final class Decompression {

  private Decompression() {}

  /** The decompressed content of {@code in}, which must support mark/reset. */
  public static InputStream open(BufferedInputStream in, String source)
      throws IOException, IngestException {
    byte[] magic = peek(in, 6);
    if (magic.length >= 2 && (magic[0] & 0xFF) == 0x1F && (magic[1] & 0xFF) == 0x8B) {
      try {
        return new Reported(new GZIPInputStream(in, 1 << 16), "gzip");
      } catch (IOException e) {
        throw new IOException("truncated or corrupt gzip data (" + e.getMessage() + ")", e);
      }
    }
    if (magic.length >= 3 && magic[0] == 'B' && magic[1] == 'Z' && magic[2] == 'h') {
      try {
        return new Reported(new BZip2CompressorInputStream(in, true), "bzip2");
      } catch (IOException | RuntimeException e) {
        throw new IOException("truncated or corrupt bzip2 data (" + e.getMessage() + ")", e);
      }
    }
    String other = unsupported(magic);
    if (other != null) {
      throw new IngestException(source + ": " + other
          + " compressed data is not supported; decompress it first (gzip and bzip2 are read)");
    }
    return in;
  }

  /** Up to {@code n} bytes from the start of {@code in}, leaving the stream where it was. */
  public static byte[] peek(BufferedInputStream in, int n) throws IOException {
    in.mark(n);
    byte[] bytes = in.readNBytes(n);
    in.reset();
    return bytes;
  }

  private static String unsupported(byte[] m) {
    if (m.length >= 4 && m[0] == 'P' && m[1] == 'K' && m[2] == 3 && m[3] == 4) {
      return "zip";
    }
    if (m.length >= 6 && (m[0] & 0xFF) == 0xFD && m[1] == '7' && m[2] == 'z' && m[3] == 'X') {
      return "xz";
    }
    if (m.length >= 4 && (m[0] & 0xFF) == 0x28 && (m[1] & 0xFF) == 0xB5 && (m[2] & 0xFF) == 0x2F
        && (m[3] & 0xFF) == 0xFD) {
      return "zstd";
    }
    return null;
  }

  /** Rewords a failure inside the decompressor so the user learns the file is damaged. */
  private static final class Reported extends FilterInputStream {
    private final String kind;

    Reported(InputStream in, String kind) {
      super(in);
      this.kind = kind;
    }

    @Override
    public int read() throws IOException {
      try {
        return super.read();
      } catch (IOException | RuntimeException e) {
        throw damaged(e);
      }
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      try {
        return super.read(b, off, len);
      } catch (IOException | RuntimeException e) {
        throw damaged(e);
      }
    }

    private IOException damaged(Exception e) {
      return new IOException("truncated or corrupt " + kind + " data (" + e.getMessage() + ")", e);
    }
  }
}
