package org.papergraph.query.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.papergraph.graph.PG;
import org.papergraph.graph.store.UnionTriples;

/**
 * The names of one store snapshot, lower-cased, in arrays: {@code rdfs:label}, {@code skos:altLabel},
 * {@code dcterms:title} and {@code dcterms:identifier} literals of the union of the named graphs,
 * each (subject, property, name) once, in order of the subject's {@code pg:paperCount} (most
 * mentioned first), so that a query may cap the matches of a short text and still keep the most
 * mentioned ones.
 */
public final class TextIndex {

    /** The properties whose literal values are searched. */
    private static final List<Node> PROPERTIES = List.of(RDFS.label.asNode(), SKOS.altLabel.asNode(),
            DCTerms.title.asNode(), DCTerms.identifier.asNode());

    /** One name: who carries it, under which property, the literal, and its lower-case form. */
    public record Entry(Node subject, Node property, Node name, String lower) {
    }

    private final Entry[] entries;

    private TextIndex(Entry[] entries) {
        this.entries = entries;
    }

    /** Reads every name of {@code dsg} (call inside a read transaction). */
    public static TextIndex build(DatasetGraph dsg) {
        List<Entry> out = new ArrayList<>();
        for (Node p : PROPERTIES) {
            UnionTriples.forEach(dsg, p, t -> {
                if (t.getObject().isLiteral()) {
                    out.add(new Entry(t.getSubject(), p, t.getObject(),
                            t.getObject().getLiteralLexicalForm().toLowerCase(Locale.ROOT)));
                }
            });
        }
        Map<Node, Long> papers = new HashMap<>();
        out.forEach(e -> papers.put(e.subject(), 0L));
        dsg.find(Node.ANY, Node.ANY, PG.paperCount.asNode(), Node.ANY).forEachRemaining(q -> {
            if (papers.containsKey(q.getSubject()) && q.getObject().getLiteralValue() instanceof Number n) {
                papers.put(q.getSubject(), n.longValue());
            }
        });
        out.sort(Comparator.comparingLong((Entry e) -> papers.get(e.subject())).reversed());
        return new TextIndex(out.toArray(new Entry[0]));
    }

    /** Every name containing {@code text}, ignoring case, most mentioned first; a blank text matches nothing. */
    public void forEachContaining(String text, Consumer<Entry> action) {
        String needle = text.toLowerCase(Locale.ROOT);
        if (needle.isBlank()) {
            return;
        }
        for (Entry e : entries) {
            if (e.lower().contains(needle)) {
                action.accept(e);
            }
        }
    }
}
