package org.papergraph.ingest;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Header names of the CSV/TSV columns papergraph reads, matched case-insensitively. Only {@code
 * title} must be present; the others are optional. With the default names a few common synonyms
 * are accepted too ({@code summary} for the abstract, {@code published} or {@code year} for the
 * date, {@code link} for the URL, {@code author} for the authors).
 *
 * <p>{@code authors} cells hold names separated by {@code ;}, or by {@code ,} and {@code and} when
 * there is no semicolon.
 */
public record CsvColumns(
    String title, String abstractText, String id, String doi, String authors, String date,
    String url) {

  /** The keys {@link #with(String, String)} accepts, as the CLI spells them. */
  public static final List<String> KEYS =
      List.of("title", "abstract", "id", "doi", "authors", "date", "url");

  public CsvColumns {
    title = name(title, "title");
    abstractText = name(abstractText, "abstract");
    id = name(id, "id");
    doi = name(doi, "doi");
    authors = name(authors, "authors");
    date = name(date, "date");
    url = name(url, "url");
  }

  public static CsvColumns defaults() {
    return new CsvColumns("title", "abstract", "id", "doi", "authors", "date", "url");
  }

  /**
   * This mapping with one column renamed, for a CLI option like {@code --column abstract=summary}.
   *
   * @throws IllegalArgumentException naming the valid keys when {@code key} is not one of {@link
   *     #KEYS}
   */
  public CsvColumns with(String key, String column) {
    Objects.requireNonNull(column, "column");
    return switch (key.toLowerCase(Locale.ROOT)) {
      case "title" -> new CsvColumns(column, abstractText, id, doi, authors, date, url);
      case "abstract" -> new CsvColumns(title, column, id, doi, authors, date, url);
      case "id" -> new CsvColumns(title, abstractText, column, doi, authors, date, url);
      case "doi" -> new CsvColumns(title, abstractText, id, column, authors, date, url);
      case "authors" -> new CsvColumns(title, abstractText, id, doi, column, date, url);
      case "date" -> new CsvColumns(title, abstractText, id, doi, authors, column, url);
      case "url" -> new CsvColumns(title, abstractText, id, doi, authors, date, column);
      default -> throw new IllegalArgumentException(
          "unknown CSV column key '" + key + "'; expected one of " + KEYS);
    };
  }

  private static String name(String value, String key) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("CSV column name for '" + key + "' must not be blank");
    }
    return value.trim();
  }
}
