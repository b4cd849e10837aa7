package org.papergraph.ingest.merge;

import java.util.LinkedHashMap;
import java.util.Map;
import org.papergraph.ingest.Paper;
import org.papergraph.ingest.PaperHandler;
import org.papergraph.ingest.PaperIds;
import org.papergraph.ingest.Rejection;
import org.papergraph.ingest.SourcePosition;

/**
 * Recognizes the same paper arriving again within one read and merges it, in bounded memory.
 *
 * <p>Two papers are the same when they share the arXiv id (versions already stripped), the DOI,
 * or the normalized title; a title match is refused when both carry different arXiv ids or
 * different DOIs (distinct papers do share titles).
 *
 * <p>Design, two levels:
 *
 * <ol>
 *   <li>Identity: for every paper seen, only its 64-bit key hashes ({@link KeyIndex}) and its id
 *       with strong-id hashes ({@link SeenPapers}) are kept, roughly 100 bytes per paper, so
 *       millions of papers fit in a small heap. The first record of a paper is passed on at
 *       once.
 *   <li>Metadata: the last {@link #DEFAULT_WINDOW} distinct papers are kept whole (an LRU). A
 *       later record of one of them is merged ({@link MergeRules}) and, when that changes
 *       anything, passed on again <em>with the same id</em>: a consumer that stores papers by id
 *       and replaces on a repeated id ends with the merged metadata. A duplicate of a paper that
 *       has left the window is counted and warned about, not passed on, so the stored paper is
 *       never replaced by a partial record.
 * </ol>
 *
 * <p>The id of a paper is fixed by its first record: when a title-only record comes before one
 * with an arXiv id, the merged paper keeps the {@code title-} id.
 */
public final class PaperMerger implements PaperHandler {

  /** Whole papers kept for merging: a few MB for typical abstracts. */
  public static final int DEFAULT_WINDOW = 4_096;

  private final PaperHandler next;
  private final KeyIndex keys = new KeyIndex();
  private final SeenPapers seen = new SeenPapers();
  private final Map<Integer, Paper> window;
  private long distinct;
  private long duplicates;
  private long warnings;

  public PaperMerger(PaperHandler next) {
    this(next, DEFAULT_WINDOW);
  }

  public PaperMerger(PaperHandler next, int windowSize) {
    this.next = next;
    this.window = new LinkedHashMap<>(Math.min(windowSize, 1024) * 2, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<Integer, Paper> eldest) {
        return size() > windowSize;
      }
    };
  }

  @Override
  public void paper(Paper paper) {
    long[] paperKeys = keysOf(paper);
    int match = find(paperKeys, paper);
    if (match < 0) {
      int number = seen.add(paper.id(), paper.arxivId(), paper.doi());
      for (long key : paperKeys) {
        keys.putIfAbsent(key, number);
      }
      window.put(number, paper);
      distinct++;
      next.paper(paper);
      return;
    }
    duplicates++;
    for (long key : paperKeys) {
      keys.putIfAbsent(key, match);
    }
    seen.learn(match, paper.arxivId(), paper.doi());
    Paper earlier = window.get(match);
    if (earlier == null) {
      warnings++;
      next.warning(paper.origin(), "same paper as " + seen.id(match) + " read earlier, beyond the"
          + " merge window of " + DEFAULT_WINDOW + " papers; this record's metadata was not merged");
      return;
    }
    Paper merged = MergeRules.merge(earlier, paper);
    window.put(match, merged);
    if (!merged.equals(earlier)) {
      next.paper(merged);
    }
  }

  private int find(long[] paperKeys, Paper paper) {
    for (long key : paperKeys) {
      int number = keys.get(key);
      if (number >= 0 && !seen.conflicts(number, paper.arxivId(), paper.doi())) {
        return number;
      }
    }
    return -1;
  }

  private static long[] keysOf(Paper p) {
    String title = PaperIds.normalizeTitle(p.title());
    int n = (p.arxivId() != null ? 1 : 0) + (p.doi() != null ? 1 : 0) + (title.isEmpty() ? 0 : 1);
    long[] out = new long[n];
    int i = 0;
    if (p.arxivId() != null) {
      out[i++] = KeyIndex.hash("arxiv:" + p.arxivId());
    }
    if (p.doi() != null) {
      out[i++] = KeyIndex.hash("doi:" + p.doi());
    }
    if (!title.isEmpty()) {
      out[i] = KeyIndex.hash("title:" + title);
    }
    return out;
  }

  @Override
  public void rejected(Rejection rejection) {
    next.rejected(rejection);
  }

  @Override
  public void warning(SourcePosition where, String message) {
    next.warning(where, message);
  }

  /** Distinct papers passed on. */
  public long distinct() {
    return distinct;
  }

  /** Records merged into (or recognized as) a paper passed on earlier. */
  public long duplicates() {
    return duplicates;
  }

  /** Warnings this merger issued itself (not those passed through). */
  public long ownWarnings() {
    return warnings;
  }
}
