package org.papergraph.query.named;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.papergraph.query.NamedQuery;

/**
 * Reads the {@code .rq} resources of this package: the index {@code queries.list}, the header comments
 * and the query text, and checks that declared parameters and {@code $variables} agree, that the
 * text parses, and that a query declared paged ({@code # page: SIZE}) marks where its page goes
 * ({@link Paging}). A broken resource is a programming error: the message names the resource and line.
 */
public final class NamedQueryLoader {

    private static final String FOLDER = "/org/papergraph/query/named/";
    private static final Pattern PARAM_VAR = Pattern.compile("[?$]_([A-Za-z][A-Za-z0-9_]*)");
    private static final Pattern PARAM = Pattern.compile("#\\s*param:\\s*(\\S+)\\s+(.+)");
    private static final Pattern DESCRIPTION = Pattern.compile("#\\s*description:\\s*(.+)");
    private static final Pattern PAGE = Pattern.compile("#\\s*page:\\s*([1-9][0-9]{0,5})");
    private static final Pattern OFFSET = Pattern.compile("(?i)(?<![?$\\w])OFFSET\\b");

    private NamedQueryLoader() {
    }

    /** Loads every query named in {@code queries.list}, sorted by name. */
    public static List<NamedQuery> loadAll() {
        List<NamedQuery> all = new ArrayList<>();
        for (String name : new TreeSet<>(read("queries.list").lines()
                .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList())) {
            all.add(parse(name, read(name + ".rq")));
        }
        return all;
    }

    /** Parses one {@code .rq} text; {@code name} is used for the record and in messages. */
    public static NamedQuery parse(String name, String text) {
        String resource = name + ".rq";
        String description = null;
        List<NamedQuery.Param> params = new ArrayList<>();
        int pageSize = 0;
        int lineNo = 0;
        for (String line : text.lines().toList()) {
            lineNo++;
            String l = line.strip();
            if (!l.startsWith("#")) {
                break;
            }
            Matcher d = DESCRIPTION.matcher(l);
            Matcher p = PARAM.matcher(l);
            Matcher pg = PAGE.matcher(l);
            if (d.matches()) {
                description = d.group(1).strip();
            } else if (p.matches()) {
                params.add(new NamedQuery.Param(p.group(1), p.group(2).strip()));
            } else if (pg.matches()) {
                pageSize = Integer.parseInt(pg.group(1));
            } else if (l.matches("#\\s*(param|description|page)\\b.*")) {
                throw new IllegalStateException(resource + ":" + lineNo + ": malformed header line '" + l
                        + "'; expected '# param: NAME  DESCRIPTION', '# description: TEXT' or '# page: SIZE'");
            }
        }
        if (description == null) {
            throw new IllegalStateException(resource + ": no '# description: ...' header line");
        }
        checkParams(resource, text, params);
        Query query;
        try {
            query = QueryFactory.create(text);
        } catch (QueryParseException e) {
            throw new IllegalStateException(resource + ":" + e.getLine() + ":" + e.getColumn()
                    + ": " + e.getMessage(), e);
        }
        checkPaging(resource, text, query, pageSize);
        return new NamedQuery(name, description, params, text, pageSize);
    }

    /** A paged query must mark where its page goes; an unpaged one must not carry page marks. */
    private static void checkPaging(String resource, String text, Query query, int pageSize) {
        int offsets = (int) OFFSET.matcher(withoutComments(text)).results().count();
        if (pageSize == 0) {
            if (offsets > 0) {
                throw new IllegalStateException(resource + ": uses OFFSET but has no '# page: SIZE' header;"
                        + " 'OFFSET 0' marks where a paged query takes its page");
            }
            return;
        }
        try {
            Paging.check(query, pageSize, offsets);
        } catch (IllegalStateException e) {
            throw new IllegalStateException(resource + ": " + e.getMessage(), e);
        }
    }

    private static void checkParams(String resource, String text, List<NamedQuery.Param> params) {
        Set<String> used = new TreeSet<>();
        Matcher m = PARAM_VAR.matcher(withoutComments(text));
        while (m.find()) {
            used.add(m.group(1));
        }
        Set<String> declared = new TreeSet<>(params.stream().map(NamedQuery.Param::name).toList());
        if (!used.equals(declared)) {
            throw new IllegalStateException(resource + ": declared parameters " + declared
                    + " differ from the parameter variables ($_NAME) used in the query " + used);
        }
    }

    private static String withoutComments(String text) {
        StringBuilder sb = new StringBuilder();
        text.lines().filter(l -> !l.strip().startsWith("#")).forEach(l -> sb.append(l).append('\n'));
        return sb.toString();
    }

    private static String read(String file) {
        try (InputStream in = NamedQueryLoader.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + FOLDER + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + FOLDER + file, e);
        }
    }
}
