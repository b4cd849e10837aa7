package org.papergraph.ingest.text;

import java.text.Normalizer;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the text a source gives (abstract, title or author name) into clean NFC text on one line.
 *
 * <p>In order: invisible and odd Unicode (zero-width characters, soft hyphens, controls) removed
 * and exotic spaces made plain; HTML tags and character references decoded; LaTeX math
 * delimiters dropped and LaTeX commands rendered ({@code 2\times} to {@code 2×}, {@code \emph{x}}
 * to {@code x}, {@code \'e} to {@code é}); the same commands after a lossy converter stripped the
 * backslash, in the narrow contexts where they cannot be words ({@code 2times}, {@code ge 175B},
 * {@code x2014}); line breaks and runs of spaces collapsed to one space.
 *
 * <p>Conservative by design: every rule needs a backslash, braces, a digit or a code point in
 * its match, so ordinary words ({@code sometimes}, {@code edge}, {@code age}) never change.
 */
public final class TextCleaner {

  private static final Pattern DISPLAY_MATH = Pattern.compile("\\$\\$(.{1,500}?)\\$\\$|\\\\\\[(.{1,500}?)\\\\\\]|\\\\\\((.{1,500}?)\\\\\\)", Pattern.DOTALL);
  private static final Pattern INLINE_MATH = Pattern.compile("(?<!\\\\)\\$([^$]{1,300}?)(?<!\\\\)\\$");
  private static final Pattern BRACED_ACCENT = Pattern.compile("\\{\\\\(['`^\"~=.])\\s*\\{?(\\\\i|[A-Za-z])\\}?\\}");
  private static final Pattern ACCENT = Pattern.compile("\\\\(['`^\"~=.])\\s*(?:\\{(\\\\i|[A-Za-z])\\}|(\\\\i(?![A-Za-z])|[A-Za-z]))");
  private static final Pattern LETTER_ACCENT = Pattern.compile("\\\\([cvuHkr])\\s*\\{(\\\\i|[A-Za-z])\\}");
  private static final Pattern FORMATTING = Pattern.compile("\\\\(?:" + LatexTables.FORMATTING + ")\\s*\\{([^{}]*)\\}");
  private static final Pattern OLD_FONT = Pattern.compile("\\{\\\\(?:bf|em|it|tt|sc|rm|sf)\\s+([^{}]*)\\}");
  private static final Pattern HREF = Pattern.compile("\\\\href\\s*\\{[^{}]*\\}\\s*\\{([^{}]*)\\}");
  private static final Pattern MATHBB = Pattern.compile("\\\\?mathbb\\s*\\{([A-Z])\\}");
  private static final Pattern REAL_WORD = Pattern.compile("\\\\real(?=\\s+\\p{Ll})");
  private static final Pattern COMMAND = Pattern.compile("\\\\([A-Za-z]+)(?![A-Za-z])");
  private static final Pattern ESCAPE = Pattern.compile("\\\\([%&_#$ ,;:!{}])");
  private static final Pattern BARE_FORMATTING = Pattern.compile("(?<![\\p{L}\\\\])(?:emph|textbf|textit)\\{([^{}]*)\\}");
  private static final Pattern BARE_TIMES = Pattern.compile("(?<=\\d)times(?![a-z])");
  private static final Pattern BARE_RELATION = Pattern.compile("(?<![\\p{L}\\p{N}\\\\])(?:(geq|ge|leq|le|approx)(?=\\s?[-+]?\\d)|(sim)(?=[-+]?\\d))");
  private static final Pattern BARE_PM = Pattern.compile("(\\d)(\\s?)pm(\\s?)(?=\\d)");
  private static final String CODES = "(201[0-5]|201[89]|201[cCdD]|2026|2212|00[aA]0)";
  private static final Pattern BARE_CODE_POINT = Pattern.compile("(?<=\\p{L})x" + CODES + "(?=\\p{L})|(?<![\\p{L}\\p{N}&#])x" + CODES + "(?![0-9])");
  private static final Pattern LATEX_QUOTES = Pattern.compile("``(.{1,300}?)''");
  private static final Pattern EM_DASH = Pattern.compile("(?<!-)---(?!-)");
  private static final Pattern EN_DASH = Pattern.compile("(?<=\\d)--(?=\\d)|(?<= )--(?= )");
  /**
   * A footnote mark as arXiv's HTML pages render it, glued to the word it follows: the mark in the
   * text, the mark of the footnote and its first character ("SWE-Compass111https://...",
   * "XCoder111Models" for footnote 1). Three equal digits after a letter and before a URL or a
   * capital, after a space and before a URL ("at project 333https://...", footnote 3), or after a
   * sentence's full stop and before the footnote's first word ("SLMs.111VoxEval is ..."); marks 1
   * to 3 only, which a cheap substring test can guard.
   */
  private static final Pattern FOOTNOTE_MARK =
      Pattern.compile("(?<=[\\p{L})\\]])([1-3])\\1\\1(?=https?://|\\p{Lu})"
          + "|(?<=\\s)([1-3])\\2\\2(?=https?://)|(?<=\\p{L}\\.)([1-3])\\3\\3(?=\\p{Lu})");
  private static final Pattern HYPHEN_BREAK = Pattern.compile("(\\p{L})-[ ]*\\r?\\n\\s*(?=\\p{Ll})");

  private TextCleaner() {}

  /** Clean text for an abstract, title or name; null gives the empty string. */
  public static String clean(String raw) {
    if (raw == null || raw.isEmpty()) {
      return "";
    }
    String s = plainCharacters(raw);
    s = HtmlEntities.decode(HtmlEntities.stripTags(s));
    if (s.indexOf('\\') >= 0 || s.indexOf('$') >= 0) {
      s = latex(s);
    }
    s = lossyRemnants(s);
    if (s.contains("-\n") || s.contains("-\r") || s.contains("- ")) {
      s = HYPHEN_BREAK.matcher(s).replaceAll("$1-");
    }
    s = collapseSpaces(s);
    return Normalizer.isNormalized(s, Normalizer.Form.NFC) ? s
        : Normalizer.normalize(s, Normalizer.Form.NFC);
  }

  private static String latex(String s) {
    s = replace(DISPLAY_MATH, s, m -> math(firstGroup(m)));
    s = replace(INLINE_MATH, s, m -> isMath(m.group(1)) ? math(m.group(1)) : m.group());
    s = accents(s);
    s = HREF.matcher(s).replaceAll("$1");
    s = unwrap(FORMATTING, s);
    s = unwrap(OLD_FONT, s);
    s = replace(MATHBB, s, m -> LatexTables.DOUBLE_STRUCK.getOrDefault(m.group(1), m.group(1)));
    s = REAL_WORD.matcher(s).replaceAll("real");
    s = symbols(s);
    return ESCAPE.matcher(s).replaceAll(m -> Matcher.quoteReplacement(
        ",;:!".contains(m.group(1)) ? " " : m.group(1)));
  }

  /** Math content: commands rendered, grouping braces dropped, {@code \real} is ℝ here. */
  private static String math(String content) {
    String s = content.replace("\\real", "ℝ");
    s = accents(s);
    s = unwrap(FORMATTING, s);
    s = replace(MATHBB, s, m -> LatexTables.DOUBLE_STRUCK.getOrDefault(m.group(1), m.group(1)));
    s = symbols(s);
    s = ESCAPE.matcher(s).replaceAll(m -> Matcher.quoteReplacement(
        ",;:! ".contains(m.group(1)) ? " " : m.group(1)));
    return s.replace("{", "").replace("}", "").trim();
  }

  /** A {@code $...$} pair is math when it holds TeX syntax or is a single token. */
  private static boolean isMath(String content) {
    return content.chars().anyMatch(c -> "\\^_{}=".indexOf(c) >= 0)
        || (!content.isBlank() && content.strip().indexOf(' ') < 0
            && !Character.isWhitespace(content.charAt(0)));
  }

  private static String accents(String s) {
    s = replace(BRACED_ACCENT, s, m -> accent(m.group(1).charAt(0), m.group(2)));
    s = replace(ACCENT, s, m -> accent(m.group(1).charAt(0),
        m.group(2) != null ? m.group(2) : m.group(3)));
    return replace(LETTER_ACCENT, s, m -> accent(m.group(1).charAt(0), m.group(2)));
  }

  private static String accent(char command, String letter) {
    String base = letter.equals("\\i") ? "i" : letter;
    return Normalizer.normalize(base + LatexTables.ACCENTS.get(command), Normalizer.Form.NFC);
  }

  private static String symbols(String s) {
    return replace(COMMAND, s, m -> {
      String symbol = LatexTables.SYMBOLS.get(m.group(1));
      if (m.group(1).equals("real")) {
        return "ℝ";
      }
      return symbol != null ? symbol : m.group();
    });
  }

  /** Each rule runs only when a cheap substring test says it could match (speed on big dumps). */
  private static String lossyRemnants(String s) {
    if (s.indexOf('{') >= 0) {
      s = unwrap(BARE_FORMATTING, s);
    }
    if (s.contains("times")) {
      s = BARE_TIMES.matcher(s).replaceAll("×");
    }
    if (s.contains("ge") || s.contains("le") || s.contains("approx") || s.contains("sim")) {
      s = replace(BARE_RELATION, s,
          m -> LatexTables.SYMBOLS.get(m.group(1) != null ? m.group(1) : m.group(2)));
    }
    if (s.contains("pm")) {
      s = BARE_PM.matcher(s).replaceAll("$1$2±$3");
    }
    if (s.contains("x20") || s.contains("x22") || s.contains("x00")) {
      s = replace(BARE_CODE_POINT, s, m -> {
        int cp = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2), 16);
        return cp == 0xA0 ? " " : new String(Character.toChars(cp));
      });
    }
    if (s.contains("111") || s.contains("222") || s.contains("333")) {
      s = FOOTNOTE_MARK.matcher(s).replaceAll(" ");
    }
    if (s.contains("``")) {
      s = LATEX_QUOTES.matcher(s).replaceAll("“$1”");
    }
    if (s.contains("--")) {
      s = EM_DASH.matcher(s).replaceAll("—");
      s = EN_DASH.matcher(s).replaceAll("–");
    }
    return s;
  }

  /** Drops invisible and control characters and turns exotic spaces into plain ones. */
  private static String plainCharacters(String raw) {
    StringBuilder out = null;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      boolean drop = (c >= '\u200B' && c <= '\u200D') || c == '\u2060' || c == '\uFEFF'
          || c == '\u00AD' || (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != 0x0B
              && c != '\f') || (c >= 0x7F && c <= 0x9F);
      boolean space = c == '\u00A0' || (c >= '\u2000' && c <= '\u200A') || c == '\u202F'
          || c == '\u205F' || c == '\u3000' || c == '\t' || c == 0x0B || c == '\f';
      if ((drop || space) && out == null) {
        out = new StringBuilder(raw.length()).append(raw, 0, i);
      }
      if (out != null && !drop) {
        out.append(space ? ' ' : c);
      }
    }
    return out == null ? raw : out.toString();
  }

  private static String collapseSpaces(String s) {
    StringBuilder out = new StringBuilder(s.length());
    boolean pendingSpace = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == 0x0B || c == '\f') {
        pendingSpace = out.length() > 0;
      } else {
        if (pendingSpace) {
          out.append(' ');
          pendingSpace = false;
        }
        out.append(c);
      }
    }
    return out.toString();
  }

  private static String unwrap(Pattern pattern, String s) {
    String previous;
    do {
      previous = s;
      s = pattern.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
    } while (!s.equals(previous));
    return s;
  }

  private static String replace(Pattern pattern, String s, Function<MatchResult, String> f) {
    return pattern.matcher(s).replaceAll(m -> Matcher.quoteReplacement(f.apply(m)));
  }

  private static String firstGroup(MatchResult m) {
    for (int g = 1; g <= m.groupCount(); g++) {
      if (m.group(g) != null) {
        return m.group(g);
      }
    }
    return "";
  }
}
