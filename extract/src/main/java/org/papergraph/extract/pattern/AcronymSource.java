package org.papergraph.extract.pattern;

import java.util.List;
import org.papergraph.extract.EntityType;
import org.papergraph.extract.text.AnalyzedPaper;
import org.papergraph.extract.text.Sentence;
import org.papergraph.extract.text.Word;

/**
 * Acronym definitions, "Long Name (LN)" and "LN (Long Name)", found with the Schwartz-Hearst
 * alignment: the short form's characters, right to left, appear in order in the long form, the
 * first one at a word start. Both forms become linked candidates; the combiner later marks every
 * use of the short form. Generic definitions ("large language models (LLMs)") are skipped.
 */
public final class AcronymSource implements CandidateSource {

  static final double CONFIDENCE = 0.75;
  private static final int MAX_SHORT = 12;

  @Override
  public String name() {
    return "acronym";
  }

  @Override
  public void find(AnalyzedPaper paper, List<Candidate> out) {
    for (Sentence s : paper.sentences()) {
      String f = s.field();
      List<Word> words = s.words();
      for (Word w : words) {
        int open = w.start() - 1;
        if (open < 0 || f.charAt(open) != '(' || w.end() >= f.length()
            || !closesRight(f, w.end())) {
          continue;
        }
        if (isShortForm(w.text())) {
          longBefore(s, w, out);
        } else if (w.index() > 0 && isShortForm(words.get(w.index() - 1).text())) {
          shortBefore(s, w, out);
        }
      }
    }
  }

  private static boolean closesRight(String f, int at) {
    return f.charAt(at) == ')' || (f.charAt(at) == 's' && at + 1 < f.length()
        && f.charAt(at + 1) == ')');
  }

