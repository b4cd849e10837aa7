package org.papergraph.extract.ner;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.ml.model.Context;
import opennlp.tools.namefind.NameContextGenerator;
import opennlp.tools.util.StringUtil;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;
import org.papergraph.extract.ner.features.Lexicon;
import org.papergraph.extract.ner.features.LexiconFeatureGenerator;
import org.papergraph.extract.ner.features.WordShape;

/**
 * The features of papergraph's descriptor ({@code ner-features.xml}), resolved straight to the
 * model's parameters without building feature strings: the model's feature map is split by
 * feature kind ({@code "p1w="}, {@code "sh="}, ...), and everything a token string contributes in
 * any window position (token class, lower case, shapes, affixes, neighbour words) is resolved once
 * and cached by the string, so a token costs one cache lookup plus its bigram, previous-label and
 * lexicon features. The contexts come out in the order OpenNLP's generators produce
 * them, so the sums are bit-identical.
 *
 * <p>Only valid for models trained with that descriptor: {@link #forModel} checks that on a probe
 * text against the model's own generators and returns null when they disagree (a model with other
 * features then runs on the generic path). Immutable; per-sentence data lives in {@link Sentence}.
 */
final class CompiledFeatures {

  /** Window offsets in OpenNLP's order: current, previous 1..2, next 1..2. */
  private static final int[] WINDOW = {0, -1, -2, 1, 2};
  private static final String[] WINDOW_PREFIX = {"", "p1", "p2", "n1", "n2"};

  private final Map<String, Map<String, Context>> kinds = new HashMap<>();
  private final Map<String, Context>[] wc;
  private final Map<String, Context>[] wAndC;
  private final Map<String, Context>[] w;
  private final Context def;
  private final Context begin;
  private final Map<String, Context> pd;
  private final Map<String, Context> pww;
  private final Map<String, Context> pwcwc;
  private final Map<String, Context> wnw;
  private final Map<String, Context> wcnc;
  private final Map<String, Context> sh;
  private final Map<String, Context> shl;
  private final Map<String, Context> shBefore;
  private final Map<String, Context> shAfter;
  private final Map<String, Context>[] pre;
  private final Map<String, Context>[] suf;
  private final Map<String, Context> lw;
  private final Map<String, Context> rw;
  private final Map<String, Context> lex;
  private final LexiconFeatureGenerator lexicon;
  /** The whole feature map, for the previous-outcome features resolved per token string. */
  private final Map<String, Context> features;
  /** Previous-outcome names as the features spell them: index 0 is the sentence start. */
  private final String[] previousNames;

  @SuppressWarnings("unchecked")
  private CompiledFeatures(Map<String, Context> features, Lexicon lexiconWords,
      String[] previousNames) {
    this.features = features;
    this.previousNames = previousNames.clone();
    for (Map.Entry<String, Context> e : features.entrySet()) {
      String key = e.getKey();
      int eq = key.indexOf('=');
      String kind = eq < 0 ? key : key.substring(0, eq + 1);
      String value = eq < 0 ? "" : key.substring(eq + 1);
      kinds.computeIfAbsent(kind, k -> new HashMap<>()).put(value, e.getValue());
    }
    wc = new Map[5];
    wAndC = new Map[5];
    w = new Map[5];
    for (int k = 0; k < 5; k++) {
      wc[k] = kind(WINDOW_PREFIX[k] + "wc=");
      wAndC[k] = kind(WINDOW_PREFIX[k] + "w&c=");
      w[k] = kind(WINDOW_PREFIX[k] + "w=");
    }
    def = kind("def").get("");
    begin = kind("S=").get("begin");
    pd = kind("pd=");
    pww = kind("pw,w=");
    pwcwc = kind("pwc,wc=");
    wnw = kind("w,nw=");
    wcnc = kind("wc,nc=");
    sh = kind("sh=");
    shl = kind("shl=");
    shBefore = kind("sh-1=");
    shAfter = kind("sh+1=");
    pre = new Map[4];
    suf = new Map[5];
    for (int n = 1; n <= 4; n++) {
      suf[n] = kind("suf" + n + "=");
      if (n <= 3) {
        pre[n] = kind("pre" + n + "=");
      }
    }
    lw = kind("lw=");
    rw = kind("rw=");
    lex = kind("lex=");
    lexicon = new LexiconFeatureGenerator(lexiconWords, 6);
  }

  private Map<String, Context> kind(String name) {
    return kinds.getOrDefault(name, Map.of());
  }

  /**
   * Compiled features for a model, or null when its generators are not the ones compiled here
   * (checked on a probe text, token by token, against {@code generic}).
   */
  static CompiledFeatures forModel(Map<String, Context> features, Lexicon lexicon,
      NameContextGenerator generic, String[] previousNames) {
    CompiledFeatures compiled = new CompiledFeatures(features, lexicon, previousNames);
    return compiled.agrees(features, generic) ? compiled : null;
  }

