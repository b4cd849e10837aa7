package org.papergraph.cli.build;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.jena.query.TxnType;
import org.papergraph.extract.Extraction;
import org.papergraph.graph.BuildActivity;
import org.papergraph.graph.IriScheme;
import org.papergraph.graph.NewStoreLoader;
import org.papergraph.graph.PaperStore;
import org.papergraph.graph.WriteSummary;

/**
 * Writes batches into the store on its own thread, so that a build lands whole or not at all:
 * into an existing store inside ONE write transaction for the whole build (TDB2 transactions
 * belong to a thread, hence the single-thread executor); into a new store through Jena's bulk
 * loader ({@link NewStoreLoader}), which builds beside the target and moves into place at the
 * end. While it writes batch k, the caller extracts batch k+1; at most one batch waits, which keeps
 * memory flat.
 */
public final class StoreWriter implements AutoCloseable {

  /** What the writer thread does with batches; every call comes from that one thread. */
  private interface Target {
    WriteSummary write(List<Extraction> batch);

    void commit();

    /** Throws away what {@link #write} did, unless committed; releases the store. */
    void close();
  }

  private final Target target;
  private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "papergraph-store-writer");
    t.setDaemon(true);
    return t;
  });
  private Future<WriteSummary> pending;

  private StoreWriter(Target target) {
    this.target = target;
  }

  /**
   * A writer for the store in {@code dir}: the bulk loader when {@code bulk} and {@code dir} holds
   * no store yet, one write transaction otherwise.
   *
   * @param iris the IRI base, or null for the store's own (the default for a new store)
   */
  public static StoreWriter open(Path dir, IriScheme iris, BuildActivity activity, boolean bulk) {
    if (bulk && NewStoreLoader.applies(dir)) {
      return new StoreWriter(new Bulk(NewStoreLoader.start(dir,
          iris == null ? IriScheme.defaults() : iris, activity)));
    }
    PaperStore store = iris == null ? PaperStore.open(dir) : PaperStore.open(dir, iris);
    return new StoreWriter(new Transaction(store, activity));
  }

  /** Queues a batch; waits first for the previous one and returns its summary (or null). */
  public WriteSummary submit(List<Extraction> batch) throws Exception {
    WriteSummary previous = awaitPending();
    pending = thread.submit(() -> target.write(batch));
    return previous;
  }

  /** Waits for the last batch and commits everything; returns the last batch's summary. */
  public WriteSummary commit() throws Exception {
    WriteSummary last = awaitPending();
    call(target::commit);
    return last;
  }

  /** Throws away everything written by this build unless it was committed; releases the store. */
  @Override
  public void close() {
    if (thread.isShutdown()) {
      return;
    }
    try {
      if (pending != null) {
        pending.cancel(false);
        try {
          pending.get();
        } catch (Exception ignored) {
          // the batch failed or was cancelled: either way it is thrown away below
        }
      }
      call(target::close);
    } catch (Exception e) {
      throw new IllegalStateException("could not roll back the build: " + e.getMessage(), e);
    } finally {
      thread.shutdownNow();
    }
  }

  /** Waits for the batch queued last; returns its summary (or null when none is queued). */
  public WriteSummary awaitPending() throws Exception {
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

  /** An existing store: every batch in one write transaction, committed at the end. */
  private static final class Transaction implements Target {
    private final PaperStore store;
    private final BuildActivity activity;
    private boolean open;

    Transaction(PaperStore store, BuildActivity activity) {
      this.store = store;
      this.activity = activity;
    }

    @Override
    public WriteSummary write(List<Extraction> batch) {
      if (!open) {
        store.dataset().begin(TxnType.WRITE);
        open = true;
      }
      return store.write(batch, activity);
    }

    @Override
    public void commit() {
      if (open) {
        store.dataset().commit();
        store.dataset().end();
        open = false;
      }
    }

    @Override
    public void close() {
      try {
        if (open) {
          store.dataset().abort();
          store.dataset().end();
          open = false;
        }
      } finally {
        store.close();
      }
    }
  }

  /** A new store: Jena's bulk loader. */
  private record Bulk(NewStoreLoader loader) implements Target {
    @Override
    public WriteSummary write(List<Extraction> batch) {
      return loader.write(batch);
    }

    @Override
    public void commit() {
      loader.finish();
    }

    @Override
    public void close() {
      loader.close();
    }
  }
}
