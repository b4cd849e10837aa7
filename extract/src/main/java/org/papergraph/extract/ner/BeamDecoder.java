package org.papergraph.extract.ner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.namefind.NameContextGenerator;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.SequenceCodec;
import opennlp.tools.util.SequenceValidator;
import opennlp.tools.util.Span;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;

/**
 * A faster runtime for a maxent {@link TokenNameFinderModel} that gives the same answers as
 * OpenNLP's {@link NameFinderME}: same beam search, same sums in the same order, so the same
 * outcomes, and the same probabilities up to the last bit of {@code Math.exp} versus
 * {@code StrictMath.exp}; a test checks it against {@code NameFinderME} on real abstracts.
 *
 * <p>Why it is faster: {@code NameFinderME} asks the feature generators for every token once per
 * beam hypothesis and looks every feature string up in the model's map each time. Only four
 * features depend on the hypothesis (the previous outcomes: {@code po=}, {@code pow=},
 * {@code powf=}, {@code ppo=}, added last by OpenNLP's {@code DefaultNameContextGenerator}), so
 * here the other features of a token are generated and summed once, and each hypothesis adds only
 * its four, whose parameter lookups are cached per outcome. Summation order is unchanged because
 * the hypothesis features come after all others in OpenNLP's context too.
 *
 * <p>Applies to GIS (maxent) models with a sequence validator that looks at the previous outcome
 * only (the BIO and BILOU codecs); {@link #supports(TokenNameFinderModel)} says whether a model
 * qualifies. One instance is shared; per-thread state (feature generators with their adaptive
 * data) lives in a {@link ThreadLocal}.
 */
final class BeamDecoder {

  private static final String MODEL_ENTRY = "nameFinder.model";
  private static final String LEXICON_ENTRY = "papergraph-lexicon.txt";
  private static final double ZERO_LOG = -100000;

  private final TokenNameFinderFactory factory;
  private final SequenceCodec<String> codec;
  private final Map<String, Context> features;
  private final String[] outcomes;
  private final int size;
  private final double prior;
  /** valid[prev + 1][next]: outcome {@code next} may follow {@code prev} (-1: sentence start). */
  private final boolean[][] valid;
  private final Context[] po;
  private final Context[] ppo;
  private final ThreadLocal<State> states;
  /** Feature lookups without feature strings, or null when the model has other features. */
  private final CompiledFeatures compiled;

  /** Per-thread state: the model's generators (generic path) or the previous-label map. */
  private static final class State {
    final NameContextGenerator generator;
    final Map<String, String> previous = new java.util.HashMap<>();
    final List<Context> buffer = new ArrayList<>(64);

    State(NameContextGenerator generator) {
      this.generator = generator;
    }
  }

  @SuppressWarnings("unchecked")
  BeamDecoder(TokenNameFinderModel model) {
    if (!supports(model)) {
      throw new IllegalArgumentException("BeamDecoder needs a maxent (GIS) name finder model");
    }
    GISModel gis = model.getArtifact(MODEL_ENTRY);
    Object[] data = gis.getDataStructures();
    this.features = (Map<String, Context>) data[1];
    this.outcomes = ((String[]) data[2]).clone();
    this.factory = model.getFactory();
    this.codec = factory.createSequenceCodec();
    String beam = model.getManifestProperty("BeamSize");
    this.size = beam == null ? NameFinderME.DEFAULT_BEAM_SIZE : Integer.parseInt(beam);
    this.prior = StrictMath.log(1.0 / outcomes.length);
    SequenceValidator<String> validator = codec.createSequenceValidator();
    int n = outcomes.length;
    this.valid = new boolean[n + 1][n];
    for (int next = 0; next < n; next++) {
      valid[0][next] = validator.validSequence(0, new String[] {"x"}, new String[0],
          outcomes[next]);
      for (int prev = 0; prev < n; prev++) {
        valid[prev + 1][next] = validator.validSequence(1, new String[] {"x", "x"},
            new String[] {outcomes[prev]}, outcomes[next]);
      }
    }
    this.po = new Context[n + 1];
    this.ppo = new Context[n + 1];
    for (int o = -1; o < n; o++) {
      String name = o < 0 ? NameFinderME.OTHER : outcomes[o];
      po[o + 1] = features.get("po=" + name);
      ppo[o + 1] = features.get("ppo=" + name);
    }
    this.states = ThreadLocal.withInitial(() -> new State(factory.createContextGenerator()));
    Object lexicon = model.getArtifact(LEXICON_ENTRY);
    String[] previousNames = new String[n + 1];
    for (int o = -1; o < n; o++) {
      previousNames[o + 1] = o < 0 ? NameFinderME.OTHER : outcomes[o];
    }
    this.compiled = lexicon instanceof byte[] bytes ? CompiledFeatures.forModel(features,
        org.papergraph.extract.ner.features.Lexicon.fromBytes(bytes),
        factory.createContextGenerator(), previousNames) : null;
  }

