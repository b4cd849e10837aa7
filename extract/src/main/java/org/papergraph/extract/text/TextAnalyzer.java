package org.papergraph.extract.text;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.ThreadSafePOSTaggerME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.sentdetect.ThreadSafeSentenceDetectorME;
import opennlp.tools.tokenize.ThreadSafeTokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import org.papergraph.extract.Span;
import org.papergraph.extract.match.Pieces;

/**
 * Sentences, tokens and (on demand) POS tags with the OpenNLP English models (UD EWT, from the Maven Central
 * artifacts {@code opennlp-models-*-en}). Models load once; the {@code ThreadSafe*ME} runtimes
 * keep one decoder per thread, so a single analyzer serves every worker thread.
 */
public final class TextAnalyzer {

  /** Model files inside the opennlp-models-{sentdetect,tokenizer,pos}-en 1.3.0 jars. */
  public static final String SENTENCE_MODEL = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
  public static final String TOKEN_MODEL = "opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
  public static final String POS_MODEL = "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

  /** POS tagging works on windows of this many tokens, so huge sentences stay cheap. */
  static final int POS_WINDOW = 200;

  /**
   * Word sequences up to this long (the noun-phrase source tags five-word windows) have their
   * tags remembered: the tagger's answer is a function of the words alone (its beam search and
   * context generator keep no state between calls), so a repeated window gets the same tags.
   */
  static final int SHORT = 8;
  static final int TAG_CACHE_LIMIT = 100_000;
  private final java.util.concurrent.ConcurrentHashMap<List<String>, String[]> shortTags =
      new java.util.concurrent.ConcurrentHashMap<>();

  private final ThreadSafeSentenceDetectorME sentences;
  private final ThreadSafeTokenizerME tokenizer;
  private final ThreadSafePOSTaggerME tagger;
  /** The tokenizer's answers per whitespace chunk (the same tokens, computed once per chunk). */
  private final TokenCache tokens;

  private TextAnalyzer(SentenceModel s, TokenizerModel t, POSModel p) {
    this.sentences = new ThreadSafeSentenceDetectorME(s);
    this.tokenizer = new ThreadSafeTokenizerME(alphaNumericOptimized(t));
    this.tokens = new TokenCache(tokenizer);
    this.tagger = new ThreadSafePOSTaggerME(p, POSTagFormat.UD);
  }

  /** Loads the three models from the classpath; fails naming the missing artifact. */
  public static TextAnalyzer load() {
    try {
      return new TextAnalyzer(new SentenceModel(open(SENTENCE_MODEL, "sentdetect")),
          new TokenizerModel(open(TOKEN_MODEL, "tokenizer")), new POSModel(open(POS_MODEL, "pos")));
    } catch (IOException e) {
      throw new IllegalStateException("cannot read an OpenNLP model: " + e.getMessage(), e);
    }
  }

  /**
   * The same tokenizer model with alphanumeric optimization on: a chunk of only letters and
   * digits is never split, so the classifier runs only where punctuation is (about 3x faster).
   */
  static TokenizerModel alphaNumericOptimized(TokenizerModel m) {
    return new TokenizerModel(m.getMaxentModel(), new java.util.HashMap<>(),
        new opennlp.tools.tokenize.TokenizerFactory(m.getLanguage(), m.getAbbreviations(), true,
            null));
  }

