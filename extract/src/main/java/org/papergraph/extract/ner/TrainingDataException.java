package org.papergraph.extract.ner;

import java.nio.file.Path;

/**
 * Training data that breaks a format rule. The message names the file and line, echoes the bad
 * value and states the rule, e.g. {@code train.conll:12: tag 'I-TASK' follows 'O'; an I- tag must
 * continue a B- or I- tag of the same type}. A user error: print the message, not the stack trace.
 */
public final class TrainingDataException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient Path file;
  private final int line;

  public TrainingDataException(Path file, int line, String problem) {
    super(file + ":" + line + ": " + problem);
    this.file = file;
    this.line = line;
  }

  public Path file() {
    return file;
  }

  /** 1-based line number of the offending line. */
  public int line() {
    return line;
  }
}
