package org.papergraph.cli.build;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.jena.query.TxnType;
import org.papergraph.extract.Extraction;
import org.papergraph.graph.BuildActivity;
import org.papergraph.graph.PaperStore;
import org.papergraph.graph.WriteSummary;

/**
 * Writes batches into the store on its own thread, inside ONE write transaction for the whole
 * build, so that a build that fails leaves the store exactly as it was. TDB2 transactions belong
 * to a thread, hence the single-thread executor. While it writes batch k, the caller extracts
 * batch k+1; at most one batch waits, which keeps memory flat.
 */
final class StoreWriter implements AutoCloseable {

  private final PaperStore store;
  private final BuildActivity activity;
  private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "papergraph-store-writer");
    t.setDaemon(true);
    return t;
  });
  private Future<WriteSummary> pending;
  private boolean open;

  StoreWriter(PaperStore store, BuildActivity activity) {
    this.store = store;
    this.activity = activity;
  }

  /** Queues a batch; waits first for the previous one and returns its summary (or null). */
  WriteSummary submit(List<Extraction> batch) throws Exception {
    WriteSummary previous = awaitPending();
    pending = thread.submit(() -> {
      if (!open) {
        store.dataset().begin(TxnType.WRITE);
        open = true;
      }
      return store.write(batch, activity);
    });
    return previous;
  }

  /** Waits for the last batch and commits everything; returns the last batch's summary. */
  WriteSummary commit() throws Exception {
    WriteSummary last = awaitPending();
    call(() -> {
      if (open) {
        store.dataset().commit();
        store.dataset().end();
        open = false;
      }
    });
    return last;
  }

  /** Throws away everything written by this build. */
  @Override
  public void close() {
    try {
      if (pending != null) {
        pending.cancel(false);
        try {
          pending.get();
        } catch (Exception ignored) {
          // the batch failed or was cancelled: either way it is rolled back below
        }
      }
      call(() -> {
        if (open) {
          store.dataset().abort();
          store.dataset().end();
          open = false;
        }
      });
    } catch (Exception e) {
      throw new IllegalStateException("could not roll back the build: " + e.getMessage(), e);
    } finally {
      thread.shutdownNow();
    }
  }

  private WriteSummary awaitPending() throws Exception {
    if (pending == null) {
      return null;
    }
    try {
      return pending.get();
    } catch (ExecutionException e) {
      throw e.getCause() instanceof Exception cause ? cause : e;
    } finally {
      pending = null;
    }
  }

  private void call(Runnable action) throws Exception {
    try {
      thread.submit(action).get();
    } catch (ExecutionException e) {
      throw e.getCause() instanceof Exception cause ? cause : e;
    }
  }
}
