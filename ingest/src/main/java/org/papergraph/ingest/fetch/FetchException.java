package org.papergraph.ingest.fetch;

/** A fetch that failed: the message names the URL, the HTTP status or error, and attempts made. */
public class FetchException extends Exception {

  public FetchException(String message) {
    super(message);
  }

  public FetchException(String message, Throwable cause) {
    super(message, cause);
  }
}
