package org.papergraph.extract.ner;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import opennlp.tools.namefind.ThreadSafeNameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;

/**
 * Runs a trained name finder model. The model is loaded once and shared; this wrapper is
 * thread-safe: the {@link BeamDecoder} (same answers as OpenNLP's {@code NameFinderME}, about
 * three times faster) or, for models it does not support, OpenNLP's {@link ThreadSafeNameFinderME}
 * keep their per-document state per thread.
 *
 * <p>Adaptive data: the model's previous-map feature remembers how tokens were labelled earlier in
 * the same document. {@link #find(String[])} treats its sentence as a whole document and clears
 * that memory afterwards; {@link #findInDocument(List)} keeps it across the sentences of one
 * document (one abstract) and clears it at the end. Either way, results never depend on what the
 * same thread processed before.
 */
public final class StatisticalNameFinder implements AutoCloseable {

  /** Classpath location of the committed model trained on TDMSci (types TASK, DATASET, METRIC). */
  public static final String BUNDLED_MODEL = "/org/papergraph/extract/ner/tdmsci-ner.bin";

  private final ThreadSafeNameFinderME finder;
  private final BeamDecoder decoder;

  /** Runs {@code model} with the {@link BeamDecoder} when it supports the model. */
  public StatisticalNameFinder(TokenNameFinderModel model) {
    this(model, true);
  }

  /**
   * Runs {@code model} with OpenNLP's own {@code NameFinderME} when {@code fast} is false (the
   * reference the fast decoder is tested against), else with the {@link BeamDecoder} if it
   * supports the model.
   */
  public StatisticalNameFinder(TokenNameFinderModel model, boolean fast) {
    Objects.requireNonNull(model, "model");
    this.decoder = fast && BeamDecoder.supports(model) ? new BeamDecoder(model) : null;
    this.finder = decoder == null ? new ThreadSafeNameFinderME(model) : null;
  }

  public static StatisticalNameFinder load(Path modelFile) throws IOException {
    return new StatisticalNameFinder(new TokenNameFinderModel(modelFile));
  }

  /** A finder on the bundled model, which is read once per JVM and shared. */
  public static StatisticalNameFinder bundled() {
    return new StatisticalNameFinder(bundledModel());
  }

  public static TokenNameFinderModel bundledModel() {
    return Bundled.MODEL;
  }

  /** Names in one sentence, handled as a document of its own. */
  public List<TypedTokenSpan> find(String[] tokens) {
    if (Objects.requireNonNull(tokens, "tokens").length == 0) {
      return List.of();
    }
    try {
      return convert(run(tokens));
    } finally {
      clear();
    }
  }

  /** Names in each sentence of one document, in order; adaptive data spans the document only. */
  public List<List<TypedTokenSpan>> findInDocument(List<String[]> sentences) {
    List<List<TypedTokenSpan>> names = new ArrayList<>(sentences.size());
    try {
      for (String[] tokens : sentences) {
        names.add(tokens.length == 0 ? List.of() : convert(run(tokens)));
      }
    } finally {
      clear();
    }
    return names;
  }

  private Span[] run(String[] tokens) {
    return decoder != null ? decoder.find(tokens) : finder.find(tokens);
  }

  private void clear() {
    if (decoder != null) {
      decoder.clearAdaptiveData();
    } else {
      finder.clearAdaptiveData();
    }
  }

  private static List<TypedTokenSpan> convert(Span[] spans) {
    List<TypedTokenSpan> names = new ArrayList<>(spans.length);
    for (Span span : spans) {
      double p = Math.max(0.0, Math.min(1.0, span.getProb()));
      names.add(new TypedTokenSpan(span.getStart(), span.getEnd(), span.getType(), p));
    }
    return List.copyOf(names);
  }

  /** Releases the calling thread's finder instance. */
  @Override
  public void close() {
    if (finder != null) {
      finder.close();
    } else {
      decoder.close();
    }
  }

  private static final class Bundled {
    static final TokenNameFinderModel MODEL = read();

    private static TokenNameFinderModel read() {
      try (InputStream in = StatisticalNameFinder.class.getResourceAsStream(BUNDLED_MODEL)) {
        if (in == null) {
          throw new IllegalStateException("bundled name finder model " + BUNDLED_MODEL
              + " is missing from the classpath");
        }
        return new TokenNameFinderModel(in);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read bundled model " + BUNDLED_MODEL, e);
      }
    }
  }
}
