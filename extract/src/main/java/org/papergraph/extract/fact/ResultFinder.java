package org.papergraph.extract.fact;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.papergraph.extract.EntityType;
import org.papergraph.extract.Mention;
import org.papergraph.extract.ResultFact;
import org.papergraph.extract.text.Sentence;

/**
 * Reported scores: a number with a unit ({@code %}, points, x/times) or next to a metric, in a
 * sentence that reports results. "from 27.1 to 29.4" reports both numbers, as the gold does; gains ("+2.65
 * points", "by 3.2 points", "2.17x", "within 0.4 PPL") are relative. The benchmark is the nearest
 * Benchmark/Dataset mention (after the number first), the subject the Model or Method the
 * sentence is about, or the paper's own proposal for "Our ..."/"It ..." sentences.
 */
public final class ResultFinder {

  private static final Pattern NUMBER = Pattern.compile("\\+?\\d{1,6}(?:\\.\\d{1,6})?");
  private static final Pattern UNIT = Pattern.compile(
      "\\s?(%|\\\\%|percent\\b|×|x\\b|X\\b|times\\b|-fold\\b|fold\\b|points?\\b|pp\\b|pts\\b)");
  /** "0.22/1.68 F1/EM points": the unit after a slash group and a metric word. */
  private static final Pattern GROUPED = Pattern.compile(
      "(?:/\\d{1,6}(?:\\.\\d{1,6})?)*(?:\\s[\\w@/-]{1,12})?(?:\\s\\([^)]{1,30}\\))?"
          + "\\s(points?|pp|%)");
  /** The rest of a slash group after its first number: "/1.68" in "0.22/1.68 F1/EM". */
  private static final Pattern GROUP_REST = Pattern.compile("(?:/\\d{1,6}(?:\\.\\d{1,6})?)+");
  /** The upper end of a range written with a dash or tilde: "45–63%", "30--50%", "2 ∼ 5x". */
  private static final Pattern RANGE_END = Pattern.compile(
      "\\s?(?:--|[-\u2013\u2014~\u223c])\\s?(\\d{1,6}(?:\\.\\d{1,6})?)(?!\\d|\\.\\d)");
  private static final Set<String> REPORTING = Set.copyOf(java.util.Arrays.asList("achiev", "obtain", "reach", "score",
      "improv", "outperform", "exceed", "surpass", "gain", "boost", "speedup", "speed-up",
      "faster", "reduc", "increas", "attain", "yield", "accuracy", "lower", "higher", "better",
      "match", "state-of-the-art", "within", "record", "deliver", "set", "averag", " vs",
      "versus", "compared", "retain", "compress"));
  /** A drop reports a weakness found, not a score ("accuracy drops from 93% to 69%"). */
  private static final Pattern DROP = Pattern.compile("\\b(?:drop|decreas|declin|degrad|fall"
      + "|fell)");
  private static final Set<String> COUNTED = Set.copyOf(java.util.Arrays.asList("tasks", "task", "languages", "layers",
      "parameters", "tokens", "examples", "samples", "benchmarks", "datasets", "models", "hours",
      "days", "gpus", "steps", "epochs", "images", "videos", "questions", "problems", "of",
      "shot", "shots", "categories", "classes", "domains", "pairs", "instances", "sentences",
      "documents", "words", "million", "billion", "trillion", "k", "languages", "times",
      "scores", "runs", "seeds", "trials", "participants", "annotators", "subjects"));
  private static final Set<String> RELATIVE_AFTER = Set.copyOf(java.util.Arrays.asList("improvement", "improvements", "gain",
      "gains", "increase", "boost", "higher", "lower", "better", "faster", "speedup", "speed-up",
      "more", "fewer", "less", "reduction", "absolute", "relative", "over", "slower", "smaller",
      "larger", "cheaper", "acceleration"));

