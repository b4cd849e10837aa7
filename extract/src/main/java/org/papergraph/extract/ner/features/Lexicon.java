package org.papergraph.extract.ner.features;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * A set of known names (any type) for the dictionary-membership feature, supplied by the caller so
 * that the name finder does not depend on how dictionaries are loaded. Names are compared in the
 * annotation guide's normal form: Unicode NFKC, case-folded, whitespace, hyphens and underscores
 * removed, so {@code "LLaMA 2"}, {@code "Llama-2"} and the tokens {@code Llama - 2} are one key.
 *
 * <p>Immutable and thread-safe. {@link #toBytes()} / {@link #fromBytes(byte[])} store it inside a
 * model as a {@code .txt} resource, one key per line, sorted.
 */
public final class Lexicon implements Predicate<String> {

  private static final Pattern IGNORED = Pattern.compile("[\\s\\p{Pd}_]+");
  private static final Lexicon EMPTY = new Lexicon(new TreeSet<>());

  private final java.util.NavigableSet<String> keys;
  /** The same keys in a hash set: lookups run once per candidate token run, so they are hot. */
  private final Set<String> lookup;
  /** Every non-empty prefix of every key (keys included), for {@link #hasKeyStartingWith}. */
  private final Set<String> prefixes;

  private Lexicon(TreeSet<String> keys) {
    this.keys = java.util.Collections.unmodifiableNavigableSet(keys);
    this.lookup = new java.util.HashSet<>(keys);
    this.prefixes = new java.util.HashSet<>();
    for (String key : keys) {
      for (int end = 1; end <= key.length(); end++) {
        prefixes.add(key.substring(0, end));
      }
    }
  }

  public static Lexicon empty() {
    return EMPTY;
  }

  /** A lexicon of the given names; names whose normal form is empty are ignored. */
  public static Lexicon of(Collection<String> names) {
    TreeSet<String> keys = new TreeSet<>();
    for (String name : names) {
      String key = normalize(name);
      if (!key.isEmpty()) {
        keys.add(key);
      }
    }
    return keys.isEmpty() ? EMPTY : new Lexicon(keys);
  }

  /** The comparison key of a name or of concatenated tokens. */
  public static String normalize(String text) {
    if (plainAscii(text)) {
      return text.toLowerCase(java.util.Locale.ROOT);
    }
    String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(java.util.Locale.ROOT);
    return IGNORED.matcher(folded).replaceAll("");
  }

  /** ASCII letters, digits and punctuation other than hyphens and underscores: NFKC is a no-op. */
  private static boolean plainAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c <= ' ' || c >= 0x7f || c == '-' || c == '_') {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code name} (in any spelling with the same normal form) is in the lexicon. */
  @Override
  public boolean test(String name) {
    return lookup.contains(normalize(name));
  }

  /** Whether some key starts with {@code prefix} (a key equal to it counts). */
  boolean hasKeyStartingWith(String prefix) {
    if (prefix.isEmpty()) {
      return !keys.isEmpty();
    }
    return prefixes.contains(prefix);
  }

  boolean containsKey(String key) {
    return lookup.contains(key);
  }

  public int size() {
    return keys.size();
  }

  public boolean isEmpty() {
    return keys.isEmpty();
  }

  public byte[] toBytes() {
    return String.join("\n", keys).getBytes(StandardCharsets.UTF_8);
  }

  public static Lexicon fromBytes(byte[] bytes) {
    return of(new String(bytes, StandardCharsets.UTF_8).lines().toList());
  }
}
