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
 * thread-safe (OpenNLP's {@link ThreadSafeNameFinderME} keeps one {@code NameFinderME} per thread).
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

  public StatisticalNameFinder(TokenNameFinderModel model) {
    this.finder = new ThreadSafeNameFinderME(Objects.requireNonNull(model, "model"));
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
      return convert(finder.find(tokens));
    } finally {
      finder.clearAdaptiveData();
    }
  }

  /** Names in each sentence of one document, in order; adaptive data spans the document only. */
  public List<List<TypedTokenSpan>> findInDocument(List<String[]> sentences) {
    List<List<TypedTokenSpan>> names = new ArrayList<>(sentences.size());
    try {
      for (String[] tokens : sentences) {
        names.add(tokens.length == 0 ? List.of() : convert(finder.find(tokens)));
      }
    } finally {
      finder.clearAdaptiveData();
    }
    return names;
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
    finder.close();
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