  /** "on the same dataset": the benchmark named earlier in the sentence. */
  private static final Pattern SAME =
      Pattern.compile("\\bthe same (?:dataset|benchmark|test set|task)s?\\b");
  /** A bare number followed by one of these is a score ("its original 64.2 performance"). */
  private static final Set<String> SCORE_WORDS = Set.of("performance", "score", "accuracy");
  /** Words before a model that make it the baseline, not the subject ("outperforms X"). */
  private static final Pattern BASELINE_CUE = Pattern.compile(
      "(?i)\\b(?:outperform\\w*|surpass\\w*|exceed\\w*|beat\\w*|than|over|vs\\.?|versus|"
          + "compared\\s+(?:to|with)|relative\\s+to|against)\\s+(?:the\\s+|a\\s+|its\\s+)?"
          + "(?:\\S+\\s+){0,3}$");
  /** A benchmark right after these is the one compared against ("outperforming POPE"). */
  private static final Pattern RIVAL_BENCHMARK = Pattern.compile("(?i)\\b(?:outperform\\w*|"
      + "surpass\\w*|than|versus|vs\\.?|compared\\s+(?:to|with)|against)\\s+(?:the\\s+)?$");
  private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d\\d");
  /**
   * A gain in percent is a result even with no benchmark or metric named ("an average
   * improvement of 46.9%", "5.6% gains", "outperforms the baselines by 12%").
   */
  private static final Pattern GAIN_OF = Pattern.compile(
      "(?i)\\b(?:improvements?|gains?|increases?|boosts?|enhancements?)\\s*(?:of\\s+|\\(\\s*)?(?:(?:up\\s+to|about|"
          + "approximately|nearly|over|around|roughly|at\\s+least)\\s+)?$");
  /** "by 12%", "by an average of 12.6%", "by up to 3 points": a difference. */
  private static final Pattern BY = Pattern.compile("(?i)\\bby\\s+(?:(?:an?\\s+)?average\\s+of\\s+"
      + "|(?:up\\s+to|about|approximately|nearly|over|around|roughly|at\\s+least)\\s+)?$");
  /**
   * "63 times smaller dataset", "10x fewer parameters", "4x more tasks than": a size ratio, not a
   * score.
   */
  private static final Pattern SIZE_RATIO = Pattern.compile("(?i)(?:(?:\\s*,\\s*|\\s+)(?:and\\s+|or\\s+)?"
      + "\\d{1,6}(?:\\.\\d{1,6})?\\s?[x×])*\\s*(?:smaller|larger|bigger|"
      + "fewer|less|more)\\s+(?:[\\w-]+\\s+){0,2}?(?:models?|datasets?|data|parameters|corpus|"
      + "corpora|compute|training|tokens|samples|examples|tasks|questions|problems|languages|"
      + "images|videos|scenarios|instances|items|categories|domains)\\b");
  private static final Pattern DECIBEL = Pattern.compile("\\s?dB\\b");
  private static final Pattern GAIN_AFTER = Pattern.compile(
      "(?i)(?:(?:\\s*[,/]\\s*|\\s+)(?:and\\s+|or\\s+)?\\+?\\d{1,6}(?:\\.\\d{1,6})?\\s?%)*"
          + "(?:\\s+[\\w-]+){0,2}?\\s+(?:improvements?|gains?|increases?|boosts?|enhancements?"
          + "|speed-?ups?|faster|higher|better)\\b");
  /** "retaining 97% of the dense model's performance": a score relative to a reference. */
  private static final Pattern RETAINING = Pattern.compile("(?i)\\b(?:retain|retains|retaining|"
      + "retained|preserv\\w*|recover\\w*|maintain\\w*)\\s+(?:(?:up\\s+to|over|about|nearly|around"
      + "|roughly|approximately)\\s+)?$");
  /** "8.43 PPL on X, compared to 7.81 ... and 12.23 with Y": the same measure, read again. */
  private static final Pattern COMPARED = Pattern.compile(
      "(?i)(?:compared\\s+(?:to|with)|vs\\.?|versus|than|and|or)\\s+(?:the\\s+|a\\s+)?$");
  private static final Pattern GAIN_VERB =
      Pattern.compile("(?i)\\b(?:improv|outperform|increas|boost|surpass|exceed|reduc|decreas|"
          + "compress|cut|lower|accelerat|speed)\\w*\\b");
  /** A new clause with its own score: ", as well as a 2.25x", "; 61%", ", while 3 points". */
  private static final Pattern NEXT_CLAIM = Pattern.compile("(?i)(?:,|;|\\bas well as|\\bwhile)"
      + "[^,;]*?(?<![\\p{L}\\p{N}.])\\d+(?:\\.\\d+)?\\s?(?:%|x\\b|×|points?\\b)");

  /** "Mistral-large (35.6%) and ...": a score in parentheses after a name reports it. */
  private static final Pattern PARENTHESIZED_SCORE =
      Pattern.compile("[\\p{L}\\p{N}] \\(\\d{1,3}(?:\\.\\d{1,3})?\\s?%?\\)");

  /** "Trained on X, ...": data a model learned from, not where a score was measured. */
  private static final Pattern TRAINED_ON = Pattern.compile(
      "(?i)\\b(?:train|pre-?train|fine-?tun|finetun)\\w*\\s+(?:\\w+\\s+){0,4}?(?:on|from|with)\\s+"
          + "(?:\\S+\\s+){0,4}?$");

