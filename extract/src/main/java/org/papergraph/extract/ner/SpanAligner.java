package org.papergraph.extract.ner;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;

/**
 * Turns a text with typed character spans into name-finder training sentences: splits sentences
 * and tokens with OpenNLP's English models, never lets a sentence break cut a span, cuts a token
 * where a span boundary falls inside it (so {@code BERT} in {@code BERT-based} stays a name), and
 * maps each span to the tokens it covers. This is the one place where training character spans
 * become token spans. Not thread-safe (it owns a tokenizer and a sentence detector).
 */
final class SpanAligner {

  private final TokenizerME tokenizer = new TokenizerME(EnglishModels.tokenizer());
  private final SentenceDetectorME sentenceDetector =
      new SentenceDetectorME(EnglishModels.sentences());

  SpanSamples align(String id, String text, List<CharSpan> rawSpans) {
    List<CharSpan> trimmed = rawSpans.stream().map(s -> s.trimmedIn(text))
        .filter(java.util.Objects::nonNull).toList();
    List<CharSpan> spans = withoutOverlaps(trimmed);
    int dropped = rawSpans.size() - spans.size();
    int split = 0;
    int kept = 0;
    List<NameSample> samples = new ArrayList<>();
    for (Span sentence : sentences(text, spans)) {
      List<CharSpan> inside = spans.stream()
          .filter(s -> s.start() >= sentence.getStart() && s.end() <= sentence.getEnd()).toList();
      List<Span> tokens = new ArrayList<>();
      split += tokenize(text, sentence, inside, tokens);
      List<Span> names = new ArrayList<>();
      for (CharSpan span : inside) {
        Span name = toTokens(span, tokens);
        if (name != null) {
          names.add(name);
        }
      }
      kept += names.size();
      String[] words = tokens.stream().map(t -> t.getCoveredText(text).toString())
          .toArray(String[]::new);
      samples.add(new NameSample(id + "#" + samples.size(), words, names.toArray(Span[]::new),
          null, samples.isEmpty()));
    }
    return new SpanSamples(samples, kept, split, dropped + (spans.size() - kept));
  }

  /** Longest spans win; among equals, the earlier one. Result sorted by start. */
  private static List<CharSpan> withoutOverlaps(List<CharSpan> spans) {
    List<CharSpan> byLength = new ArrayList<>(spans);
    byLength.sort(Comparator.comparingInt(CharSpan::length).reversed()
        .thenComparingInt(CharSpan::start));
    List<CharSpan> kept = new ArrayList<>();
    for (CharSpan span : byLength) {
      if (kept.stream().noneMatch(span::overlaps)) {
        kept.add(span);
      }
    }
    kept.sort(Comparator.comparingInt(CharSpan::start));
    return kept;
  }

  /** Sentence ranges, merged wherever a span would cross a sentence break. */
  private List<Span> sentences(String text, List<CharSpan> spans) {
    Span[] detected = sentenceDetector.sentPosDetect(text);
    List<Span> merged = new ArrayList<>();
    for (Span next : detected) {
      if (!merged.isEmpty()) {
        Span current = merged.get(merged.size() - 1);
        boolean crossed = spans.stream()
            .anyMatch(s -> s.start() < current.getEnd() && s.end() > current.getEnd());
        if (crossed) {
          merged.set(merged.size() - 1, new Span(current.getStart(), next.getEnd()));
          continue;
        }
      }
      merged.add(next);
    }
    return merged;
  }

  /** Adds the sentence's token ranges (absolute offsets) to {@code out}; returns tokens split. */
  private int tokenize(String text, Span sentence, List<CharSpan> spans, List<Span> out) {
    TreeSet<Integer> cuts = new TreeSet<>();
    spans.forEach(s -> {
      cuts.add(s.start());
      cuts.add(s.end());
    });
    int split = 0;
    String sentenceText = text.substring(sentence.getStart(), sentence.getEnd());
    for (Span local : tokenizer.tokenizePos(sentenceText)) {
      int start = sentence.getStart() + local.getStart();
      int end = sentence.getStart() + local.getEnd();
      var inner = cuts.subSet(start, false, end, false);
      if (!inner.isEmpty()) {
        split++;
      }
      for (int cut : inner) {
        out.add(new Span(start, cut));
        start = cut;
      }
      out.add(new Span(start, end));
    }
    return split;
  }

  private static Span toTokens(CharSpan span, List<Span> tokens) {
    int first = -1;
    for (int i = 0; i < tokens.size(); i++) {
      if (first < 0 && tokens.get(i).getStart() == span.start()) {
        first = i;
      }
      if (first >= 0 && tokens.get(i).getEnd() == span.end()) {
        return new Span(first, i + 1, span.type());
      }
    }
    return null;
  }
}
