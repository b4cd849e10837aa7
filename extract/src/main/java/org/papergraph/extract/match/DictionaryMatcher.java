package org.papergraph.extract.match;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.papergraph.extract.Dictionary;
import org.papergraph.extract.DictionaryEntry;

/**
 * Finds dictionary names in text: a trie over lower-cased {@link Piece}s, leftmost-longest, matches
 * aligned to word boundaries. Names of entries marked {@code exact}, and short all-caps acronyms
 * (MLP, RLHF, GPT-4), match only in their exact case, except all in lower case with a digit
 * ("gsm8k"); all others ignore case. Hyphen, space and no-space variants match alike; a final
 * plural {@code s} is allowed ("LLMs" for "LLM").
 */
public final class DictionaryMatcher {

  /** A dictionary hit: a field range and the entries whose names it spells. */
  public record Match(int start, int end, List<DictionaryEntry> entries) {}

  /**
   * casedPieces: the name's pieces when case must match exactly, else null; innerCaps: the name
   * has capitals after its first letter (MultiPLE, LoRA), so all-lower-case text never matches it.
   */
  private record Target(DictionaryEntry entry, List<String> casedPieces, boolean innerCaps) {}

  private static final class Node {
    final Map<String, Node> children = new HashMap<>(4);
    final List<Target> targets = new ArrayList<>(1);
  }

  private final Node root = new Node();

  public DictionaryMatcher(Dictionary dictionary) {
    for (DictionaryEntry e : dictionary.entries()) {
      for (String name : e.names()) {
        add(e, name);
      }
    }
  }

  private void add(DictionaryEntry e, String name) {
    List<String> pieces = Pieces.of(name);
    if (pieces.isEmpty()) {
      return;
    }
    Node n = root;
    for (String p : pieces) {
      n = n.children.computeIfAbsent(p.toLowerCase(Locale.ROOT), k -> new Node());
    }
    boolean exact = e.exactCase() || isShortAcronym(name);
    List<String> cased = exact ? pieces : null;
    for (Target t : n.targets) {
      // an exact entry keeps each spelling its names give ("Fréchet Inception Distance" and
      // "Fréchet inception distance"); a case-blind one needs only one
      if (t.entry == e && (t.casedPieces == null || t.casedPieces.equals(cased))) {
        return;
      }
    }
    n.targets.add(new Target(e, cased, hasInnerCaps(name)));
  }

  static boolean hasInnerCaps(String name) {
    for (int i = 1; i < name.length(); i++) {
      if (Character.isUpperCase(name.charAt(i)) && Character.isLetter(name.charAt(i - 1))) {
        return true;
      }
    }
    return false;
  }

  private static boolean allLower(List<Piece> pieces, int from, int to) {
    for (int k = from; k <= to; k++) {
      if (!isLower(pieces.get(k).text())) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether {@code t} equals its {@code Locale.ROOT} lower case: for ASCII text that means no
   * A-Z (the only ASCII characters lower-casing changes), checked without building the lower-case
   * copy; other text takes the general comparison.
   */
  static boolean isLower(String t) {
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c >= 0x80) {
        return t.equals(t.toLowerCase(Locale.ROOT));
      }
      if (c >= 'A' && c <= 'Z') {
        return false;
      }
    }
    return true;
  }

  /**
   * "wikitext2", "d4rl", "gsm8k": letters and digits written in lower case are a name typed
   * lower case, not an English word, so case does not matter for them (at least four
   * characters: "t5" or "o1" alone may be anything).
   */
  private static boolean isLowerCode(List<Piece> pieces, int from, int to) {
    boolean digit = false;
    boolean letter = false;
    int length = 0;
    for (int k = from; k <= to; k++) {
      String t = pieces.get(k).text();
      for (int i = 0; i < t.length(); i++) {
        char c = t.charAt(i);
        digit |= Character.isDigit(c);
        letter |= Character.isLetter(c);
        length += Character.isLetterOrDigit(c) ? 1 : 0;
      }
    }
    return digit && letter && length >= 4;
  }

  /** All-caps names up to five letters and digits, such as KD, MLP, RLHF, GPT-4. */
  static boolean isShortAcronym(String name) {
    int letters = 0;
    int alnum = 0;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isLetter(c)) {
        if (!Character.isUpperCase(c)) {
          return false;
        }
        letters++;
      }
      if (Character.isLetterOrDigit(c)) {
        alnum++;
      }
    }
    return letters >= 1 && alnum <= 5;
  }

  /** Leftmost-longest matches among {@code pieces}, which must come from one sentence. */
  public List<Match> find(List<Piece> pieces) {
    List<Match> out = new ArrayList<>();
    int i = 0;
    while (i < pieces.size()) {
      int next = i + 1;
      if (pieces.get(i).wordStart()) {
        Match m = longestAt(pieces, i);
        if (m != null) {
          out.add(m);
          while (next < pieces.size() && pieces.get(next).start() < m.end()) {
            next++;
          }
        }
      }
      i = next;
    }
    return out;
  }

  private Match longestAt(List<Piece> pieces, int from) {
    Match best = null;
    Node n = root;
    for (int j = from; j < pieces.size() && n != null; j++) {
      Piece p = pieces.get(j);
      String key = p.text().toLowerCase(Locale.ROOT);
      if (p.wordEnd()) {
        Match plural = pluralAt(n, pieces, from, j, key);
        if (plural != null) {
          best = plural;
        }
      }
      n = n.children.get(key);
      if (n != null && p.wordEnd()) {
        List<DictionaryEntry> hits = accepted(n, pieces, from, j, false);
        if (!hits.isEmpty()) {
          best = new Match(pieces.get(from).start(), p.end(), hits);
        }
      }
    }
    return best;
  }

  private Match pluralAt(Node parent, List<Piece> pieces, int from, int j, String key) {
    Piece p = pieces.get(j);
    if (key.length() < 3 || !p.text().endsWith("s")) {
      return null;
    }
    // "accuracies" is the plural of "accuracy" (exact-case names take only the plain "-s")
    String stem = key.endsWith("ies") && key.length() > 4
        ? key.substring(0, key.length() - 3) + "y" : key.substring(0, key.length() - 1);
    Node n = parent.children.get(stem);
    if (n == null && key.endsWith("ies")) {
      n = parent.children.get(key.substring(0, key.length() - 1));
    }
    if (n == null) {
      return null;
    }
    List<DictionaryEntry> hits = accepted(n, pieces, from, j, true);
    return hits.isEmpty() ? null : new Match(pieces.get(from).start(), p.end(), hits);
  }

  private static List<DictionaryEntry> accepted(Node n, List<Piece> pieces, int from, int to,
      boolean plural) {
    List<DictionaryEntry> hits = new ArrayList<>(n.targets.size());
    boolean lower = allLower(pieces, from, to);
    boolean code = lower && isLowerCode(pieces, from, to);
    for (Target t : n.targets) {
      if (t.innerCaps && lower && !code) {
        continue;
      }
      if ((t.casedPieces == null || code || sameCase(t.casedPieces, pieces, from, to, plural))
          && !hits.contains(t.entry)) {
        hits.add(t.entry);
      }
    }
    return hits;
  }

  private static boolean sameCase(List<String> cased, List<Piece> pieces, int from, int to,
      boolean plural) {
    for (int k = 0; k < cased.size(); k++) {
      String text = pieces.get(from + k).text();
      if (plural && from + k == to) {
        text = text.substring(0, text.length() - 1);
      }
      if (!cased.get(k).equals(text)) {
        return false;
      }
    }
    return true;
  }
}
