package org.papergraph.extract;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.papergraph.extract.combine.Combiner;
import org.papergraph.extract.combine.EntityBuilder;
import org.papergraph.extract.fact.ResultFinder;
import org.papergraph.extract.fact.SizeFinder;
import org.papergraph.extract.pattern.AcronymSource;
import org.papergraph.extract.pattern.BenchmarkCueSource;
import org.papergraph.extract.pattern.Candidate;
import org.papergraph.extract.pattern.CandidateSource;
import org.papergraph.extract.pattern.CodeLinks;
import org.papergraph.extract.pattern.CoordinationSource;
import org.papergraph.extract.pattern.DictionarySource;
import org.papergraph.extract.pattern.EvaluationTargetSource;
import org.papergraph.extract.pattern.HeadCueSource;
import org.papergraph.extract.pattern.ModelShapeSource;
import org.papergraph.extract.pattern.NameFinderSource;
import org.papergraph.extract.pattern.NounPhraseSource;
import org.papergraph.extract.pattern.ProposalSource;
import org.papergraph.extract.pattern.RepeatedNameSource;
import org.papergraph.extract.text.AnalyzedPaper;
import org.papergraph.extract.text.Sentence;
import org.papergraph.extract.text.TextAnalyzer;
import org.papergraph.ingest.Paper;

/**
 * The extractor: OpenNLP sentences, tokens and POS over title and abstract, candidates from the
 * dictionary and the patterns, one combiner, entity normalization, then facts (proposals, results,
 * sizes) and code links. Load once with {@link #load()}; the instance is immutable and
 * thread-safe, so one serves every worker thread.
 */
public final class Pipeline implements Extractor {

  /** Parts that can be switched off, for ablations. */
  public enum Component {
    DICTIONARY, PATTERNS, MODEL;

    /** Parses a comma-separated list such as {@code dictionary,model}; rejects unknown names. */
    public static Set<Component> parseList(String list) {
      Set<Component> out = EnumSet.noneOf(Component.class);
      for (String part : list.split(",")) {
        String name = part.strip().toUpperCase(java.util.Locale.ROOT);
        if (name.isEmpty()) {
          continue;
        }
        try {
          out.add(valueOf(name));
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException("unknown component '" + part.strip()
              + "'; expected any of dictionary, patterns, model");
        }
      }
      if (out.isEmpty()) {
        throw new IllegalArgumentException("no component in '" + list
            + "'; expected any of dictionary, patterns, model");
      }
      return out;
    }
  }

  private final TextAnalyzer analyzer;
  private final Dictionary dictionary;
  private final List<CandidateSource> sources;
  private final List<CandidateSource> extraSources;
  private final Set<Component> components;
  private final Combiner combiner = new Combiner();
  private final EntityBuilder builder;
  private final ResultFinder results = new ResultFinder();
  private final SizeFinder sizes = new SizeFinder();

  private final NameFinderSource model;

  private Pipeline(TextAnalyzer analyzer, Dictionary dictionary, Set<Component> components,
      List<CandidateSource> extra, NameFinderSource model) {
    this.model = model;
    this.analyzer = analyzer;
    this.dictionary = dictionary;
    this.components = Set.copyOf(components);
    List<CandidateSource> s = new ArrayList<>();
    if (components.contains(Component.DICTIONARY)) {
      s.add(new DictionarySource(dictionary));
    }
    if (components.contains(Component.PATTERNS)) {
      s.add(new AcronymSource());
      s.add(new ProposalSource());
      s.add(new HeadCueSource());
      s.add(new BenchmarkCueSource());
      s.add(new EvaluationTargetSource());
      s.add(new ModelShapeSource());
      s.add(new NounPhraseSource(analyzer));
      s.add(new RepeatedNameSource());
    }
    if (components.contains(Component.MODEL)) {
      s.add(model != null ? model : NameFinderSource.bundled());
    }
    if (components.contains(Component.PATTERNS)) {
      s.add(new CoordinationSource());
    }
    s.addAll(extra);
    this.extraSources = List.copyOf(extra);
    this.sources = List.copyOf(s);
    this.builder = new EntityBuilder(dictionary);
  }

  /** Loads the OpenNLP models and the bundled dictionary, with every component on. */
  public static Pipeline load() {
    return load(Dictionary.loadDefault());
  }

  /** Loads the OpenNLP models and uses {@code dictionary}, with every component on. */
  public static Pipeline load(Dictionary dictionary) {
    return load(dictionary, EnumSet.allOf(Component.class), List.of());
  }

  /**
   * Full control: which built-in components run, plus extra candidate sources (such as a
   * statistical name finder), which must be thread-safe.
   */
  public static Pipeline load(Dictionary dictionary, Set<Component> components,
      List<CandidateSource> extra) {
    return new Pipeline(TextAnalyzer.load(), dictionary, components, extra, null);
  }

  /**
   * The same models, dictionary and components, with {@code finder} as the MODEL component
   * instead of the committed name finder (for cross-validation of retrained models).
   */
  public Pipeline withNameFinder(org.papergraph.extract.ner.StatisticalNameFinder finder) {
    return new Pipeline(analyzer, dictionary, components, extraSources,
        new NameFinderSource(finder));
  }

  /** The same models and dictionary with other components; cheap, for ablations. */
  public Pipeline with(Set<Component> components, List<CandidateSource> extra) {
    return new Pipeline(analyzer, dictionary, components, extra, model);
  }

  public Dictionary dictionary() {
    return dictionary;
  }

