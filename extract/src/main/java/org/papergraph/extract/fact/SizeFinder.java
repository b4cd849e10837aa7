package org.papergraph.extract.fact;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.papergraph.extract.Entity;
import org.papergraph.extract.EntityType;
import org.papergraph.extract.Mention;
import org.papergraph.extract.SizeFact;
import org.papergraph.extract.text.Sentence;

/**
 * Stated sizes: "125M-parameter H3 model", "the 8B Mamba-2-Hybrid", "Falcon with 40B
 * parameters", "scaled up to 2.7B parameters" (parameters of the model named in or before it),
 * "1.2T tokens" (tokens of the dataset named in the sentence), and the size in a model's own
 * name (Falcon-40B).
 */
public final class SizeFinder {

  private static final Pattern SIZE = Pattern.compile(
      "(?<![\\w.])(\\d{1,4}(?:\\.\\d{1,3})?)(?:\\s?([KMBT])\\b|[\\s-](thousand|million|billion|"
          + "trillion)\\b)(?:[\\s-]?(parameters?|params|tokens?))?");

  /** Sizes stated in one sentence. */
  public List<SizeFact> find(Sentence s, List<Mention> all) {
    List<SizeFact> out = new ArrayList<>();
    if (s.inTitle()) {
      return out;
    }
    SentenceMentions sm = new SentenceMentions(s, all);
    String text = s.text();
    int base = s.span().start();
    Matcher m = SIZE.matcher(text);
    while (m.find()) {
      if (sm.covers(base + m.start())) {
        continue;
      }
      String size = m.group(1) + suffix(m.group(2), m.group(3));
      String what = m.group(4) == null ? "" : m.group(4).toLowerCase(Locale.ROOT);
      if (what.startsWith("token")) {
        Mention d = sm.before(base + m.start(), 200, EntityType.DATASET);
        d = d != null ? d : sm.after(base + m.end(), 40, EntityType.DATASET);
        if (d != null) {
          out.add(new SizeFact(d.entityKey(), null, size, s.span()));
        }
        continue;
      }
      List<Mention> after = following(sm, base + m.end());
      if (!after.isEmpty()) {
        after.forEach(x -> out.add(new SizeFact(x.entityKey(), size, null, s.span())));
      } else if (what.startsWith("param")) {
        Mention x = sm.before(base + m.start(), 120, EntityType.MODEL, EntityType.METHOD);
        if (x != null) {
          out.add(new SizeFact(x.entityKey(), size, null, s.span()));
        }
      }
    }
    return out;
  }

  /** The model mentions right after a size, with coordinated ones: "8B Mamba, Mamba-2 and X". */
  private static List<Mention> following(SentenceMentions sm, int from) {
    List<Mention> out = new ArrayList<>();
    String f = sm.sentence.field();
    int at = from;
    for (Mention x : sm.mentions) {
      if (x.span().start() < at) {
        continue;
      }
      String gap = f.substring(at, x.span().start()).strip().toLowerCase(Locale.ROOT);
      boolean joins = out.isEmpty() ? gap.isEmpty() || gap.equals("-parameter")
          || gap.equals("parameter") : gap.matches(",?\\s*(and|or)?");
      if (!joins || !SentenceMentions.is(x, EntityType.MODEL, EntityType.METHOD)) {
        break;
      }
      out.add(x);
      at = x.span().end();
    }
    return out;
  }

  private static String suffix(String letter, String word) {
    if (letter != null) {
      return letter.toUpperCase(Locale.ROOT);
    }
    return switch (word.toLowerCase(Locale.ROOT)) {
      case "thousand" -> "K";
      case "million" -> "M";
      case "billion" -> "B";
      default -> "T";
    };
  }

  /** The size in a model's own name, as a fact about that model. */
  public static SizeFact ofName(Entity e, Mention first) {
    if (e.type() != EntityType.MODEL || e.parameterCount() == null || first == null) {
      return null;
    }
    return new SizeFact(e.key(), Counts.format(e.parameterCount()), null, first.span());
  }
}