  /** Whether the fast feature path is on for this model (false: generic feature generators). */
  boolean compiled() {
    return compiled != null;
  }

  /** Whether the model is one this decoder reproduces exactly (a GIS maxent model). */
  static boolean supports(TokenNameFinderModel model) {
    Object m = model.getArtifact(MODEL_ENTRY);
    return m instanceof GISModel && model.getFactory() != null
        && model.getFactory().getClass() == TokenNameFinderFactory.class;
  }

  /** Names of one sentence; the adaptive data is updated with this sentence's outcomes. */
  Span[] find(String[] tokens) {
    State state = states.get();
    int n = tokens.length;
    int k = outcomes.length;
    Hypothesis best = decode(state, tokens, n, k);
    String[] labels = new String[n];
    double[] probs = new double[n];
    for (Hypothesis h = best; h != null && h.position >= 0; h = h.parent) {
      labels[h.position] = outcomes[h.outcome];
      probs[h.position] = h.prob;
    }
    if (compiled != null) {
      for (int i = 0; i < n; i++) {
        state.previous.put(tokens[i], labels[i]);
      }
    } else {
      state.generator.updateAdaptiveData(tokens, labels);
    }
    Span[] spans = codec.decode(Arrays.asList(labels));
    Span[] out = new Span[spans.length];
    for (int i = 0; i < spans.length; i++) {
      double sum = 0;
      for (int t = spans[i].getStart(); t < spans[i].getEnd(); t++) {
        sum += probs[t];
      }
      out[i] = new Span(spans[i], sum / spans[i].length());
    }
    return out;
  }

  /** Forgets the labels of earlier sentences (call at the end of a document). */
  void clearAdaptiveData() {
    State state = states.get();
    state.generator.clearAdaptiveData();
    state.previous.clear();
  }

  /** Releases the calling thread's feature generators. */
  void close() {
    states.remove();
  }

