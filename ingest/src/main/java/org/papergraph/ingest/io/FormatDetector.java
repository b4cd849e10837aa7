package org.papergraph.ingest.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import org.papergraph.ingest.CsvColumns;
import org.papergraph.ingest.IngestException;
import org.papergraph.ingest.InputFormat;

/**
 * Picks the {@link Layout} of an input from its first bytes (after decompression) and the
 * requested {@link InputFormat}. Detection: {@code <} is XML (read as Atom), {@code [} a JSON
 * document, {@code {} JSON Lines when the first line is a complete JSON value (else one JSON
 * document), a first line holding the title column split by tabs or commas a TSV/CSV header, and
 * text with a short line followed, after a blank line, by a long paragraph a Daily Papers page.
 */
public final class FormatDetector {

  private static final JsonFactory JSON = new JsonFactory();

  private FormatDetector() {}

  public static Layout detect(byte[] head, InputFormat format, CsvColumns columns, String source)
      throws IngestException {
    String text = new String(head, StandardCharsets.UTF_8);
    int start = firstContent(text);
    if (start < 0) {
      throw new IngestException(source + ": empty input (only whitespace)");
    }
    char first = text.charAt(start);
    return switch (format) {
      case DAILY_PAGE -> Layout.DAILY_PAGE;
      case CSV -> Layout.CSV;
      case TSV -> Layout.TSV;
      case ARXIV_ATOM -> Layout.ATOM;
      case JSONL, ARXIV_METADATA -> first == '[' ? Layout.JSON_DOCUMENT : Layout.JSON_LINES;
      case HF_JSON, OPENALEX -> jsonLayout(text, start, first, source, format);
      case AUTO -> detectAuto(text, start, first, columns, source);
    };
  }

  private static Layout detectAuto(String text, int start, char first, CsvColumns columns,
      String source) throws IngestException {
    if (first == '<') {
      return Layout.ATOM;
    }
    if (first == '[' || first == '{') {
      return jsonLayout(text, start, first, source, InputFormat.AUTO);
    }
    if (looksBinary(text)) {
      throw new IngestException(source + ": binary data, not a text format papergraph reads"
          + " (JSON, JSON Lines, Atom XML, CSV/TSV or a Daily Papers page)");
    }
    String header = firstLine(text, start);
    if (hasColumn(header, '\t', columns.title())) {
      return Layout.TSV;
    }
    if (hasColumn(header, ',', columns.title())) {
      return Layout.CSV;
    }
    if (looksLikeDailyPage(text)) {
      return Layout.DAILY_PAGE;
    }
    throw new IngestException(source + ": cannot detect the format: not JSON, Atom XML, CSV/TSV"
        + " with a '" + columns.title() + "' column, nor a Daily Papers page (title, blank line,"
        + " abstract); use --format to say which it is");
  }

  private static Layout jsonLayout(String text, int start, char first, String source,
      InputFormat format) throws IngestException {
    if (first == '[') {
      return Layout.JSON_DOCUMENT;
    }
    if (first != '{') {
      throw new IngestException(source + ": expected JSON for format " + format.cliName()
          + ", but the content starts with '" + first + "'");
    }
    return completeJson(firstLine(text, start)) ? Layout.JSON_LINES : Layout.JSON_DOCUMENT;
  }

  private static boolean completeJson(String line) {
    try (JsonParser p = JSON.createParser(line)) {
      int depth = 0;
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        if (t.isStructStart()) {
          depth++;
        } else if (t.isStructEnd() && --depth == 0) {
          return true;
        }
      }
      return false;
    } catch (IOException e) {
      return !line.strip().equals("{") && line.strip().endsWith("}");
    }
  }

  static boolean looksBinary(String text) {
    int n = Math.min(text.length(), 1024);
    long odd = text.substring(0, n).chars()
        .filter(c -> c == 0xFFFD || (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f'))
        .count();
    return odd * 20 > n;
  }

  private static boolean hasColumn(String header, char delimiter, String title) {
    if (header.indexOf(delimiter) < 0) {
      return false;
    }
    return Arrays.stream(header.split(delimiter == '\t' ? "\t" : ",", -1))
        .map(c -> c.strip().replace("\"", "").toLowerCase(Locale.ROOT))
        .anyMatch(c -> c.equals(title.toLowerCase(Locale.ROOT)));
  }

  /** A short line, a blank line, then a paragraph: 100+ characters, or a sentence of 8+ words. */
  private static boolean looksLikeDailyPage(String text) {
    String[] blocks = text.replace("\r", "").split("\n\\s*\n");
    for (int i = 1; i < blocks.length; i++) {
      String previous = blocks[i - 1].strip();
      String block = blocks[i].strip();
      boolean prose = block.length() >= 100
          || (block.endsWith(".") && block.split("\\s+").length >= 8);
      if (prose && !previous.isEmpty() && previous.length() <= 400
          && previous.indexOf('\n') < 0) {
        return true;
      }
    }
    return false;
  }

  private static int firstContent(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c) && c != '\uFEFF') {
        return i;
      }
    }
    return -1;
  }

  private static String firstLine(String text, int start) {
    int end = text.indexOf('\n', start);
    return (end < 0 ? text.substring(start) : text.substring(start, end)).replace("\r", "");
  }
}
