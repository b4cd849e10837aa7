package org.papergraph.cli.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The names the generator draws from: every entry of the extractor's bundled dictionary
 * ({@code org/papergraph/extract/dictionary/<type>.tsv}), with its aliases as surface variants.
 */
public final class Lexicon {

  /** The eight entity types, named as the dictionary files are. */
  public enum Type { MODEL, DATASET, BENCHMARK, METRIC, TASK, METHOD, ORGANIZATION, LANGUAGE }

  static final String HEADER = "name\taliases\tvariant_of\tparameters\tcase";
  private static final String FOLDER = "org/papergraph/extract/dictionary/";

  /** One dictionary row: the canonical name and its aliases. */
  record Entry(String name, List<String> aliases) {}


  private final Map<Type, List<Entry>> entries;

  private Lexicon(Map<Type, List<Entry>> entries) {
    this.entries = entries;
  }

  /** Loads all eight files from the class path; fails naming the file and line on bad rows. */
  public static Lexicon load() {
    Map<Type, List<Entry>> all = new EnumMap<>(Type.class);
    for (Type t : Type.values()) {
      String resource = FOLDER + t.name().toLowerCase(Locale.ROOT) + ".tsv";
      all.put(t, List.copyOf(read(resource)));
      if (all.get(t).isEmpty()) {
        throw new IllegalStateException(resource + ": no entries");
      }
    }
    return new Lexicon(all);
  }

  private static List<Entry> read(String resource) {
    InputStream in = Lexicon.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("dictionary resource " + resource
          + " is not on the class path");
    }
    List<Entry> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String header = r.readLine();
      if (!HEADER.equals(header)) {
        throw new IllegalStateException(resource + ":1: header must be '" + HEADER + "'");
      }
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t", -1);
        if (cols[0].isBlank()) {
          continue;
        }
        List<String> aliases = cols.length > 1 && !cols[1].isBlank()
            ? List.of(cols[1].split("\\|")) : List.of();
        out.add(new Entry(cols[0].strip(), aliases));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
    return out;
  }

  /** How many entries of {@code type} there are. */
  public int size(Type type) {
    return entries.get(type).size();
  }

  /** A canonical name of {@code type}, or (one time in six) one of its aliases. */
  public String pick(Type type, SplittableRandom rnd) {
    List<Entry> list = entries.get(type);
    Entry e = list.get(rnd.nextInt(list.size()));
    if (!e.aliases().isEmpty() && rnd.nextInt(6) == 0) {
      return e.aliases().get(rnd.nextInt(e.aliases().size())).strip();
    }
    return e.name();
  }
}
