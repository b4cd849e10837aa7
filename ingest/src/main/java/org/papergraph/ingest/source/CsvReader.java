package org.papergraph.ingest.source;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.papergraph.ingest.CsvColumns;
import org.papergraph.ingest.IngestException;
import org.papergraph.ingest.SourcePosition;
import org.papergraph.ingest.io.Utf8LineReader;

/**
 * CSV or TSV with a header row, columns mapped by name through {@link CsvColumns}. A row whose
 * field count differs from the header's is rejected with its line; so is a broken row.
 */
final class CsvReader {

  private final RecordSink sink;
  private final char delimiter;

  CsvReader(RecordSink sink, char delimiter) {
    this.sink = sink;
    this.delimiter = delimiter;
  }

  void read(InputStream in, String source) throws IOException, IngestException {
    int max = sink.options().maxAbstractChars();
    Utf8LineReader lines = new Utf8LineReader(in, JsonLinesReader.maxLineBytes(max));
    CsvRecords records = new CsvRecords(lines, delimiter, max + (1 << 20));
    CsvRecords.Row header = records.next();
    if (header == null) {
      throw new IngestException(source + ": empty CSV, no header row");
    }
    if (header.error() != null) {
      throw new IngestException(source + ":" + header.line() + ": unreadable CSV header: "
          + header.error());
    }
    Columns columns = Columns.of(header.fields(), sink.options().csvColumns(), source);
    for (CsvRecords.Row row = records.next(); row != null; row = records.next()) {
      SourcePosition where = new SourcePosition(source, Long.toString(row.line()));
      if (row.error() != null) {
        sink.reject(where, row.error(), row.raw());
      } else if (row.fields().size() != header.fields().size()) {
        sink.reject(where, String.format(Locale.ROOT, "row has %d fields, the header has %d",
            row.fields().size(), header.fields().size()), row.raw());
      } else {
        sink.accept(columns.draft(row.fields()), where, row::raw);
      }
    }
  }

  /** Column positions for each paper field; -1 when the column is absent. */
  private record Columns(int title, int abstractText, int id, int doi, int authors, int date,
      int url) {

    static Columns of(List<String> header, CsvColumns names, String source)
        throws IngestException {
      boolean defaults = names.equals(CsvColumns.defaults());
      List<String> lower = new ArrayList<>();
      header.forEach(h -> lower.add(h.strip().toLowerCase(Locale.ROOT)));
      int title = find(lower, names.title());
      if (title < 0) {
        throw new IngestException(source + ":1: the header has no '" + names.title()
            + "' column (columns: " + header + "); name the title column with a column override");
      }
      return new Columns(title,
          find(lower, names.abstractText(), defaults ? "summary" : null),
          find(lower, names.id()), find(lower, names.doi()),
          find(lower, names.authors(), defaults ? "author" : null),
          find(lower, names.date(), defaults ? "published" : null, defaults ? "year" : null),
          find(lower, names.url(), defaults ? "link" : null));
    }

    private static int find(List<String> header, String... names) {
      for (String name : names) {
        if (name != null && header.contains(name.toLowerCase(Locale.ROOT))) {
          return header.indexOf(name.toLowerCase(Locale.ROOT));
        }
      }
      return -1;
    }

    PaperDraft draft(List<String> fields) {
      PaperDraft d = new PaperDraft();
      d.title = cell(fields, title);
      d.rawAbstract = cell(fields, abstractText);
      String idCell = cell(fields, id);
      d.arxiv(idCell);
      d.doi(cell(fields, doi));
      d.doi(idCell);
      d.authors.addAll(AuthorNames.split(cell(fields, authors)));
      String dateCell = cell(fields, date);
      if (dateCell != null && !dateCell.strip().matches("\\d{4}")) {
        Dates.into(d, dateCell, "column " + (date + 1));
      }
      String link = cell(fields, url);
      d.arxiv(link);
      d.link(link);
      return d;
    }

    private static String cell(List<String> fields, int index) {
      if (index < 0 || fields.get(index).isBlank()) {
        return null;
      }
      return fields.get(index);
    }
  }
}
