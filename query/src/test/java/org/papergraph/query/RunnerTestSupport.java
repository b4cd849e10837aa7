package org.papergraph.query;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;

final class RunnerTestSupport {
    private RunnerTestSupport() {
    }

    static Query reparse(String text) {
        return QueryFactory.create(text);
    }
}
