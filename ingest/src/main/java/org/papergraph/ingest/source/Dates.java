package org.papergraph.ingest.source;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Dates in the shapes sources use: ISO date, ISO date-time (taken in UTC), RFC 1123. */
final class Dates {

  private Dates() {}

  /** The date, or null when {@code text} is blank or has no recognized shape. */
  static LocalDate parse(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String s = text.strip();
    try {
      if (s.length() == 10) {
        return LocalDate.parse(s);
      }
      if (Character.isDigit(s.charAt(0))) {
        return s.endsWith("Z") || s.matches(".*[+-]\\d\\d:?\\d\\d$")
            ? OffsetDateTime.parse(s).atZoneSameInstant(ZoneOffset.UTC).toLocalDate()
            : LocalDateTime.parse(s).toLocalDate();
      }
      return ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME)
          .withZoneSameInstant(ZoneOffset.UTC).toLocalDate();
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** Parses into the draft, adding a warning when the text is there but unreadable. */
  static void into(PaperDraft draft, String text, String field) {
    if (draft.published != null || text == null || text.isBlank()) {
      return;
    }
    draft.published = parse(text);
    if (draft.published == null) {
      draft.warnings.add(field + ": unreadable date '" + Excerpts.of(text) + "' ignored");
    }
  }
}
