package org.papergraph.ingest.source;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Splits a one-string author list: by {@code ;} when present, else by {@code ,} and {@code and}. */
final class AuthorNames {

  private static final Pattern SEMICOLON = Pattern.compile("\\s*;\\s*");
  private static final Pattern COMMA_AND = Pattern.compile("\\s*,\\s*(?:and\\s+)?|\\s+and\\s+");

  private AuthorNames() {}

  static List<String> split(String text) {
    List<String> out = new ArrayList<>();
    if (text == null || text.isBlank()) {
      return out;
    }
    String flat = text.replaceAll("\\s+", " ").strip();
    Pattern separator = flat.indexOf(';') >= 0 ? SEMICOLON : COMMA_AND;
    for (String name : separator.split(flat)) {
      if (!name.isBlank()) {
        out.add(name.strip());
      }
    }
    return out;
  }
}
