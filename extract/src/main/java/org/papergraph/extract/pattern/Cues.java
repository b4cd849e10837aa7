package org.papergraph.extract.pattern;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.papergraph.extract.EntityType;

/**
 * Cue words: head nouns that type the name before or after them ("the X benchmark", "X, a
 * framework for ..."), and words that make a name-shaped token generic (LLMs, GPU).
 */
public final class Cues {

  private Cues() {}

  private static final Map<String, EntityType> HEADS = Map.ofEntries(
      Map.entry("model", EntityType.MODEL), Map.entry("llm", EntityType.MODEL),
      Map.entry("checkpoint", EntityType.MODEL), Map.entry("chatbot", EntityType.MODEL),
      Map.entry("assistant", EntityType.MODEL), Map.entry("mllm", EntityType.MODEL),
      Map.entry("vlm", EntityType.MODEL), Map.entry("lmm", EntityType.MODEL),
      Map.entry("lvlm", EntityType.MODEL), Map.entry("slm", EntityType.MODEL),
      Map.entry("lm", EntityType.MODEL), Map.entry("codec", EntityType.MODEL),
      Map.entry("benchmark", EntityType.BENCHMARK), Map.entry("suite", EntityType.BENCHMARK),
      Map.entry("testbed", EntityType.BENCHMARK), Map.entry("leaderboard", EntityType.BENCHMARK),
      Map.entry("arena", EntityType.BENCHMARK), Map.entry("challenge", EntityType.BENCHMARK),
      Map.entry("dataset", EntityType.DATASET), Map.entry("corpus", EntityType.DATASET),
      Map.entry("corpora", EntityType.DATASET), Map.entry("collection", EntityType.DATASET),
      Map.entry("framework", EntityType.METHOD), Map.entry("method", EntityType.METHOD),
      Map.entry("approach", EntityType.METHOD), Map.entry("technique", EntityType.METHOD),
      Map.entry("algorithm", EntityType.METHOD), Map.entry("strategy", EntityType.METHOD),
      Map.entry("paradigm", EntityType.METHOD), Map.entry("architecture", EntityType.METHOD),
      Map.entry("layer", EntityType.METHOD), Map.entry("mechanism", EntityType.METHOD),
      Map.entry("pipeline", EntityType.METHOD), Map.entry("system", EntityType.METHOD),
      Map.entry("recipe", EntityType.METHOD), Map.entry("module", EntityType.METHOD),
      Map.entry("scheme", EntityType.METHOD), Map.entry("objective", EntityType.METHOD),
      Map.entry("toolkit", EntityType.METHOD), Map.entry("library", EntityType.METHOD),
      Map.entry("metric", EntityType.METRIC), Map.entry("measure", EntityType.METRIC),
      Map.entry("score", EntityType.METRIC),
      Map.entry("task", EntityType.TASK));

  private static final Set<String> GENERIC = Set.copyOf(java.util.Arrays.asList(
      "llm", "llms", "lm", "lms", "mllm", "mllms", "vlm", "vlms", "lvlm", "lvlms", "plm", "plms",
      "ai", "agi", "nlp", "cv", "gpu", "gpus", "tpu", "tpus", "cpu", "cpus", "api", "apis", "sota",
      "ml", "dl", "nn", "dnn", "dnns", "cnn", "cnns", "rnn", "rnns", "url", "pdf", "html", "io",
      "qa", "ood", "id", "ids", "ii", "iii", "iv", "ok", "us", "uk", "eu", "faq", "ceo", "phd", "ui",
      "mcq", "mcqs", "it", "ift", "stem", "humanities", "social sciences", "multiple-choice",
      "multiple choice", "gui", "guis", "graphical user interface", "graphical user interfaces",
      "codellm", "codellms", "code llm", "code llms",
      "large language model", "large language models", "language model", "language models",
      "multimodal large language model", "multimodal large language models",
      "vision language model", "vision language models", "vision-language model",
      "vision-language models", "large vision language models", "pretrained language models",
      "pre-trained language models", "neural network", "neural networks",
      "deep neural networks", "artificial intelligence", "machine learning", "deep learning",
      "foundation model", "foundation models", "large multimodal models", "lmm", "lmms",
      "vision-language", "vision language", "vl", "vla", "vlas", "vision-language-action",
      "vision-language-action models", "vision-language-action model", "time series foundation models",
      "tsfm", "tsfms", "github", "gitlab", "zenodo", "arxiv",
      // cache names: "Key-Value (KV) cache" (number formats: NUMBER_FORMAT_NAME)
      "key-value", "kv",
      // programming languages are not natural languages, benchmarks or models
      "python", "java", "javascript", "typescript", "c++", "c#", "rust", "kotlin", "php", "ruby",
      "scala", "haskell", "perl", "fortran", "cobol", "verilog", "sql"));

  private static final Set<String> HARDWARE_WORDS = Set.of("rtx", "gtx", "quadro", "jetson",
      "orin", "snapdragon", "xeon", "epyc", "ascend", "gaudi");
  /** Chip names with digits; only tried on short words that have a digit (cheap checks first). */
  private static final Pattern HARDWARE_MODEL = Pattern.compile(
      "(?:rtx|gtx) ?\\d{3,4}(?: ?ti)?|mi\\d{3}x?|tpu ?v?\\d[a-z]?|gaudi\\d"
          + "|a10g?|a30|a40|a100|a800|a6000|h20|h100|h200|h800|v100|p100|k80|t4|l4|l40s?|b200"
          + "|gb200");

