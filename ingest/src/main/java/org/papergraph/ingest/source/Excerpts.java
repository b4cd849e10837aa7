package org.papergraph.ingest.source;

/** Short, printable excerpts of raw input for rejections. */
public final class Excerpts {

  /** Characters kept in an excerpt. */
  public static final int LENGTH = 160;

  private Excerpts() {}

  public static String of(String raw) {
    if (raw == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(Math.min(raw.length(), LENGTH) + 1);
    for (int i = 0; i < raw.length() && out.length() < LENGTH; i++) {
      char c = raw.charAt(i);
      out.append(c == '\n' || c == '\r' || c == '\t' ? ' ' : Character.isISOControl(c) ? '\uFFFD' : c);
    }
    if (raw.length() > LENGTH) {
      out.append('…');
    }
    return out.toString();
  }
}
