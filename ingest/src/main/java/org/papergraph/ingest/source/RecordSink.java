package org.papergraph.ingest.source;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.papergraph.ingest.IngestOptions;
import org.papergraph.ingest.Paper;
import org.papergraph.ingest.PaperHandler;
import org.papergraph.ingest.PaperIds;
import org.papergraph.ingest.Rejection;
import org.papergraph.ingest.SourcePosition;
import org.papergraph.ingest.text.TextCleaner;

/**
 * Where every reader delivers: validates a record (title present, abstract under the limit),
 * applies the category filter, cleans the text, applies the id rule, and passes papers,
 * rejections and warnings to the handler while counting them.
 */
public final class RecordSink {

  /** Titles longer than this are rejected: no real title is, a mis-split page is. */
  public static final int MAX_TITLE_CHARS = 2_000;

  private final IngestOptions options;
  private final PaperHandler handler;
  private long papers;
  private long rejected;
  private long warnings;
  private long filtered;

  public RecordSink(IngestOptions options, PaperHandler handler) {
    this.options = options;
    this.handler = handler;
  }

  public IngestOptions options() {
    return options;
  }

  void accept(PaperDraft draft, SourcePosition where, Supplier<String> excerpt) {
    String title = draft.title == null ? "" : TextCleaner.clean(draft.title);
    if (title.isEmpty()) {
      reject(where, draft.title == null ? "missing title" : "empty title", excerpt.get());
      return;
    }
    if (draft.title.length() > MAX_TITLE_CHARS) {
      reject(where, String.format(Locale.ROOT, "title has %,d characters, over the limit of %,d",
          draft.title.length(), MAX_TITLE_CHARS), excerpt.get());
      return;
    }
    int abstractLength = draft.rawAbstract == null ? 0 : draft.rawAbstract.length();
    if (abstractLength > options.maxAbstractChars()) {
      reject(where, String.format(Locale.ROOT,
          "abstract has %,d characters, over the limit of %,d (maxAbstractChars)",
          abstractLength, options.maxAbstractChars()), excerpt.get());
      return;
    }
    if (!inCategories(draft.categories)) {
      filtered++;
      return;
    }
    Paper paper = build(draft, title, where);
    for (String warning : draft.warnings) {
      warn(where, warning);
    }
    if (paper.abstractText().isEmpty()) {
      warn(where, "empty abstract; paper '" + Excerpts.of(title) + "' kept with its title only");
    }
    papers++;
    handler.paper(paper);
  }

  private Paper build(PaperDraft d, String title, SourcePosition where) {
    String abstractText = TextCleaner.clean(d.rawAbstract);
    List<String> authors = d.authors.stream().map(TextCleaner::clean)
        .filter(a -> !a.isEmpty()).distinct().toList();
    String id = PaperIds.forPaper(d.arxivId, d.doi, title);
    return new Paper(id, d.arxivId, d.doi, title, abstractText,
        d.rawAbstract == null ? "" : d.rawAbstract, authors, d.published,
        d.categories.stream().distinct().toList(), d.links, blankToNull(d.githubRepo),
        d.keywords.stream().map(TextCleaner::clean).filter(k -> !k.isEmpty()).distinct().toList(),
        where);
  }

  private boolean inCategories(List<String> categories) {
    if (options.categories().isEmpty() || categories.isEmpty()) {
      return true;
    }
    for (String category : categories) {
      String c = category.toLowerCase(Locale.ROOT);
      for (String wanted : options.categories()) {
        if (c.equals(wanted) || c.startsWith(wanted + ".")) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether a record with these categories passes the filter; lets readers skip work early. */
  boolean wants(List<String> categories) {
    return inCategories(categories);
  }

  void reject(SourcePosition where, String reason, String rawExcerpt) {
    rejected++;
    handler.rejected(new Rejection(where, reason, Excerpts.of(rawExcerpt)));
  }

  void warn(SourcePosition where, String message) {
    warnings++;
    handler.warning(where, message);
  }

  public long papers() {
    return papers;
  }

  public long rejected() {
    return rejected;
  }

  public long warnings() {
    return warnings;
  }

  /** Records left out by the category filter. */
  public long filtered() {
    return filtered;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
