package org.papergraph.ingest.merge;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.papergraph.ingest.Paper;

/**
 * How two records of one paper combine: the first record's id, title and origin stay; the
 * abstract is the first non-empty one; authors are the longer list (in that source's order);
 * the date is the earliest; arXiv id, DOI and GitHub repository are the first known; categories,
 * links and keywords are unions in order of appearance.
 */
public final class MergeRules {

  private MergeRules() {}

  public static Paper merge(Paper first, Paper later) {
    boolean takeAbstract = first.abstractText().isEmpty() && !later.abstractText().isEmpty();
    return new Paper(
        first.id(),
        first.arxivId() != null ? first.arxivId() : later.arxivId(),
        first.doi() != null ? first.doi() : later.doi(),
        first.title(),
        takeAbstract ? later.abstractText() : first.abstractText(),
        takeAbstract ? later.rawAbstract() : first.rawAbstract(),
        later.authors().size() > first.authors().size() ? later.authors() : first.authors(),
        earliest(first.published(), later.published()),
        union(first.categories(), later.categories()),
        union(first.links(), later.links()),
        first.githubRepo() != null ? first.githubRepo() : later.githubRepo(),
        union(first.keywords(), later.keywords()),
        first.origin());
  }

  private static LocalDate earliest(LocalDate a, LocalDate b) {
    if (a == null || b == null) {
      return a == null ? b : a;
    }
    return a.isBefore(b) ? a : b;
  }

  private static List<String> union(List<String> a, List<String> b) {
    LinkedHashSet<String> all = new LinkedHashSet<>(a);
    all.addAll(b);
    return new ArrayList<>(all);
  }
}
