package org.papergraph.extract.pattern;

import java.util.List;
import java.util.Set;
import org.papergraph.extract.EntityType;
import org.papergraph.extract.match.Piece;
import org.papergraph.extract.text.AnalyzedPaper;
import org.papergraph.extract.text.Sentence;

/**
 * Model names shaped family-version-size: {@code Llama-2-13B}, {@code Mistral 7B},
 * {@code PaLM 540B}, {@code Mixtral-8x7B}, {@code Qwen2-72B-Instruct}. Works on pieces in one
 * linear pass with a bounded look-back, so it cannot backtrack badly.
 */
public final class ModelShapeSource implements CandidateSource {

  public static final String SOURCE = "shape";
  static final double CONFIDENCE = 0.85;
  private static final int MAX_BACK = 6;
  private static final Set<String> NOT_FAMILY = Set.copyOf(java.util.Arrays.asList("The", "Our", "A", "An", "We", "Its",
      "This", "These", "Each", "All", "Both", "With", "Only", "From", "Up", "To", "Over", "Under",
      "About", "Around", "Nearly", "Just", "Than", "In", "On", "For", "And", "Of", "At", "By"));
  private static final Set<String> SUFFIX = Set.copyOf(java.util.Arrays.asList("instruct", "chat", "base", "it", "hf",
      "code", "python", "vision", "preview", "turbo", "mini", "pro"));

  @Override
  public String name() {
    return SOURCE;
  }

  @Override
  public void find(AnalyzedPaper paper, List<Candidate> out) {
    for (Sentence s : paper.sentences()) {
      List<Piece> p = s.pieces();
      String f = s.field();
      for (int k = 1; k < p.size(); k++) {
        if (!isSizeLetter(p.get(k)) || !gap(f, p.get(k - 1), p.get(k)).isEmpty()
            || !isDigits(p.get(k - 1).text())) {
          continue;
        }
        int sizeStart = k - 1;
        if (sizeStart >= 2 && p.get(sizeStart - 1).text().equals(".")
            && isDigits(p.get(sizeStart - 2).text())) {
          sizeStart -= 2;
        }
        int first = family(f, p, sizeStart);
        if (first >= 0) {
          int last = suffix(f, p, k);
          out.add(Candidate.of(p.get(first).start(), p.get(last).end(), s.inTitle(),
              EntityType.MODEL, CONFIDENCE, SOURCE));
        }
      }
    }
  }

  private static boolean isSizeLetter(Piece piece) {
    String t = piece.text();
    return t.length() == 1 && "BbMm".contains(t);
  }

  static boolean isDigits(String t) {
    return !t.isEmpty() && t.chars().allMatch(Character::isDigit);
  }

  private static String gap(String f, Piece a, Piece b) {
    return f.substring(a.end(), b.start());
  }

  /** Index of the family's first piece, or -1 when no capitalized family precedes the size. */
  private static int family(String f, List<Piece> p, int sizeStart) {
    int first = sizeStart;
    for (int j = sizeStart - 1; j >= 0 && sizeStart - j <= MAX_BACK; j--) {
      String g = gap(f, p.get(j), p.get(first));
      String left = p.get(first).text();
      boolean joined = g.isEmpty() || g.equals("-") || g.equals(".");
      boolean spaced = g.equals(" ") && (first == sizeStart || isDigits(left));
      String t = p.get(j).text();
      if (!(joined || spaced) || !Character.isLetterOrDigit(t.charAt(0))) {
        break;
      }
      first = j;
    }
    Piece head = p.get(first);
    if (first == sizeStart || !head.wordStart() || !Character.isUpperCase(head.text().charAt(0))
        || NOT_FAMILY.contains(head.text())
        || (head.text().length() < 2 && first + 1 == sizeStart)
        || first + 1 == sizeStart && isGerund(head.text())) {
      return -1;
    }
    return first;
  }

  /** "Improving 7B Language Models", "Scaling 70B ...": a title's verb, not a family name. */
  private static boolean isGerund(String t) {
    return t.length() >= 6 && t.endsWith("ing") && t.substring(1).chars()
        .allMatch(Character::isLowerCase);
  }

  private static int suffix(String f, List<Piece> p, int k) {
    int last = k;
    for (int j = k + 1; j < p.size() && j <= k + 2; j++) {
      String t = p.get(j).text();
      if (!gap(f, p.get(last), p.get(j)).equals("-")
          || !SUFFIX.contains(t.toLowerCase(java.util.Locale.ROOT))) {
        break;
      }
      last = j;
    }
    return last;
  }
}
