package org.papergraph.extract.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.ObjectStream;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.Span;

/**
 * Reads TDMSci-style CoNLL files into OpenNLP {@link NameSample}s: one token per line as
 * {@code token TAB charOffset TAB tag}, tags in BIO form ({@code O}, {@code B-TASK},
 * {@code I-TASK}, ...), a blank line between sentences. A sentence whose first offset is smaller
 * than the previous sentence's last offset starts a new document, so its sample clears adaptive
 * data. Each sample's id is {@code file:line} of its first token.
 *
 * <p>Any line breaking these rules stops reading with a {@link TrainingDataException} naming
 * {@code file:line}.
 */
public final class ConllReader {

  private static final Pattern TAG = Pattern.compile("O|[BI]-[A-Za-z][A-Za-z0-9_]*");

  private final Path file;
  private final List<NameSample> samples = new ArrayList<>();
  private final List<String> tokens = new ArrayList<>();
  private final List<Span> names = new ArrayList<>();
  private int sentenceLine;
  private int nameStart = -1;
  private String nameType;
  private String previousTag = "O";
  private int firstOffset;
  private int lastOffset = -1;
  private int previousSentenceEnd = -1;

  private ConllReader(Path file) {
    this.file = file;
  }

  /** All sentences of {@code file}, in order. */
  public static List<NameSample> read(Path file) throws IOException {
    ConllReader reader = new ConllReader(file);
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int number = 0;
      while ((line = in.readLine()) != null) {
        reader.accept(++number, line);
      }
    }
    reader.endSentence();
    return List.copyOf(reader.samples);
  }

  /** The same samples as an OpenNLP stream, for {@link NameFinderTrainer}. */
  public static ObjectStream<NameSample> stream(Path file) throws IOException {
    return ObjectStreamUtils.createObjectStream(read(file));
  }

  private void accept(int number, String line) {
    if (line.isBlank()) {
      endSentence();
      return;
    }
    String[] fields = line.split("\t", -1);
    if (fields.length != 3) {
      fail(number, "expected 3 tab-separated fields (token, offset, tag), got " + fields.length
          + " in '" + line + "'");
    }
    String token = fields[0].strip();
    if (token.isEmpty()) {
      fail(number, "empty token in '" + line + "'; every line needs a token");
    }
    int offset = parseOffset(number, fields[1].strip());
    if (tokens.isEmpty()) {
      sentenceLine = number;
      firstOffset = offset;
    }
    addTag(number, fields[2].strip());
    tokens.add(token);
    lastOffset = offset;
  }

  private int parseOffset(int number, String text) {
    try {
      int offset = Integer.parseInt(text);
      if (offset >= 0) {
        return offset;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    fail(number, "offset '" + text + "' is not a non-negative integer");
    return -1;
  }

  private void addTag(int number, String tag) {
    if (!TAG.matcher(tag).matches()) {
      fail(number, "tag '" + tag + "' is not O, B-TYPE or I-TYPE");
    }
    if (tag.startsWith("I-")
        && (previousTag.equals("O") || !previousTag.substring(2).equals(tag.substring(2)))) {
      fail(number, "tag '" + tag + "' follows '" + previousTag + "'; an I- tag must continue a B-"
          + " or I- tag of the same type");
    }
    if (!tag.startsWith("I-")) {
      closeName();
    }
    if (tag.startsWith("B-")) {
      nameStart = tokens.size();
      nameType = tag.substring(2);
    }
    previousTag = tag;
  }

  private void closeName() {
    if (nameStart >= 0) {
      names.add(new Span(nameStart, tokens.size(), nameType));
      nameStart = -1;
    }
  }

  private void endSentence() {
    if (tokens.isEmpty()) {
      return;
    }
    closeName();
    boolean newDocument = samples.isEmpty() || firstOffset < previousSentenceEnd;
    previousSentenceEnd = lastOffset;
    samples.add(new NameSample(file.getFileName() + ":" + sentenceLine,
        tokens.toArray(String[]::new), names.toArray(Span[]::new), null, newDocument));
    tokens.clear();
    names.clear();
    previousTag = "O";
  }

  private void fail(int number, String problem) {
    throw new TrainingDataException(file, number, problem);
  }
}
