package org.papergraph.ingest.source;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.papergraph.ingest.io.Utf8LineReader;

/**
 * Splits RFC 4180 records out of physical lines: fields separated by the delimiter, optionally
 * in double quotes, {@code ""} for a quote inside quotes, line breaks inside quoted fields. A
 * quote inside an unquoted field is kept as a character. Broken records (invalid UTF-8, text
 * after a closing quote, a quote never closed, a record over the size limit) come back with an
 * error and the splitter resynchronizes at the next line.
 */
final class CsvRecords {

  record Row(long line, List<String> fields, String error, String raw) {}

  private final Utf8LineReader lines;
  private final char delimiter;
  private final int maxRecordChars;

  CsvRecords(Utf8LineReader lines, char delimiter, int maxRecordChars) {
    this.lines = lines;
    this.delimiter = delimiter;
    this.maxRecordChars = maxRecordChars;
  }

  /** The next record, or null at the end; blank lines between records are skipped. */
  Row next() throws IOException {
    Utf8LineReader.Line line = lines.nextNonBlank();
    if (line == null) {
      return null;
    }
    long start = line.number();
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    StringBuilder raw = new StringBuilder();
    boolean quoted = false;
    boolean afterQuote = false;
    while (true) {
      if (line.error() != null) {
        return new Row(start, fields, "line " + line.number() + ": " + line.error(), line.text());
      }
      raw.append(raw.length() == 0 ? "" : "\n").append(line.text());
      String text = line.text();
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (quoted) {
          if (c != '"') {
            field.append(c);
          } else if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
            field.append('"');
            i++;
          } else {
            quoted = false;
            afterQuote = true;
          }
        } else if (c == delimiter) {
          fields.add(field.toString());
          field.setLength(0);
          afterQuote = false;
        } else if (afterQuote) {
          return new Row(start, fields, String.format(Locale.ROOT,
              "line %d: character '%s' after the closing quote of field %d", line.number(),
              c, fields.size() + 1), raw.toString());
        } else if (c == '"' && field.length() == 0) {
          quoted = true;
        } else {
          field.append(c);
        }
      }
      if (!quoted) {
        fields.add(field.toString());
        return new Row(start, fields, null, raw.toString());
      }
      if (raw.length() > maxRecordChars) {
        return new Row(start, fields, String.format(Locale.ROOT,
            "record is longer than %,d characters; is a quote left open?", maxRecordChars),
            raw.toString());
      }
      field.append('\n');
      line = lines.next();
      if (line == null) {
        return new Row(start, fields, "quoted field " + (fields.size() + 1) + " opened on line "
            + start + " is never closed", raw.toString());
      }
    }
  }
}