  static InputStream open(String name, String artifact) {
    InputStream in = TextAnalyzer.class.getClassLoader().getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("OpenNLP model " + name + " not on the classpath; add "
          + "org.apache.opennlp:opennlp-models-" + artifact + "-en:1.3.0");
    }
    return in;
  }

  /** A paper's title sentence and abstract sentences, in text order. */
  public AnalyzedPaper analyze(org.papergraph.ingest.Paper paper) {
    List<Sentence> sentences = new ArrayList<>(analyze(paper.title(), true));
    sentences.addAll(analyze(paper.abstractText(), false));
    return new AnalyzedPaper(paper, sentences);
  }

  /** Sentences of one field (title when {@code inTitle}), in text order; none for blank text. */
  public List<Sentence> analyze(String field, boolean inTitle) {
    List<Sentence> out = new ArrayList<>();
    if (field == null || field.isBlank()) {
      return out;
    }
    opennlp.tools.util.Span[] found = inTitle ? new opennlp.tools.util.Span[0]
        : sentences.sentPosDetect(field);
    if (found.length == 0) {
      found = new opennlp.tools.util.Span[] {wholeTrimmed(field)};
    }
    found = mergeUnfinished(field, found);
    for (opennlp.tools.util.Span s : found) {
      if (s.getEnd() > s.getStart()) {
        out.add(sentence(field, s.getStart(), s.getEnd(), inTitle));
      }
    }
    return out;
  }

  /**
   * Joins a sentence to the next when it does not end in sentence-final punctuation, when no
   * space separates them (the model sometimes splits inside numbers such as "0.22/1.68 F1"), or
   * when it ends in an abbreviation that never ends a sentence ("0.923 vs. 0.836", "e.g. MMLU").
   */
  static opennlp.tools.util.Span[] mergeUnfinished(String field, opennlp.tools.util.Span[] in) {
    List<opennlp.tools.util.Span> out = new ArrayList<>();
    for (opennlp.tools.util.Span s : in) {
      if (!out.isEmpty() && (!finished(field, out.get(out.size() - 1))
          || out.get(out.size() - 1).getEnd() == s.getStart()
          || ABBREVIATION_END.matcher(field.substring(out.get(out.size() - 1).getStart(),
              out.get(out.size() - 1).getEnd())).find())) {
        opennlp.tools.util.Span prev = out.remove(out.size() - 1);
        out.add(new opennlp.tools.util.Span(prev.getStart(), s.getEnd()));
      } else {
        out.add(s);
      }
    }
    return out.toArray(new opennlp.tools.util.Span[0]);
  }

  private static final java.util.regex.Pattern ABBREVIATION_END = java.util.regex.Pattern.compile(
      "(?:^|[\\s(\\[])(?:vs|e\\.g|i\\.e|cf|et al|approx|resp|w\\.r\\.t|Fig|Eq|Sec|Tab)\\.$");

  private static boolean finished(String field, opennlp.tools.util.Span s) {
    int i = s.getEnd() - 1;
    while (i > s.getStart() && "\"')]}\u201d\u2019".indexOf(field.charAt(i)) >= 0) {
      i--;
    }
    return i < 0 || ".!?:;".indexOf(field.charAt(i)) >= 0;
  }

  private static opennlp.tools.util.Span wholeTrimmed(String field) {
    int start = 0;
    int end = field.length();
    while (start < end && Character.isWhitespace(field.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(field.charAt(end - 1))) {
      end--;
    }
    return new opennlp.tools.util.Span(start, end);
  }

  private Sentence sentence(String field, int start, int end, boolean inTitle) {
    String text = field.substring(start, end);
    opennlp.tools.util.Span[] spans = tokens.tokenizePos(text);
    String[] words = new String[spans.length];
    int[][] chars = new int[spans.length][];
    for (int i = 0; i < spans.length; i++) {
      chars[i] = Offsets.toField(field, start, spans[i]);
      words[i] = field.substring(chars[i][0], chars[i][1]);
    }
    List<Token> tokens = new ArrayList<>(words.length);
    for (int i = 0; i < words.length; i++) {
      tokens.add(new Token(words[i], chars[i][0], chars[i][1], Token.UNTAGGED));
    }
    return new Sentence(new Span(start, end, inTitle), field, tokens,
        Words.split(field, start, end, tokens), Pieces.split(field, start, end));
  }

  /**
   * Universal POS tags for a token sequence (a sentence or a window of one). Tagging is the most
   * expensive step, so sentences are not tagged up front; sources that need tags ask for the few
   * words they look at. Windows of {@value #POS_WINDOW} keep huge sentences cheap.
   */
  public String[] tag(String[] words) {
    if (words.length > SHORT) {
      return tagWindows(words);
    }
    List<String> key = List.of(words);
    String[] known = shortTags.get(key);
    if (known == null) {
      known = tagWindows(words);
      if (shortTags.size() >= TAG_CACHE_LIMIT) {
        shortTags.clear();
      }
      shortTags.put(key, known);
    }
    return known.clone();
  }

  private String[] tagWindows(String[] words) {
    String[] tags = new String[words.length];
    for (int from = 0; from < words.length; from += POS_WINDOW) {
      int to = Math.min(words.length, from + POS_WINDOW);
      String[] window = Arrays.copyOfRange(words, from, to);
      System.arraycopy(tagger.tag(window), 0, tags, from, to - from);
    }
    return tags;
  }
}
