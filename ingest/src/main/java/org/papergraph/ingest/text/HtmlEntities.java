package org.papergraph.ingest.text;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Decodes HTML character references and drops the inline tags some sources leave in text. */
final class HtmlEntities {

  private static final Pattern ENTITY =
      Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,7});");
  private static final Pattern TAG = Pattern.compile(
      "</?(p|i|b|em|strong|sub|sup|br|span|div|a|u|tt|code|sc|jats:[a-z-]+|mml:[a-z-]+)"
          + "(?:\\s[^<>]{0,200})?/?>", Pattern.CASE_INSENSITIVE);
  private static final Map<String, String> NAMED = Map.ofEntries(
      Map.entry("amp", "&"), Map.entry("lt", "<"), Map.entry("gt", ">"), Map.entry("quot", "\""),
      Map.entry("apos", "'"), Map.entry("nbsp", " "), Map.entry("ndash", "–"),
      Map.entry("mdash", "—"), Map.entry("hellip", "…"), Map.entry("lsquo", "‘"),
      Map.entry("rsquo", "’"), Map.entry("ldquo", "“"), Map.entry("rdquo", "”"),
      Map.entry("times", "×"), Map.entry("minus", "−"), Map.entry("plusmn", "±"),
      Map.entry("deg", "°"), Map.entry("middot", "·"), Map.entry("le", "≤"),
      Map.entry("ge", "≥"), Map.entry("asymp", "≈"), Map.entry("rarr", "→"),
      Map.entry("alpha", "α"), Map.entry("beta", "β"), Map.entry("mu", "μ"),
      Map.entry("eacute", "é"), Map.entry("uuml", "ü"), Map.entry("ouml", "ö"),
      Map.entry("auml", "ä"), Map.entry("copy", "©"), Map.entry("reg", "®"),
      Map.entry("trade", "™"), Map.entry("thinsp", " "), Map.entry("ensp", " "),
      Map.entry("emsp", " "), Map.entry("shy", ""), Map.entry("zwj", ""), Map.entry("zwnj", ""));

  private HtmlEntities() {}

  static String stripTags(String s) {
    if (s.indexOf('<') < 0) {
      return s;
    }
    return TAG.matcher(s).replaceAll(m -> {
      String name = m.group(1).toLowerCase(java.util.Locale.ROOT);
      boolean block = name.equals("p") || name.equals("br") || name.equals("div")
          || name.equals("jats:p");
      return block ? " " : "";
    });
  }

  static String decode(String s) {
    if (s.indexOf('&') < 0) {
      return s;
    }
    Matcher m = ENTITY.matcher(s);
    StringBuilder out = new StringBuilder(s.length());
    while (m.find()) {
      String replacement = replacement(m.group(1));
      m.appendReplacement(out, Matcher.quoteReplacement(replacement == null ? m.group() : replacement));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String replacement(String ref) {
    if (ref.charAt(0) != '#') {
      return NAMED.get(ref);
    }
    boolean hex = ref.length() > 1 && (ref.charAt(1) == 'x' || ref.charAt(1) == 'X');
    int code = Integer.parseInt(ref.substring(hex ? 2 : 1), hex ? 16 : 10);
    if (code <= 0 || code > Character.MAX_CODE_POINT
        || (code >= Character.MIN_SURROGATE && code <= Character.MAX_SURROGATE)) {
      return null;
    }
    return new String(Character.toChars(code));
  }
}
