package org.papergraph.extract.eval;

import java.util.List;

/**
 * One line of a gold file: a paper's hand-made annotations, per the annotation guide.
 *
 * @param line 1-based line number in the gold file
 */
public record GoldPaper(int line, String id, String title, List<GoldEntity> entities,
    List<String> proposes, List<String> code, List<GoldResult> results) {

  public GoldPaper {
    entities = List.copyOf(entities);
    proposes = List.copyOf(proposes);
    code = List.copyOf(code);
    results = List.copyOf(results);
  }

  /** A gold entity: type label ("Benchmark"), name, aliases, optional flag. */
  public record GoldEntity(String type, String name, List<String> aliases, boolean optional) {

    public GoldEntity {
      aliases = List.copyOf(aliases);
    }
  }

  /** A gold result; only benchmark and value take part in matching. */
  public record GoldResult(String subject, String benchmark, String metric, String value,
      String unit, boolean relative) {}
}
