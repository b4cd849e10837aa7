package org.papergraph.query.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.dboe.transaction.txn.TransactionCoordinator;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryBuildException;
import org.apache.jena.query.QueryExecException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.engine.iterator.QueryIterPlainWrapper;
import org.apache.jena.sparql.pfunction.PropFuncArg;
import org.apache.jena.sparql.pfunction.PropertyFunctionBase;
import org.apache.jena.sparql.pfunction.PropertyFunctionRegistry;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * The property function {@code (?node ?name ?property) pgf:textContains "text"}: every
 * {@code rdfs:label}, {@code skos:altLabel}, {@code dcterms:title} or {@code dcterms:identifier}
 * name containing the text (ignoring case), with who carries it and under which property. It gives
 * the same rows as
 * {@code ?node ?property ?name FILTER (?property IN (...) && CONTAINS(LCASE(STR(?name)), LCASE("text")))}
 * from a {@link TextIndex} in memory, and in a useful order: the most mentioned
 * ({@code pg:paperCount}) first, so that a {@code LIMIT} over its rows keeps the most mentioned.
 *
 * <p>The index of a TDB2 store is kept until a write transaction begins on it (the store's
 * transaction coordinator counts them), so a read-only server builds it once; any other dataset
 * gets a fresh index per call.
 */
public final class TextContains extends PropertyFunctionBase {

    /** The function's IRI; the named queries write it {@code pgf:textContains}. */
    public static final String IRI = "https://w3id.org/papergraph/function#textContains";

    private static final Map<TransactionCoordinator, Pair<Long, TextIndex>> INDEXES = new WeakHashMap<>();

    private static final AtomicLong BUILDS = new AtomicLong();

    /** How many indexes were built in this JVM (for tests of the caching). */
    static long builds() {
        return BUILDS.get();
    }

    /** Registers the function with ARQ (idempotent). */
    public static void register() {
        PropertyFunctionRegistry.get().put(IRI, TextContains.class);
    }

    @Override
    public void build(PropFuncArg subject, Node predicate, PropFuncArg object, ExecutionContext cxt) {
        if (!subject.isList() || subject.getArgListSize() < 1 || subject.getArgListSize() > 3
                || !object.isNode()) {
            throw new QueryBuildException("pgf:textContains takes (?node [?name [?property]]) as subject"
                    + " and one string as object");
        }
    }

    @Override
    public QueryIterator exec(Binding binding, PropFuncArg subject, Node predicate, PropFuncArg object,
            ExecutionContext cxt) {
        Node text = object.getArg().isVariable() ? binding.get(Var.alloc(object.getArg())) : object.getArg();
        if (text == null || !text.isLiteral()) {
            throw new QueryExecException("pgf:textContains needs a string to look for, got " + text);
        }
        List<Node> out = subject.getArgList();
        List<Binding> rows = new ArrayList<>();
        indexOf(cxt.getDataset()).forEachContaining(text.getLiteralLexicalForm(), e -> {
            Node[] values = {e.subject(), e.name(), e.property()};
            BindingBuilder b = BindingBuilder.create(binding);
            for (int i = 0; i < out.size(); i++) {
                Node slot = out.get(i);
                if (slot.isVariable()) {
                    Node bound = binding.get(Var.alloc(slot));
                    if (bound == null) {
                        b.add(Var.alloc(slot), values[i]);
                    } else if (!bound.equals(values[i])) {
                        return;
                    }
                } else if (!slot.equals(values[i])) {
                    return;
                }
            }
            rows.add(b.build());
        });
        return QueryIterPlainWrapper.create(rows.iterator(), cxt);
    }

    /** Builds and keeps the index of {@code dsg} ahead of the first search (in its own read transaction). */
    public static void warm(DatasetGraph dsg) {
        // the same coordinator, hence the same cache entry, as the storage queries run on
        Txn.executeRead(dsg, () -> indexOf(dsg));
    }

    /** The TDB2 store's transaction coordinator; queries see the storage itself, not its container. */
    private static TransactionCoordinator coordinatorOf(DatasetGraph dsg) {
        if (dsg instanceof DatasetGraphTDB storage) {
            return storage.getTxnSystem().getTxnMgr();
        }
        return TDBInternal.isTDB2(dsg) ? TDBInternal.getTransactionCoordinator(dsg) : null;
    }

    private static TextIndex indexOf(DatasetGraph dsg) {
        TransactionCoordinator coordinator = coordinatorOf(dsg);
        if (coordinator == null) {
            BUILDS.incrementAndGet();
            return TextIndex.build(dsg);
        }
        synchronized (INDEXES) {
            long writes = coordinator.countBeginWrite();
            Pair<Long, TextIndex> held = INDEXES.get(coordinator);
            if (held != null && held.getLeft() == writes) {
                return held.getRight();
            }
            BUILDS.incrementAndGet();
            TextIndex index = TextIndex.build(dsg);
            // a writer still running may commit after this snapshot without beginning again: keep
            // the index only when none is
            if (coordinator.countActiveWriter() == 0) {
                INDEXES.put(coordinator, Pair.create(writes, index));
            }
            return index;
        }
    }
}
