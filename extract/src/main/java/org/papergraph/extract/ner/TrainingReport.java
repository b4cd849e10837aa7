package org.papergraph.extract.ner;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;

/**
 * What a training run used and how well it did.
 *
 * @param conll the CoNLL training file
 * @param extraFiles the extra span JSONL files, possibly none
 * @param conllSentences sentences read from {@code conll}
 * @param extraSentences sentences made from {@code extraFiles}
 * @param extraSpans gold spans from {@code extraFiles} that became names
 * @param splitTokens tokens cut at a span boundary while aligning {@code extraFiles}
 * @param droppedSpans spans of {@code extraFiles} dropped (overlapped by a longer one, unaligned)
 * @param namesPerType names per type over all training sentences
 * @param config the training configuration
 * @param heldOut scores on the held-out sentences, null when nothing was held out
 * @param trainMillis wall time of the final training on all sentences
 * @param modelBytes size of the written model file
 */
public record TrainingReport(Path conll, List<Path> extraFiles, int conllSentences,
    int extraSentences, int extraSpans, int splitTokens, int droppedSpans,
    Map<String, Integer> namesPerType, TrainingConfig config, EvaluationResult heldOut,
    long trainMillis, long modelBytes) {

  public TrainingReport {
    Objects.requireNonNull(conll, "conll");
    Objects.requireNonNull(config, "config");
    extraFiles = List.copyOf(extraFiles);
    namesPerType = Map.copyOf(namesPerType);
  }

  public Optional<EvaluationResult> heldOutResult() {
    return Optional.ofNullable(heldOut);
  }

  static Map<String, Integer> countNames(List<NameSample> samples) {
    Map<String, Integer> counts = new TreeMap<>();
    for (NameSample sample : samples) {
      for (Span name : sample.getNames()) {
        counts.merge(name.getType(), 1, Integer::sum);
      }
    }
    return counts;
  }

  /** The report as Markdown; {@code command} is the exact command that reproduces the run. */
  public String toMarkdown(String command) {
    StringBuilder md = new StringBuilder("# Name finder training report\n\n## Data\n\n");
    md.append(String.format(Locale.ROOT, "- CoNLL: `%s`, %d sentences%n", conll, conllSentences));
    for (Path file : extraFiles) {
      md.append("- extra spans: `").append(file).append("`\n");
    }
    if (!extraFiles.isEmpty()) {
      md.append(String.format(Locale.ROOT, "- extra: %d sentences, %d spans, %d tokens split at"
          + " span boundaries, %d spans dropped%n", extraSentences, extraSpans, splitTokens,
          droppedSpans));
    }
    md.append("- names per type: ").append(new TreeMap<>(namesPerType)).append("\n\n");
    md.append("## Configuration\n\n").append(config.describe()).append("; features: `ner-features.xml`")
        .append(" (token and token class in a +-2 window, word shape, prefixes 1-3, suffixes 1-4,")
        .append(" neighbouring words within 3, lexicon membership, previous-map, bigram,")
        .append(" sentence begin).\n\n");
    md.append("## Held-out evaluation\n\n");
    if (heldOut == null) {
      md.append("Nothing held out.\n\n");
    } else {
      md.append(String.format(Locale.ROOT, "Trained on the other sentences, scored on sentences"
          + " %d, %d, %d, ... (%d sentences) by exact token span and type:%n%n",
          config.heldOutEvery(), 2 * config.heldOutEvery(), 3 * config.heldOutEvery(),
          heldOut.sentences()));
      md.append(heldOut.toTable()).append('\n');
    }
    md.append(String.format(Locale.ROOT, "## Model%n%nTrained on all %d sentences in %.1f s;"
        + " %d bytes.%n%n", conllSentences + extraSentences, trainMillis / 1000.0, modelBytes));
    md.append("## Command\n\n```\n").append(command).append("\n```\n");
    return md.toString();
  }
}
