package org.papergraph.cli.build;

import java.util.List;
import java.util.Locale;

/** What a build did, for the closing lines of {@code papergraph build}. */
public record BuildSummary(long papers, long skipped, List<String> skipReasons, long warnings,
    long duplicates, long entities, long mentions, long results, long triples, double seconds) {

  public BuildSummary {
    skipReasons = List.copyOf(skipReasons);
  }

  public String describe() {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT,
        "papers read: %d%nskipped:     %d%nwarnings:    %d%nduplicates:  %d%nentities:    %d%n"
            + "mentions:    %d%nresults:     %d%ntriples:     %d (store total)%nseconds:     %.1f",
        papers, skipped, warnings, duplicates, entities, mentions, results, triples, seconds));
    if (!skipReasons.isEmpty()) {
      sb.append(System.lineSeparator()).append("skipped records:");
      skipReasons.forEach(r -> sb.append(System.lineSeparator()).append("  ").append(r));
      if (skipped > skipReasons.size()) {
        sb.append(System.lineSeparator()).append("  ... and ").append(skipped - skipReasons.size())
            .append(" more (use --rejects FILE for all)");
      }
    }
    return sb.toString();
  }
}
