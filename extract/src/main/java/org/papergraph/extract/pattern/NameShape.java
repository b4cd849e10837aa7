package org.papergraph.extract.pattern;

/** Whether a word looks like a name nobody needs to know to recognize: MiniPLM, H3, GSM8K. */
public final class NameShape {

  private NameShape() {}

  /**
   * Small words a capitalized name keeps in lower case: "Holistic Evaluation of Vision Language
   * Models", "Retrieval via Planning".
   */
  public static final java.util.Set<String> JOINING_WORDS = java.util.Set.of("of", "for", "and",
      "in", "on", "with", "to", "the", "a", "an", "via", "from", "by", "at");

  /** Lower-case last parts that make a hyphenated word an adjective: ICL-generated, ID-based. */
  private static final java.util.Set<String> ADJECTIVAL = java.util.Set.of("based", "only",
      "driven", "generated", "like", "aware", "specific", "free", "style", "level", "tuned",
      "trained", "augmented", "guided", "enhanced", "powered", "centric", "oriented", "scale",
      "sized", "shot", "wise", "related", "dependent", "agnostic", "friendly", "ready", "native",
      "efficient", "intensive", "bound", "conditioned", "supervised", "annotated", "written",
      "labeled", "labelled", "derived", "inspired", "grounded", "focused", "rich", "enabled",
      "capable", "compatible", "informed", "aligned", "controlled", "optimized", "equipped",
      "empowered", "assisted", "integrated");

  /** Suffixes that liken a thing to a name without using it: "GPT-style", "BERT-like". */
  private static final java.util.Set<String> LIKENING = java.util.Set.of("style", "like", "esque");

  /**
   * True when {@code text} goes on as a likening adjective after {@code end} ("GPT-style model"):
   * the name describes another thing. "LLaMA-based" uses LLaMA, so it is not one of these.
   */
  public static boolean continuesAsLikeness(String text, int end) {
    if (end + 1 >= text.length() || text.charAt(end) != '-') {
      return false;
    }
    int e = end + 1;
    while (e < text.length() && Character.isLetter(text.charAt(e))) {
      e++;
    }
    return LIKENING.contains(text.substring(end + 1, e).toLowerCase(java.util.Locale.ROOT));
  }

  /** True for hyphenated adjectives such as "English-only" or "ID-based": descriptions, not names. */
  public static boolean isAdjectival(String word) {
    int dash = word.lastIndexOf('-');
    return dash > 0 && ADJECTIVAL.contains(word.substring(dash + 1).toLowerCase(java.util.Locale.ROOT));
  }

  /**
   * True for words with a capital after the first letter (MiniPLM, DEEM, MatSci-Instruct), or
   * with a capital and digits (H3, GSM8K, Mamba-2); false for plain words, numbers, sizes,
   * LaTeX remnants such as x2014, and generic acronyms (LLMs).
   */
  public static boolean isNameLike(String word) {
    int dash = word.lastIndexOf('-');
    if (dash > 0 && ADJECTIVAL.contains(word.substring(dash + 1))) {
      return false;
    }
    if (word.isEmpty() || !Character.isLetter(word.charAt(0)) || word.indexOf('/') >= 0) {
      return false;
    }
    int letters = 0;
    boolean digit = false;
    boolean innerUpper = false;
    boolean firstUpper = Character.isUpperCase(word.charAt(0));
    boolean partStart = true;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (Character.isLetter(c)) {
        letters++;
        if (Character.isUpperCase(c) && !partStart) {
          innerUpper = true;
        }
        partStart = false;
      } else if (Character.isDigit(c)) {
        digit = true;
        partStart = false;
      } else {
        partStart = true;
      }
    }
    if (letters < 2 && !(digit && firstUpper)) {
      return false;
    }
    // a one-letter prefix on a capitalized part is a name ("R-Path", "M-Bench"), not a compound
    innerUpper |= firstUpper && word.length() > 3 && word.charAt(1) == '-'
        && Character.isUpperCase(word.charAt(2));
    // the generic-name check (a set lookup of the lower-cased word) last: most words fail the
    // cheap shape test above
    return (innerUpper || (digit && firstUpper)) && !Cues.isGeneric(word);
  }

  private static final java.util.Set<String> FUNCTION = java.util.Set.of("The", "A", "An",
      "Our", "This", "These", "Its", "Their", "In", "On", "For", "We", "To", "And", "Of", "With",
      "By", "From", "As", "At", "Using", "Via", "Is", "Are", "It");

  /**
   * A content word that starts with a capital letter followed by a lower-case letter
   * ("Pathways"), not a capitalized function word ("The", "An").
   */
  public static boolean isCapitalized(String word) {
    return word.length() > 1 && Character.isUpperCase(word.charAt(0))
        && Character.isLowerCase(word.charAt(1)) && !FUNCTION.contains(word);
  }
}
