package org.papergraph.query;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.papergraph.query.named.NamedQueryLoader;

/**
 * The named queries shipped as {@code .rq} resources under {@code org/papergraph/query/named/}.
 *
 * <p>The list of names is {@code queries.list} in that folder; each file starts with header comments
 * {@code # description: ...} and one {@code # param: NAME  DESCRIPTION} per parameter. They are loaded
 * and checked (header, parameters against {@code $variables}, SPARQL syntax) once, on first use.
 */
public final class NamedQueries {

    private NamedQueries() {
    }

    private static final class Holder {
        static final Map<String, NamedQuery> QUERIES = load();

        private static Map<String, NamedQuery> load() {
            Map<String, NamedQuery> byName = new LinkedHashMap<>();
            for (NamedQuery q : NamedQueryLoader.loadAll()) {
                byName.put(q.name(), q);
            }
            return java.util.Collections.unmodifiableMap(byName);
        }
    }

    /** All named queries, sorted by name. */
    public static List<NamedQuery> all() {
        return List.copyOf(Holder.QUERIES.values());
    }

    /** The named query called {@code name}, if there is one. */
    public static Optional<NamedQuery> find(String name) {
        return Optional.ofNullable(name == null ? null : Holder.QUERIES.get(name));
    }

    /**
     * The named query called {@code name}.
     *
     * @throws IllegalArgumentException if there is none; the message lists the known names
     */
    public static NamedQuery get(String name) {
        return find(name).orElseThrow(() -> new IllegalArgumentException(
                "unknown named query '" + name + "'; known: " + String.join(", ", names())));
    }

    /** The names of all named queries, sorted. */
    public static Collection<String> names() {
        return Holder.QUERIES.keySet();
    }
}
