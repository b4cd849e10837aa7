package org.papergraph.ingest.source;

import org.papergraph.ingest.InputFormat;

/** The shape of one JSON record, detected per record unless the format forces one. */
public enum RecordKind {
  /** Decide per record from its fields. */
  AUTO,
  /** The gold/input form: {@code id?, title, abstract, authors?, date?, categories?, url?}. */
  GENERIC,
  /** Hugging Face API: a daily-papers entry {@code {paper:{...}}} or a single paper. */
  HF,
  /** arXiv metadata snapshot (OAI/Kaggle). */
  ARXIV_METADATA,
  /** OpenAlex work. */
  OPENALEX;

  /** The kind a forced input format implies; containers like JSON Lines leave it open. */
  public static RecordKind of(InputFormat format) {
    return switch (format) {
      case HF_JSON -> HF;
      case ARXIV_METADATA -> ARXIV_METADATA;
      case OPENALEX -> OPENALEX;
      default -> AUTO;
    };
  }
}
