package org.papergraph.extract.pattern;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Repository URLs named in a text, as written: GitHub, GitLab, Hugging Face, Bitbucket, Codeberg,
 * Gitee, and anonymized review copies on anonymous.4open.science.
 */
public final class CodeLinks {

  private static final Pattern URL = Pattern.compile(
      "(?:https?://)?(?:www\\.)?(?:github\\.com|gitlab\\.com|huggingface\\.co|bitbucket\\.org"
          + "|codeberg\\.org|gitee\\.com|hf\\.co|anonymous\\.4open\\.science/r)/[^\\s<>\"'\\]\\[{}|\\\\^`]+",
      Pattern.CASE_INSENSITIVE);
  private static final String TRAILING = ".,;:!?)]}'\"";

  private CodeLinks() {}

  /** The links in {@code text}, in order, without trailing punctuation, no duplicates. */
  public static List<String> find(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = URL.matcher(text);
    while (m.find()) {
      // "mygithub.com/x" is no link; "111https://github.com/x" is one after a footnote mark
      boolean scheme = m.group().regionMatches(true, 0, "http", 0, 4);
      if (!scheme && m.start() > 0 && (Character.isLetterOrDigit(text.charAt(m.start() - 1))
          || text.charAt(m.start() - 1) == '/')) {
        continue;
      }
      String url = strip(m.group());
      if (url.indexOf('/', url.indexOf('.')) < url.length() - 1 && !out.contains(url)) {
        out.add(url);
      }
    }
    return out;
  }

  static String strip(String url) {
    int end = url.length();
    while (end > 0 && TRAILING.indexOf(url.charAt(end - 1)) >= 0) {
      if (url.charAt(end - 1) == ')' && url.substring(0, end).contains("(")) {
        break;
      }
      end--;
    }
    return url.substring(0, end);
  }
}
