package org.papergraph.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The paper id rule, in one place.
 *
 * <ol>
 *   <li>{@code arxiv-<id>} when the arXiv id is known, without its version suffix; old-style ids
 *       keep their archive with the slash made safe: {@code hep-ph/0701001v2} gives {@code
 *       arxiv-hep-ph-0701001};
 *   <li>else {@code doi-<slug>} when a DOI is known: the lower-cased DOI with every run of
 *       characters outside {@code [a-z0-9._-]} replaced by {@code -} (plus 8 hex digits of its
 *       SHA-256 when characters other than {@code /} were replaced, so distinct DOIs stay
 *       distinct);
 *   <li>else {@code title-<first 16 hex digits of SHA-256 of the normalized title>}, see {@link
 *       #normalizeTitle}.
 * </ol>
 */
public final class PaperIds {

  private static final Pattern NEW_STYLE = Pattern.compile("(\\d{4}\\.\\d{4,5})(?:v\\d+)?");
  private static final Pattern OLD_STYLE =
      Pattern.compile("([a-z][a-z-]*(?:\\.[A-Za-z]{2})?/\\d{7})(?:v\\d+)?");
  private static final Pattern ARXIV_PREFIX = Pattern.compile(
      "^(?:arxiv:|https?://(?:export\\.|www\\.)?arxiv\\.org/(?:abs|pdf)/)", Pattern.CASE_INSENSITIVE);
  private static final Pattern DOI = Pattern.compile("^10\\.\\d{4,9}/\\S+$");
  private static final Pattern DOI_PREFIX = Pattern.compile(
      "^(?:doi:\\s*|https?://(?:dx\\.)?doi\\.org/)", Pattern.CASE_INSENSITIVE);
  private static final Pattern NON_ALNUM = Pattern.compile("[^\\p{L}\\p{N}]+");

  private PaperIds() {}

  /** The paper id from whatever is known; {@code title} must not be blank when the rest is null. */
  public static String forPaper(String arxivId, String doi, String title) {
    if (arxivId != null) {
      return "arxiv-" + arxivId.replace('/', '-');
    }
    if (doi != null) {
      return "doi-" + doiSlug(doi);
    }
    if (title == null || normalizeTitle(title).isEmpty()) {
      throw new IllegalArgumentException("a paper needs an arXiv id, a DOI or a title");
    }
    return "title-" + titleHash(title);
  }

  /**
   * The arXiv id in {@code text} without version, or null when {@code text} is not an arXiv id.
   * Accepts bare ids ({@code 2410.17243v2}, {@code hep-ph/0701001}), {@code arXiv:} prefixes and
   * {@code arxiv.org/abs|pdf} URLs; the whole text must be the id.
   */
  public static String arxivId(String text) {
    if (text == null) {
      return null;
    }
    String s = ARXIV_PREFIX.matcher(text.trim()).replaceFirst("");
    if (s.endsWith(".pdf")) {
      s = s.substring(0, s.length() - 4);
    }
    Matcher m = NEW_STYLE.matcher(s);
    if (m.matches()) {
      int yymm = Integer.parseInt(s.substring(0, 4));
      boolean fiveDigits = m.group(1).length() == 10;
      return fiveDigits == (yymm >= 1501) ? m.group(1) : null;
    }
    m = OLD_STYLE.matcher(s);
    return m.matches() ? m.group(1) : null;
  }

  /** The DOI in {@code text}, lower-cased and without resolver prefix, or null if it is none. */
  public static String doi(String text) {
    if (text == null) {
      return null;
    }
    String s = DOI_PREFIX.matcher(text.trim()).replaceFirst("").toLowerCase(Locale.ROOT);
    return DOI.matcher(s).matches() ? s : null;
  }

  /**
   * NFKC, case-folded, every run of characters other than letters and digits collapsed to one
   * space, trimmed.
   */
  public static String normalizeTitle(String title) {
    String s = Normalizer.normalize(title, Normalizer.Form.NFKC);
    s = s.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
    return NON_ALNUM.matcher(s).replaceAll(" ").trim();
  }

  /** First 16 hex digits of the SHA-256 of the normalized title. */
  public static String titleHash(String title) {
    return sha256Hex(normalizeTitle(title)).substring(0, 16);
  }

  private static String doiSlug(String doi) {
    String lower = doi.toLowerCase(Locale.ROOT);
    String slug = lower.replaceAll("[^a-z0-9._-]+", "-");
    boolean lossy = !lower.replace('/', '-').equals(slug);
    return lossy ? slug + "-" + sha256Hex(lower).substring(0, 8) : slug;
  }

  static String sha256Hex(String s) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }
}
