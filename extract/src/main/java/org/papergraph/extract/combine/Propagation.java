package org.papergraph.extract.combine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.papergraph.extract.match.Piece;
import org.papergraph.extract.match.Pieces;
import org.papergraph.extract.pattern.Candidate;
import org.papergraph.extract.text.AnalyzedPaper;
import org.papergraph.extract.text.Sentence;

/**
 * Names learned from one paper (an acronym defined in it, a name it proposes, a shape-matched
 * model) are marked wherever else they occur in that paper, in the exact case, plural allowed.
 */
final class Propagation {

  private Propagation() {}

  static List<Candidate> propagate(AnalyzedPaper paper, List<Candidate> kept) {
    Map<String, Candidate> learned = new LinkedHashMap<>();
    for (Candidate c : kept) {
      if (!c.source().equals("dictionary")) {
        learned.putIfAbsent(paper.field(c.inTitle()).substring(c.start(), c.end()), c);
      }
    }
    List<Candidate> out = new ArrayList<>(kept);
    for (Map.Entry<String, Candidate> e : learned.entrySet()) {
      List<String> target = Pieces.of(e.getKey());
      if (target.isEmpty()) {
        continue;
      }
      for (Sentence s : paper.sentences()) {
        findIn(s, target, e.getValue(), out);
      }
    }
    return out;
  }

  private static void findIn(Sentence s, List<String> target, Candidate like,
      List<Candidate> out) {
    List<Piece> p = s.pieces();
    int n = target.size();
    for (int i = 0; i + n <= p.size(); i++) {
      if (!p.get(i).wordStart()) {
        continue;
      }
      int end = matchEnd(p, i, target);
      if (end < 0) {
        continue;
      }
      Candidate c = new Candidate(p.get(i).start(), end, s.inTitle(), like.type(),
          like.confidence() * 0.95, like.source(), like.entry(), like.link());
      if (out.stream().noneMatch(c::overlaps)) {
        out.add(c);
      }
    }
  }

  private static int matchEnd(List<Piece> p, int from, List<String> target) {
    int last = target.size() - 1;
    for (int k = 0; k < last; k++) {
      if (!p.get(from + k).text().equals(target.get(k))) {
        return -1;
      }
    }
    Piece end = p.get(from + last);
    String t = end.text();
    boolean same = t.equals(target.get(last))
        || (t.length() == target.get(last).length() + 1 && t.endsWith("s")
            && t.startsWith(target.get(last)));
    return same && end.wordEnd() ? end.end() : -1;
  }
}
