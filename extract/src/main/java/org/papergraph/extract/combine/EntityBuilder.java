package org.papergraph.extract.combine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.papergraph.extract.Dictionary;
import org.papergraph.extract.DictionaryEntry;
import org.papergraph.extract.Entity;
import org.papergraph.extract.EntityType;
import org.papergraph.extract.Mention;
import org.papergraph.extract.Span;
import org.papergraph.extract.match.Names;
import org.papergraph.extract.match.Quantities;
import org.papergraph.extract.pattern.Candidate;
import org.papergraph.extract.text.AnalyzedPaper;

/**
 * Groups resolved candidates into one {@link Entity} per thing: names of one dictionary entry,
 * an acronym and its long form, and singular and plural surfaces go together. Keys are
 * {@code <type slug>/<slug>} of the dictionary's canonical name, else of the most specific
 * surface, so the same thing gets the same key in every paper. A sized name (Llama-2-13B) links
 * to its family and carries its parameter count.
 */
public final class EntityBuilder {

  /** Entities and the mentions that denote them. */
  public record Result(List<Entity> entities, List<Mention> mentions) {}

  private static final Pattern SIZED =
      Pattern.compile("(.+?)[- ]?(\\d{1,4}(?:\\.\\d{1,3})?[BMbm])(?:-[A-Za-z]{1,12}){0,2}");

  /**
   * A capitalized type noun right after a benchmark's name is often part of how the paper names
   * it ("DMind Benchmark"): that form becomes an alternative label, the key stays the bare name.
   */
  private static final Pattern CAPITAL_HEAD =
      Pattern.compile(" (?:Benchmark|Dataset|Corpus|Suite|Leaderboard|Testbed)\\b");

  private final Dictionary dictionary;

  public EntityBuilder(Dictionary dictionary) {
    this.dictionary = dictionary;
  }

  public Result build(AnalyzedPaper paper, List<Candidate> kept) {
    Map<String, String> parent = new HashMap<>();
    Map<String, String> byText = new HashMap<>();
    List<String> groupOf = new ArrayList<>(kept.size());
    Set<String> texts = new java.util.HashSet<>();
    for (Candidate c : kept) {
      texts.add(Names.normalize(surface(paper, c)));
    }
    for (Candidate c : kept) {
      String g = groupKey(paper, c, texts);
      groupOf.add(g);
      parent.putIfAbsent(g, g);
      byText.putIfAbsent(c.type() + "|" + Names.normalize(surface(paper, c)), g);
    }
    for (int i = 0; i < kept.size(); i++) {
      Candidate c = kept.get(i);
      if (c.link() != null) {
        String other = byText.get(c.type() + "|" + Names.normalize(c.link()));
        if (other != null) {
          union(parent, groupOf.get(i), other);
        }
      }
    }
    Map<String, List<Candidate>> groups = new LinkedHashMap<>();
    for (int i = 0; i < kept.size(); i++) {
      groups.computeIfAbsent(find(parent, groupOf.get(i)), k -> new ArrayList<>())
          .add(kept.get(i));
    }
    List<Entity> entities = new ArrayList<>();
    List<Mention> mentions = new ArrayList<>();
    Map<String, Entity> byKey = new LinkedHashMap<>();
    for (List<Candidate> members : groups.values()) {
      Entity e = entity(paper, members);
      Entity prior = byKey.get(e.key());
      byKey.put(e.key(), prior == null ? e : mergeLabels(prior, e));
      for (Candidate c : members) {
        String anchor = surface(paper, c);
        mentions.add(new Mention(e.key(), e.type(), anchor,
            new Span(c.start(), c.end(), c.inTitle()), round(c.confidence()), c.source()));
      }
    }
    entities.addAll(byKey.values());
    mentions.sort(java.util.Comparator.comparing((Mention m) -> !m.span().inTitle())
        .thenComparingInt(m -> m.span().start()));
    return new Result(entities, mentions);
  }

  private static double round(double c) {
    return Math.round(c * 1000) / 1000.0;
  }

