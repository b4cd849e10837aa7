package org.papergraph.query;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.papergraph.query.named.Paging;

/**
 * A SPARQL query shipped with papergraph, with a one-line description and named parameters.
 *
 * <p>In the query text a parameter {@code benchmark} is the variable {@code $_benchmark} (the leading
 * underscore keeps parameters apart from result variables such as {@code ?benchmark}). {@link #bind}
 * replaces it, in the parsed syntax tree, by a plain string literal holding the user's value, so a value
 * can never change the query's structure (no string concatenation of user input).
 *
 * <p>A <em>paged</em> query ({@code pageSize > 0}) answers one page of its rows at a time and takes the
 * optional parameter {@code page} (1-based, default 1), so that a view stays cheap on a large store
 * while every row stays reachable: page {@code n + 1} continues page {@code n}. The page number is
 * checked to be a whole number and set as the {@code OFFSET} of the query's page subqueries in the
 * parsed tree (see {@link Paging}), never written into the text.
 *
 * @param name        the name commands accept, e.g. {@code leaderboard}
 * @param description one line saying what the query returns
 * @param params      the parameters, all required, in declaration order ({@code page} is not one of them)
 * @param sparql      the query text, parameters written as {@code $_name}
 * @param pageSize    rows per page (the {@code # page:} header), or 0 if the query is not paged
 */
public record NamedQuery(String name, String description, List<Param> params, String sparql, int pageSize) {

    /** The optional parameter of a paged query: which page, from 1. */
    public static final String PAGE = "page";

    /** The highest page number accepted: far beyond any store, small enough that offsets stay cheap to check. */
    public static final int MAX_PAGE = 100_000;

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*");
    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,9}");

    /**
     * One parameter of a named query.
     *
     * @param name        the parameter name; in the query text it is the variable {@code $_name}
     * @param description what value to give, e.g. "label, alias or IRI of the benchmark"
     */
    public record Param(String name, String description) {
        public Param {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(description, "description");
            if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
                throw new IllegalArgumentException("parameter name '" + name
                        + "' must be a SPARQL variable name (letters, digits, '_')");
            }
        }

        @Override
        public String toString() {
            return name + " (" + description + ")";
        }
    }

    /** A query that is not paged. */
    public NamedQuery(String name, String description, List<Param> params, String sparql) {
        this(name, description, params, sparql, 0);
    }

    public NamedQuery {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(sparql, "sparql");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("named query name '" + name
                    + "' must be lower-case letters, digits and '-', starting with a letter");
        }
        if (description.isBlank()) {
            throw new IllegalArgumentException("named query '" + name + "' has no description");
        }
        params = List.copyOf(params);
        Set<String> seen = new HashSet<>();
        for (Param p : params) {
            if (!seen.add(p.name())) {
                throw new IllegalArgumentException("named query '" + name + "' declares parameter '"
                        + p.name() + "' twice");
            }
        }
        if (pageSize < 0) {
            throw new IllegalArgumentException("named query '" + name + "': page size " + pageSize + " < 0");
        }
        if (pageSize > 0 && seen.contains(PAGE)) {
            throw new IllegalArgumentException("named query '" + name + "' is paged, so '" + PAGE
                    + "' cannot also be a declared parameter");
        }
    }

    /** Whether the query answers a page at a time and accepts {@code page=N}. */
    public boolean paged() {
        return pageSize > 0;
    }

    /**
     * Reads a page number as a user typed it.
     *
     * @return the page, from 1 to {@link #MAX_PAGE}
     * @throws IllegalArgumentException "page must be a whole number from 1 to 100000, got 'x'"
     */
    public static int parsePage(String text) {
        if (text != null && DIGITS.matcher(text).matches()) {
            int page = Integer.parseInt(text);
            if (page >= 1 && page <= MAX_PAGE) {
                return page;
            }
        }
        String shown = text != null && text.length() > 40 ? text.substring(0, 40) + "…" : text;
        throw new IllegalArgumentException(String.format(Locale.ROOT,
                "%s must be a whole number from 1 to %d, got '%s'", PAGE, MAX_PAGE, shown));
    }

    /** The parameter names, in declaration order. */
    public List<String> paramNames() {
        return params.stream().map(Param::name).toList();
    }

    /**
     * Parses the query and binds every parameter to a string literal.
     *
     * @param values parameter name to value; every declared parameter must be present and non-blank;
     *               a paged query also accepts {@code page} (default 1)
     * @return a fresh query, ready to run
     * @throws IllegalArgumentException naming unknown or missing parameters, empty values or a bad page
     */
    public Query bind(Map<String, String> values) {
        Objects.requireNonNull(values, "values");
        checkNames(values);
        int page = page(values);
        Map<Var, Node> substitution = new HashMap<>();
        for (Param p : params) {
            substitution.put(Var.alloc("_" + p.name()), NodeFactory.createLiteralString(values.get(p.name())));
        }
        Query parsed = QueryFactory.create(sparql);
        Query bound = substitution.isEmpty() ? parsed : QueryTransformOps.replaceVars(parsed, substitution);
        if (paged()) {
            Paging.apply(bound, pageSize, page);
        }
        return bound;
    }

    private int page(Map<String, String> values) {
        if (!paged() || !values.containsKey(PAGE)) {
            return 1;
        }
        try {
            return parsePage(values.get(PAGE));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("named query '" + name + "': " + e.getMessage(), e);
        }
    }

    private void checkNames(Map<String, String> values) {
        Set<String> declared = new HashSet<>(paramNames());
        if (paged()) {
            declared.add(PAGE);
        }
        Set<String> unknown = new TreeSet<>(values.keySet());
        unknown.removeAll(declared);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("named query '" + name + "' has no parameter "
                    + quoted(unknown) + "; " + takes());
        }
        List<String> missing = new ArrayList<>();
        for (Param p : params) {
            String v = values.get(p.name());
            if (v == null || v.isBlank()) {
                missing.add(p.name());
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("named query '" + name + "' needs a non-empty value for "
                    + quoted(missing) + "; " + takes());
        }
    }

    private String takes() {
        String page = paged() ? PAGE + "=N (optional, which page of " + pageSize + " rows, from 1)" : null;
        if (params.isEmpty()) {
            return page == null ? "it takes no parameters" : "it takes " + page;
        }
        return "it takes " + params.stream().map(p -> p.name() + "=VALUE (" + p.description() + ")")
                .collect(Collectors.joining(", ")) + (page == null ? "" : ", " + page);
    }

    private static String quoted(java.util.Collection<String> names) {
        return names.stream().map(n -> "'" + n + "'").collect(Collectors.joining(", "));
    }
}
