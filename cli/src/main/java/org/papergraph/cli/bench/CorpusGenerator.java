package org.papergraph.cli.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.papergraph.cli.bench.Lexicon.Type;

/**
 * Deterministic synthetic papers: paper {@code i} of seed {@code s} depends only on {@code (s, i)}
 * and the bundled dictionary, so any prefix of a corpus is the same whatever its length, and
 * papers can be produced one at a time in constant memory. Abstracts are 150 to 250 words.
 */
public final class CorpusGenerator {

  static final int MIN_WORDS = 150;
  static final int MAX_WORDS = 250;
  private static final LocalDate FIRST_DAY = LocalDate.of(2019, 1, 1);
  private static final String[] FIRST = {
    "Alice", "Bo", "Carlos", "Dana", "Elif", "Farid", "Grace", "Hiro", "Ines", "Jun", "Kofi",
    "Lena", "Mateo", "Nadia", "Omar", "Priya", "Quentin", "Rosa", "Sven", "Tara", "Uma", "Wei"
  };
  private static final String[] LAST = {
    "Anderson", "Baptiste", "Chen", "Dubois", "Eriksen", "Fischer", "Garcia", "Haddad", "Ivanova",
    "Jensen", "Kim", "Lopez", "Müller", "Nakamura", "Okafor", "Patel", "Rossi", "Singh", "Tanaka"
  };

  private final Lexicon lexicon;
  private final long seed;

  public CorpusGenerator(Lexicon lexicon, long seed) {
    this.lexicon = lexicon;
    this.seed = seed;
  }

  /** Paper number {@code index} (0-based) of this seed's corpus. */
  public SyntheticPaper paper(long index) {
    SplittableRandom rnd = new SplittableRandom(mix(seed, index));
    String name = CoinedNames.of(index);
    Filler fill = new Filler(rnd, name);
    String title = fill.expand(oneOf(AbstractTemplates.TITLES, rnd));
    return new SyntheticPaper("synthetic-" + seed + "-" + index, title, abstractText(fill, rnd),
        authors(rnd), FIRST_DAY.plusDays(rnd.nextInt(2200)));
  }

  private String abstractText(Filler fill, SplittableRandom rnd) {
    boolean code = rnd.nextInt(5) != 0;
    String closing = code ? fill.expand(AbstractTemplates.CODE) : "";
    int target = MIN_WORDS + rnd.nextInt(MAX_WORDS - MIN_WORDS - 14) - words(closing);
    List<String> sentences = new ArrayList<>();
    sentences.add(fill.expand(oneOf(AbstractTemplates.OPENERS, rnd)));
    sentences.add(fill.expand(oneOf(AbstractTemplates.PROPOSALS, rnd)));
    int count = words(sentences.get(0)) + words(sentences.get(1));
    List<String> body = new ArrayList<>(AbstractTemplates.BODY);
    while (count < target) {
      String s = fill.expand(body.isEmpty() ? oneOf(AbstractTemplates.BODY, rnd)
          : body.remove(rnd.nextInt(body.size())));
      if (count + words(s) + words(closing) > MAX_WORDS) {
        s = oneOf(AbstractTemplates.FILLERS, rnd);
      }
      sentences.add(s);
      count += words(s);
    }
    if (code) {
      sentences.add(closing);
    }
    sentences.replaceAll(CorpusGenerator::sentenceCase);
    return String.join(" ", sentences);
  }

  private static List<String> authors(SplittableRandom rnd) {
    int n = 2 + rnd.nextInt(7);
    List<String> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(FIRST[rnd.nextInt(FIRST.length)] + " " + LAST[rnd.nextInt(LAST.length)]);
    }
    return out;
  }

  /** Words separated by spaces (the templates use single spaces). */
  static int words(String s) {
    int n = 0;
    boolean inWord = false;
    for (int i = 0; i < s.length(); i++) {
      boolean space = Character.isWhitespace(s.charAt(i));
      if (!space && !inWord) {
        n++;
      }
      inWord = !space;
    }
    return n;
  }

  /** {@code tenths / 10} with one decimal, without the cost of {@code String.format}. */
  static String oneDecimal(int tenths) {
    return (tenths / 10) + "." + (tenths % 10);
  }

  static <T> T oneOf(List<T> list, SplittableRandom rnd) {
    return list.get(rnd.nextInt(list.size()));
  }

  /** SplitMix64 finalizer over seed and index: well spread, cheap, stable across JDKs. */
  static long mix(long seed, long index) {
    long z = seed * 0x9E3779B97F4A7C15L + index + 0x632BE59BD9B4E019L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** Expands the slots of one paper's templates. */
  private final class Filler {
    private final SplittableRandom rnd;
    private final String name;
    private final String repo;

    Filler(SplittableRandom rnd, String name) {
      this.rnd = rnd;
      this.name = name;
      this.repo = name.toLowerCase(Locale.ROOT);
    }

    String expand(String template) {
      StringBuilder sb = new StringBuilder(template.length() + 64);
      for (int i = 0; i < template.length(); i++) {
        char c = template.charAt(i);
        if (c == '{' && i + 2 < template.length() && template.charAt(i + 2) == '}') {
          sb.append(slot(template.charAt(i + 1)));
          i += 2;
        } else {
          sb.append(c);
        }
      }
      return sb.toString();
    }

    private String slot(char s) {
      return switch (s) {
        case 'P' -> name;
        case 'M' -> lexicon.pick(Type.MODEL, rnd);
        case 'D' -> lexicon.pick(Type.DATASET, rnd);
        case 'B' -> lexicon.pick(Type.BENCHMARK, rnd);
        case 'K' -> lexicon.pick(Type.METRIC, rnd);
        case 'T' -> lexicon.pick(Type.TASK, rnd);
        case 'X' -> lexicon.pick(Type.METHOD, rnd);
        case 'O' -> lexicon.pick(Type.ORGANIZATION, rnd);
        case 'L' -> lexicon.pick(Type.LANGUAGE, rnd);
        case 'V' -> oneDecimal(200 + rnd.nextInt(790)) + "%";
        case 'N' -> oneDecimal(50 + rnd.nextInt(900));
        case 'G' -> oneDecimal(3 + rnd.nextInt(90));
        case 'S' -> (1 + rnd.nextInt(70)) + (rnd.nextInt(4) == 0 ? "M" : "B");
        case 'A' -> capitalized(oneOf(AbstractTemplates.ADJECTIVES, rnd));
        case 'a' -> oneOf(AbstractTemplates.ADJECTIVES, rnd);
        case 'U' -> oneOf(AbstractTemplates.OWNERS, rnd);
        case 'R' -> repo;
        default -> throw new IllegalStateException("unknown template slot {" + s + "}");
      };
    }
  }

  /** Capitalizes a sentence whose first word is all lower case (leaves {@code mT5} alone). */
  static String sentenceCase(String s) {
    int end = s.indexOf(' ');
    String first = end < 0 ? s : s.substring(0, end);
    return first.equals(first.toLowerCase(Locale.ROOT)) ? capitalized(s) : s;
  }

  private static String capitalized(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
