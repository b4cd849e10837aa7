package org.papergraph.graph.map;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/** Turns names into IRI-safe slugs and digests. */
public final class Slugs {

  private Slugs() {}

  /**
   * Lower-case ASCII slug: accents dropped, every run of other characters becomes one {@code -}.
   * "Jörg Müller" -> {@code jorg-muller}. A name with no letters or digits left gets {@code
   * h-<digest>} so that it still has a stable, distinct slug.
   */
  public static String slug(String name) {
    String decomposed = Normalizer.normalize(name, Normalizer.Form.NFKD)
        .replaceAll("\\p{M}+", "")
        .toLowerCase(Locale.ROOT);
    String slug = decomposed.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    return slug.isEmpty() ? "h-" + sha256(name).substring(0, 16) : slug;
  }

  /** Lower-case hex SHA-256 of the UTF-8 bytes of {@code text}. */
  public static String sha256(String text) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