  /** Probe sentences covering the token classes, shapes, lexicon names and sentence edges. */
  private static final List<String[]> PROBE = List.of(
      ("We fine-tune Llama-2-7B and GPT-4 on MMLU , GSM8K and the Pile ( 1.2T tokens ) with "
          + "LoRA , reaching 61.2 % accuracy and 0.22 BLEU ; see https://github.com/x/y .")
          .split(" "),
      "Named entity recognition".split(" "),
      "X".split(" "),
      ("Über-große Modelle : ÉCOLE 3.5x faster , i.e. state-of-the-art question answering .")
          .split(" "));

  private boolean agrees(Map<String, Context> features, NameContextGenerator generic) {
    Map<String, String> previous = new HashMap<>();
    generic.clearAdaptiveData();
    try {
      for (String[] tokens : PROBE) {
        Sentence s = sentence(tokens);
        String[] labels = new String[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
          List<Context> expected = new java.util.ArrayList<>();
          for (String f : generic.getContext(i, tokens, null, null)) {
            Context c = features.get(f);
            if (c != null) {
              expected.add(c);
            }
          }
          List<Context> actual = new java.util.ArrayList<>();
          contexts(s, i, previous, actual);
          if (!expected.equals(actual)) {
            return false;
          }
          labels[i] = i % 3 == 0 ? "other" : "task-start";
        }
        generic.updateAdaptiveData(tokens, labels);
        for (int i = 0; i < tokens.length; i++) {
          previous.put(tokens[i], labels[i]);
        }
      }
      return true;
    } finally {
      generic.clearAdaptiveData();
    }
  }

  /**
   * What one token string contributes wherever it appears: its contexts for each window kind,
   * shape, affix and neighbour-word feature. Depends on the string only, so it is cached across
   * sentences and papers.
   */
  private static final class TokenContexts {
    final String cls;
    final Context[] wc = new Context[5];
    final Context[] wAndC = new Context[5];
    final Context[] w = new Context[5];
    Context sh;
    Context shl;
    Context shBefore;
    Context shAfter;
    final Context[] affixes = new Context[7];
    Context lw;
    Context rw;
    /** {@code pow=PREV,token} and {@code powf=PREV,class} per previous outcome (0: start). */
    Context[] pow;
    Context[] powf;

    /** The token in {@link Lexicon#normalize} form, for the lexicon feature. */
    String lexKey;

    TokenContexts(String cls) {
      this.cls = cls;
    }
  }

  /**
   * Marks a previous-outcome context not looked up yet. Threads may race to resolve the same
   * slot; they store the same map value, and a reference write is atomic, so the race is benign.
   */
  private static final Context UNRESOLVED = new Context(new int[0], new double[0]);

  /** Bounded cache of {@link TokenContexts} by token string (cleared when full). */
  private static final int CACHE_LIMIT = 200_000;
  private final java.util.concurrent.ConcurrentHashMap<String, TokenContexts> cache =
      new java.util.concurrent.ConcurrentHashMap<>();

  private TokenContexts token(String token) {
    TokenContexts t = cache.get(token);
    if (t == null) {
      t = resolve(token);
      if (cache.size() >= CACHE_LIMIT) {
        cache.clear();
      }
      cache.put(token, t);
    }
    return t;
  }

  private TokenContexts resolve(String token) {
    String lower = StringUtil.toLowerCase(token);
    String lowerRoot = token.toLowerCase(Locale.ROOT);
    String cls = FeatureGeneratorUtil.tokenFeature(token);
    String lowerCls = lower + "," + cls;
    TokenContexts t = new TokenContexts(cls);
    for (int k = 0; k < 5; k++) {
      t.wc[k] = wc[k].get(cls);
      t.wAndC[k] = wAndC[k].get(lowerCls);
      t.w[k] = w[k].get(lower);
    }
    String shortShape = WordShape.shortShape(token);
    t.sh = sh.get(shortShape);
    t.shl = shl.get(WordShape.longShape(token));
    t.shBefore = shBefore.get(shortShape);
    t.shAfter = shAfter.get(shortShape);
    int length = lowerRoot.codePointCount(0, lowerRoot.length());
    for (int m = 1; m <= 3; m++) {
      t.affixes[m - 1] = m > length ? null
          : pre[m].get(lowerRoot.substring(0, lowerRoot.offsetByCodePoints(0, m)));
    }
    for (int m = 1; m <= 4; m++) {
      t.affixes[2 + m] = m > length ? null : suf[m].get(
          lowerRoot.substring(lowerRoot.offsetByCodePoints(lowerRoot.length(), -m)));
    }
    t.lexKey = Lexicon.normalize(token);
    t.lw = lw.get(lowerRoot);
    t.rw = rw.get(lowerRoot);
    t.pow = new Context[previousNames.length];
    t.powf = new Context[previousNames.length];
    Arrays.fill(t.pow, UNRESOLVED);
    Arrays.fill(t.powf, UNRESOLVED);
    return t;
  }

