package org.papergraph.graph.store;

import java.util.Iterator;
import java.util.function.Consumer;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.atlas.lib.tuple.TupleFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * The distinct triples of the union of a store's named graphs, streamed in constant memory. Jena's
 * union graph removes the copies of a triple stored in several graphs with a set of every triple
 * seen, which does not fit in the heap for tens of millions of triples. A TDB2 quad index whose
 * order ends with the graph ({@code SPOG}, or {@code POSG} for one predicate) lists the copies of
 * a triple next to each other, so comparing each quad with the one before is enough.
 */
public final class UnionTriples {

  private UnionTriples() {}

  /**
   * Calls {@code action} once for every distinct triple with predicate {@code p} ({@link Node#ANY}
   * for all) in any named graph of {@code dsg}. Call inside a read transaction.
   */
  public static void forEach(DatasetGraph dsg, Node p, Consumer<Triple> action) {
    scan(dsg, p, action, () -> {});
  }

  /** How many distinct triples with predicate {@code p} the union holds (nothing decoded). */
  public static long count(DatasetGraph dsg, Node p) {
    long[] n = {0};
    scan(dsg, p, null, () -> n[0]++);
    return n[0];
  }

  /** Runs {@code counter} for every distinct triple, and gives it to {@code action} unless null. */
  private static void scan(DatasetGraph dsg, Node p, Consumer<Triple> action, Runnable counter) {
    DatasetGraphTDB tdb = dsg instanceof DatasetGraphTDB storage ? storage
        : TDBInternal.isTDB2(dsg) ? TDBInternal.getDatasetGraphTDB(dsg) : null;
    if (tdb == null) {
      dsg.getUnionGraph().find(Node.ANY, p, Node.ANY).forEachRemaining(t -> {
        counter.run();
        if (action != null) {
          action.accept(t);
        }
      });
      return;
    }
    NodeTable nodes = tdb.getQuadTable().getNodeTupleTable().getNodeTable();
    boolean all = p == null || p.equals(Node.ANY);
    NodeId pid = all ? NodeId.NodeIdAny : nodes.getNodeIdForNode(p);
    if (NodeId.isDoesNotExist(pid)) {
      return;
    }
    TupleIndex index = tdb.getQuadTable().getNodeTupleTable().getTupleTable()
        .selectIndex(all ? "SPOG" : "POSG");
    if (index == null) {
      throw new IllegalStateException("the store has no " + (all ? "SPOG" : "POSG") + " index");
    }
    // tuples come in the table's own column order (G, S, P, O), sorted in the index's order
    Iterator<Tuple<NodeId>> it = all ? index.all()
        : index.find(TupleFactory.tuple(NodeId.NodeIdAny, NodeId.NodeIdAny, pid, NodeId.NodeIdAny));
    NodeId s0 = null;
    NodeId p0 = null;
    NodeId o0 = null;
    while (it.hasNext()) {
      Tuple<NodeId> q = it.next();
      NodeId s = q.get(1);
      NodeId pp = q.get(2);
      NodeId o = q.get(3);
      if (s.equals(s0) && pp.equals(p0) && o.equals(o0)) {
        continue;
      }
      s0 = s;
      p0 = pp;
      o0 = o;
      counter.run();
      if (action != null) {
        action.accept(Triple.create(nodes.getNodeForNodeId(s), nodes.getNodeForNodeId(pp),
            nodes.getNodeForNodeId(o)));
      }
    }
  }
}
