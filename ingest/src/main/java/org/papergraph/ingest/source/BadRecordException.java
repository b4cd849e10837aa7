package org.papergraph.ingest.source;

/** One record is unusable; the message says where in the record and why. */
final class BadRecordException extends Exception {

  BadRecordException(String message) {
    super(message, null, false, false);
  }
}
