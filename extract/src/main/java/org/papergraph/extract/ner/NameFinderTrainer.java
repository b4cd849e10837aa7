package org.papergraph.extract.ner;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStream;
import opennlp.tools.util.ObjectStreamUtils;

/**
 * Trains papergraph's name finder: OpenNLP maxent or perceptron over the features of
 * {@code ner-features.xml} (token, token class, word shape, affixes, neighbouring words, lexicon
 * membership). Static methods only; the model is the product, {@link StatisticalNameFinder} runs it.
 */
public final class NameFinderTrainer {

  private NameFinderTrainer() {}

  /** Trains on {@code samples}; names keep the types of the samples. Deterministic. */
  public static TokenNameFinderModel train(ObjectStream<NameSample> samples, TrainingConfig config)
      throws IOException {
    Objects.requireNonNull(config, "config");
    return NameFinderME.train("en", null, samples, config.toParameters(),
        FeatureDescriptor.factory(config.lexicon()));
  }

  public static TokenNameFinderModel train(List<NameSample> samples, TrainingConfig config)
      throws IOException {
    if (samples.isEmpty()) {
      throw new IllegalArgumentException("no training sentences");
    }
    return train(ObjectStreamUtils.createObjectStream(samples), config);
  }

  /**
   * The reproducible training run behind {@code papergraph train}: reads the CoNLL file and any
   * extra span JSONL files, evaluates on every {@code config.heldOutEvery()}-th sentence after
   * training on the rest (when that is not 0), then trains on all sentences and writes the model.
   *
   * @throws TrainingDataException if an input file breaks its format (message names file:line)
   */
  public static TrainingReport train(Path conll, List<Path> extraSpans, TrainingConfig config,
      Path outModel) throws IOException {
    List<NameSample> conllSamples = ConllReader.read(conll);
    SpanSamples extra = SpanSamples.empty();
    for (Path file : extraSpans) {
      extra = extra.plus(SpanJsonlReader.read(file));
    }
    List<NameSample> all = new ArrayList<>(conllSamples);
    all.addAll(extra.samples());
    EvaluationResult heldOut = null;
    if (config.heldOutEvery() > 0) {
      heldOut = evaluateHeldOut(all, config);
    }
    long started = System.nanoTime();
    TokenNameFinderModel model = train(all, config);
    long millis = (System.nanoTime() - started) / 1_000_000;
    Path parent = outModel.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    model.serialize(outModel);
    return new TrainingReport(conll, extraSpans, conllSamples.size(), extra.samples().size(),
        extra.spans(), extra.splitTokens(), extra.droppedSpans(), TrainingReport.countNames(all),
        config, heldOut, millis, Files.size(outModel));
  }

  private static EvaluationResult evaluateHeldOut(List<NameSample> all, TrainingConfig config)
      throws IOException {
    List<NameSample> training = new ArrayList<>();
    List<NameSample> test = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      ((i + 1) % config.heldOutEvery() == 0 ? test : training).add(all.get(i));
    }
    return NameFinderEvaluation.evaluate(new NameFinderME(train(training, config)), test);
  }
}
