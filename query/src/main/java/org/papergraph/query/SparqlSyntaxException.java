package org.papergraph.query;

/**
 * A query that does not parse. The message carries the parser's own message and the position.
 */
public final class SparqlSyntaxException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final int line;
    private final int column;
    private final String parserMessage;

    public SparqlSyntaxException(int line, int column, String parserMessage, Throwable cause) {
        super("SPARQL syntax error at line " + line + ", column " + column + ": " + parserMessage, cause);
        this.line = line;
        this.column = column;
        this.parserMessage = parserMessage;
    }

    /** 1-based line of the error, or -1 if the parser gave none. */
    public int line() {
        return line;
    }

    /** 1-based column of the error, or -1 if the parser gave none. */
    public int column() {
        return column;
    }

    /** The message of Jena's SPARQL parser. */
    public String parserMessage() {
        return parserMessage;
    }
}
