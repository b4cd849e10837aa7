package org.papergraph.ingest.source;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Rebuilds an OpenAlex {@code abstract_inverted_index} ({@code {"word": [positions...]}}) into
 * text. Every position from 0 to the largest must hold exactly one word: a gap or a position
 * claimed twice means the index is damaged, and the record is rejected rather than given an
 * abstract with words silently missing.
 */
final class InvertedIndex {

  private InvertedIndex() {}

  static String rebuild(JsonNode index, String pointer, int maxAbstractChars)
      throws BadRecordException {
    int max = -1;
    for (Iterator<Map.Entry<String, JsonNode>> it = index.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      JsonNode positions = e.getValue();
      String at = pointer + "/" + e.getKey().replace("~", "~0").replace("/", "~1");
      if (!positions.isArray()) {
        throw JsonFields.wrongType(at, "an array of word positions", positions);
      }
      for (int i = 0; i < positions.size(); i++) {
        JsonNode p = positions.get(i);
        if (!p.canConvertToInt() || !p.isIntegralNumber() || p.intValue() < 0) {
          throw JsonFields.wrongType(at + "/" + i, "a non-negative integer position", p);
        }
        if (p.intValue() >= maxAbstractChars) {
          throw new BadRecordException(at + "/" + i + ": word position " + p.intValue()
              + " is beyond the abstract limit of " + maxAbstractChars + " characters");
        }
        max = Math.max(max, p.intValue());
      }
    }
    String[] words = new String[max + 1];
    for (Iterator<Map.Entry<String, JsonNode>> it = index.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      for (JsonNode p : e.getValue()) {
        int at = p.intValue();
        if (words[at] != null) {
          throw new BadRecordException(pointer + ": position " + at + " holds two words, '"
              + Excerpts.of(words[at]) + "' and '" + Excerpts.of(e.getKey()) + "'");
        }
        words[at] = e.getKey();
      }
    }
    List<Integer> gaps = new ArrayList<>();
    for (int i = 0; i < words.length; i++) {
      if (words[i] == null) {
        gaps.add(i);
      }
    }
    if (!gaps.isEmpty()) {
      throw new BadRecordException(String.format(Locale.ROOT,
          "%s: index has gaps: no word at position%s %s (positions run 0..%d)", pointer,
          gaps.size() == 1 ? "" : "s", gaps.subList(0, Math.min(10, gaps.size()))
              + (gaps.size() > 10 ? " and " + (gaps.size() - 10) + " more" : ""), max));
    }
    return String.join(" ", words);
  }
}
