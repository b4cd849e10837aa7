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
 *       with strong-id hashes ({@link SeenPapers}) are kept, roughly 100 bytes per paper, in two
 *       generations of at most {@link #DEFAULT_GENERATION} papers each: when the newer one is
 *       full the older is dropped, so memory stays bounded however long the input (about 100 MB
 *       at most by default). A paper is recognized when its first record is among the last one
 *       to two generations of papers; a duplicate farther back is passed on as if new. It then
 *       carries the same id whenever its record yields it (the same arXiv id, or the same DOI
 *       or title with no stronger id), so a store that replaces by id still holds it once;
 *       otherwise (say, a title-only record first, its arXiv record a million papers later) it
 *       is stored twice. The first record of a paper is passed on at once.
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

  /** Papers per identity generation; two generations are kept. */
  public static final int DEFAULT_GENERATION = 500_000;

  /** The identities of a run of consecutive papers; global number = base + local number. */
  private static final class Generation {
    final long base;
    final KeyIndex keys = new KeyIndex();
    final SeenPapers seen = new SeenPapers();

    Generation(long base) {
      this.base = base;
    }
  }

  /** A paper seen before: its generation and its number there. */
  private record Seen(Generation generation, int local) {
    long global() {
      return generation.base + local;
    }
  }

  private final PaperHandler next;
  private final int generationSize;
  private Generation current = new Generation(0);
  private Generation older;
  private final Map<Long, Paper> window;
  private long distinct;
  private long duplicates;
  private long warnings;

  public PaperMerger(PaperHandler next) {
    this(next, DEFAULT_WINDOW, DEFAULT_GENERATION);
  }

  public PaperMerger(PaperHandler next, int windowSize) {
    this(next, windowSize, DEFAULT_GENERATION);
  }

  public PaperMerger(PaperHandler next, int windowSize, int generationSize) {
    if (generationSize < 1) {
      throw new IllegalArgumentException("generationSize must be positive, got " + generationSize);
    }
    this.next = next;
    this.generationSize = generationSize;
    this.window = new LinkedHashMap<>(Math.min(windowSize, 1024) * 2, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<Long, Paper> eldest) {
        return size() > windowSize;
      }
    };
  }

  @Override
  public void paper(Paper paper) {
    long[] paperKeys = keysOf(paper);
    Seen match = find(current, paperKeys, paper);
    if (match == null && older != null) {
      match = find(older, paperKeys, paper);
    }
    if (match == null) {
      if (current.seen.size() >= generationSize) {
        older = current;
        current = new Generation(older.base + older.seen.size());
      }
      int number = current.seen.add(paper.id(), paper.arxivId(), paper.doi());
      for (long key : paperKeys) {
        current.keys.putIfAbsent(key, number);
      }
      window.put(current.base + number, paper);
      distinct++;
      next.paper(paper);
      return;
    }
    duplicates++;
    Generation g = match.generation();
    for (long key : paperKeys) {
      g.keys.putIfAbsent(key, match.local());
    }
    g.seen.learn(match.local(), paper.arxivId(), paper.doi());
    Paper earlier = window.get(match.global());
    if (earlier == null) {
      warnings++;
      next.warning(paper.origin(), "same paper as " + g.seen.id(match.local()) + " read earlier,"
          + " beyond the merge window of " + DEFAULT_WINDOW + " papers; this record's metadata"
          + " was not merged");
      return;
    }
    Paper merged = MergeRules.merge(earlier, paper);
    window.put(match.global(), merged);
    if (!merged.equals(earlier)) {
      next.paper(merged);
    }
  }

  private static Seen find(Generation g, long[] paperKeys, Paper paper) {
    for (long key : paperKeys) {
      int number = g.keys.get(key);
      if (number >= 0 && !g.seen.conflicts(number, paper.arxivId(), paper.doi())) {
        return new Seen(g, number);
      }
    }
    return null;
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
