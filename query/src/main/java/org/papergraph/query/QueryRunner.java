package org.papergraph.query;

import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.update.UpdateFactory;
import org.papergraph.query.format.TableWriter;
import org.papergraph.query.search.TextContains;

/**
 * Runs one read-only SPARQL query against a dataset whose default graph is the union of its named
 * graphs, inside a read transaction and with a timeout, and writes the results to a stream.
 *
 * <pre>{@code
 * new QueryRunner(dataset).run(NamedQueries.get("leaderboard").bind(Map.of("benchmark", "MMLU")),
 *                               ResultFormat.TABLE, System.out);
 * }</pre>
 *
 * <p>The union default graph is requested through the TDB context symbol, which TDB1 and TDB2
 * datasets honour; other datasets are queried as they are.
 */
public final class QueryRunner {

    static {
        TextContains.register();
    }

    /** The timeout used when none is given: 30 seconds. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    private final Dataset dataset;
    private final Duration timeout;

    public QueryRunner(Dataset dataset) {
        this(dataset, DEFAULT_TIMEOUT);
    }

    public QueryRunner(Dataset dataset, Duration timeout) {
        this.dataset = Objects.requireNonNull(dataset, "dataset");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive, got " + timeout);
        }
    }

    /**
     * Parses a SPARQL query.
     *
     * @throws SparqlSyntaxException with the parser's message, line and column
     * @throws IllegalArgumentException if the text is a SPARQL update (refused: read-only)
     */
    public static Query parse(String sparql) {
        Objects.requireNonNull(sparql, "sparql");
        if (sparql.isBlank()) {
            throw new IllegalArgumentException("empty query: give a SPARQL SELECT, ASK, CONSTRUCT or DESCRIBE");
        }
        try {
            return QueryFactory.create(sparql);
        } catch (QueryParseException e) {
            if (isUpdate(sparql)) {
                throw new IllegalArgumentException("SPARQL updates are refused: queries here are read-only "
                        + "(give a SELECT, ASK, CONSTRUCT or DESCRIBE)");
            }
            String message = e.getMessage() == null ? "unparsable query" : e.getMessage();
            // ARQ often repeats the position at the start of its message
            message = message.replaceFirst("^(?i)line -?\\d+, column -?\\d+:\\s*", "").strip();
            throw new SparqlSyntaxException(e.getLine(), e.getColumn(), message, e);
        }
    }

    private static boolean isUpdate(String sparql) {
        try {
            UpdateFactory.create(sparql);
            return true;
        } catch (RuntimeException notAnUpdate) {
            return false;
        }
    }

    /** Parses and runs {@code sparql}, see {@link #parse} and {@link #run(Query, ResultFormat, OutputStream)}. */
    public void run(String sparql, ResultFormat format, OutputStream out) {
        run(parse(sparql), format, out);
    }

    /**
     * Runs a query and writes its results in {@code format} (UTF-8). The stream is flushed, not closed.
     *
     * @throws IllegalArgumentException if the format does not fit the query form
     * @throws QueryTimeoutException if the query ran past the timeout
     */
    public void run(Query query, ResultFormat format, OutputStream out) {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(out, "out");
        checkFormat(query, format);
        execute(query, qe -> {
            write(query, qe, format, out);
            return null;
        });
        try {
            out.flush();
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs a SELECT query and returns all its rows, detached from the dataset. */
    public ResultSetRewindable select(Query query) {
        if (!query.isSelectType()) {
            throw new IllegalArgumentException("select() needs a SELECT query, got " + form(query));
        }
        return execute(query, qe -> ResultSetFactory.copyResults(qe.execSelect()));
    }

    private <T> T execute(Query query, java.util.function.Function<QueryExecution, T> action) {
        try {
            return Txn.calculateRead(dataset, () -> {
                try (QueryExecution qe = QueryExecution.dataset(dataset).query(query)
                        .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                        .set(TDB2.symUnionDefaultGraph, true).build()) {
                    return action.apply(qe);
                }
            });
        } catch (QueryCancelledException e) {
            throw new QueryTimeoutException(timeout, e);
        }
    }

    private static void write(Query query, QueryExecution qe, ResultFormat format, OutputStream out) {
        if (query.isSelectType()) {
            switch (format) {
                case TABLE -> TableWriter.write(qe.execSelect(), query.getPrefixMapping(), out);
                case CSV -> ResultSetFormatter.outputAsCSV(out, qe.execSelect());
                case TSV -> ResultSetFormatter.outputAsTSV(out, qe.execSelect());
                case JSON -> ResultSetFormatter.outputAsJSON(out, qe.execSelect());
                default -> throw new IllegalStateException(format.name());
            }
        } else if (query.isAskType()) {
            boolean answer = qe.execAsk();
            switch (format) {
                case TABLE -> TableWriter.write(answer, out);
                case CSV -> ResultSetFormatter.outputAsCSV(out, answer);
                case TSV -> ResultSetFormatter.outputAsTSV(out, answer);
                case JSON -> ResultSetFormatter.outputAsJSON(out, answer);
                default -> throw new IllegalStateException(format.name());
            }
        } else {
            Model model = query.isConstructType() ? qe.execConstruct() : qe.execDescribe();
            model.setNsPrefixes(query.getPrefixMapping());
            RDFDataMgr.write(out, model, format == ResultFormat.JSON ? Lang.JSONLD : Lang.TURTLE);
        }
    }

    private static void checkFormat(Query query, ResultFormat format) {
        boolean graph = query.isConstructType() || query.isDescribeType();
        if (graph && (format == ResultFormat.CSV || format == ResultFormat.TSV)) {
            throw new IllegalArgumentException(form(query) + " gives a graph, which has no "
                    + format.name().toLowerCase(Locale.ROOT) + " form; use turtle (or json for JSON-LD)");
        }
        if (!graph && format == ResultFormat.TURTLE) {
            throw new IllegalArgumentException(form(query)
                    + " gives a table, not a graph; use table, csv, tsv or json (turtle is for CONSTRUCT and DESCRIBE)");
        }
        if (!query.isSelectType() && !query.isAskType() && !graph) {
            throw new IllegalArgumentException("unsupported query form " + form(query));
        }
    }

    private static String form(Query query) {
        return query.queryType().name();
    }

    /** "30 s", "1.5 s", "200 ms". */
    static String describe(Duration d) {
        long ms = d.toMillis();
        if (ms % 1000 == 0) {
            return (ms / 1000) + " s";
        }
        return ms < 1000 ? ms + " ms" : String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
    }
}
