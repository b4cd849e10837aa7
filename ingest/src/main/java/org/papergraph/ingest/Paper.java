package org.papergraph.ingest;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One paper as read from any source, cleaned and ready for extraction.
 *
 * <p>{@code abstractText} is the cleaned abstract (NFC, LaTeX and HTML remnants normalized): every
 * character offset papergraph produces indexes into it (or into {@code title} for title mentions).
 * {@code rawAbstract} is the abstract exactly as the source gave it.
 *
 * @param id stable paper id: {@code arxiv-<id without version>} when the arXiv id is known, else
 *     {@code doi-...} or {@code title-<hash of the normalized title>}
 * @param arxivId arXiv id without version suffix, or null
 * @param doi DOI in lower case without resolver prefix, or null
 * @param authors author names in order
 * @param published publication date, or null
 * @param categories subject categories (arXiv style), possibly empty
 * @param links other URLs the source gave for the paper (abs page, pdf, project page)
 * @param githubRepo repository URL the source gave, or null
 * @param keywords keywords the source gave, possibly empty
 * @param origin where the record came from, for errors and provenance
 */
public record Paper(
    String id,
    String arxivId,
    String doi,
    String title,
    String abstractText,
    String rawAbstract,
    List<String> authors,
    LocalDate published,
    List<String> categories,
    List<String> links,
    String githubRepo,
    List<String> keywords,
    SourcePosition origin) {

  public Paper {
    Objects.requireNonNull(id, "id");
    if (id.isBlank()) {
      throw new IllegalArgumentException("paper id must not be blank");
    }
    Objects.requireNonNull(title, "title");
    abstractText = abstractText == null ? "" : abstractText;
    rawAbstract = rawAbstract == null ? abstractText : rawAbstract;
    authors = List.copyOf(authors == null ? List.of() : authors);
    categories = List.copyOf(categories == null ? List.of() : categories);
    links = List.copyOf(links == null ? List.of() : links);
    keywords = List.copyOf(keywords == null ? List.of() : keywords);
  }

  /** A paper with only the essentials, as tests and simple sources make them. */
  public static Paper of(String id, String title, String abstractText) {
    return new Paper(id, null, null, title, abstractText, abstractText, List.of(), null, List.of(),
        List.of(), null, List.of(), null);
  }
}