  static boolean isShortForm(String t) {
    if (t.length() < 2 || t.length() > MAX_SHORT || !Character.isLetterOrDigit(t.charAt(0))) {
      return false;
    }
    int upper = 0;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (Character.isUpperCase(c)) {
        upper++;
      } else if (!(Character.isLetterOrDigit(c) || c == '-')) {
        return false;
      }
    }
    return upper >= 2 || (upper == 1 && Character.isUpperCase(t.charAt(0)) && t.length() <= 4
        && t.chars().anyMatch(Character::isDigit));
  }

  /** "Long Name (LN)": the long form ends right before the parenthesis. */
  private void longBefore(Sentence s, Word shortWord, List<Candidate> out) {
    String f = s.field();
    String shortForm = stripPlural(shortWord.text());
    int end = shortWord.start() - 1;
    while (end > 0 && Character.isWhitespace(f.charAt(end - 1))) {
      end--;
    }
    int limit = Math.max(s.span().start(), end - 120);
    // the long form never reaches back over an earlier parenthesis, colon or semicolon: in
    // "optimization (MolOpt), and molecule generation (MolCustom)" the letters of MolCustom must
    // not be collected from "MolOpt"
    for (int k = end - 1; k >= limit; k--) {
      if ("():;".indexOf(f.charAt(k)) >= 0) {
        limit = k + 1;
        break;
      }
    }
    int start = align(f, shortForm, limit, end);
    if (start < 0 || start >= end) {
      return;
    }
    int titled = titledTail(f, start, end);
    if (titled > start) {
      // "extend HELM to VLMs to present the Holistic Evaluation of Vision Language Models
      // (VHELM)": a name written in capitals is the whole long form; when its letters do not
      // spell the short form, the words before it must not lend the missing ones
      start = align(f, shortForm, titled, end);
      if (start < 0 || start >= end) {
        return;
      }
    }
    add(s, start, end, shortWord.start(), shortWord.end(), out);
  }

  /**
   * Start of the run of capitalized words (joined by small words such as "of") that ends
   * {@code f[start, end)}, when it has at least two capitalized words and a lower-case word other
   * than a joining one comes before it inside the range; else -1.
   */
  static int titledTail(String f, int start, int end) {
    String[] words = f.substring(start, end).split(" ");
    int capitals = 0;
    int k = words.length - 1;
    for (; k >= 0; k--) {
      String w = words[k];
      if (w.isEmpty() || NameShape.JOINING_WORDS.contains(w)) {
        continue;
      }
      if (!Character.isUpperCase(w.charAt(0))) {
        break;
      }
      capitals++;
    }
    if (k < 0 || capitals < 2) {
      return -1;
    }
    // the tail starts at the first capitalized word after word k
    int offset = start;
    for (int i = 0; i <= k; i++) {
      offset += words[i].length() + 1;
    }
    while (offset < end && !Character.isUpperCase(f.charAt(offset))) {
      offset = f.indexOf(' ', offset) + 1;
      if (offset <= 0) {
        return -1;
      }
    }
    return offset;
  }

  /** "LN (Long Name)": the long form fills the parenthesis. */
  private void shortBefore(Sentence s, Word first, List<Candidate> out) {
    String f = s.field();
    int close = f.indexOf(')', first.start());
    Word shortWord = s.words().get(first.index() - 1);
    if (close < 0 || close - first.start() > 120 || close > s.span().end()) {
      return;
    }
    int start = align(f, stripPlural(shortWord.text()), first.start(), close);
    if (start == first.start()) {
      add(s, first.start(), close, shortWord.start(), shortWord.end(), out);
    }
  }

  /** Long forms that name a measure: "biased word error rate (B-WER)", "success rate (SR)". */
  private static final java.util.regex.Pattern METRIC_TAIL = java.util.regex.Pattern.compile(
      "(?i)(?:error|success|pass|win|hit|acceptance|completion|match|resolve|resolution|"
          + "detection|rejection|refusal) rates?$|(?:distance|accuracy|similarity|divergence)$");

  private void add(Sentence s, int ls, int le, int ss, int se, List<Candidate> out) {
    String f = s.field();
    String longForm = f.substring(ls, le);
    String shortForm = f.substring(ss, se);
    if (Cues.isGeneric(longForm) || Cues.isGeneric(stripPlural(shortForm))
        || Cues.isGeneric(shortForm) || tooLong(longForm, stripPlural(shortForm))) {
      return;
    }
    String[] parts = longForm.split("[\\s-]+");
    EntityType type = METRIC_TAIL.matcher(longForm).find() ? EntityType.METRIC
        : Cues.head(parts[parts.length - 1]);
    if (type == EntityType.MODEL) {
      type = EntityType.METHOD;
    }
    boolean inTitle = s.inTitle();
    out.add(new Candidate(ls, le, inTitle, type, CONFIDENCE, name(), null, shortForm));
    out.add(new Candidate(ss, se, inTitle, type, CONFIDENCE, name(), null, longForm));
  }

  private static boolean tooLong(String longForm, String shortForm) {
    int n = shortForm.length();
    return longForm.split("[\\s-]+").length > Math.min(n + 5, n * 2);
  }

  static String stripPlural(String t) {
    return t.length() > 2 && t.endsWith("s") && Character.isUpperCase(t.charAt(t.length() - 2))
        ? t.substring(0, t.length() - 1) : t;
  }

  /**
   * Schwartz-Hearst: start of the shortest long form in {@code f[limit, end)} that contains the
   * short form's letters and digits in order, its first character starting a word; -1 if none.
   */
  static int align(String f, String shortForm, int limit, int end) {
    int si = shortForm.length() - 1;
    int li = end - 1;
    while (si >= 0) {
      char c = Character.toLowerCase(shortForm.charAt(si));
      if (!Character.isLetterOrDigit(c)) {
        si--;
        continue;
      }
      while (li >= limit && (Character.toLowerCase(f.charAt(li)) != c
          || (si == 0 && li > limit && Character.isLetterOrDigit(f.charAt(li - 1))))) {
        li--;
      }
      if (li < limit) {
        return -1;
      }
      li--;
      si--;
    }
    int start = li + 1;
    return start < end && Character.isLetterOrDigit(f.charAt(start)) ? start : -1;
  }
}