  private static String groupKey(AnalyzedPaper paper, Candidate c, Set<String> texts) {
    if (c.entry() != null) {
      return "E|" + c.type() + "|" + c.entry().name();
    }
    String n = Names.normalize(surface(paper, c));
    if (n.endsWith("s") && texts.contains(n.substring(0, n.length() - 1))) {
      n = n.substring(0, n.length() - 1);
    }
    return "T|" + c.type() + "|" + n;
  }

  private Entity entity(AnalyzedPaper paper, List<Candidate> members) {
    EntityType type = members.get(0).type();
    DictionaryEntry entry = null;
    Set<String> surfaces = new LinkedHashSet<>();
    for (Candidate c : members) {
      entry = entry == null ? c.entry() : entry;
      surfaces.add(surface(paper, c));
    }
    String label = entry != null ? entry.name() : mostSpecific(surfaces);
    String key = type.slug() + "/" + Names.slug(label);
    String variantOf = null;
    Long params = null;
    if (entry != null && entry.variantOf() != null) {
      variantOf = type.slug() + "/" + Names.slug(familyName(entry.variantOf(), type));
    }
    if (entry != null) {
      params = Quantities.parseCount(entry.parameters());
    }
    if (type == EntityType.MODEL && params == null) {
      Matcher m = SIZED.matcher(label);
      if (m.matches() && Character.isLetter(m.group(1).charAt(0))) {
        params = Quantities.parseCount(m.group(2));
        if (variantOf == null) {
          variantOf = "model/" + Names.slug(familyName(m.group(1), type));
        }
      }
    }
    List<String> alt = new ArrayList<>();
    for (String s : surfaces) {
      if (!s.equals(label)) {
        alt.add(s);
      }
    }
    if (type == EntityType.BENCHMARK || type == EntityType.DATASET) {
      for (Candidate c : members) {
        Matcher head = CAPITAL_HEAD.matcher(paper.field(c.inTitle())).region(c.end(),
            paper.field(c.inTitle()).length());
        String named = head.lookingAt() ? surface(paper, c) + head.group() : null;
        if (named != null && !alt.contains(named) && !named.equals(label)) {
          alt.add(named);
        }
      }
    }
    // a family name that resolves back to this entry (an alias like "SOLAR") is no family
    return new Entity(key, type, label, alt, key.equals(variantOf) ? null : variantOf, params,
        List.of());
  }

  private String familyName(String family, EntityType type) {
    return dictionary.lookup(type, family).map(DictionaryEntry::name).orElse(family.strip());
  }

  private static String mostSpecific(Set<String> surfaces) {
    String best = null;
    for (String s : surfaces) {
      boolean plural = s.endsWith("s") && surfaces.contains(s.substring(0, s.length() - 1));
      if (!plural && (best == null || s.length() > best.length())) {
        best = s;
      }
    }
    return best == null ? surfaces.iterator().next() : best;
  }

  private static Entity mergeLabels(Entity a, Entity b) {
    List<String> alt = new ArrayList<>(a.altLabels());
    for (String s : b.altLabels()) {
      if (!alt.contains(s) && !s.equals(a.label())) {
        alt.add(s);
      }
    }
    if (!alt.contains(b.label()) && !b.label().equals(a.label())) {
      alt.add(b.label());
    }
    return new Entity(a.key(), a.type(), a.label(), alt, a.variantOf() != null ? a.variantOf()
        : b.variantOf(), a.parameterCount() != null ? a.parameterCount() : b.parameterCount(),
        a.sameAs());
  }

  static String surface(AnalyzedPaper paper, Candidate c) {
    return paper.field(c.inTitle()).substring(c.start(), c.end());
  }

  private static String find(Map<String, String> parent, String x) {
    String p = parent.get(x);
    while (!p.equals(x)) {
      x = p;
      p = parent.get(x);
    }
    return p;
  }

  private static void union(Map<String, String> parent, String a, String b) {
    String ra = find(parent, a);
    String rb = find(parent, b);
    if (!ra.equals(rb)) {
      if (ra.startsWith("E|")) {
        parent.put(rb, ra);
      } else {
        parent.put(ra, rb);
      }
    }
  }
}
