package org.papergraph.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.papergraph.extract.match.Names;
import org.papergraph.extract.match.Quantities;

/**
 * The curated typed dictionary: one TSV file per entity type ({@code model.tsv} or
 * {@code models.tsv}, ...), each with the header {@code name aliases variant_of parameters case},
 * aliases separated by {@code |}, case {@code exact} or empty. Loading validates every row and
 * reports all problems at once as {@code file:line: rule}.
 */
public final class Dictionary {

  /** Classpath folder of the bundled dictionary files. */
  public static final String RESOURCE_DIR = "org/papergraph/extract/dictionary";

  static final String HEADER = "name\taliases\tvariant_of\tparameters\tcase";

  private final List<DictionaryEntry> entries;
  private final List<String> sources;
  private final Map<String, List<DictionaryEntry>> byName = new HashMap<>();

  private Dictionary(List<DictionaryEntry> entries, List<String> sources) {
    this.entries = List.copyOf(entries);
    this.sources = List.copyOf(sources);
    for (DictionaryEntry e : entries) {
      for (String n : e.names()) {
        byName.computeIfAbsent(Names.normalize(n), k -> new ArrayList<>()).add(e);
      }
    }
  }

  public static Dictionary of(List<DictionaryEntry> entries) {
    return new Dictionary(entries, List.of("(in memory)"));
  }

  /** The bundled dictionary: every {@code .tsv} file in {@link #RESOURCE_DIR} on the classpath. */
  public static Dictionary loadDefault() {
    Map<String, String> files = new java.util.TreeMap<>();
    try {
      Enumeration<URL> dirs = Dictionary.class.getClassLoader().getResources(RESOURCE_DIR);
      for (URL dir : Collections.list(dirs)) {
        listTsv(dir, files);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + RESOURCE_DIR + " on the classpath", e);
    }
    return parse(files);
  }