  /** Per-token data of one sentence. */
  static final class Sentence {
    final String[] tokens;
    final TokenContexts[] token;
    final String[] lex;
    /**
     * Bigram features of each pair of neighbours {@code (j, j + 1)}: {@code pw,w=} and
     * {@code pwc,wc=} seen from {@code j + 1}, {@code w,nw=} and {@code wc,nc=} seen from
     * {@code j}. Both directions use the same key, so it is built once per pair.
     */
    final Context[] pww;
    final Context[] pwcwc;
    final Context[] wnw;
    final Context[] wcnc;

    private Sentence(String[] tokens, TokenContexts[] token, String[] lex) {
      this.tokens = tokens;
      this.token = token;
      this.lex = lex;
      int pairs = Math.max(0, tokens.length - 1);
      this.pww = new Context[pairs];
      this.pwcwc = new Context[pairs];
      this.wnw = new Context[pairs];
      this.wcnc = new Context[pairs];
    }
  }

  Sentence sentence(String[] tokens) {
    TokenContexts[] t = new TokenContexts[tokens.length];
    String[] keys = new String[tokens.length];
    for (int j = 0; j < tokens.length; j++) {
      t[j] = token(tokens[j]);
      keys[j] = t[j].lexKey;
    }
    Sentence s = new Sentence(tokens, t, lexicon.tagKeys(keys));
    for (int j = 0; j + 1 < tokens.length; j++) {
      String words = tokens[j] + "," + tokens[j + 1];
      s.pww[j] = pww.get(words);
      s.wnw[j] = wnw.get(words);
      String classes = t[j].cls + "," + t[j + 1].cls;
      s.pwcwc[j] = pwcwc.get(classes);
      s.wcnc[j] = wcnc.get(classes);
    }
    return s;
  }

  /**
   * The {@code pow=} context of token {@code i} after previous outcome {@code previous}
   * (-1: sentence start), as {@code features.get("pow=" + name + "," + token)} gives it.
   */
  Context pow(Sentence s, int i, int previous) {
    TokenContexts t = s.token[i];
    Context c = t.pow[previous + 1];
    if (c == UNRESOLVED) {
      c = features.get("pow=" + previousNames[previous + 1] + "," + s.tokens[i]);
      t.pow[previous + 1] = c;
    }
    return c;
  }

  /** The {@code powf=} context of token {@code i} (its token class) after {@code previous}. */
  Context powf(Sentence s, int i, int previous) {
    TokenContexts t = s.token[i];
    Context c = t.powf[previous + 1];
    if (c == UNRESOLVED) {
      c = features.get("powf=" + previousNames[previous + 1] + "," + t.cls);
      t.powf[previous + 1] = c;
    }
    return c;
  }

  /** Adds the parameters of token {@code i}'s hypothesis-independent features to {@code sums}. */
  void sum(Sentence s, int i, Map<String, String> previous, double[] sums, List<Context> buffer) {
    buffer.clear();
    contexts(s, i, previous, buffer);
    for (int k = 0; k < buffer.size(); k++) {
      BeamDecoder.add(sums, buffer.get(k));
    }
  }

  private void contexts(Sentence s, int i, Map<String, String> previous, List<Context> out) {
    int n = s.tokens.length;
    TokenContexts[] t = s.token;
    for (int k = 0; k < 5; k++) {
      int j = i + WINDOW[k];
      if (j >= 0 && j < n) {
        put(out, t[j].wc[k]);
        put(out, t[j].wAndC[k]);
      }
    }
    for (int k = 0; k < 5; k++) {
      int j = i + WINDOW[k];
      if (j >= 0 && j < n) {
        put(out, t[j].w[k]);
      }
    }
    put(out, def);
    put(out, pd.get(String.valueOf(previous.get(s.tokens[i]))));
    if (i > 0) {
      put(out, s.pww[i - 1]);
      put(out, s.pwcwc[i - 1]);
    }
    if (i + 1 < n) {
      put(out, s.wnw[i]);
      put(out, s.wcnc[i]);
    }
    if (i == 0) {
      put(out, begin);
    }
    put(out, t[i].sh);
    put(out, t[i].shl);
    if (i > 0) {
      put(out, t[i - 1].shBefore);
    }
    if (i + 1 < n) {
      put(out, t[i + 1].shAfter);
    }
    for (Context c : t[i].affixes) {
      put(out, c);
    }
    for (int j = Math.max(0, i - 3); j < i; j++) {
      put(out, t[j].lw);
    }
    for (int j = i + 1; j <= Math.min(n - 1, i + 3); j++) {
      put(out, t[j].rw);
    }
    if (s.lex[i] != null) {
      put(out, lex.get(s.lex[i]));
    }
  }

  private static void put(List<Context> out, Context c) {
    if (c != null) {
      out.add(c);
    }
  }
}
