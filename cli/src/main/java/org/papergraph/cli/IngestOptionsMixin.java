package org.papergraph.cli;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.papergraph.ingest.CsvColumns;
import org.papergraph.ingest.IngestOptions;
import org.papergraph.ingest.InputFormat;
import picocli.CommandLine.Option;

/** Options for reading inputs, shared by every command that reads papers. */
final class IngestOptionsMixin {

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "auto",
      converter = Converters.Input.class,
      description = "Input format: auto, daily-page, jsonl, hf-json, arxiv-atom, arxiv-metadata,"
          + " openalex, csv, tsv (default: ${DEFAULT-VALUE}).")
  InputFormat format;

  @Option(names = "--category", paramLabel = "CAT", split = ",",
      description = "Keep only papers in these arXiv categories or archives (cs.CL,cs.LG).")
  List<String> categories = List.of();

  @Option(names = "--max-abstract-chars", paramLabel = "N",
      description = "Reject abstracts longer than this (default: "
          + IngestOptions.DEFAULT_MAX_ABSTRACT_CHARS + ").")
  Integer maxAbstractChars;

  @Option(names = "--column", paramLabel = "KEY=NAME",
      description = "CSV/TSV column for a field (title, abstract, id, doi, authors, date, url).")
  Map<String, String> columns = Map.of();

  IngestOptions options() {
    IngestOptions o = IngestOptions.defaults()
        .withFormat(format)
        .withCategories(Set.copyOf(categories));
    if (maxAbstractChars != null) {
      o = o.withMaxAbstractChars(maxAbstractChars);
    }
    CsvColumns cols = CsvColumns.defaults();
    for (Map.Entry<String, String> e : columns.entrySet()) {
      cols = cols.with(e.getKey(), e.getValue());
    }
    return o.withCsvColumns(cols);
  }
}
