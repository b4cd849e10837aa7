package org.papergraph.ingest;

import java.util.Arrays;
import java.util.Locale;

/** The input formats papergraph reads; {@code AUTO} detects one from the content. */
public enum InputFormat {
  AUTO("auto"),
  DAILY_PAGE("daily-page"),
  JSONL("jsonl"),
  HF_JSON("hf-json"),
  ARXIV_ATOM("arxiv-atom"),
  ARXIV_METADATA("arxiv-metadata"),
  OPENALEX("openalex"),
  CSV("csv"),
  TSV("tsv");

  private final String cliName;

  InputFormat(String cliName) {
    this.cliName = cliName;
  }

  public String cliName() {
    return cliName;
  }

  public static InputFormat fromCliName(String name) {
    return Arrays.stream(values())
        .filter(f -> f.cliName.equals(name.toLowerCase(Locale.ROOT)))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown format '" + name
            + "'; expected one of " + Arrays.stream(values()).map(InputFormat::cliName).toList()));
  }
}
