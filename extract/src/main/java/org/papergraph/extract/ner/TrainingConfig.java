package org.papergraph.extract.ner;

import java.util.Locale;
import java.util.Objects;
import opennlp.tools.util.TrainingParameters;
import org.papergraph.extract.ner.features.Lexicon;

/**
 * How to train a name finder. Training is single-threaded and therefore deterministic: the same
 * samples and the same config give the same model.
 *
 * @param algorithm maximum entropy (GIS) or averaged perceptron
 * @param iterations training iterations, at least 1
 * @param cutoff features seen fewer times than this are dropped, at least 0
 * @param heldOutEvery every n-th sentence (n, 2n, ...) is held out for the evaluation in the
 *     training report; 0 holds nothing out. The saved model is always trained on all sentences.
 * @param lexicon known names for the dictionary-membership feature; stored in the model
 */
public record TrainingConfig(
    Algorithm algorithm, int iterations, int cutoff, int heldOutEvery, Lexicon lexicon) {

  /** The trainers papergraph offers, by their OpenNLP names. */
  public enum Algorithm {
    MAXENT, PERCEPTRON;

    public static Algorithm parse(String name) {
      try {
        return valueOf(name.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("unknown algorithm '" + name
            + "'; expected maxent or perceptron");
      }
    }
  }

  public TrainingConfig {
    Objects.requireNonNull(algorithm, "algorithm");
    Objects.requireNonNull(lexicon, "lexicon");
    if (iterations < 1) {
      throw new IllegalArgumentException("iterations must be >= 1, got " + iterations);
    }
    if (cutoff < 0) {
      throw new IllegalArgumentException("cutoff must be >= 0, got " + cutoff);
    }
    if (heldOutEvery < 0 || heldOutEvery == 1) {
      throw new IllegalArgumentException("heldOutEvery must be 0 (none) or >= 2, got "
          + heldOutEvery);
    }
  }

  /** The configuration of the committed model: maxent, 150 iterations, cutoff 2, every 5th out. */
  public static TrainingConfig defaults() {
    return new TrainingConfig(Algorithm.MAXENT, 150, 2, 5, Lexicon.empty());
  }

  public TrainingConfig withAlgorithm(Algorithm value) {
    return new TrainingConfig(value, iterations, cutoff, heldOutEvery, lexicon);
  }

  public TrainingConfig withIterations(int value) {
    return new TrainingConfig(algorithm, value, cutoff, heldOutEvery, lexicon);
  }

  public TrainingConfig withCutoff(int value) {
    return new TrainingConfig(algorithm, iterations, value, heldOutEvery, lexicon);
  }

  public TrainingConfig withHeldOutEvery(int value) {
    return new TrainingConfig(algorithm, iterations, cutoff, value, lexicon);
  }

  public TrainingConfig withLexicon(Lexicon value) {
    return new TrainingConfig(algorithm, iterations, cutoff, heldOutEvery, value);
  }

  TrainingParameters toParameters() {
    TrainingParameters parameters = new TrainingParameters();
    parameters.put(TrainingParameters.ALGORITHM_PARAM, algorithm.name());
    parameters.put(TrainingParameters.ITERATIONS_PARAM, iterations);
    parameters.put(TrainingParameters.CUTOFF_PARAM, cutoff);
    parameters.put(TrainingParameters.THREADS_PARAM, 1);
    return parameters;
  }

  /** One line for reports, e.g. {@code MAXENT, 150 iterations, cutoff 2, 1 sentence in 5 held out, ...}. */
  public String describe() {
    return String.format(Locale.ROOT, "%s, %d iterations, cutoff %d, %s, lexicon of %d names",
        algorithm, iterations, cutoff,
        heldOutEvery == 0 ? "nothing held out" : "1 sentence in " + heldOutEvery + " held out",
        lexicon.size());
  }
}
