package org.papergraph.ingest.merge;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Per paper number: its id (UTF-8 in 1 MiB chunks) and 32-bit hashes of its arXiv id and DOI, so
 * a title match can be refused when both papers carry different strong ids. About 30 bytes per
 * paper.
 */
final class SeenPapers {

  private static final int CHUNK = 1 << 20;

  private final List<byte[]> chunks = new ArrayList<>();
  private long[] idAt = new long[1024];
  private int[] arxiv = new int[1024];
  private int[] doi = new int[1024];
  private int size;
  private int used = CHUNK;

  int add(String id, String arxivId, String doiValue) {
    if (size == idAt.length) {
      idAt = Arrays.copyOf(idAt, size * 2);
      arxiv = Arrays.copyOf(arxiv, size * 2);
      doi = Arrays.copyOf(doi, size * 2);
    }
    byte[] bytes = id.getBytes(StandardCharsets.UTF_8);
    int length = Math.min(bytes.length, 0xFFFF);
    if (used + 2 + length > CHUNK) {
      chunks.add(new byte[Math.max(CHUNK, length + 2)]);
      used = 0;
    }
    byte[] chunk = chunks.get(chunks.size() - 1);
    chunk[used] = (byte) (length >>> 8);
    chunk[used + 1] = (byte) length;
    System.arraycopy(bytes, 0, chunk, used + 2, length);
    idAt[size] = ((long) (chunks.size() - 1) << 32) | used;
    used += 2 + length;
    arxiv[size] = strongHash(arxivId);
    doi[size] = strongHash(doiValue);
    return size++;
  }

  int size() {
    return size;
  }

  String id(int paper) {
    byte[] chunk = chunks.get((int) (idAt[paper] >>> 32));
    int at = (int) idAt[paper];
    int length = ((chunk[at] & 0xFF) << 8) | (chunk[at + 1] & 0xFF);
    return new String(chunk, at + 2, length, StandardCharsets.UTF_8);
  }

  /** True when both papers have an arXiv id, or both a DOI, and they differ. */
  boolean conflicts(int paper, String arxivId, String doiValue) {
    int a = strongHash(arxivId);
    int d = strongHash(doiValue);
    return (a != 0 && arxiv[paper] != 0 && a != arxiv[paper])
        || (d != 0 && doi[paper] != 0 && d != doi[paper]);
  }

  /** Records strong ids learnt from a duplicate. */
  void learn(int paper, String arxivId, String doiValue) {
    if (arxiv[paper] == 0) {
      arxiv[paper] = strongHash(arxivId);
    }
    if (doi[paper] == 0) {
      doi[paper] = strongHash(doiValue);
    }
  }

  private static int strongHash(String value) {
    if (value == null) {
      return 0;
    }
    int h = (int) KeyIndex.hash(value);
    return h == 0 ? 1 : h;
  }
}