  /** "LLMs using our X dataset achieve ...": the data they used, not where they were scored. */
  private static final Pattern USING =
      Pattern.compile("(?i)\\b(?:using|with|leveraging)\\s+(?:our|the|their)\\s+$");

  /** "50 percent in exact match", "3.2% in terms of accuracy": the metric after "in". */
  private static final Pattern IN_METRIC =
      Pattern.compile("(?i)\\s+in\\s+(?:terms\\s+of\\s+)?(?:the\\s+)?");

  /** "On X, ..." / "Across X and Y, ...": a benchmark that opens the sentence scopes all of it. */
  private static final Pattern OPENING = Pattern.compile("(?i)(?:on|across)\\s+(?:the\\s+)?");

  /** "scoring only 28.9%", "achieves 61%": a verb of scoring right before the number. */
  private static final Pattern SCORE_VERB = Pattern.compile("(?i)\\b(?:scor(?:e|es|ed|ing)|"
      + "achiev(?:e|es|ed|ing)|reach(?:es|ed|ing)?|attain(?:s|ed|ing)?)\\s+(?:only\\s+|just\\s+|"
      + "merely\\s+|up\\s+to\\s+|over\\s+|about\\s+|around\\s+|nearly\\s+|roughly\\s+)?$");

  /** "a score of 72.5", "an average score of 61": the number is a score. */
  private static final Pattern SCORE_OF = Pattern.compile(
      "(?i)\\b(?:scores?|ratios?|performance)\\s+of\\s+(?:(?:up\\s+to|about|around|nearly|over)"
          + "\\s+)?$");

  private static final Pattern STANDALONE_NUMBER = Pattern.compile("(?<![\\p{L}\\p{N}@.])\\d");
  private static final Pattern AND =
      Pattern.compile("\\s*(?:,\\s*(?:and\\s+|or\\s+)?|and\\s+|or\\s+|&\\s+|/)(?:the\\s+)?");
  private static final Pattern LISTED =
      Pattern.compile("[^.;()]{0,30}?(?:,\\s*|\\band\\s+|\\bor\\s+|\\bto\\s+|\\s*[~\u2013-]\\s*)");

  /**
   * Results of one sentence; {@code own} is the key of the paper's own proposal, {@code
   * ownBenchmark} of the benchmark it proposes (the default benchmark of its scores), {@code
   * onlyBenchmark} of the one benchmark the abstract names (the default in a sentence that names
   * none), each or null.
   */
  public List<ResultFact> find(Sentence s, List<Mention> all, String own, String ownBenchmark,
      String onlyBenchmark) {
    List<ResultFact> out = new ArrayList<>();
    String text = s.text();
    String lower = text.toLowerCase(Locale.ROOT);
    if (s.inTitle()) {
      return out;
    }
    boolean reporting = REPORTING.stream().anyMatch(lower::contains)
        || PARENTHESIZED_SCORE.matcher(text).find();
    if (!reporting && lower.chars().noneMatch(Character::isDigit)) {
      return out;
    }
    SentenceMentions sm = new SentenceMentions(s, all);
    // "with the highest success rate being 64.8%": a named measure reports without a verb
    // (a drop is not: "accuracy drops from 93% to 69%" reports a weakness found, not a score)
    if (!reporting && (DROP.matcher(lower).find()
        || sm.mentions.stream().noneMatch(x -> x.type() == EntityType.METRIC))) {
      return out;
    }
    // a sentence that names a benchmark and did not put a score on it has said where it is not
    boolean byDefault = ownBenchmark == null && sm.mentions.stream()
        .noneMatch(x -> SentenceMentions.is(x, EntityType.BENCHMARK, EntityType.DATASET));
    String fallback = byDefault ? onlyBenchmark : ownBenchmark;
    int base = s.span().start();
    Matcher m = NUMBER.matcher(text);
    List<Integer> ends = new ArrayList<>();
    ResultFact last = null;
    int[] skipped = null; // the last number that was no score on its own: start, end
    int covered = 0; // the end of the last score, past the upper end of a range
    while (m.find()) {
      if (m.start() < covered) {
        continue;
      }
      ResultFact r = result(s, sm, text, base, m, own, fallback);
      if (r == null && last != null) {
        r = comparedWith(s, sm, text, base, m, last);
      }
      if (r == null && last != null) {
        r = listedGain(s, sm, text, base, m, last, ends.get(ends.size() - 1) - base);
      }
      if (r == null) {
        // only a free-standing number, not a digit inside a name (GPT-4) or a mention
        boolean free = (m.start() == 0 || Character.isWhitespace(text.charAt(m.start() - 1)))
            && !sm.covers(base + m.start());
        skipped = free ? new int[] {m.start(), m.end()} : null;
      }
      if (r != null) {
        ResultFact before = skipped == null ? null : sharedUnit(text, skipped, m.start(), r);
        if (before != null) {
          out.add(before);
          ends.add(base + skipped[1]);
        }
        skipped = null;
        last = r;
        covered = m.start() + r.valueText().length();
        out.add(r);
        ends.add(base + m.end());
        if (!lower.contains("respectively")) {
          for (ResultFact also : coordinated(sm, text, base, m.end(), r)) {
            out.add(also);
            ends.add(base + m.end());
          }
        }
      }
    }
    List<ResultFact> found = respectively(sm, lower, out, ends);
    // a speed or size ratio ("3.6x faster") is a property of the system, not a score on the
    // abstract's only benchmark
    return byDefault ? found.stream().map(r -> "x".equals(r.unit()) ? r.withBenchmark(null) : r)
        .toList() : found;
  }

