package org.papergraph.ingest;

/**
 * What one {@link PaperInputs#read} call did.
 *
 * @param papers distinct papers delivered (a paper seen in several inputs counts once)
 * @param rejected records skipped as unreadable, each reported as a {@link Rejection}
 * @param warnings warnings issued for records that were kept (empty abstract, unreadable date,
 *     a duplicate too late to merge)
 * @param duplicates records recognized as a paper already delivered and merged into it
 */
public record IngestStats(long papers, long rejected, long warnings, long duplicates) {

  public IngestStats {
    if (papers < 0 || rejected < 0 || warnings < 0 || duplicates < 0) {
      throw new IllegalArgumentException("counts must not be negative");
    }
  }
}
