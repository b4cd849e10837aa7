package org.papergraph.cli;

import java.util.List;

/** Aligned plain-text columns, long cells cut with an ellipsis so rows stay on one line. */
final class TextTable {

  private static final int MAX_CELL = 60;

  private TextTable() {}

  static String render(List<String> header, List<String[]> rows) {
    int[] width = new int[header.size()];
    for (int i = 0; i < width.length; i++) {
      width[i] = header.get(i).length();
    }
    for (String[] row : rows) {
      for (int i = 0; i < width.length; i++) {
        width[i] = Math.max(width[i], cut(row[i]).length());
      }
    }
    StringBuilder sb = new StringBuilder();
    line(sb, header.toArray(String[]::new), width);
    line(sb, header.stream().map(h -> "").toArray(String[]::new), width, '-');
    rows.forEach(r -> line(sb, r, width));
    sb.append('(').append(rows.size()).append(rows.size() == 1 ? " row)" : " rows)")
        .append(System.lineSeparator());
    return sb.toString();
  }

  private static void line(StringBuilder sb, String[] cells, int[] width) {
    line(sb, cells, width, ' ');
  }

  private static void line(StringBuilder sb, String[] cells, int[] width, char pad) {
    for (int i = 0; i < width.length; i++) {
      String c = cut(cells[i]);
      sb.append(c).append(String.valueOf(pad).repeat(width[i] - c.length()));
      sb.append(i + 1 < width.length ? "  " : "");
    }
    sb.append(System.lineSeparator());
  }

  private static String cut(String cell) {
    String one = cell.replaceAll("\\s+", " ");
    return one.length() <= MAX_CELL ? one : one.substring(0, MAX_CELL - 1) + "…";
  }
}
