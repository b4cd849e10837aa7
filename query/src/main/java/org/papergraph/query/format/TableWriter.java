package org.papergraph.query.format;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.shared.PrefixMapping;

/**
 * Writes SELECT results as an aligned text table for people: a header of variable names, a rule, one
 * line per row. IRIs are abbreviated with the query's prefixes, literals show their lexical form, line
 * breaks become spaces, and cells longer than {@value #MAX_CELL} characters are cut with an ellipsis
 * (use csv, tsv or json for the full values). Widths count Unicode code points.
 */
public final class TableWriter {

    /** Longest cell, in code points, before it is cut. */
    public static final int MAX_CELL = 100;

    private TableWriter() {
    }

    /** Writes all rows of {@code results}; the stream is flushed, not closed. */
    public static void write(ResultSet results, PrefixMapping prefixes, OutputStream out) {
        List<String> vars = results.getResultVars();
        List<String[]> rows = new ArrayList<>();
        while (results.hasNext()) {
            QuerySolution s = results.next();
            String[] row = new String[vars.size()];
            for (int i = 0; i < row.length; i++) {
                row[i] = cell(s.get(vars.get(i)), prefixes);
            }
            rows.add(row);
        }
        print(vars, rows, out);
    }

    /** Writes an ASK answer as a one-column table. */
    public static void write(boolean answer, OutputStream out) {
        print(List.of("ask"), List.<String[]>of(new String[] {Boolean.toString(answer)}), out);
    }

    private static void print(List<String> vars, List<String[]> rows, OutputStream out) {
        int[] width = new int[vars.size()];
        for (int i = 0; i < width.length; i++) {
            width[i] = length(vars.get(i));
            for (String[] row : rows) {
                width[i] = Math.max(width[i], length(row[i]));
            }
        }
        PrintWriter w = new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8));
        w.print(line(vars.toArray(String[]::new), width));
        StringBuilder rule = new StringBuilder();
        for (int i = 0; i < width.length; i++) {
            rule.append(i == 0 ? "" : "  ").append("-".repeat(width[i]));
        }
        w.print(rule.toString().stripTrailing() + "\n");
        for (String[] row : rows) {
            w.print(line(row, width));
        }
        w.print("(" + rows.size() + (rows.size() == 1 ? " row)" : " rows)") + "\n");
        w.flush();
    }

    private static String line(String[] cells, int[] width) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                sb.append("  ");
            }
            sb.append(cells[i]).append(" ".repeat(width[i] - length(cells[i])));
        }
        return sb.toString().stripTrailing() + "\n";
    }

    static String cell(RDFNode value, PrefixMapping prefixes) {
        if (value == null) {
            return "";
        }
        Node n = value.asNode();
        String text;
        if (n.isURI()) {
            String shortForm = prefixes.shortForm(n.getURI());
            text = shortForm.equals(n.getURI()) ? "<" + n.getURI() + ">" : shortForm;
        } else if (n.isLiteral()) {
            text = n.getLiteralLexicalForm();
        } else if (n.isBlank()) {
            text = "_:" + n.getBlankNodeLabel();
        } else {
            text = n.toString();
        }
        text = text.replaceAll("[\\r\\n\\t]+", " ");
        if (length(text) > MAX_CELL) {
            text = text.substring(0, text.offsetByCodePoints(0, MAX_CELL - 1)) + "…";
        }
        return text;
    }

    private static int length(String s) {
        return s.codePointCount(0, s.length());
    }
}
