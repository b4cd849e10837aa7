package org.papergraph.graph;

/**
 * A store operation that cannot be done: a directory that is not a TDB2 store or is locked, an
 * unknown paper id, an extraction the graph refuses, an export path that cannot be written. The
 * message names the thing and states the rule; the store is left as it was.
 */
public class StoreException extends RuntimeException {

  public StoreException(String message) {
    super(message);
  }

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
