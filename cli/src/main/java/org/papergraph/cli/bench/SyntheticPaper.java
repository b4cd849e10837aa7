package org.papergraph.cli.bench;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** One generated paper, in the fields of the JSON Lines input form. */
public record SyntheticPaper(String id, String title, String abstractText, List<String> authors,
    LocalDate published) {

  public SyntheticPaper {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(abstractText, "abstractText");
    Objects.requireNonNull(published, "published");
    authors = List.copyOf(authors);
  }

  /** Whitespace-separated words of the abstract. */
  public int abstractWords() {
    return abstractText.isBlank() ? 0 : abstractText.strip().split("\\s+").length;
  }
}
