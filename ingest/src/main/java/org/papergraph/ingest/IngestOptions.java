package org.papergraph.ingest;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How {@link PaperInputs} reads its inputs.
 *
 * @param format the input format, or {@link InputFormat#AUTO} to detect it from each input's content
 * @param categories arXiv-style categories to keep ({@code cs.CL}, or a whole archive such as {@code
 *     cs}); empty keeps every paper. Papers whose source gives no categories are kept, since
 *     nothing says they are outside the filter.
 * @param maxAbstractChars a record whose raw abstract is longer than this many characters is
 *     rejected; {@link #DEFAULT_MAX_ABSTRACT_CHARS} by default
 * @param csvColumns column names for CSV/TSV inputs
 */
public record IngestOptions(
    InputFormat format, Set<String> categories, int maxAbstractChars, CsvColumns csvColumns) {

  /** 100,000 characters: about twenty times the longest real abstract. */
  public static final int DEFAULT_MAX_ABSTRACT_CHARS = 100_000;

  public IngestOptions {
    format = format == null ? InputFormat.AUTO : format;
    categories = categories == null ? Set.of() : categories.stream()
        .map(c -> c.trim().toLowerCase(Locale.ROOT))
        .filter(c -> !c.isEmpty())
        .collect(Collectors.toUnmodifiableSet());
    if (maxAbstractChars <= 0) {
      throw new IllegalArgumentException(
          "maxAbstractChars must be positive, got " + maxAbstractChars);
    }
    csvColumns = csvColumns == null ? CsvColumns.defaults() : csvColumns;
  }

  public static IngestOptions defaults() {
    return new IngestOptions(InputFormat.AUTO, Set.of(), DEFAULT_MAX_ABSTRACT_CHARS,
        CsvColumns.defaults());
  }

  public IngestOptions withFormat(InputFormat newFormat) {
    return new IngestOptions(newFormat, categories, maxAbstractChars, csvColumns);
  }

  public IngestOptions withCategories(Set<String> newCategories) {
    return new IngestOptions(format, newCategories, maxAbstractChars, csvColumns);
  }

  public IngestOptions withMaxAbstractChars(int newMax) {
    return new IngestOptions(format, categories, newMax, csvColumns);
  }

  public IngestOptions withCsvColumns(CsvColumns newColumns) {
    return new IngestOptions(format, categories, maxAbstractChars,
        Objects.requireNonNull(newColumns, "csvColumns"));
  }
}