  private Hypothesis decode(State state, String[] tokens, int n, int k) {
    CompiledFeatures.Sentence sentence = compiled == null ? null : compiled.sentence(tokens);
    Comparator<Hypothesis> order = (a, b) -> Double.compare(b.score, a.score);
    PriorityQueue<Hypothesis> prev = new PriorityQueue<>(size, order);
    PriorityQueue<Hypothesis> next = new PriorityQueue<>(size, order);
    prev.add(new Hypothesis(null, -1, -1, 0.0, 0.0));
    double[] fixed = new double[k];
    double[] scores = new double[k];
    double[] sorted = new double[k];
    Context[] powCache = new Context[k + 1];
    Context[] powfCache = new Context[k + 1];
    boolean[] looked = new boolean[k + 1];
    for (int i = 0; i < n; i++) {
      Arrays.fill(fixed, prior);
      if (sentence != null) {
        compiled.sum(sentence, i, state.previous, fixed, state.buffer);
      } else {
        for (String f : state.generator.getContext(i, tokens, null, null)) {
          add(fixed, features.get(f));
        }
      }
      String token = tokens[i];
      String shape = sentence == null ? FeatureGeneratorUtil.tokenFeature(token) : null;
      if (sentence == null) {
        Arrays.fill(looked, false);
      }
      int width = Math.min(size, prev.size());
      for (int sc = 0; !prev.isEmpty() && sc < width; sc++) {
        Hypothesis top = prev.remove();
        int p1 = i > 0 ? top.outcome : -1;
        int p2 = i > 1 ? top.parent.outcome : -1;
        Context pow;
        Context powf;
        if (sentence != null) {
          pow = compiled.pow(sentence, i, p1);
          powf = compiled.powf(sentence, i, p1);
        } else {
          if (!looked[p1 + 1]) {
            String name = p1 < 0 ? NameFinderME.OTHER : outcomes[p1];
            powCache[p1 + 1] = features.get("pow=" + name + "," + token);
            powfCache[p1 + 1] = features.get("powf=" + name + "," + shape);
            looked[p1 + 1] = true;
          }
          pow = powCache[p1 + 1];
          powf = powfCache[p1 + 1];
        }
        System.arraycopy(fixed, 0, scores, 0, k);
        add(scores, po[p1 + 1]);
        add(scores, pow);
        add(scores, powf);
        add(scores, ppo[p2 + 1]);
        double normal = 0.0;
        for (int o = 0; o < k; o++) {
          scores[o] = Math.exp(scores[o]);
          normal += scores[o];
        }
        for (int o = 0; o < k; o++) {
          scores[o] /= normal;
        }
        double min = rank(scores, sorted, k, Math.max(0, k - size));
        boolean[] allowed = valid[(i > 0 ? top.outcome : -1) + 1];
        for (int o = 0; o < k; o++) {
          if (scores[o] >= min && allowed[o]) {
            offer(next, top, i, o, scores[o]);
          }
        }
        if (next.isEmpty()) {
          for (int o = 0; o < k; o++) {
            if (allowed[o]) {
              offer(next, top, i, o, scores[o]);
            }
          }
        }
      }
      prev.clear();
      PriorityQueue<Hypothesis> swap = prev;
      prev = next;
      next = swap;
    }
    return prev.remove();
  }

  /**
   * The value at index {@code r} of {@code values[0..k)} sorted ascending (in
   * {@link Double#compare} order, as {@link Arrays#sort(double[])} sorts), without sorting all of
   * them: the {@code k - r} largest are selected into the top of {@code work}. The beam keeps
   * only the best few outcomes, so this is a few passes over a handful of numbers.
   */
  static double rank(double[] values, double[] work, int k, int r) {
    System.arraycopy(values, 0, work, 0, k);
    for (int top = k - 1; top >= r; top--) {
      int best = 0;
      for (int j = 1; j <= top; j++) {
        if (Double.compare(work[j], work[best]) > 0) {
          best = j;
        }
      }
      double swap = work[top];
      work[top] = work[best];
      work[best] = swap;
    }
    return work[r];
  }

  private static void offer(PriorityQueue<Hypothesis> next, Hypothesis top, int i, int o,
      double p) {
    double score = top.score + Math.log(p);
    if (score > ZERO_LOG) {
      next.add(new Hypothesis(top, i, o, p, score));
    }
  }

  static void add(double[] sums, Context c) {
    if (c == null) {
      return;
    }
    int[] ids = c.getOutcomes();
    double[] params = c.getParameters();
    for (int j = 0; j < ids.length; j++) {
      sums[ids[j]] += params[j] * 1.0;
    }
  }

  /** One beam entry: the outcome at {@code position} and a link to the earlier ones. */
  private record Hypothesis(Hypothesis parent, int position, int outcome, double prob,
      double score) {}

  /** The outcome names, for tests. */
  List<String> outcomes() {
    return new ArrayList<>(Arrays.asList(outcomes));
  }
}