  /** Components, model files and versions, for provenance. */
  public String configuration() {
    List<String> names = sources.stream().map(CandidateSource::name).toList();
    return "papergraph-extract pipeline; OpenNLP " + opennlpVersion() + " (sentences "
        + TextAnalyzer.SENTENCE_MODEL + ", tokens " + TextAnalyzer.TOKEN_MODEL + ", POS "
        + TextAnalyzer.POS_MODEL + "); dictionary " + dictionary.summary() + "; sources "
        + names + "; combiner threshold " + Combiner.THRESHOLD;
  }

  private static String opennlpVersion() {
    String v = opennlp.tools.util.Version.currentVersion().toString();
    return v == null ? "unknown" : v;
  }

  @Override
  public Extraction extract(Paper paper) {
    AnalyzedPaper text = analyzer.analyze(paper);
    List<Candidate> candidates = new ArrayList<>();
    for (CandidateSource source : sources) {
      source.find(text, candidates);
    }
    List<Candidate> kept = combiner.combine(text, candidates);
    EntityBuilder.Result built = builder.build(text, kept);
    Set<String> proposes = proposes(candidates, built.mentions());
    String own = proposes.isEmpty() ? null : proposes.iterator().next();
    String ownBenchmark = proposes.stream()
        .filter(k -> k.startsWith(EntityType.BENCHMARK.slug() + "/")).findFirst().orElse(null);
    String onlyBenchmark = onlyBenchmark(built.mentions());
    List<ResultFact> found = new ArrayList<>();
    List<SizeFact> sized = new ArrayList<>();
    ResultFact carried = null;
    for (Sentence s : text.sentences()) {
      List<ResultFact> here = carry(carried,
          results.find(s, built.mentions(), own, ownBenchmark, onlyBenchmark));
      found.addAll(here);
      carried = oneBenchmarkAndMetric(here);
      sized.addAll(sizes.find(s, built.mentions()));
    }
    sized.addAll(nameSizes(built));
    List<String> links = new ArrayList<>(CodeLinks.find(paper.abstractText()));
    List<Span> spans = text.sentences().stream().map(Sentence::span).toList();
    return new Extraction(paper, spans, built.entities(), built.mentions(), proposes, found,
        dedupe(sized), links);
  }

  /**
   * The one result of a sentence that says which benchmark and metric its scores are, or null.
   */
  private static ResultFact oneBenchmarkAndMetric(List<ResultFact> results) {
    ResultFact one = null;
    for (ResultFact r : results) {
      if (r.benchmarkKey() != null && r.metricKey() != null) {
        if (one != null && !(one.benchmarkKey().equals(r.benchmarkKey())
            && one.metricKey().equals(r.metricKey()))) {
          return null;
        }
        one = r;
      }
    }
    return one;
  }

  /**
   * A score with no benchmark of its own in the metric of an earlier score is on that score's
   * benchmark: one earlier in the sentence ("67% accuracy on AIME ..., outperforming the baseline
   * (40% accuracy, ...)"), or, in a sentence that names no benchmark, the previous sentence's
   * ("ReTool-32B attains 72.5% accuracy in extended settings").
   */
  private static List<ResultFact> carry(ResultFact previous, List<ResultFact> results) {
    ResultFact context = results.stream().anyMatch(r -> r.benchmarkKey() != null) ? null
        : previous;
    List<ResultFact> out = new ArrayList<>(results.size());
    for (ResultFact r : results) {
      if (r.benchmarkKey() == null && context != null && !"x".equals(r.unit())
          && context.metricKey().equals(r.metricKey())) {
        r = r.withBenchmark(context.benchmarkKey());
      } else if (r.benchmarkKey() != null && r.metricKey() != null) {
        context = r;
      }
      out.add(r);
    }
    return out;
  }

  /** The one benchmark an abstract names, or null when it names none or several. */
  private static String onlyBenchmark(List<Mention> mentions) {
    Set<String> keys = new LinkedHashSet<>();
    for (Mention m : mentions) {
      if (m.type() == EntityType.BENCHMARK) {
        keys.add(m.entityKey());
      }
    }
    return keys.size() == 1 ? keys.iterator().next() : null;
  }

  private static Set<String> proposes(List<Candidate> candidates, List<Mention> mentions) {
    Set<String> keys = new LinkedHashSet<>();
    for (Candidate c : candidates) {
      if (c.source().equals(ProposalSource.SOURCE)) {
        for (Mention m : mentions) {
          if (m.span().inTitle() == c.inTitle() && m.span().start() <= c.start()
              && c.end() <= m.span().end()) {
            keys.add(m.entityKey());
          }
        }
      }
    }
    return keys;
  }

  private static List<SizeFact> nameSizes(EntityBuilder.Result built) {
    List<SizeFact> out = new ArrayList<>();
    Map<String, Mention> firsts = new java.util.HashMap<>();
    for (Mention m : built.mentions()) {
      firsts.putIfAbsent(m.entityKey(), m);
    }
    for (Entity e : built.entities()) {
      Mention first = firsts.get(e.key());
      SizeFact f = SizeFinder.ofName(e, first);
      if (f != null) {
        out.add(f);
      }
    }
    return out;
  }

  private static List<SizeFact> dedupe(List<SizeFact> sizes) {
    Map<String, SizeFact> unique = new LinkedHashMap<>();
    for (SizeFact f : sizes) {
      unique.putIfAbsent(f.entityKey() + "|" + f.parameters() + "|" + f.tokens(), f);
    }
    return new ArrayList<>(unique.values());
  }
}