  /** Reads dictionary files from disk, e.g. test dictionaries or a file being reviewed. */
  public static Dictionary load(List<Path> paths) {
    Map<String, String> files = new java.util.TreeMap<>();
    for (Path p : paths) {
      try {
        files.put(p.toString(), Files.readString(p, StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new DictionaryException(List.of(p + ": cannot read: " + e.getMessage()));
      }
    }
    return parse(files);
  }

  /** Reads every {@code .tsv} file of a directory. */
  public static Dictionary loadDirectory(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      return load(s.filter(p -> p.toString().endsWith(".tsv")).sorted().toList());
    } catch (IOException e) {
      throw new DictionaryException(List.of(dir + ": cannot list: " + e.getMessage()));
    }
  }

  private static void listTsv(URL dir, Map<String, String> files) throws IOException {
    if (dir.getProtocol().equals("file")) {
      try (Stream<Path> s = Files.list(Path.of(dir.toURI()))) {
        for (Path p : s.filter(p -> p.toString().endsWith(".tsv")).toList()) {
          files.put(RESOURCE_DIR + "/" + p.getFileName(), Files.readString(p, StandardCharsets.UTF_8));
        }
      } catch (URISyntaxException e) {
        throw new IOException(e);
      }
    } else if (dir.getProtocol().equals("jar")) {
      JarURLConnection c = (JarURLConnection) dir.openConnection();
      c.setUseCaches(false);
      try (JarFile jar = c.getJarFile()) {
        for (JarEntry e : Collections.list(jar.entries())) {
          String n = e.getName();
          if (n.startsWith(RESOURCE_DIR + "/") && n.endsWith(".tsv") && n.indexOf('/', RESOURCE_DIR.length() + 1) < 0) {
            try (InputStream in = jar.getInputStream(e)) {
              files.put(n, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
          }
        }
      }
    }
  }

  private static Dictionary parse(Map<String, String> files) {
    List<DictionaryEntry> all = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (Map.Entry<String, String> f : files.entrySet()) {
      String file = f.getKey();
      EntityType type = typeOfFile(file, problems);
      if (type != null) {
        readRows(file, type, new java.io.StringReader(f.getValue()), all, problems);
      }
    }
    if (!problems.isEmpty()) {
      throw new DictionaryException(problems);
    }
    return new Dictionary(all, new ArrayList<>(files.keySet()));
  }

  static EntityType typeOfFile(String file, List<String> problems) {
    String base = file.substring(file.lastIndexOf('/') + 1).replaceFirst("\\.tsv$", "")
        .toLowerCase(Locale.ROOT);
    for (EntityType t : EntityType.values()) {
      if (base.equals(t.slug()) || base.equals(t.slug() + "s")) {
        return t;
      }
    }
    problems.add(file + ": file name must be an entity type, one of "
        + Stream.of(EntityType.values()).map(t -> t.slug() + ".tsv").toList());
    return null;
  }

  static void readRows(String file, EntityType type, Reader reader, List<DictionaryEntry> out,
      List<String> problems) {
    try (BufferedReader in = new BufferedReader(reader)) {
      String line = in.readLine();
      if (line == null || !line.strip().equals(HEADER)) {
        problems.add(file + ":1: header must be '" + HEADER.replace("\t", "<TAB>") + "', got '"
            + (line == null ? "" : line.replace("\t", "<TAB>")) + "'");
        return;
      }
      int number = 1;
      while ((line = in.readLine()) != null) {
        number++;
        if (!line.isBlank() && !line.startsWith("#")) {
          DictionaryEntry e = row(file + ":" + number, type, line, problems);
          if (e != null) {
            out.add(e);
          }
        }
      }
    } catch (IOException e) {
      problems.add(file + ": cannot read: " + e.getMessage());
    }
  }

  private static DictionaryEntry row(String where, EntityType type, String line,
      List<String> problems) {
    String[] cols = line.split("\t", -1);
    if (cols.length > 5) {
      problems.add(where + ": expected at most 5 tab-separated columns, got " + cols.length);
      return null;
    }
    String[] c = java.util.Arrays.copyOf(cols, 5);
    String name = strip(c[0]);
    if (name == null) {
      problems.add(where + ": column 'name' must not be empty");
      return null;
    }
    List<String> aliases = new ArrayList<>();
    if (c[1] != null) {
      for (String a : c[1].split("\\|", -1)) {
        if (a.isBlank()) {
          if (!c[1].isBlank()) {
            problems.add(where + ": column 'aliases' has an empty alias in '" + c[1] + "'");
          }
        } else if (!a.strip().equals(name)) {
          aliases.add(a.strip());
        }
      }
    }
    String parameters = strip(c[3]);
    if (parameters != null && Quantities.parseCount(parameters) == null) {
      problems.add(where + ": column 'parameters' must be a count like 13B or 540M, got '"
          + parameters + "'");
      return null;
    }
    String kase = strip(c[4]);
    if (kase != null && !kase.equals("exact")) {
      problems.add(where + ": column 'case' must be 'exact' or empty, got '" + kase + "'");
      return null;
    }
    return new DictionaryEntry(type, name, aliases, strip(c[2]), parameters, kase != null, where);
  }

  private static String strip(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  public List<DictionaryEntry> entries() {
    return entries;
  }

  /** Files the entries came from. */
  public List<String> sources() {
    return sources;
  }

  public int size() {
    return entries.size();
  }

  /** Entries with a name or alias equal to {@code name} after normalization. */
  public List<DictionaryEntry> lookup(String name) {
    return byName.getOrDefault(Names.normalize(name), List.of());
  }

  /** The entry of {@code type} named {@code name} (or aliased so), if any. */
  public Optional<DictionaryEntry> lookup(EntityType type, String name) {
    return lookup(name).stream().filter(e -> e.type() == type).findFirst();
  }

  /** Entry counts per type, for provenance ("Model=812, ..."). */
  public String summary() {
    Map<EntityType, Integer> counts = new java.util.EnumMap<>(EntityType.class);
    entries.forEach(e -> counts.merge(e.type(), 1, Integer::sum));
    StringBuilder b = new StringBuilder();
    counts.forEach((t, n) -> b.append(b.length() == 0 ? "" : ", ").append(t.label()).append('=')
        .append(n));
    return entries.size() + " entries (" + b + ")";
  }

}
