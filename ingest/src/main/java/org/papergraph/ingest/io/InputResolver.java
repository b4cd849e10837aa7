package org.papergraph.ingest.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.papergraph.ingest.IngestException;

/**
 * Expands what the user named into the files to read, in a stable order.
 *
 * <ul>
 *   <li>{@code -}: standard input;
 *   <li>a file: that file, whatever its name;
 *   <li>a directory: its files recursively, sorted by path, skipping hidden ones, and keeping
 *       only names that end in a known extension ({@link #EXTENSIONS}, optionally followed by
 *       {@code .gz} or {@code .bz2}), so a README next to the data is not mistaken for input;
 *   <li>a glob ({@code data/*.jsonl.gz}, {@code dumps/**}): the matching files, sorted.
 * </ul>
 */
public final class InputResolver {

  /** File name endings read when walking a directory. */
  public static final Set<String> EXTENSIONS =
      Set.of("txt", "json", "jsonl", "ndjson", "xml", "atom", "csv", "tsv");

  private InputResolver() {}

  public static List<InputSource> resolve(String input) throws IngestException {
    if (input.equals("-")) {
      return List.of(InputSource.stdin());
    }
    Path path = Path.of(input);
    if (Files.isDirectory(path)) {
      List<InputSource> files = walk(path, Integer.MAX_VALUE, p -> isDataFile(p));
      if (files.isEmpty()) {
        throw new IngestException(input + ": directory holds no input files (looked for "
            + String.join(", ", EXTENSIONS.stream().sorted().toList()) + ", optionally .gz/.bz2)");
      }
      return files;
    }
    if (Files.exists(path)) {
      return List.of(InputSource.file(path));
    }
    if (isGlob(input)) {
      return glob(input);
    }
    throw new IngestException(input + ": no such file or directory");
  }

  private static List<InputSource> glob(String pattern) throws IngestException {
    String normalized = pattern.replace('\\', '/');
    String[] parts = normalized.split("/");
    int firstGlob = 0;
    while (firstGlob < parts.length && !isGlob(parts[firstGlob])) {
      firstGlob++;
    }
    String baseText = String.join("/", List.of(parts).subList(0, firstGlob));
    Path base = Path.of(!baseText.isEmpty() ? baseText : normalized.startsWith("/") ? "/" : ".");
    String rest = String.join("/", List.of(parts).subList(firstGlob, parts.length));
    PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + rest);
    int depth = rest.contains("**") ? Integer.MAX_VALUE : parts.length - firstGlob;
    List<InputSource> files = Files.isDirectory(base)
        ? walk(base, depth, p -> matcher.matches(base.relativize(p)))
        : List.of();
    if (files.isEmpty()) {
      throw new IngestException(pattern + ": no files match this pattern");
    }
    return files;
  }

  private static List<InputSource> walk(Path dir, int depth,
      java.util.function.Predicate<Path> keep) throws IngestException {
    try (Stream<Path> paths = Files.walk(dir, depth)) {
      List<InputSource> out = new ArrayList<>();
      paths.filter(Files::isRegularFile)
          .filter(p -> !isHidden(dir.relativize(p)))
          .filter(keep)
          .sorted()
          .forEach(p -> out.add(InputSource.file(p)));
      return out;
    } catch (IOException | UncheckedIOException e) {
      throw new IngestException(dir + ": cannot list directory: " + e.getMessage(), e);
    }
  }

  private static boolean isHidden(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  static boolean isDataFile(Path p) {
    String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
    name = name.replaceFirst("\\.(gz|bz2)$", "");
    int dot = name.lastIndexOf('.');
    return dot >= 0 && EXTENSIONS.contains(name.substring(dot + 1));
  }

  private static boolean isGlob(String s) {
    return s.indexOf('*') >= 0 || s.indexOf('?') >= 0 || s.indexOf('[') >= 0
        || s.indexOf('{') >= 0;
  }
}
