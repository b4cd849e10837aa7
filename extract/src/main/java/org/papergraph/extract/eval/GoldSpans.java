package org.papergraph.extract.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.papergraph.ingest.Paper;

/**
 * Turns the TUNED part of the development gold into name-finder training text: for each tuned
 * gold line, the paper with the same normalized title; every occurrence of each gold entity's
 * name and aliases in its title and abstract becomes a typed character span. Held-out lines are
 * never read ({@link Split#TUNED} is applied here, not by the caller).
 *
 * <p>Matching: whole words only (no letter or digit right before or after); names with a capital
 * letter match case-sensitively when they are one word (acronyms: "MoE" is not "moe"), otherwise
 * case-insensitively (a task may open a sentence with a capital).
 */
public final class GoldSpans {

  private static final ObjectMapper JSON = new ObjectMapper();

  private GoldSpans() {}

  /** One text (a title or an abstract) with its spans. */
  public record Text(String text, List<Span> spans) {
    public Text {
      spans = List.copyOf(spans);
    }
  }

  /** A typed half-open character range of a {@link Text}. */
  public record Span(int start, int end, String type) {}

  /** What {@link #tuned} did: papers used, spans found, gold names never found in their paper. */
  public record Stats(int papers, int spans, int unfound, int missingPapers) {}

  /** Result of a conversion: the texts and the counts. */
  public record Conversion(List<Text> texts, Stats stats) {
    public Conversion {
      texts = List.copyOf(texts);
    }
  }

  /** Converts the TUNED lines of {@code gold} against {@code papers} (matched by title). */
  public static Conversion tuned(List<GoldPaper> gold, List<Paper> papers) {
    Map<String, Paper> byTitle = new HashMap<>();
    for (Paper p : papers) {
      byTitle.putIfAbsent(Scorer.normalizeTitle(p.title()), p);
    }
    List<Text> texts = new ArrayList<>();
    int used = 0;
    int spans = 0;
    int unfound = 0;
    int missing = 0;
    for (GoldPaper g : Split.TUNED.select(gold)) {
      Paper p = byTitle.get(Scorer.normalizeTitle(g.title()));
      if (p == null) {
        missing++;
        continue;
      }
      used++;
      Text title = spans(p.title(), g);
      Text abs = spans(p.abstractText(), g);
      texts.add(title);
      texts.add(abs);
      spans += title.spans().size() + abs.spans().size();
      for (GoldPaper.GoldEntity e : g.entities()) {
        if (!foundAny(e, title) && !foundAny(e, abs)) {
          unfound++;
        }
      }
    }
    return new Conversion(texts, new Stats(used, spans, unfound, missing));
  }

  /** Writes texts as JSON Lines {@code {"text", "spans": [{"start", "end", "type"}]}}. */
  public static void write(List<Text> texts, Path out) throws IOException {
    Path parent = out.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      for (Text t : texts) {
        ObjectNode line = JSON.createObjectNode();
        line.put("text", t.text());
        ArrayNode arr = line.putArray("spans");
        for (Span s : t.spans()) {
          arr.addObject().put("start", s.start()).put("end", s.end()).put("type", s.type());
        }
        w.write(JSON.writeValueAsString(line));
        w.write('\n');
      }
    }
  }

  /** Every occurrence in {@code text} of every name and alias of the gold entities. */
  static Text spans(String text, GoldPaper g) {
    List<Span> out = new ArrayList<>();
    for (GoldPaper.GoldEntity e : g.entities()) {
      List<String> forms = new ArrayList<>(e.aliases());
      forms.add(0, e.name());
      for (String form : forms) {
        for (int[] r : occurrences(text, form.strip())) {
          out.add(new Span(r[0], r[1], e.type()));
        }
      }
    }
    return new Text(text, out);
  }

  private static boolean foundAny(GoldPaper.GoldEntity e, Text t) {
    for (Span s : t.spans()) {
      if (s.type().equals(e.type())) {
        String found = t.text().substring(s.start(), s.end());
        if (found.equalsIgnoreCase(e.name()) || e.aliases().stream().anyMatch(found::equalsIgnoreCase)) {
          return true;
        }
      }
    }
    return false;
  }

  static List<int[]> occurrences(String text, String form) {
    List<int[]> out = new ArrayList<>();
    if (form.isEmpty()) {
      return out;
    }
    boolean exactCase = !form.contains(" ") && !form.equals(form.toLowerCase(Locale.ROOT));
    String hay = exactCase ? text : text.toLowerCase(Locale.ROOT);
    String needle = exactCase ? form : form.toLowerCase(Locale.ROOT);
    if (hay.length() != text.length()) {
      hay = text;
      needle = form;
    }
    int from = 0;
    while (true) {
      int at = hay.indexOf(needle, from);
      if (at < 0) {
        break;
      }
      int end = at + needle.length();
      boolean left = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
      boolean right = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
      if (left && right) {
        out.add(new int[] {at, end});
      }
      from = at + 1;
    }
    return out;
  }
}
