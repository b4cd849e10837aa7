package org.papergraph.graph;

import java.util.List;

/**
 * The outcome of {@link Validator#validate}: whether the data conforms, and each violation.
 *
 * @param violations sorted by focus node, path and message
 */
public record ValidationReport(boolean conforms, List<Violation> violations) {

  /**
   * One failed constraint, with IRIs in prefixed form where a prefix is known.
   *
   * @param focusNode the node that fails, e.g. {@code <https://.../mention/p/a-3-9>}
   * @param path the property path, or empty when the constraint is on the node itself
   * @param message what the rule requires
   * @param value the offending value, or empty
   * @param severity {@code Violation}, {@code Warning} or {@code Info}
   */
  public record Violation(String focusNode, String path, String message, String value,
      String severity) {

    /** {@code focus path: message (value: v)}, one line for a terminal. */
    public String line() {
      StringBuilder sb = new StringBuilder(focusNode);
      if (!path.isEmpty()) {
        sb.append(' ').append(path);
      }
      sb.append(": ").append(message);
      if (!value.isEmpty()) {
        sb.append(" (value: ").append(value).append(')');
      }
      return sb.toString();
    }
  }

  public ValidationReport {
    violations = List.copyOf(violations);
  }

  /** One line per violation. */
  public List<String> lines() {
    return violations.stream().map(Violation::line).toList();
  }
}
