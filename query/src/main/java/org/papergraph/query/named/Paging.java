package org.papergraph.query.named;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.jena.query.Query;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;

/**
 * Where a paged named query takes its page. SPARQL has no parameter for {@code LIMIT} or
 * {@code OFFSET} (they must be integer constants), and user text must never be spliced into a query,
 * so the page is set on the parsed syntax tree, at places the query text marks:
 * <ul>
 *   <li><b>a page</b>: a (sub)query written {@code LIMIT size OFFSET 0}, where {@code size} is the page
 *       size of the {@code # page: size} header. For page {@code n} its {@code OFFSET} becomes
 *       {@code (n - 1) * size}. A query may have several (sections read the same page of their own
 *       rows, e.g. papers and results of {@code entity-details});</li>
 *   <li><b>everything up to the end of the page</b>: a (sub)query written {@code OFFSET 0} with no
 *       {@code LIMIT}. For page {@code n} it gets {@code LIMIT n * size}: the leaderboard ranks a page's
 *       rows by counting better results among these, which are all the better results there are,
 *       because the page is sorted best first.</li>
 * </ul>
 * An explicit {@code OFFSET 0} is the mark because the parser keeps it ({@link Query#hasOffset()}) and
 * it changes nothing when the text is run as written: the text is page 1. Any other {@code OFFSET} in a
 * paged query is an error, and so is a page header without a page mark.
 */
public final class Paging {

    private Paging() {
    }

    /**
     * Checks the marks of a paged query.
     *
     * @param query   the parsed query text
     * @param size    the declared page size
     * @param offsets how many {@code OFFSET} keywords the text has (outside comments): each must be a
     *                mark this class finds in the syntax tree, so none is silently left at page 1
     * @throws IllegalStateException naming what is wrong, for the loader to prefix with the resource
     */
    public static void check(Query query, int size, int offsets) {
        List<Query> marked = marked(query);
        if (marked.size() != offsets) {
            throw new IllegalStateException("has " + offsets + " OFFSET clauses but " + marked.size()
                    + " of them are page marks in (sub)queries this loader reaches (not inside EXISTS)");
        }
        if (marked.stream().noneMatch(Query::hasLimit)) {
            throw new IllegalStateException("declares '# page: " + size + "' but has no (sub)query written"
                    + " 'LIMIT " + size + " OFFSET 0' to take the page");
        }
        for (Query q : marked) {
            if (q.getOffset() != 0 || q.hasLimit() && q.getLimit() != size) {
                throw new IllegalStateException("has 'LIMIT " + (q.hasLimit() ? q.getLimit() : "-")
                        + " OFFSET " + q.getOffset() + "'; a paged query may only use 'LIMIT " + size
                        + " OFFSET 0' (the page) and 'OFFSET 0' without LIMIT (up to the end of the page)");
            }
        }
    }

    /**
     * Sets page {@code page} on the marks of {@code query}, which the caller owns (a freshly bound query).
     *
     * @throws IllegalStateException if the query has no page mark (a query the loader did not check)
     */
    public static void apply(Query query, int size, int page) {
        List<Query> marked = marked(query);
        if (marked.stream().noneMatch(Query::hasLimit)) {
            throw new IllegalStateException(String.format(Locale.ROOT,
                    "the query has no 'LIMIT %d OFFSET 0' page mark", size));
        }
        long end = (long) page * size;
        for (Query q : marked) {
            if (q.hasLimit()) {
                q.setOffset(end - size);
            } else {
                q.setLimit(end);
            }
        }
    }

    /** The query and its subqueries, at any depth, that have an explicit OFFSET. */
    static List<Query> marked(Query query) {
        List<Query> all = new ArrayList<>();
        collect(query, all);
        return all.stream().filter(Query::hasOffset).toList();
    }

    private static void collect(Query query, List<Query> into) {
        into.add(query);
        if (query.getQueryPattern() == null) {
            return;
        }
        ElementWalker.walk(query.getQueryPattern(), new ElementVisitorBase() {
            @Override
            public void visit(ElementSubQuery el) {
                collect(el.getQuery(), into);
            }
        });
    }
}
