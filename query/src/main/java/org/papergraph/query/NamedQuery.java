package org.papergraph.query;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
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

/**
 * A SPARQL query shipped with papergraph, with a one-line description and named parameters.
 *
 * <p>In the query text a parameter {@code benchmark} is the variable {@code $_benchmark} (the leading
 * underscore keeps parameters apart from result variables such as {@code ?benchmark}). {@link #bind}
 * replaces it, in the parsed syntax tree, by a plain string literal holding the user's value, so a value
 * can never change the query's structure (no string concatenation of user input).
 *
 * @param name        the name commands accept, e.g. {@code leaderboard}
 * @param description one line saying what the query returns
 * @param params      the parameters, all required, in declaration order
 * @param sparql      the query text, parameters written as {@code $_name}
 */
public record NamedQuery(String name, String description, List<Param> params, String sparql) {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*");

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
    }

    /** The parameter names, in declaration order. */
    public List<String> paramNames() {
        return params.stream().map(Param::name).toList();
    }

    /**
     * Parses the query and binds every parameter to a string literal.
     *
     * @param values parameter name to value; every declared parameter must be present and non-blank
     * @return a fresh query, ready to run
     * @throws IllegalArgumentException naming unknown or missing parameters, or empty values
     */
    public Query bind(Map<String, String> values) {
        Objects.requireNonNull(values, "values");
        checkNames(values);
        Map<Var, Node> substitution = new HashMap<>();
        for (Param p : params) {
            substitution.put(Var.alloc("_" + p.name()), NodeFactory.createLiteralString(values.get(p.name())));
        }
        Query parsed = QueryFactory.create(sparql);
        return substitution.isEmpty() ? parsed : QueryTransformOps.replaceVars(parsed, substitution);
    }

    private void checkNames(Map<String, String> values) {
        Set<String> declared = new HashSet<>(paramNames());
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
        if (params.isEmpty()) {
            return "it takes no parameters";
        }
        return "it takes " + params.stream().map(p -> p.name() + "=VALUE (" + p.description() + ")")
                .collect(Collectors.joining(", "));
    }

    private static String quoted(java.util.Collection<String> names) {
        return names.stream().map(n -> "'" + n + "'").collect(Collectors.joining(", "));
    }
}
