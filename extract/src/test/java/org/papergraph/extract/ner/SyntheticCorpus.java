package org.papergraph.extract.ner;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;

/**
 * A few dozen made-up sentences for training tiny models in tests: datasets shaped like
 * {@code XxxxQA} in dataset contexts, metrics among ordinary words, and sentences without names.
 * A name is written {@code [TYPE Some Words]}.
 */
final class SyntheticCorpus {

  static final List<String> DATASETS = List.of("TriviaQA", "NaturalQA", "HotpotQA", "SearchQA",
      "NewsQA", "QuasarQA", "WikiQA", "MedQA", "LegalQA", "ScienceQA");

  private static final List<String> DATASET_TEMPLATES = List.of(
      "We evaluate our model on the [DATASET %s] dataset .",
      "Results on [DATASET %s] show large gains .",
      "The [DATASET %s] benchmark contains many questions .");

  private static final List<String> OTHER = List.of(
      "We report [METRIC accuracy] on the test split .",
      "Our method improves [METRIC accuracy] by two points .",
      "We report [METRIC recall] for every system .",
      "The [METRIC recall] of the baseline is low .",
      "We thank the reviewers for their comments .",
      "This work was done during an internship .",
      "Training takes three days on one machine .",
      "We release our code and data .");

  private SyntheticCorpus() {}

  static List<NameSample> samples() {
    List<NameSample> samples = new ArrayList<>();
    for (String name : DATASETS) {
      for (String template : DATASET_TEMPLATES) {
        samples.add(parse(String.format(template, name)));
      }
    }
    OTHER.forEach(s -> samples.add(parse(s)));
    return samples;
  }

  /** Parses {@code "a [TYPE b c] d"} into tokens and names; every sample clears adaptive data. */
  static NameSample parse(String annotated) {
    List<String> tokens = new ArrayList<>();
    List<Span> names = new ArrayList<>();
    String[] parts = annotated.split(" ");
    int start = -1;
    String type = null;
    for (String part : parts) {
      if (part.startsWith("[")) {
        type = part.substring(1);
        start = tokens.size();
        continue;
      }
      if (part.endsWith("]")) {
        tokens.add(part.substring(0, part.length() - 1));
        names.add(new Span(start, tokens.size(), type));
        continue;
      }
      tokens.add(part);
    }
    return new NameSample(tokens.toArray(String[]::new), names.toArray(Span[]::new), true);
  }
}
