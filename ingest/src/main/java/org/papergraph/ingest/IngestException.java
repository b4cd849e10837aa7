package org.papergraph.ingest;

/**
 * An input that cannot be read at all: a missing or empty file, an unknown or undetectable
 * format, a stream that breaks off. The message names the input and says what is wrong.
 */
public class IngestException extends Exception {

  public IngestException(String message) {
    super(message);
  }

  public IngestException(String message, Throwable cause) {
    super(message, cause);
  }
}
