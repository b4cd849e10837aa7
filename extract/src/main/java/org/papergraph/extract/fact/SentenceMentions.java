package org.papergraph.extract.fact;

import java.util.ArrayList;
import java.util.List;
import org.papergraph.extract.EntityType;
import org.papergraph.extract.Mention;
import org.papergraph.extract.text.Sentence;

/** The mentions inside one sentence, in text order, with small queries the fact finders share. */
final class SentenceMentions {

  final Sentence sentence;
  final List<Mention> mentions;

  SentenceMentions(Sentence sentence, List<Mention> all) {
    this.sentence = sentence;
    this.mentions = new ArrayList<>();
    for (Mention m : all) {
      if (m.span().inTitle() == sentence.inTitle() && m.span().start() >= sentence.span().start()
          && m.span().end() <= sentence.span().end()) {
        mentions.add(m);
      }
    }
  }

  boolean covers(int at) {
    return mentions.stream().anyMatch(m -> m.span().start() <= at && at < m.span().end());
  }

  /** First mention of one of {@code types} starting at or after {@code from}, within chars. */
  Mention after(int from, int within, EntityType... types) {
    for (Mention m : mentions) {
      if (m.span().start() >= from && m.span().start() - from <= within && is(m, types)) {
        return m;
      }
    }
    return null;
  }

  /** Last mention of one of {@code types} ending at or before {@code to}, within chars. */
  Mention before(int to, int within, EntityType... types) {
    Mention found = null;
    for (Mention m : mentions) {
      if (m.span().end() <= to && to - m.span().end() <= within && is(m, types)) {
        found = m;
      }
    }
    return found;
  }

  static boolean is(Mention m, EntityType... types) {
    for (EntityType t : types) {
      if (m.type() == t) {
        return true;
      }
    }
    return false;
  }
}
