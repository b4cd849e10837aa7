package org.papergraph.cli.bench;

import java.util.ArrayList;
import java.util.List;

/** A Markdown table built row by row; cells are already formatted (in {@code Locale.ROOT}). */
public final class MarkdownTable {

  private final List<String> header;
  private final List<List<String>> rows = new ArrayList<>();

  public MarkdownTable(String... header) {
    this.header = List.of(header);
  }

  public MarkdownTable row(Object... cells) {
    if (cells.length != header.size()) {
      throw new IllegalArgumentException("a row needs " + header.size() + " cells, got "
          + cells.length);
    }
    List<String> r = new ArrayList<>(cells.length);
    for (Object c : cells) {
      r.add(String.valueOf(c));
    }
    rows.add(r);
    return this;
  }

  /** The header, the separator line and every row, lines separated by {@code \n}. */
  public String render() {
    StringBuilder sb = new StringBuilder();
    line(sb, header);
    sb.append('|');
    header.forEach(h -> sb.append(" --- |"));
    sb.append('\n');
    rows.forEach(r -> line(sb, r));
    return sb.toString();
  }

  /** Only the rows, for scripts that append to an existing table. */
  public String renderRows() {
    StringBuilder sb = new StringBuilder();
    rows.forEach(r -> line(sb, r));
    return sb.toString();
  }

  private static void line(StringBuilder sb, List<String> cells) {
    sb.append('|');
    cells.forEach(c -> sb.append(' ').append(c.replace("|", "\\|")).append(" |"));
    sb.append('\n');
  }
}
