package org.papergraph.graph.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.query.Dataset;
import org.apache.jena.tdb2.TDB2Factory;
import org.papergraph.graph.StoreException;

/** Opens a TDB2 directory, refusing with one clear message what is not a store or is locked. */
public final class StoreDirectory {

  private StoreDirectory() {}

  public static Dataset connect(Path dir) {
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new StoreException(dir + " is a file, not a store directory; a papergraph store is a"
          + " TDB2 directory (give a new or empty directory to create one)");
    }
    if (Files.isDirectory(dir) && !isEmpty(dir) && !looksLikeTdb2(dir)) {
      throw new StoreException(dir + " exists but is not a TDB2 store (no Data-NNNN directory"
          + " inside); give a new or empty directory to create one");
    }
    try {
      Files.createDirectories(dir);
      return TDB2Factory.connectDataset(Location.create(dir));
    } catch (IOException e) {
      throw new StoreException("cannot create store directory " + dir + ": " + e.getMessage(), e);
    } catch (RuntimeException e) {
      if (isLock(e)) {
        throw new StoreException(dir + " is locked by another process (a running papergraph"
            + " serve?); stop it or use another store: " + e.getMessage(), e);
      }
      throw new StoreException("cannot open TDB2 store " + dir + ": " + e.getMessage(), e);
    }
  }

  /** True when {@code dir} does not exist or is an empty directory: no store there yet. */
  public static boolean isNew(Path dir) {
    return !Files.exists(dir) || Files.isDirectory(dir) && isEmpty(dir);
  }

  /**
   * The file beside TDB2's own that remembers the store's IRI base, so that every later command
   * mints and reads the same IRIs without being told again.
   */
  static final String BASE_FILE = "papergraph-base.txt";

  /** The IRI base the store in {@code dir} was built with, if it says. */
  public static Optional<String> recordedBase(Path dir) {
    Path file = dir.resolve(BASE_FILE);
    try {
      return Files.isRegularFile(file)
          ? Optional.of(Files.readString(file, StandardCharsets.UTF_8).strip())
          : Optional.empty();
    } catch (IOException e) {
      throw new StoreException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /** Remembers {@code base} for the store in {@code dir}, once. */
  public static void recordBase(Path dir, String base) {
    Path file = dir.resolve(BASE_FILE);
    if (Files.exists(file)) {
      return;
    }
    try {
      Files.writeString(file, base + System.lineSeparator(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new StoreException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  /** Bytes in all files under {@code dir}. */
  public static long sizeOnDisk(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).mapToLong(f -> {
        try {
          return Files.size(f);
        } catch (IOException e) {
          return 0L;
        }
      }).sum();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot measure " + dir, e);
    }
  }

  private static boolean isLock(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String name = t.getClass().getSimpleName();
      String msg = t.getMessage() == null ? "" : t.getMessage();
      if (name.contains("Lock") || msg.toLowerCase(java.util.Locale.ROOT).contains("lock")) {
        return true;
      }
    }
    return false;
  }

  private static boolean isEmpty(Path dir) {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.findAny().isEmpty();
    } catch (IOException e) {
      throw new StoreException("cannot read store directory " + dir + ": " + e.getMessage(), e);
    }
  }

  private static boolean looksLikeTdb2(Path dir) {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.anyMatch(p -> Files.isDirectory(p)
          && p.getFileName().toString().matches("Data-\\d{4}"));
    } catch (IOException e) {
      throw new StoreException("cannot read store directory " + dir + ": " + e.getMessage(), e);
    }
  }
}
