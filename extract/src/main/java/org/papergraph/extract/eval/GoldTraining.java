package org.papergraph.extract.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.papergraph.extract.Dictionary;
import org.papergraph.extract.DictionaryEntry;
import org.papergraph.extract.ner.NameFinderTrainer;
import org.papergraph.extract.ner.TrainingConfig;
import org.papergraph.extract.ner.TrainingReport;
import org.papergraph.extract.ner.features.Lexicon;
import org.papergraph.ingest.IngestException;

/**
 * The training run behind {@code papergraph train}: TDMSci CoNLL sentences plus the TUNED part
 * of the development gold as character spans ({@link GoldSpans}), with the dictionary's names and
 * aliases as the lexicon feature. Deterministic for the same inputs and configuration.
 */
public final class GoldTraining {

  private GoldTraining() {}

  /** What was trained and from what. */
  public record Outcome(TrainingReport report, GoldSpans.Stats gold) {}

  /**
   * Trains and writes {@code model}; the gold spans are written to {@code spansOut} (kept so
   * the run can be inspected). {@code gold} may be null to train on the CoNLL file alone.
   */
  public static Outcome train(Path conll, Path gold, List<String> inputs, Dictionary dictionary,
      TrainingConfig config, Path model, Path spansOut) throws IOException, IngestException {
    List<Path> extra = new ArrayList<>();
    GoldSpans.Stats stats = new GoldSpans.Stats(0, 0, 0, 0);
    if (gold != null) {
      GoldSpans.Conversion c = GoldSpans.tuned(GoldFile.read(gold), Inputs.read(inputs));
      GoldSpans.write(c.texts(), spansOut);
      extra.add(spansOut);
      stats = c.stats();
    }
    TrainingConfig withLexicon = config.withLexicon(lexicon(dictionary));
    TrainingReport report = NameFinderTrainer.train(conll, extra, withLexicon, model);
    return new Outcome(report, stats);
  }

  /** Every name and alias of the dictionary. */
  public static Lexicon lexicon(Dictionary dictionary) {
    List<String> names = new ArrayList<>();
    for (DictionaryEntry e : dictionary.entries()) {
      names.addAll(e.names());
    }
    return Lexicon.of(names);
  }
}
