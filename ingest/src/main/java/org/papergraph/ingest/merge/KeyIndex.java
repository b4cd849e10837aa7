package org.papergraph.ingest.merge;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A map from 64-bit key hashes to paper numbers, in two primitive arrays (open addressing, linear
 * probing): about 20 bytes per key instead of a hundred for a {@code HashMap<String, ...>}. Keys
 * are hashed with 64-bit FNV-1a plus a finalizer; with ten million keys the chance of any false
 * match is about one in a hundred thousand.
 */
final class KeyIndex {

  private long[] keys = new long[1 << 12];
  private int[] values = new int[1 << 12];
  private int size;

  static long hash(String key) {
    long h = 0xcbf29ce484222325L;
    for (byte b : key.getBytes(StandardCharsets.UTF_8)) {
      h ^= b & 0xFF;
      h *= 0x100000001b3L;
    }
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    return h == 0 ? 1 : h;
  }

  /** The paper number stored for {@code key}, or -1. */
  int get(long key) {
    int mask = keys.length - 1;
    for (int i = (int) key & mask; keys[i] != 0; i = (i + 1) & mask) {
      if (keys[i] == key) {
        return values[i];
      }
    }
    return -1;
  }

  /** Stores {@code value} for {@code key} unless the key already has one. */
  void putIfAbsent(long key, int value) {
    if ((size + 1) * 10L > keys.length * 6L) {
      grow();
    }
    int mask = keys.length - 1;
    int i = (int) key & mask;
    while (keys[i] != 0) {
      if (keys[i] == key) {
        return;
      }
      i = (i + 1) & mask;
    }
    keys[i] = key;
    values[i] = value;
    size++;
  }

  int size() {
    return size;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldValues = values;
    keys = new long[oldKeys.length * 2];
    values = new int[oldKeys.length * 2];
    size = 0;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != 0) {
        putIfAbsent(oldKeys[i], oldValues[i]);
      }
    }
    Arrays.fill(oldKeys, 0);
  }
}