  /** Number formats and quantization settings: FP16, BF16, INT4, MXFP4, NVFP4, W4A16, W4A8KV4. */
  private static final Pattern NUMBER_FORMAT_NAME = Pattern
      .compile("(?:mx|nv)?(?:fp|bf|u?int)\\d{1,2}|w\\d{1,2}a\\d{1,2}(?:kv\\d{1,2})?");

  /**
   * Whether {@code lower} (lower case) names an accelerator or chip that papers train or run on
   * ("on 8 A100 GPUs", "on RTX 4090"): hardware, not a benchmark or dataset.
   */
  static boolean isHardware(String lower) {
    if (HARDWARE_WORDS.contains(lower)) {
      return true;
    }
    if (lower.length() > 12) {
      return false;
    }
    for (int i = 0; i < lower.length(); i++) {
      if (Character.isDigit(lower.charAt(i))) {
        return HARDWARE_MODEL.matcher(lower).matches();
      }
    }
    return false;
  }

  /** The type a head noun (singular or plural, any case) points to, or null. */
  public static EntityType head(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    EntityType t = HEADS.get(w);
    if (t == null && w.endsWith("s") && w.length() > 3) {
      t = HEADS.get(w.substring(0, w.length() - 1));
    }
    if (t == null && w.equals("data")) {
      t = EntityType.DATASET;
    }
    return t;
  }

  /** "full / lower / mixed / 4-bit / FP16 precision": the number format, not the metric. */
  private static final Pattern NUMBER_FORMAT = Pattern.compile(
      "(?i)(?:^|[^\\p{L}\\p{N}])(?:full|low|lower|mixed|half|single|double|reduced|numerical|"
          + "numeric|arithmetic|floating[- ]point|fp\\d+|bf16|int\\d+|\\d+[- ]bits?|bit)[- ]$");

  /** True when {@code field[start, end)} is "precision" in the sense of a number format. */
  public static boolean isNumberFormat(String field, int start, int end) {
    return end - start == 9 && field.regionMatches(true, start, "precision", 0, 9)
        && NUMBER_FORMAT.matcher(field.substring(Math.max(0, start - 16), start)).find();
  }

  private static final Pattern MOMENT = Pattern.compile(
      "(?i)(?:^|\\W)(?:at|during|until)\\s+$");

  /**
   * True for "at / during inference time" and "inference-time memory": the moment something
   * happens, not a measure of how long it takes.
   */
  public static boolean isMomentOfUse(String field, int start, int end) {
    return field.regionMatches(true, end - 4, "time", 0, 4)
        && (end - 5 > start && field.charAt(end - 5) == '-'
            || MOMENT.matcher(field.substring(Math.max(0, start - 8), start)).find());
  }

  private static final Set<String> PROPERTY_WORDS = Set.of("sensitivity", "specificity",
      "memory footprint", "memory usage");

  /**
   * Measures that are also ordinary properties ("sensitivity to prompt formatting", "task
   * specificity", "reduces the memory footprint"): a metric only next to a number.
   */
  public static boolean isPropertyWord(String text) {
    return PROPERTY_WORDS.contains(text.toLowerCase(Locale.ROOT));
  }

  /** True for generic names that are never entities (LLMs, GPU, "language model"). */
  public static boolean isGeneric(String name) {
    String lower = name.toLowerCase(Locale.ROOT).strip();
    if (GENERIC.contains(lower) || isHardware(lower)
        || lower.length() <= 9 && NUMBER_FORMAT_NAME.matcher(lower).matches()) {
      return true;
    }
    // "Vision–Language–Action" with en dashes is the same phrase as with hyphens
    String hyphens = lower.replace('\u2013', '-').replace('\u2010', '-').replace('\u2011', '-');
    return hyphens != lower && GENERIC.contains(hyphens);
  }

  private static final Pattern EXAMPLE = Pattern.compile(
      "(?i)\\b(?:such as|including|e\\.g\\.,?|like|spanning|ranging from|covering)\\s[^.;:()]*$");
  private static final Pattern KIND_AFTER = Pattern.compile("^\\s(?:tasks?|benchmarks?"
      + "|datasets?|capabilit\\w+|abilit\\w+|performance|systems?|models?"
      + "|\\(\\p{Lu}[\\p{L}\\d-]*\\))");

  /**
   * A task name in the text is named as one when the paper comes back to it (title, a second
   * mention, an abbreviation), gives it as an example ("tasks such as X") or as a kind ("X tasks",
   * "X benchmarks"); {@code titleAndText} is the lower-cased title and text.
   */
  public static boolean namedAsTask(String field, int start, int end, String titleAndText) {
    String text = field.substring(start, end).toLowerCase(Locale.ROOT);
    int first = titleAndText.indexOf(text);
    return first >= 0 && titleAndText.indexOf(text, first + 1) >= 0
        || EXAMPLE.matcher(field.substring(Math.max(0, start - 80), start)).find()
        || KIND_AFTER.matcher(field.substring(end, Math.min(field.length(), end + 20)))
        .find();
  }
}
