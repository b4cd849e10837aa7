package org.papergraph.graph;

import java.nio.file.Path;

/** Run in a child JVM by {@link PaperStoreTest}: holds a store open until stdin closes. */
public final class LockHolder {

  private LockHolder() {}

  public static void main(String[] args) throws Exception {
    try (PaperStore store = PaperStore.open(Path.of(args[0]))) {
      store.containsPaper("x");
      System.out.println("LOCKED");
      System.out.flush();
      System.in.read();
    }
  }
}