  private static final Pattern JOINED = Pattern.compile("\\s*(?:,\\s*)?(?:and|or)\\s+");

  /**
   * "by 11.9 and 8.5 points": a bare number joined by "and" to a score takes that score's unit,
   * metric, subject and benchmark.
   */
  private static ResultFact sharedUnit(String text, int[] skipped, int next, ResultFact r) {
    if (r.unit() == null || !JOINED.matcher(text.substring(skipped[1], next)).matches()) {
      return null;
    }
    String number = text.substring(skipped[0], skipped[1]);
    String valueText = number + r.valueText().substring(r.valueText().indexOf(
        r.value().toPlainString()) + r.value().toPlainString().length());
    try {
      return new ResultFact(r.subjectKey(), r.benchmarkKey(), r.metricKey(),
          new BigDecimal(number.replace("+", "")), valueText, r.unit(), r.relative(),
          r.confidence(), r.evidence());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /**
   * "61.2%, 45.3% and 30.1% on A, B and C, respectively": the i-th score belongs to the i-th
   * benchmark named after the last score, when the counts agree; else ("on A and B, it gains 11.9
   * and 8.5 points, respectively", "82.6% on A and 40.6% on B, surpassing them by 14.2% and 20.8%,
   * respectively") the scores after the last benchmark belong to the benchmarks before them.
   * Training data ("verifiers trained with X") is not one of them.
   */
  private static List<ResultFact> respectively(SentenceMentions sm, String lower,
      List<ResultFact> found, List<Integer> ends) {
    if (found.size() < 2 || !lower.contains("respectively")) {
      return found;
    }
    int last = ends.get(ends.size() - 1);
    int base = sm.sentence.span().start();
    List<Mention> after = new ArrayList<>();
    List<Mention> before = new ArrayList<>();
    for (Mention x : sm.mentions) {
      if (SentenceMentions.is(x, EntityType.BENCHMARK, EntityType.DATASET)
          && !trainedOn(sm.sentence.text(), x.span().start() - base)) {
        (x.span().start() >= last ? after : before).add(x);
      }
    }
    List<ResultFact> out = new ArrayList<>(found);
    if (after.size() == found.size()) {
      for (int i = 0; i < found.size(); i++) {
        out.set(i, found.get(i).withBenchmark(after.get(i).entityKey()));
      }
      return out;
    }
    if (!after.isEmpty() || before.isEmpty()) {
      return found;
    }
    int benchmarksEnd = before.get(before.size() - 1).span().end();
    int first = 0;
    while (first < found.size() && ends.get(first) <= benchmarksEnd) {
      first++;
    }
    if (found.size() - first != before.size()) {
      return found;
    }
    for (int i = first; i < found.size(); i++) {
      out.set(i, found.get(i).withBenchmark(before.get(i - first).entityKey()));
    }
    return out;
  }

  private ResultFact result(Sentence s, SentenceMentions sm, String text, int base, Matcher m,
      String own, String fallback) {
    int start = m.start();
    int end = m.end();
    boolean paired = start > 1 && text.charAt(start - 1) == '/'
        && (Character.isDigit(text.charAt(start - 2)) || text.charAt(start - 2) == '%');
    if (!paired && start > 0 && (Character.isLetterOrDigit(text.charAt(start - 1))
        || ".-/,@".indexOf(text.charAt(start - 1)) >= 0) || sm.covers(base + start)) {
      return null;
    }
    end = rangeEnd(text, end, m.group());
    if (end < text.length() && (Character.isLetter(text.charAt(end)) && !unitAt(text, end))) {
      return null;
    }
    if (modifier(text, end)) {
      return null;
    }
    String unit = null;
    int valueEnd = end;
    Matcher rest = GROUP_REST.matcher(text).region(end, text.length());
    int groupEnd = rest.lookingAt() ? rest.end() : end;
    Matcher u = UNIT.matcher(text).region(end, Math.min(text.length(), end + 9));
    if (u.lookingAt()) {
      unit = unitOf(u.group(1));
      valueEnd = u.end();
    } else {
      Matcher g = GROUPED.matcher(text).region(end, Math.min(text.length(), end + 60));
      if (g.lookingAt()) {
        unit = unitOf(g.group(1));
      }
    }
    Matcher db = DECIBEL.matcher(text).region(valueEnd, text.length());
    boolean decibel = unit == null && db.lookingAt();
    if (decibel) {
      valueEnd = db.end();
    }
    String after = nextWord(text, valueEnd);
    Mention metricAfter = sm.after(base + Math.max(valueEnd, groupEnd), decibel ? 4 : 2,
        EntityType.METRIC);
    if (metricAfter == null) {
      Matcher in = IN_METRIC.matcher(text).region(valueEnd, text.length());
      metricAfter = in.lookingAt() ? sm.after(base + in.end(), 0, EntityType.METRIC) : null;
    }
    Mention metricBefore = sm.before(base + start, 40, EntityType.METRIC);
    Mention scored = parenthesizedAfterName(sm, text, base, start, valueEnd, fallback != null);
    if (scored == null && enumerator(text, start, end, m.group())) {
      return null;
    }
    boolean scoreOf = SCORE_OF.matcher(text.substring(Math.max(0, start - 20), start)).find()
        || SCORE_VERB.matcher(text.substring(Math.max(0, start - 30), start)).find();
    boolean onBenchmark = after.equals("on") && m.group().indexOf('.') > 0
        && sm.after(base + valueEnd, 16, EntityType.BENCHMARK, EntityType.DATASET) != null;
    if (unit == null && metricAfter == null && metricBefore == null && scored == null
        && !scoreOf && !onBenchmark && !SCORE_WORDS.contains(after)) {
      return null;
    }
    boolean retaining = "%".equals(unit) && RETAINING.matcher(text.substring(Math.max(0,
        start - 40), start)).find();
    if (counted(text, valueEnd, after) && !retaining || "x".equals(unit) && SIZE_RATIO.matcher(text)
        .region(valueEnd, text.length()).lookingAt()) {
      return null;
    }
    if ("%".equals(unit) && sm.after(base + valueEnd, 2, EntityType.MODEL, EntityType.METHOD)
        != null) {
      return null;
    }
    String before = previousWord(text, paired ? groupStart(text, start) : start);
    boolean gainOf = "%".equals(unit) && (GAIN_OF.matcher(text.substring(Math.max(0, start - 50),
        start)).find() || GAIN_AFTER.matcher(text).region(valueEnd, text.length()).lookingAt());
    boolean by = BY.matcher(text.substring(Math.max(0, start - 40), start)).find();
    boolean relative = gainOf || "x".equals(unit) || text.charAt(start) == '+' || by
        || before.equals("within") || RELATIVE_AFTER.contains(after)
        || ("points".equals(unit) && !before.equals("of"));
    // "AMC23 accuracy rising from 63% to 80%": a benchmark naming the metric before the score
    Mention named = metricAfter == null && metricBefore != null
        ? sm.before(metricBefore.span().start(), 1, EntityType.BENCHMARK, EntityType.DATASET)
        : null;
    Mention bench = named != null ? named
        : sm.after(base + valueEnd, 160, EntityType.BENCHMARK, EntityType.DATASET);
    if (named == null && bench != null && RIVAL_BENCHMARK.matcher(text.substring(valueEnd,
        bench.span().start() - base)).find()) {
      bench = null; // "9% ..., outperforming POPE": the benchmark compared against
    }
    if (named == null && bench != null && NEXT_CLAIM.matcher(text.substring(valueEnd,
        bench.span().start() - base)).find()) {
      bench = null; // "a 3.26x speedup ..., as well as a 2.25x reduction on X": the next claim's
    }
    if (bench == null) {
      // a speed ratio is rarely about a benchmark named clauses earlier
      int back = "x".equals(unit) ? 40 : 100;
      bench = sm.before(base + start, back, EntityType.BENCHMARK, EntityType.DATASET);
      if (bench != null && (trainedOn(text, bench.span().start() - base)
          || bench.type() == EntityType.DATASET && USING.matcher(text.substring(
              Math.max(0, bench.span().start() - base - 20), bench.span().start() - base)).find())) {
        bench = null;
      }
    }
    if (bench == null && !"x".equals(unit)) {
      bench = opening(sm, text, base);
    }
    if (bench == null && !"x".equals(unit)
        && !SIZE_RATIO.matcher(text).region(valueEnd, text.length()).lookingAt()) {
      bench = onlyOne(sm, text, base); // not "with 90% fewer parameters"
    }
    if (bench == null && SAME.matcher(text.substring(valueEnd,
        Math.min(text.length(), valueEnd + 160))).find()) {
      bench = sm.before(base + start, text.length(), EntityType.BENCHMARK, EntityType.DATASET);
    }
    Mention metric = metricAfter != null ? metricAfter : metricBefore;
    boolean gain = "%".equals(unit) && (gainOf || by
        && GAIN_VERB.matcher(text.substring(Math.max(0, start - 80), start)).find());
    if (bench == null && metric == null && (unit == null || unit.equals("%")) && scored == null
        && !SCORE_WORDS.contains(after) && !gain && !retaining && !scoreOf) {
      return null; // "less data (10%)", "a 10% reduction": a share, not a score
    }
    String subject = scored != null ? scored.entityKey() : subject(sm, base + start, own, text);
    BigDecimal value = new BigDecimal(m.group().replace("+", ""));
    String valueText = text.substring(start, valueEnd);
    // a benchmark paper's scores are on its own benchmark unless the sentence names another
    String benchKey = bench != null ? bench.entityKey()
        : aboutCost(text, start, valueEnd) ? null : fallback;
    return new org.papergraph.extract.ResultFact(subject, benchKey,
        metric == null ? null : metric.entityKey(), value, valueText, unit, relative, 0.6,
        s.span());
  }

  /**
   * Where a number ends, or a range it opens ("45–63%": one score, written as a range, worth its
   * lower end): the upper end must be larger, so "2-1" or a date is no range.
   */
  private static int rangeEnd(String text, int end, String lower) {
    Matcher r = RANGE_END.matcher(text).region(end, text.length());
    return r.lookingAt() && new BigDecimal(r.group(1)).compareTo(
        new BigDecimal(lower.replace("+", ""))) > 0 ? r.end() : end;
  }

  /**
   * A bare decimal compared with the sentence's previous unitless score ("8.43 perplexity on X,
   * compared to 7.81 in full precision and 12.23 with Y"): a score in the same metric on the same
   * benchmark, by an unnamed system.
   */
  private static ResultFact comparedWith(Sentence s, SentenceMentions sm, String text, int base,
      Matcher m, ResultFact last) {
    int start = m.start();
    int end = m.end();
    if (last.metricKey() == null || last.unit() != null || m.group().indexOf('.') < 0
        || m.group().startsWith("+") || sm.covers(base + start)
        || start > 0 && !Character.isWhitespace(text.charAt(start - 1))
        || end < text.length() && (Character.isLetterOrDigit(text.charAt(end))
        || UNIT.matcher(text).region(end, Math.min(text.length(), end + 9)).lookingAt())
        || !COMPARED.matcher(text.substring(Math.max(0, start - 30), start)).find()) {
      return null;
    }
    return new ResultFact(null, last.benchmarkKey(), last.metricKey(),
        new BigDecimal(m.group()), m.group(), null, false, 0.5, s.span());
  }

  /**
   * One score for a list of benchmarks ("more than 90% pass@1 in HumanEval and MBPP"): the same
   * score on each, when no other number stands between.
   */
  private static List<ResultFact> coordinated(SentenceMentions sm, String text, int base,
      int numberEnd, ResultFact r) {
    List<ResultFact> more = new ArrayList<>();
    Mention bench = sm.after(base + numberEnd, 160, EntityType.BENCHMARK, EntityType.DATASET);
    if (bench == null || !bench.entityKey().equals(r.benchmarkKey())
        || STANDALONE_NUMBER.matcher(text.substring(numberEnd, bench.span().start() - base))
        .find()) {
      return more;
    }
    while (true) {
      Mention next = sm.after(bench.span().end(), 40, EntityType.BENCHMARK, EntityType.DATASET);
      if (next == null || !AND.matcher(text.substring(bench.span().end() - base,
          next.span().start() - base)).matches()) {
        return more;
      }
      more.add(r.withBenchmark(next.entityKey()));
      bench = next;
    }
  }

  /**
   * The next number in a list of gains or scores ("gains (11.0% for 2B and 17.4% for 7B)",
   * "scoring 92.8% in English, 88.8% in Latvian"): one of the same kind, with the previous one's
   * subject, benchmark and metric.
   */
  private static ResultFact listedGain(Sentence s, SentenceMentions sm, String text, int base,
      Matcher m, ResultFact last, int lastEnd) {
    int start = m.start();
    Matcher u = UNIT.matcher(text).region(m.end(), Math.min(text.length(), m.end() + 9));
    boolean kind = last.relative() ? "%".equals(last.unit()) || "x".equals(last.unit())
        : "%".equals(last.unit());
    if (!kind || !u.lookingAt() || !last.unit().equals(unitOf(u.group(1)))
        || sm.covers(base + start) || lastEnd > start
        || !LISTED.matcher(text.substring(lastEnd, start)).matches()
        || !last.relative() && counted(text, u.end(), nextWord(text, u.end()))) {
      return null;
    }
    return new ResultFact(last.subjectKey(), last.benchmarkKey(), last.metricKey(),
        new BigDecimal(m.group().replace("+", "")), text.substring(start, u.end()), last.unit(),
        last.relative(), 0.5, s.span());
  }

  /**
   * "X (61.2) and Y (58.3)": a bare number alone in parentheses right after a model or method
   * name, in a sentence that names a benchmark or a metric (or in a paper whose scores have a
   * default benchmark), is that system's score.
   */
  private static Mention parenthesizedAfterName(SentenceMentions sm, String text, int base,
      int start, int valueEnd, boolean benchmarkKnown) {
    if (start < 2 || text.charAt(start - 1) != '(' || valueEnd >= text.length()
        || text.charAt(valueEnd) != ')' || YEAR.matcher(text.substring(start, valueEnd))
        .matches()) {
      return null;
    }
    int nameEnd = start - 1;
    while (nameEnd > 0 && text.charAt(nameEnd - 1) == ' ') {
      nameEnd--;
    }
    Mention name = null;
    for (Mention x : sm.mentions) {
      if (x.span().end() == base + nameEnd
          && SentenceMentions.is(x, EntityType.MODEL, EntityType.METHOD)) {
        name = x;
      }
    }
    boolean scored = benchmarkKnown || sm.mentions.stream().anyMatch(x -> SentenceMentions.is(x,
        EntityType.BENCHMARK, EntityType.DATASET, EntityType.METRIC));
    return scored ? name : null;
  }

  /** Start of a slash group "0.22/1.68" that the number at {@code start} ends. */
  private static int groupStart(String text, int start) {
    int i = start;
    while (i > 0 && (Character.isDigit(text.charAt(i - 1)) || ".+/".indexOf(text.charAt(i - 1))
        >= 0)) {
      i--;
    }
    return i;
  }

  private static boolean unitAt(String text, int at) {
    return UNIT.matcher(text).region(at, Math.min(text.length(), at + 9)).lookingAt();
  }

  private static String unitOf(String u) {
    String l = u.toLowerCase(Locale.ROOT);
    if (l.contains("%") || l.equals("percent")) {
      return "%";
    }
    if (l.startsWith("point") || l.equals("pp") || l.equals("pts")) {
      return "points";
    }
    return "x";
  }

  /**
   * The first Model or Method before the score that is not a baseline ("outperforms X", "than
   * X", "over X"); else the paper's own proposal when the sentence speaks of "our"/"we"/"it".
   */
  private static String subject(SentenceMentions sm, int at, String own, String text) {
    Mention first = null;
    int base = sm.sentence.span().start();
    for (Mention x : sm.mentions) {
      // "surpassing WizardMath's original 64.2": the owner of the score, baseline or not
      if (x.span().end() < at && SentenceMentions.is(x, EntityType.MODEL, EntityType.METHOD)
          && OWNED.matcher(text.substring(x.span().end() - base, at - base)).matches()) {
        return x.entityKey();
      }
    }
    for (Mention x : sm.mentions) {
      if (x.span().start() < at && SentenceMentions.is(x, EntityType.MODEL, EntityType.METHOD)) {
        int from = x.span().start() - base;
        if (BASELINE_CUE.matcher(text.substring(Math.max(0, from - 40), from)).find()) {
          continue;
        }
        first = x;
        break;
      }
    }
    if (first != null) {
      return first.entityKey();
    }
    String head = text.strip().toLowerCase(Locale.ROOT);
    return own != null && (head.startsWith("our") || head.contains(" our ")
        || head.startsWith("it ")
        || head.startsWith("this") || head.contains("we ")) ? own : null;
  }

  /** Words of cost and speed: what a system spends, not how well it scores on a benchmark. */
  private static final Pattern COST = Pattern.compile("(?i)\\b(?:memory|latency|throughput|"
      + "faster|speed\\w*|flops|cost|energy|footprint|storage|inference time|wall-clock)\\b");

  /**
   * "reduces peak memory usage by 46.28%": a saving reported near cost words is not a score on
   * the abstract's only (or own) benchmark when the sentence names none.
   */
  private static boolean aboutCost(String text, int start, int valueEnd) {
    return COST.matcher(text.substring(Math.max(0, start - 50),
        Math.min(text.length(), valueEnd + 30))).find();
  }

  /** "'s original ", "’s ": a possessive and at most two words, right before a score. */
  private static final Pattern OWNED = Pattern.compile("['\u2019]s\\s+(?:[\\w-]+\\s+){0,2}");

  /** Words that say which things a count is of: "400 training steps", "8 inference GPUs". */
  private static final Set<String> COUNT_KINDS = Set.of("training", "inference", "gradient",
      "update", "optimization", "sampling", "rollout", "test", "evaluation", "decoding",
      "denoising", "diffusion", "reasoning", "labeled", "unlabeled", "human", "synthetic", "seed");

  /** "1080 steps", "400 training steps": a count of things, not a score. */
  private static boolean counted(String text, int valueEnd, String after) {
    if (COUNTED.contains(after)) {
      return true;
    }
    if (!COUNT_KINDS.contains(after)) {
      return false;
    }
    return COUNTED.contains(nextWord(text, nextWordEnd(text, valueEnd)));
  }

  private static String nextWord(String text, int from) {
    int i = from;
    while (i < text.length() && text.charAt(i) == ' ') {
      i++;
    }
    return text.substring(i, nextWordEnd(text, from)).toLowerCase(Locale.ROOT);
  }

  /** End of the word after {@code from} (spaces skipped), or {@code from}'s blank end. */
  private static int nextWordEnd(String text, int from) {
    int j = from;
    while (j < text.length() && text.charAt(j) == ' ') {
      j++;
    }
    while (j < text.length() && (Character.isLetter(text.charAt(j)) || text.charAt(j) == '-')) {
      j++;
    }
    return j;
  }

  private static String previousWord(String text, int at) {
    int j = at;
    while (j > 0 && text.charAt(j - 1) == ' ') {
      j--;
    }
    int i = j;
    while (i > 0 && Character.isLetter(text.charAt(i - 1))) {
      i--;
    }
    return text.substring(i, j).toLowerCase(Locale.ROOT);
  }

  /** "4-bit", "3-layer", "7B-parameter": a number that modifies a noun ("-fold" is a unit). */
  static boolean modifier(String text, int end) {
    return end + 1 < text.length() && text.charAt(end) == '-'
        && Character.isLetter(text.charAt(end + 1)) && !text.startsWith("-fold", end);
  }

  static boolean trainedOn(String text, int mentionStart) {
    return mentionStart > 0 && TRAINED_ON.matcher(text.substring(Math.max(0, mentionStart - 60),
        mentionStart)).find();
  }

  private static Mention opening(SentenceMentions sm, String text, int base) {
    Matcher o = OPENING.matcher(text);
    if (!o.lookingAt()) {
      return null;
    }
    Mention first = sm.after(base + o.end(), 0, EntityType.BENCHMARK, EntityType.DATASET);
    int comma = text.indexOf(',');
    return first != null && comma > 0 && first.span().end() - base <= comma ? first : null;
  }

  /**
   * "Experiments on the X dataset show that ..., achieving a gain of 50 percent": the one
   * benchmark a sentence names holds its scores however far apart, unless it is the data a model
   * was trained on or the rival compared against.
   */
  private static Mention onlyOne(SentenceMentions sm, String text, int base) {
    Mention only = null;
    for (Mention x : sm.mentions) {
      if (SentenceMentions.is(x, EntityType.BENCHMARK, EntityType.DATASET)) {
        if (only != null && !only.entityKey().equals(x.entityKey())) {
          return null;
        }
        only = only == null ? x : only;
      }
    }
    if (only == null) {
      return null;
    }
    int at = only.span().start() - base;
    String before = text.substring(Math.max(0, at - 30), at);
    return trainedOn(text, at) || USING.matcher(before).find()
        || RIVAL_BENCHMARK.matcher(before).find() ? null : only;
  }

  /** "(1) accuracy and efficiency, (2) ...": a list marker, not a score (unless after a name). */
  static boolean enumerator(String text, int start, int end, String number) {
    return start > 0 && text.charAt(start - 1) == '(' && end < text.length()
        && text.charAt(end) == ')' && number.length() <= 2
        && number.chars().allMatch(Character::isDigit);
  }
}
