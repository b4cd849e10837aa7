package org.papergraph.extract;

import java.util.List;

/** A dictionary file that breaks the format; the message lists every problem as file:line. */
public class DictionaryException extends RuntimeException {

  private final List<String> problems;

  public DictionaryException(List<String> problems) {
    super(problems.size() + " dictionary problem(s):\n  " + String.join("\n  ", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
